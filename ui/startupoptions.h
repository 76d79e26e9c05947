#pragma once

#include <QString>
#include <QStringList>

// What the command line asks the window to do at start:
//   message-inspector [--profile NAME] [--base-url URL] [MESSAGE_ID | FILE.json]
// so a support tool or a browser can hand an id (or a link holding one) to the program.
struct StartupOptions
{
    enum class Action
    {
        None,
        LookUp,
        OpenFile,
        ShowHelp,
        ShowVersion,
        Error
    };

    Action action = Action::None;
    QString profile;      // empty: the default profile
    QString baseUrl;      // empty: the profile's address (not saved to the profile)
    QString messageInput; // for LookUp: exactly as given; the window validates it and explains a refusal
    QString filePath;     // for OpenFile
    QString text;         // help or version text, or the error message for Error

    // arguments includes the program name first, as QCoreApplication::arguments() does.
    static StartupOptions parse(const QStringList &arguments);
};
