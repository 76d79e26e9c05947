#include "batch/batchrun.h"

#include "api/inputvalidation.h"
#include "session/inspectionjob.h"
#include "session/inspectionresult.h"
#include "session/inspectionsession.h"

#include <algorithm>
#include <limits>

BatchRun::BatchRun(InspectionSession *session, const QStringList &ids, const Options &options,
                   QObject *parent)
    : BatchRun(session, std::vector<BatchRow>{}, options, parent)
{
    m_rows.reserve(size_t(ids.size()));
    for (const QString &id : ids) {
        BatchRow row = BatchRow::pending(id);
        const auto checked = InputValidation::messageId(id);
        if (!checked.ok() || checked.value != id) {
            row.outcome = BatchRow::Outcome::Refused;
            row.error = checked.ok() ? tr("Give the id itself, not a link or padded text.") : checked.error;
            row.outcomeText = tr("Not sent");
        }
        m_rows.push_back(std::move(row));
    }
    m_tally = BatchTally::of(m_rows);
}

BatchRun::BatchRun(InspectionSession *session, std::vector<BatchRow> previous, const Options &options,
                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(options)
    , m_pacing(options.pacing)
    , m_rows(std::move(previous))
{
    m_options.maxInFlight = std::clamp(m_options.maxInFlight, 1, maxInFlightLimit);
    for (BatchRow &row : m_rows) {
        if (!row.isSettled())
            row = BatchRow::pending(row.id);
    }
    m_tally = BatchTally::of(m_rows);
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &BatchRun::pump);
    m_clock.start();
}

BatchRun::~BatchRun()
{
    // The jobs end on their own; this run must not hear from them any more, and nothing it started may keep
    // the network busy. A cancelled job may report at once, while this destructor runs: its connection to
    // this run goes first, or onResult() would send the next id from a run being destroyed.
    m_cancelled = true;
    m_finished = true;
    m_queue.clear();
    m_wake.stop();
    const auto jobs = m_jobs;
    for (const QPointer<InspectionJob> &job : jobs) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

void BatchRun::start()
{
    if (m_started)
        return;
    m_started = true;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows[size_t(i)].isPending())
            m_queue.push_back(i);
    }
    emit progress(m_tally.done(), m_tally.total());
    // From the event loop, like every later step: a caller connects after start() and still hears all.
    QTimer::singleShot(0, this, &BatchRun::pump);
}

void BatchRun::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_queue.clear();
    m_wake.stop();
    // A job may report its cancellation at once; finished() still comes from the event loop, after this
    // returns, like on every other path.
    m_holdFinish = true;
    const auto jobs = m_jobs;
    for (const QPointer<InspectionJob> &job : jobs) {
        if (job)
            job->cancel();
    }
    m_holdFinish = false;
    m_started = true;
    QTimer::singleShot(0, this, &BatchRun::finishWhenDone);
}

void BatchRun::pump()
{
    if (m_finished)
        return;
    while (!m_cancelled && !m_stopFailure && !m_queue.empty() && int(m_jobs.size()) < m_options.maxInFlight) {
        const qint64 wait = m_pacing.delayBeforeSend(m_clock.elapsed());
        if (wait > 0) {
            if (!m_wake.isActive() || m_wake.remainingTime() > wait)
                m_wake.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
            return;
        }
        const int index = m_queue.front();
        m_queue.pop_front();
        send(index);
    }
    finishWhenDone();
}

void BatchRun::send(int index)
{
    InspectionRequest request = InspectionRequest::lookup(m_rows[size_t(index)].id, m_options.profile);
    request.baseUrlOverride = m_options.baseUrlOverride;
    request.allowHost = m_options.allowHost;
    request.recordHistory = m_options.recordHistory;
    // The batch paces and retries itself: a client waiting out a 429 on its own would keep the other
    // lookups sending into the same spent budget.
    ClientOptions client = m_session->services().clientOptions;
    client.retry.enabled = false;
    request.clientOptions = client;

    m_pacing.recordSend(m_clock.elapsed());
    InspectionJob *job = m_session->inspect(request);
    m_jobs.insert(index, job);
    connect(job, &InspectionJob::finished, this,
            [this, index](const InspectionResult &result) { onResult(index, result); });
    emit rowStarted(index);
}

void BatchRun::onResult(int index, const InspectionResult &result)
{
    m_jobs.remove(index);
    if (result.http)
        m_pacing.update(result.http->rateLimit, m_clock.elapsed());

    if (stopsTheRun(result)) {
        // The row stays pending (a resume tries it again once the cause is fixed); nothing more is sent.
        if (!m_stopFailure && !m_cancelled)
            m_stopFailure = result.failure;
        m_queue.clear();
        m_wake.stop();
        pump();
        return;
    }
    BatchRow row = BatchRow::fromResult(m_rows[size_t(index)].id, result);
    if (row.outcome == BatchRow::Outcome::RateLimited && !m_cancelled) {
        int &retries = m_rateLimitRetries[index];
        if (retries < m_options.maxRateLimitRetries) {
            ++retries;
            const auto retryAfter = result.http ? result.http->error.retryAfterSeconds : std::optional<int>();
            const qint64 ms = m_pacing.delayAfterRateLimitMs(retryAfter);
            m_pacing.pauseUntil(m_clock.elapsed() + ms);
            m_queue.push_front(index);
            emit paused(retryAfter
                            ? tr("Rate limited: waiting %L1 s as the server asked.").arg((ms + 999) / 1000)
                            : tr("Rate limited: waiting %L1 s before trying again.").arg((ms + 999) / 1000),
                        ms);
            pump();
            return;
        }
    }
    setRow(index, std::move(row));
    pump();
}

void BatchRun::setRow(int index, BatchRow row)
{
    m_tally.remove(m_rows[size_t(index)]);
    m_tally.add(row);
    m_rows[size_t(index)] = std::move(row);
    emit rowFinished(index, m_rows[size_t(index)]);
    emit progress(m_tally.done(), m_tally.total());
}

void BatchRun::finishWhenDone()
{
    if (m_finished || m_holdFinish || !m_jobs.isEmpty())
        return;
    if (!m_cancelled && !m_stopFailure && !m_queue.empty())
        return;
    m_finished = true;
    m_wake.stop();
    emit finished(m_cancelled ? Outcome::Cancelled : m_stopFailure ? Outcome::Stopped : Outcome::Completed);
}

bool BatchRun::stopsTheRun(const InspectionResult &result)
{
    if (!result.failure)
        return false;
    const InspectionFailure &f = *result.failure;
    if (f.kind == InspectionFailure::noTokenKind || f.kind == InspectionFailure::profileKind ||
        f.kind == InspectionFailure::keychainUnavailableKind ||
        f.kind == InspectionFailure::keychainErrorKind)
        return true;
    // The ids were checked before the run, so input refused before sending is the address or the token.
    return f.category == InspectionFailure::Category::Usage && !result.wasSent();
}
