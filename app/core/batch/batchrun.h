#pragma once

#include "batch/batchpacing.h"
#include "batch/batchrow.h"
#include "batch/batchtally.h"
#include "session/inspectionfailure.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <optional>
#include <vector>

class InspectionJob;
class InspectionSession;
struct InspectionResult;

// Looks up a list of message ids through the one inspection session: a bounded number in flight, paced by
// the X-RateLimit-* headers so it never uses more than its share of the burst, paused by a 429 for its
// Retry-After (then that id is tried again), cancellable, and resumable from a previous run's rows (settled
// ids are skipped). Every finished lookup becomes one BatchRow; finished() comes exactly once.
//
// A front end renders rows() (e.g. through BatchTableModel::follow()), tally().text() and the signals; it
// never builds requests itself.
class BatchRun : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Completed, // every id has a row
        Cancelled, // cancel() was called; rows not looked up stay Pending
        Stopped,   // a failure that no id can get past (no token, unknown profile, a refused address):
                   // stopFailure() says which; rows not looked up stay Pending, ready for a resume
    };
    Q_ENUM(Outcome)

    struct Options
    {
        int maxInFlight = 2; // 1 … maxInFlightLimit
        BatchPacing::Options pacing;
        int maxRateLimitRetries = 5; // 429s for one id before its row says "rate limited"
        QString profile;             // empty: the default profile
        QString baseUrlOverride;
        QString allowHost; // InspectionRequest::allowHost for baseUrlOverride (the CLI's --allow-host)
        bool recordHistory = false; // a batch of 10,000 would bury the history of single lookups
    };
    static constexpr int maxInFlightLimit = 8;

    BatchRun(InspectionSession *session, const QStringList &ids, const Options &options,
             QObject *parent = nullptr);
    // Ids that are not valid message ids get a Refused row at once and are never sent.
    // Resumes a previous run: its settled rows are kept as they are, the others are looked up again.
    BatchRun(InspectionSession *session, std::vector<BatchRow> previous, const Options &options,
             QObject *parent = nullptr);
    ~BatchRun() override;

    void start();
    // Stops sending, cancels the lookups in flight; finished(Cancelled) follows once they have ended.
    void cancel();

    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    // One row per id, in the order of the list; the state a later run resumes from.
    const std::vector<BatchRow> &rows() const { return m_rows; }
    const BatchTally &tally() const { return m_tally; }
    int inFlight() const { return int(m_jobs.size()); }
    // True when every row found a message (the CLI's exit status 0).
    bool allFound() const { return m_tally.found() == m_tally.total(); }
    const BatchPacing &pacing() const { return m_pacing; }
    // Why the run stopped (Outcome::Stopped).
    const std::optional<InspectionFailure> &stopFailure() const { return m_stopFailure; }
    // True for a failure that every other id would meet too, so sending more is pointless.
    static bool stopsTheRun(const InspectionResult &result);

signals:
    void rowStarted(int index);
    void rowFinished(int index, const BatchRow &row);
    void progress(qsizetype done, qsizetype total);
    // Sending stopped for ms: "Rate limited: waiting 30 s as the server asked".
    void paused(const QString &reason, qint64 ms);
    void finished(BatchRun::Outcome outcome);

private:
    void pump();
    void send(int index);
    void onResult(int index, const InspectionResult &result);
    void setRow(int index, BatchRow row);
    void finishWhenDone();

    InspectionSession *m_session;
    Options m_options;
    BatchPacing m_pacing;
    std::vector<BatchRow> m_rows;
    BatchTally m_tally;
    std::deque<int> m_queue; // row indexes still to send, next first
    QHash<int, QPointer<InspectionJob>> m_jobs;
    QHash<int, int> m_rateLimitRetries;
    QElapsedTimer m_clock;
    QTimer m_wake;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_holdFinish = false;
    std::optional<InspectionFailure> m_stopFailure;
};
