#pragma once

#include "inspection.h"

#include "session/inspectionrequest.h"

#include <QByteArray>
#include <QString>

#include <functional>

class InspectionSession;
class LookupHistory;
class ProfileStore;
class TerminalStyle;
struct CliCommand;

// What a command's own class (watch, history, diff, batch, report) uses of the CLI around it: the one
// inspection session, the history and profiles it works with, and the checked, token-scrubbed output.
// CliApp is the one implementation; a command never writes to stdout or stderr itself.
class CliContext
{
public:
    // The session every lookup goes through (made, with the history, on first use).
    virtual InspectionSession *session() = 0;
    // The lookup history the session records into.
    virtual LookupHistory *history() = 0;
    virtual ProfileStore *profiles() = 0;

    virtual bool stdoutIsTerminal() const = 0;
    virtual const TerminalStyle &style() const = 0;
    // The token the CLI uses (or was given), so what is built from answers can be cleaned of it.
    virtual QString tokenInUse() const = 0;

    // The lookup of id with the command's --profile, --base-url, --allow-host, --timeout and --no-retry, as
    // `get ID` would send it. Validation of the id is the session's.
    virtual InspectionRequest lookupRequest(const CliCommand &command, const QString &id) = 0;
    // Runs one inspection through the session; done gets the outcome, its failure worded for the shell.
    virtual void inspect(const InspectionRequest &request, const QString &fileName,
                         std::function<void(const Inspection &)> done) = 0;

    // stdout: every write checked (a failed write turns the exit status into OutputFailed); stderr for
    // everything else. Both are scrubbed of the token.
    virtual void writeOut(const QByteArray &bytes) = 0;
    virtual void writeErr(const QString &text) = 0;
    // Writes the failure to stderr and returns its exit status.
    virtual int fail(const InspectionFailure &failure) = 0;

protected:
    ~CliContext() = default;
};
