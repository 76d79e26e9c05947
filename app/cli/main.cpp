#include "cliapp.h"
#include "cliarguments.h"
#include "stdininput.h"
#include "terminalstyle.h"

#include "common/processhardening.h"
#include "common/translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    // First, before any token can be in memory: no core dump, no other process reading this one.
    ProcessHardening::applyForRelease();
#ifdef SIGPIPE
    // A reader that goes away (`… | head -1`) must not kill the process mid-write: the write fails with EPIPE
    // instead, and CliApp ends with its documented "output could not be written" status.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    QCoreApplication app(argc, argv);
    // The same names as the window, so both share the profiles.
    QCoreApplication::setApplicationName(QStringLiteral("message-inspector"));
    QCoreApplication::setOrganizationName(QStringLiteral("message-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MI_VERSION));
    Translations::install({Translations::core, Translations::cli});

    const CliParseResult parsed = CliArguments::parse(QCoreApplication::arguments().mid(1));

    // stderr is for what the user needs to read; the core's progress logging only with --verbose (and
    // QT_LOGGING_RULES, which is applied after these rules, still wins).
    if (!parsed.command.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("mi.*.info=false\nmi.*.debug=false"));

    if (!parsed.ok()) {
        std::fputs(qUtf8Printable(QStringLiteral("error: ") + parsed.error +
                                  QStringLiteral("\nRun “message-inspector-cli --help” for usage.\n")),
                   stderr);
        return ExitCodes::value(ExitCode::Usage);
    }

    CliApp::Environment environment;
    environment.stdoutIsTerminal = TerminalStyle::stdoutIsTerminal();
    environment.stdinIsTerminal = StdinInput::stdinIsTerminal();
    environment.style = TerminalStyle::forStdout();
    environment.tokenVariable = qEnvironmentVariable("HIGHLEVEL_TOKEN");
    CliApp cli(environment);
    QObject::connect(&cli, &CliApp::finished, &app, [](int status) { QCoreApplication::exit(status); });
    cli.start(parsed.command);
    return QCoreApplication::exec();
}
