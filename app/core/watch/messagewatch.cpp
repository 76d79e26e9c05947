#include "watch/messagewatch.h"

#include "message/messagecomparison.h"
#include "session/inspectionsession.h"

#include <QCoreApplication>

MessageWatch::MessageWatch(InspectionSession *session, const InspectionRequest &request,
                           const Options &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_request(request)
    , m_options(options)
{
    // The watch paces itself and handles 429 with its own pause: the client must not retry behind its back.
    ClientOptions client = m_request.clientOptions.value_or(session->services().clientOptions);
    client.retry.enabled = false;
    m_request.clientOptions = client;
    m_request.recordHistory = false; // one history row per watch is written by whoever started it
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &MessageWatch::poll);
}

bool MessageWatch::isFinalStatus(const QString &status)
{
    static const QStringList final{
        QStringLiteral("delivered"), QStringLiteral("read"),        QStringLiteral("completed"),
        QStringLiteral("voicemail"), QStringLiteral("opened"),      QStringLiteral("clicked"),
        QStringLiteral("failed"),    QStringLiteral("undelivered"), QStringLiteral("opt_out")};
    return final.contains(status);
}

bool MessageWatch::isFailedStatus(const QString &status)
{
    return status == QLatin1StringView("failed") || status == QLatin1StringView("undelivered");
}

QString MessageWatch::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Delivered:
        return QStringLiteral("delivered");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Reached:
        return QStringLiteral("reached");
    case Outcome::TimedOut:
        return QStringLiteral("timed-out");
    case Outcome::Stopped:
        return QStringLiteral("stopped");
    case Outcome::Error:
        return QStringLiteral("error");
    }
    return QString();
}

void MessageWatch::start()
{
    if (m_running)
        return;
    m_running = true;
    m_clock.start();
    poll();
}

void MessageWatch::stop()
{
    if (!m_running)
        return;
    if (m_job)
        m_job->disconnect(this), m_job->cancel();
    finish(Outcome::Stopped);
}

void MessageWatch::poll()
{
    if (!m_running)
        return;
    ++m_polls;
    m_job = m_session->inspect(m_request);
    connect(m_job, &InspectionJob::finished, this, &MessageWatch::onResult);
}

void MessageWatch::onResult(const InspectionResult &result)
{
    if (!m_running)
        return;
    emit polled(result);
    const RateLimitInfo limits = result.http ? result.http->rateLimit : RateLimitInfo{};

    if (result.failure) {
        using Category = InspectionFailure::Category;
        if (result.failure->apiKind == ErrorKind::RateLimited) {
            const qint64 wait = m_options.pacing.delayAfterRateLimitMs(
                result.http ? result.http->error.retryAfterSeconds : std::nullopt, limits);
            emit paused(tr("Rate limited by HighLevel (429): waiting %1 s before asking again.")
                            .arg((wait + 999) / 1000),
                        wait);
            schedule(wait);
            return;
        }
        if (!result.failure->retryMayHelp() || result.failure->category == Category::NotFound) {
            Entry entry;
            entry.observedAt = QDateTime::currentDateTimeUtc();
            entry.httpStatus = result.http ? result.http->httpStatus : 0;
            entry.note = result.failure->title;
            m_timeline.append(entry);
            emit changed(entry);
            finish(Outcome::Error);
            return;
        }
        // A passing network or server trouble: try again at the normal pace.
        schedule(m_options.pacing.nextDelayMs(m_polls - 1, limits));
        return;
    }

    const MessageView &view = result.analysis.view;
    const QString status = view.status.isPresent() ? view.status.value : QString();
    Entry entry;
    entry.observedAt = QDateTime::currentDateTimeUtc();
    entry.httpStatus = result.http ? result.http->httpStatus : 0;
    entry.status = status;
    entry.statusLabel = view.statusBadge.isBadge() ? view.statusBadge.label : status;
    if (view.dateUpdated.isPresent())
        entry.dateUpdated = view.dateUpdated.value.toUTC().toString(Qt::ISODateWithMs);
    const bool first = !m_last.has_value();
    if (!first) {
        entry.changes =
            MessageComparison::compare(m_last->analysis, result.analysis).describe(tr("before"), tr("now"));
    }
    m_last = result;
    if (first || !entry.changes.isEmpty()) {
        m_timeline.append(entry);
        emit changed(entry);
    }

    if (!m_options.untilStatus.isEmpty() && status == m_options.untilStatus) {
        finish(Outcome::Reached);
        return;
    }
    if (m_options.untilStatus.isEmpty() && isFinalStatus(status)) {
        finish(isFailedStatus(status) ? Outcome::Failed : Outcome::Delivered);
        return;
    }
    // A message that failed never reaches the status asked for: waiting on would only end at the time limit.
    if (!m_options.untilStatus.isEmpty() && isFailedStatus(status)) {
        finish(Outcome::Failed);
        return;
    }
    schedule(m_options.pacing.nextDelayMs(m_polls - 1, limits));
}

void MessageWatch::schedule(qint64 ms)
{
    const qint64 left = m_options.timeoutMs - m_clock.elapsed();
    if (left <= 0 || ms > left) {
        finish(Outcome::TimedOut);
        return;
    }
    emit waiting(ms);
    m_next.start(std::chrono::milliseconds(ms));
}

void MessageWatch::finish(Outcome outcome)
{
    if (!m_running)
        return;
    m_running = false;
    m_next.stop();
    emit finished(outcome);
}
