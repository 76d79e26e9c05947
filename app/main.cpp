#include "mainwindow.h"
#include "startupoptions.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("message-inspector"));
    QApplication::setApplicationDisplayName(QStringLiteral("Message Inspector"));
    QApplication::setOrganizationName(QStringLiteral("message-inspector"));
    QApplication::setApplicationVersion(QStringLiteral(MI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.message_inspector.MessageInspector"));

    const StartupOptions options = StartupOptions::parse(QApplication::arguments());
    switch (options.action) {
    case StartupOptions::Action::ShowHelp:
    case StartupOptions::Action::ShowVersion:
        std::fputs(qPrintable(options.text + QLatin1Char('\n')), stdout);
        return 0;
    case StartupOptions::Action::Error:
        std::fputs(qPrintable(options.text + QStringLiteral("\nTry 'message-inspector --help'.\n")), stderr);
        return 2;
    default:
        break;
    }

    MainWindow window;
    if (!options.profile.isEmpty())
        window.selectProfile(options.profile);
    if (!options.baseUrl.isEmpty())
        window.setBaseUrlOverride(options.baseUrl);
    window.show();
    // Start the requested work once the event loop runs, so the window is on screen first; the keychain
    // answer for the token arrives asynchronously and the lookup waits for it inside the window.
    QTimer::singleShot(0, &window, [&window, options] {
        if (options.action == StartupOptions::Action::LookUp)
            window.lookUpWhenReady(options.messageInput);
        else if (options.action == StartupOptions::Action::OpenFile)
            window.openFile(options.filePath);
    });
    return app.exec();
}
