#pragma once

#include "exitcode.h"
#include "inspection.h"
#include "outputformat.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

// `get` with several ids (`get A B C`, or `get -` reading them from standard input): the ids, all checked
// before (IdList), are looked up one after another and each result is written as `get ID` would write it —
// summary, tree and problems blocks separated by a blank line, raw and pretty one body per id, json as JSON
// Lines (one object per id). Failures go to stderr, each naming its id. The exit status is the worst one.
//
// A failure that is not about one id (no token, a refused profile, 401/403, rate limited after the retries,
// the network) ends the run: the remaining ids would fail the same way, so they are not sent, and each is
// reported as not looked up.
class MultiGet
{
public:
    struct Hooks
    {
        // Looks the id up and calls done with the outcome, later, from the event loop.
        std::function<void(const QString &id, std::function<void(const Inspection &)> done)> lookUp;
        // The bytes `get ID` writes to stdout for one successful result in this format (made safe for a
        // terminal where needed); for json the report object, whatever the outcome.
        std::function<QByteArray(const Inspection &inspection)> render;
        std::function<void(const QByteArray &bytes)> writeOut;
        std::function<void(const QString &text)> writeErr;
        // The failure as text for stderr, scrubbed of the token.
        std::function<QString(const InspectionFailure &failure)> failureText;
    };

    MultiGet(OutputFormat format, Hooks hooks);

    // Looks the ids up one after another; done(worst exit status) is called once, after the last.
    void run(const QStringList &ids, std::function<void(ExitCode)> done);

    // The failure that stands for an id not sent because the run ended at stopId.
    static InspectionFailure notSent(const QString &stopId, const InspectionFailure &stop);
    // True when the failure would repeat for every other id.
    static bool endsTheRun(const Inspection &inspection);

private:
    void write(const Inspection &inspection, const QString &id);
    void next();
    void onResult(const Inspection &inspection);
    void stopAfter(const Inspection &inspection);

    OutputFormat m_format;
    Hooks m_hooks;
    int m_written = 0; // results written to stdout so far (for the separators)
    QStringList m_ids;
    qsizetype m_index = 0;
    ExitCode m_worst = ExitCode::Success;
    std::function<void(ExitCode)> m_done;
};
