#pragma once

#include <QString>

// Issue 14's screenshots: a watch in progress (watch-progress.png) and the diff of two of its answers
// (diff.png), rendered from the real WatchPanel and DiffWindow against a loopback server, light palette.
// Returns false when something did not render.
bool renderWatchScreens(const QString &outDir);
