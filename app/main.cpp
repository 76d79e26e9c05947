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
    window.show();
    // Start the requested work once the event loop runs, so the window is on screen first; a lookup waits for
    // the keychain's answer about the token inside the window.
    QTimer::singleShot(0, &window, [&window, options] { window.applyStartup(options); });
    return app.exec();
}
