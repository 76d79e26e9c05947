#pragma once

#include <QPalette>
#include <QString>

// docs/screenshots/history.png: the History view with a dozen lookups of mixed outcomes (light palette).
bool renderHistoryScreens(const QString &outDir, const QPalette &light);
