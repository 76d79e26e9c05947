#pragma once

#include "cliarguments.h"
#include "clicontext.h"
#include "clitokensource.h"
#include "inspection.h"
#include "terminalstyle.h"

#include "session/inspectionsession.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class CliSubcommand;
class LookupHistory;
class MultiGet;
class ProfileStore;
class TokenStore;
class TokenVault;
struct Profile;

// Runs one parsed command and reports its exit status with finished(), exactly once, from the event loop
// that main() runs. Lookups go through the core's InspectionSession, the same one the window drives: the CLI
// only turns the command into InspectionRequests and renders the InspectionResults.
//
// stdout receives only what was asked for; everything else (errors, notes, prompts, confirmations) goes to
// stderr. Whatever is written is scrubbed of the token in use.
//
// watch, history, diff, batch, report, related, recording and why live in classes of their own
// (CliSubcommand), which reach the session and the output through this object's CliContext.
class CliApp : public QObject, private CliContext
{
    Q_OBJECT

public:
    struct Environment
    {
        bool stdoutIsTerminal = false;
        bool stdinIsTerminal = false;
        TerminalStyle style;
        QString tokenVariable; // HIGHLEVEL_TOKEN's value when set (read once, by main)
        QString historyPath;   // empty: LookupHistory::defaultPath()
    };

    explicit CliApp(const Environment &environment, QObject *parent = nullptr);
    ~CliApp() override;

    // Starts the command (from the event loop, so connect to finished() first).
    void start(const CliCommand &command);

signals:
    // The command's exit status, or ExitCode::OutputFailed when standard output could not be written.
    void finished(int status);

private:
    using Done = std::function<void(int status)>;

    void runCommand(const CliCommand &command);
    void runSubcommand(std::unique_ptr<CliSubcommand> subcommand, const CliCommand &command);
    CliContext &context(); // what the subcommands see of this object
    void finish(int status);
    int runHelp(const CliCommand &command);
    void runInspect(const CliCommand &command);
    void runGetMany(const CliCommand &command); // get A B …, get - (multiget.h)
    void runTokenSet(const CliCommand &command);
    void saveToken(const Profile &profile, const CliCommand &command);
    void runTokenStatus(const CliCommand &command);
    void runTokenForget(const CliCommand &command);
    int runProfileList();
    int runProfileAdd(const CliCommand &command);
    void runProfileRemove(const CliCommand &command);
    int runProfileSetDefault(const CliCommand &command);
    void runProfileRename(const CliCommand &command);
    // Reports the rename or removal ProfileStore started (its one changeFinished()).
    void finishProfileChange(const QString &startError, const QString &title, const QString &doneText);

    // The one inspection session, made (with the lookup history) by the first command that needs it.
    InspectionSession *session() override;
    LookupHistory *history() override;
    ProfileStore *profiles() override { return m_profiles.get(); }
    bool stdoutIsTerminal() const override { return m_env.stdoutIsTerminal; }
    const TerminalStyle &style() const override { return m_env.style; }
    InspectionRequest lookupRequest(const CliCommand &command, const QString &id) override;

    // The profile named by --profile, or the default one; a failure when there is none.
    std::optional<Profile> resolveProfile(const CliCommand &command, InspectionFailure &failure);

    // The request a command makes of the session: a lookup (get, check ID) or a file (open, check --file).
    std::optional<InspectionRequest> requestFor(const CliCommand &command, InspectionFailure &failure);
    // Runs one inspection through the session and hands its outcome, decorated for the CLI, to done.
    void inspect(const InspectionRequest &request, const QString &fileName,
                 std::function<void(const Inspection &)> done) override;
    void lookUpWhatTheFileNames(const CliCommand &command, const Inspection &file,
                                std::function<void(const Inspection &)> done);
    void present(const CliCommand &command, Inspection inspection);

    OutputFormat formatFor(const CliCommand &command) const;
    QByteArray render(const Inspection &inspection, OutputFormat format) const;

    // Every write to stdout is checked; after the first failure nothing more is written there and finished()
    // reports OutputFailed. SIGPIPE is ignored (main), so a closed pipe is an EPIPE here like any other
    // error.
    void writeOut(const QByteArray &bytes) override;
    void writeOut(const QString &text) { writeOut(text.toUtf8()); }
    void writeErr(const QString &text) override;
    // Writes the failure to stderr (scrubbed) and returns its exit status.
    int fail(const InspectionFailure &failure) override;
    QString failureText(InspectionFailure failure) const;
    QString tokenInUse() const override;

    Environment m_env;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_tokenStore;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<CliTokenSource> m_tokens;
    std::unique_ptr<LookupHistory> m_history;
    std::unique_ptr<InspectionSession> m_session;
    std::unique_ptr<MultiGet> m_multiGet;
    std::unique_ptr<CliSubcommand> m_subcommand;
    QString m_typedToken; // a token typed into `token set`, kept only to scrub it from anything written
    bool m_finished = false;
    bool m_outputFailed = false;
    int m_outputErrno = 0; // errno of the failed write, for the message
};
