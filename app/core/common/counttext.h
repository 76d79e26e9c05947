#pragma once

#include <QString>

// "1 email" / "3 emails": a count with the right English form. The program ships no translation files, and
// Qt's "%n email(s)" only reads well once one exists, so every user-visible count goes through here.
// Both texts are translatable (context, one, many) and "%1" in `many` is the localised number.
QString countText(const char *context, qint64 count, const char *one, const char *many);
