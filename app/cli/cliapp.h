#pragma once

#include "cliarguments.h"
#include "clifailure.h"
#include "inspection.h"
#include "terminalstyle.h"

#include <QByteArray>
#include <QString>

#include <optional>

class ProfileStore;
struct Profile;

// Runs one parsed command to completion and returns the process exit status. Asynchronous core operations
// (the lookup, the keychain) are awaited with a local event loop: the CLI has no window to keep responsive,
// and every core operation ends with exactly one completion signal, so each wait ends.
//
// stdout receives only what was asked for; everything else (errors, notes, prompts, confirmations) goes to
// stderr. Whatever is written is scrubbed of the token in use.
class CliApp
{
public:
    struct Environment
    {
        bool stdoutIsTerminal = false;
        bool stdinIsTerminal = false;
        TerminalStyle style;
    };

    explicit CliApp(const Environment &environment);
    ~CliApp();

    // The command's exit status, or ExitCode::OutputFailed when standard output could not be written.
    int run(const CliCommand &command);

private:
    int runCommand(const CliCommand &command);
    int runHelp(const CliCommand &command);
    int runInspect(const CliCommand &command);
    int runGetMany(const CliCommand &command); // get A B …, get - (multiget.h)
    int runTokenSet(const CliCommand &command);
    int runTokenStatus(const CliCommand &command);
    int runTokenForget(const CliCommand &command);
    int runProfileList();
    int runProfileAdd(const CliCommand &command);
    int runProfileRemove(const CliCommand &command);
    int runProfileSetDefault(const CliCommand &command);
    int runProfileRename(const CliCommand &command);
    // Waits for the rename or removal ProfileStore started (its one changeFinished()).
    int finishProfileChange(ProfileStore &store, const QString &startError, const QString &title,
                            const QString &doneText);

    // The profile named by --profile, or the default one.
    std::optional<Profile> resolveProfile(ProfileStore &store, const CliCommand &command,
                                          CliFailure &failure);
    // HIGHLEVEL_TOKEN, else the profile's keychain entry.
    std::optional<QString> resolveToken(const QString &profile, CliFailure &failure);

    Inspection lookUp(const CliCommand &command);
    Inspection lookUpWhatTheFileNames(const CliCommand &command, const Inspection &file);
    Inspection readFile(const QString &fileName);

    OutputFormat formatFor(const CliCommand &command) const;
    QByteArray render(const Inspection &inspection, OutputFormat format) const;

    // Every write to stdout is checked; after the first failure nothing more is written there and run()
    // reports OutputFailed. SIGPIPE is ignored (main), so a closed pipe is an EPIPE here like any other
    // error.
    void writeOut(const QByteArray &bytes);
    void writeOut(const QString &text) { writeOut(text.toUtf8()); }
    void writeErr(const QString &text);
    int fail(const CliFailure &failure);

    Environment m_env;
    QString m_token;                        // the token in use, kept only to scrub it from anything written
    std::optional<QString> m_resolvedToken; // read once for a run that looks up several ids
    bool m_outputFailed = false;
    int m_outputErrno = 0; // errno of the failed write, for the message
};
