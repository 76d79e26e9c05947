#pragma once

#include <QString>

// Issue 13's screenshots: the Related dock beside the window on an email thread (related-thread.png), a
// call with its recording and transcript (related-call.png) and a failed SMS with why it failed, the contact
// checked (related-why-failed.png); the real window and panel against a loopback server, light palette.
bool renderRelatedScreens(const QString &outDir);
