#include "historyworker.h"

#include "api/inputvalidation.h"
#include "common/logging.h"

#include <QMutexLocker>
#include <QTimer>

#include <algorithm>

using Result = HistoryDatabase::Result;
using Status = HistoryWrite::Status;

namespace {

// A null QString binds as SQL NULL; the columns are NOT NULL, so absent text is stored as "".
QString text(const QString &value, qsizetype maxLength)
{
    return value.isNull() ? QStringLiteral("") : value.left(maxLength);
}

// Newest first by time; among equal times the earlier entry in `entries` stays first.
template <typename Entry, typename TimeOf> void sortNewestFirst(QList<Entry> &entries, TimeOf timeOf)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [&timeOf](const Entry &a, const Entry &b) { return timeOf(a) > timeOf(b); });
}

} // namespace

HistoryWorker::HistoryWorker(const QString &path, std::chrono::milliseconds busyTimeout, int maxRows)
    : m_path(path)
    , m_busyTimeout(busyTimeout)
    , m_maxRows(maxRows)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &HistoryWorker::retry);
}

HistoryWorker::~HistoryWorker() = default;

bool HistoryWorker::isAvailable() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_available;
}

QString HistoryWorker::errorString() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_error;
}

void HistoryWorker::turnOff()
{
    {
        QMutexLocker lock(&m_stateMutex);
        m_available = false;
        m_error = m_database ? m_database->errorString() : QString();
    }
    // Whatever waited in memory cannot go anywhere now; the file is left as it is for the user to inspect.
    if (!m_pending.isEmpty())
        qCWarning(lcStore) << m_pending.size() << "lookups not kept: the history is off";
    m_pending.clear();
    m_clearPending = false;
    m_retryTimer->stop();
    m_database.reset();
    emit availabilityChanged();
}

Result HistoryWorker::ensureOpen()
{
    if (!isAvailable())
        return Result::Broken;
    if (!m_database)
        m_database = std::make_unique<HistoryDatabase>(m_path, m_busyTimeout);
    const Result result = m_database->open();
    if (result == Result::Broken)
        turnOff();
    return result;
}

void HistoryWorker::open()
{
    if (ensureOpen() == Result::Busy)
        scheduleRetry();
}

Result HistoryWorker::flush()
{
    Result result = ensureOpen();
    if (result == Result::Ok && (m_clearPending || !m_pending.isEmpty()))
        result = m_database->write(m_pending, m_clearPending, m_maxRows);
    switch (result) {
    case Result::Ok:
        m_pending.clear();
        m_clearPending = false;
        m_nextRetry = firstRetry;
        m_retryTimer->stop();
        break;
    case Result::Busy:
        scheduleRetry();
        break;
    case Result::Broken:
        if (isAvailable())
            turnOff();
        break;
    }
    return result;
}

void HistoryWorker::scheduleRetry()
{
    if (m_retryTimer->isActive())
        return;
    m_retryTimer->start(m_nextRetry);
    m_nextRetry = std::min(m_nextRetry * 2, longestRetry);
}

void HistoryWorker::retry()
{
    const bool waiting = m_clearPending || !m_pending.isEmpty();
    if (flush() == Result::Ok && waiting)
        emit changed();
}

HistoryWrite HistoryWorker::pendingAnswer(bool clearing) const
{
    return {Status::Pending,
            clearing ? tr("The history file is in use by another program, so the history will be cleared as "
                          "soon as the file is free.")
                     : tr("The history file is in use by another program, so this lookup is kept in memory "
                          "and will be saved as soon as the file is free.")};
}

HistoryWrite HistoryWorker::record(LookupRecord record)
{
    if (!isAvailable())
        return {Status::Unavailable, errorString()};
    const auto id = InputValidation::messageId(record.messageId);
    if (!id.ok()) {
        // The refused text is not repeated: it might be anything, a token pasted by mistake included.
        return {Status::Refused, tr("That is not a message id, so it was not kept in the history.")};
    }
    record.messageId = id.value;
    record.profile = text(record.profile, LookupRecord::maxProfileLength);
    record.outcome = text(record.outcome, LookupRecord::maxOutcomeLength);
    record.summary = text(record.summary.simplified(), LookupRecord::maxSummaryLength);
    m_pending.append(record);
    if (m_pending.size() > m_maxRows)
        m_pending.remove(0, m_pending.size() - m_maxRows);

    switch (flush()) {
    case Result::Ok:
        emit changed();
        return {Status::Saved, {}};
    case Result::Busy:
        emit changed();
        return pendingAnswer(false);
    case Result::Broken:
        break;
    }
    return {Status::Unavailable, errorString()};
}

HistoryWrite HistoryWorker::clear()
{
    if (!isAvailable())
        return {Status::Unavailable, errorString()};
    m_pending.clear();
    m_clearPending = true;
    switch (flush()) {
    case Result::Ok:
        emit changed();
        return {Status::Saved, {}};
    case Result::Busy:
        emit changed();
        return pendingAnswer(true);
    case Result::Broken:
        break;
    }
    return {Status::Unavailable, errorString()};
}

QList<LookupRecord> HistoryWorker::recent(int limit)
{
    limit = std::clamp(limit, 0, m_maxRows);
    // Lookups still in memory first (newest first), so they win ties with stored ones.
    QList<LookupRecord> records(m_pending.crbegin(), m_pending.crend());
    if (!m_clearPending && ensureOpen() == Result::Ok) {
        QList<LookupRecord> stored;
        if (const Result result = m_database->recent(limit, &stored); result == Result::Broken)
            turnOff();
        records += stored;
    }
    if (!isAvailable())
        return {};
    sortNewestFirst(records, [](const LookupRecord &r) { return r.time; });
    return records.mid(0, limit);
}

QStringList HistoryWorker::recentMessageIds(int limit)
{
    limit = std::clamp(limit, 0, m_maxRows);
    QList<QPair<QString, QDateTime>> ids;
    for (auto it = m_pending.crbegin(); it != m_pending.crend(); ++it)
        ids.append({it->messageId, it->time});
    if (!m_clearPending && ensureOpen() == Result::Ok) {
        QList<QPair<QString, QDateTime>> stored;
        if (const Result result = m_database->recentMessageIds(limit, &stored); result == Result::Broken)
            turnOff();
        ids += stored;
    }
    if (!isAvailable())
        return {};
    sortNewestFirst(ids, [](const QPair<QString, QDateTime> &entry) { return entry.second; });
    QStringList result;
    for (const auto &[id, time] : std::as_const(ids)) {
        if (result.size() >= limit)
            break;
        if (!result.contains(id))
            result.append(id);
    }
    return result;
}

int HistoryWorker::count()
{
    int stored = 0;
    if (!m_clearPending && ensureOpen() == Result::Ok) {
        if (m_database->count(&stored) == Result::Broken)
            turnOff();
    }
    if (!isAvailable())
        return 0;
    return std::min<int>(stored + int(m_pending.size()), m_maxRows);
}

void HistoryWorker::setMaxRows(int rows)
{
    m_maxRows = std::max(1, rows);
}

void HistoryWorker::shutDown()
{
    m_retryTimer->stop();
    if (isAvailable() && (m_clearPending || !m_pending.isEmpty()) && flush() == Result::Busy) {
        qCWarning(lcStore) << m_pending.size() << "lookups not kept: the history file stayed busy";
        m_retryTimer->stop();
    }
    m_database.reset();
}
