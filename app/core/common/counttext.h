#pragma once

#include <QString>

// "1 email" / "3 emails": a count with the right English form. Qt's "%n email(s)" reads well only with a
// translation file that spells the forms out, and the program runs in its source language without one, so
// every user-visible count goes through here. The caller passes both texts through tr() (so lupdate extracts
// them in the caller's context); "%1" in `many` becomes the localised number.
QString countText(qint64 count, const QString &one, const QString &many);
