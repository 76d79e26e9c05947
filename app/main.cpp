#include "appservices.h"
#include "mainwindow.h"
#include "startupoptions.h"

#include "common/processhardening.h"
#include "common/translations.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

namespace {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("message-inspector"));
    QCoreApplication::setOrganizationName(QStringLiteral("message-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MI_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // First, before any token can be in memory: no core dump, no other process reading this one.
    ProcessHardening::applyForRelease();

    // Read the command line before any window system is needed, so --help and --version work on a machine
    // without a display (and a mistyped option is explained rather than a platform plugin error).
    StartupOptions options;
    {
        QCoreApplication probe(argc, argv);
        setApplicationNames();
        options = StartupOptions::parse(QCoreApplication::arguments());
    }
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

    QApplication app(argc, argv);
    setApplicationNames();
    Translations::install({Translations::core, Translations::window});
    QApplication::setApplicationDisplayName(QStringLiteral("Message Inspector"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.message_inspector.MessageInspector"));

    // The services first (they outlive the window): profiles, keychain vault, history, the inspection
    // session.
    AppServices services(AppServices::Options{});
    MainWindow window(&services);
    window.show();
    // Start the requested work once the event loop runs, so the window is on screen first; a lookup waits for
    // the keychain's answer about the token inside the window.
    QTimer::singleShot(0, &window, [&window, options] { window.applyStartup(options); });
    return app.exec();
}
