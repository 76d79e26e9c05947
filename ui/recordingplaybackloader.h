#pragma once

#include <QString>

class RecordingPlaybackFactory;

// Finds and loads the playback module (ui/playback) once, on first use: beside the executable's build
// (the build tree) or in <prefix>/lib/message-inspector (installed). Only the UI thread calls it.
class RecordingPlaybackLoader
{
public:
    // The module's factory, or nullptr when it cannot be loaded (whyNot() says why).
    static RecordingPlaybackFactory *factory();
    static QString whyNot();
    // The file name the module has on this platform, without a folder.
    static QString moduleFileName();
    // The folder the module is loaded from for an executable in applicationDir: the build tree's module
    // folder for an executable inside the build tree, else the installed one relative to the executable.
    static QString moduleFolderFor(const QString &applicationDir);
};
