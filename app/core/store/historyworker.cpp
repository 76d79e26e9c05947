#include "historyworker.h"

#include "api/inputvalidation.h"
#include "common/logging.h"
#include "common/redaction.h"

#include <QMutexLocker>
#include <QTimer>

#include <QSet>

#include <algorithm>
#include <limits>

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
    m_clearUpToMs.reset();
    m_deleteAnswersPending = false;
    m_deleteRowsPending.clear();
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
    const bool wasOpen = m_database->isOpen();
    Result result = m_database->open();
    // Answers past their age are deleted when the file is opened, not only at the next write.
    // A busy file only postpones that to the next write.
    if (result == Result::Ok && !wasOpen && m_database->pruneAnswers(m_retention, nowMs()) == Result::Broken)
        result = Result::Broken;
    if (result == Result::Broken)
        turnOff();
    return result;
}

qint64 HistoryWorker::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

void HistoryWorker::setRetention(const AnswerRetention &retention)
{
    m_retention = retention;
    m_retention.maxBodyBytes = std::max<qint64>(0, retention.maxBodyBytes);
    m_retention.maxTotalBytes = std::max<qint64>(0, retention.maxTotalBytes);
    m_retention.maxAge = std::max(std::chrono::milliseconds(0), retention.maxAge);
    boundPendingAnswers();
}

void HistoryWorker::boundPendingAnswers()
{
    qint64 total = 0;
    for (auto it = m_pending.rbegin(); it != m_pending.rend(); ++it) {
        if (!it->answer)
            continue;
        total += it->answer->body.size();
        if (total > m_retention.maxTotalBytes) {
            it->answer.reset();
            it->record.keptBodyBytes = -1;
        }
    }
}

void HistoryWorker::open()
{
    if (ensureOpen() == Result::Busy)
        scheduleRetry();
}

Result HistoryWorker::flush()
{
    Result result = ensureOpen();
    m_lastRowIds.clear();
    if (result == Result::Ok && m_deleteAnswersPending)
        result = m_database->deleteAnswers();
    if (result == Result::Ok) {
        m_deleteAnswersPending = false;
        if (!m_deleteRowsPending.isEmpty())
            result = m_database->deleteLookups(m_deleteRowsPending);
    }
    if (result == Result::Ok) {
        m_deleteRowsPending.clear();
        if (m_clearUpToMs || !m_pending.isEmpty())
            result =
                m_database->write(m_pending, m_clearUpToMs, m_maxRows, m_retention, nowMs(), &m_lastRowIds);
    }
    switch (result) {
    case Result::Ok:
        m_pending.clear();
        m_clearUpToMs.reset();
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
    const bool waiting = hasWorkWaiting();
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

HistoryWrite HistoryWorker::record(LookupRecord record, std::optional<KeptAnswer> answer)
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
    record.direction = text(record.direction, LookupRecord::maxValueLength);
    record.status = text(record.status, LookupRecord::maxValueLength);
    record.messageType = text(record.messageType, LookupRecord::maxValueLength);
    record.rowId = -1;
    record.keptBodyBytes = -1;
    QString note;
    if (answer) {
        if (answer->body.size() > m_retention.maxBodyBytes ||
            answer->body.size() > m_retention.maxTotalBytes) {
            note = tr("The lookup was kept, but not its answer: the body (%1 bytes) is larger than the limit "
                      "for kept answers.")
                       .arg(answer->body.size());
            answer.reset();
        } else {
            // Secret headers never stay in memory either; the request's headers are not part of an answer.
            answer->headers.removeIf([](const std::pair<QByteArray, QByteArray> &field) {
                return Redaction::isSecretHeader(field.first);
            });
            answer->keptAt = QDateTime();
            record.keptBodyBytes = answer->body.size();
        }
    }
    m_pending.append({record, std::move(answer)});
    if (m_pending.size() > m_maxRows)
        m_pending.remove(0, m_pending.size() - m_maxRows);
    boundPendingAnswers();

    switch (flush()) {
    case Result::Ok: {
        emit changed();
        HistoryWrite written{Status::Saved, note};
        written.rowId = m_lastRowIds.isEmpty() ? -1 : m_lastRowIds.last();
        return written;
    }
    case Result::Busy:
        emit changed();
        return note.isEmpty() ? pendingAnswer(false)
                              : HistoryWrite{Status::Pending, pendingAnswer(false).message + u' ' + note};
    case Result::Broken:
        break;
    }
    return {Status::Unavailable, errorString()};
}

HistoryWrite HistoryWorker::clear(std::optional<qint64> upToMs)
{
    if (!isAvailable())
        return {Status::Unavailable, errorString()};
    const qint64 cutoff = upToMs.value_or(std::numeric_limits<qint64>::max());
    m_pending.removeIf([cutoff](const HistoryDatabase::NewLookup &lookup) {
        return lookup.record.time.toMSecsSinceEpoch() <= cutoff;
    });
    m_clearUpToMs = std::max(cutoff, m_clearUpToMs.value_or(cutoff));
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

HistoryWrite HistoryWorker::deleteEntry(qint64 rowId)
{
    if (!isAvailable())
        return {Status::Unavailable, errorString()};
    // A lookup still waiting in memory has no row; the list shows it with rowId -1 and offers no delete.
    if (rowId < 0)
        return {Status::Refused, tr("That lookup is not in the history file yet, so it cannot be deleted.")};
    if (!m_deleteRowsPending.contains(rowId))
        m_deleteRowsPending.append(rowId);
    switch (flush()) {
    case Result::Ok:
        emit changed();
        return {Status::Saved, {}};
    case Result::Busy:
        emit changed();
        return {Status::Pending, tr("The history file is in use by another program, so the lookup will be "
                                    "deleted as soon as the file is free.")};
    case Result::Broken:
        break;
    }
    return {Status::Unavailable, errorString()};
}

bool HistoryWorker::hasWorkWaiting() const
{
    return m_clearUpToMs || m_deleteAnswersPending || !m_deleteRowsPending.isEmpty() || !m_pending.isEmpty();
}

bool HistoryWorker::isGone(const LookupRecord &stored) const
{
    return (m_clearUpToMs && stored.time.toMSecsSinceEpoch() <= *m_clearUpToMs) ||
           m_deleteRowsPending.contains(stored.rowId);
}

bool HistoryWorker::everythingCleared() const
{
    return m_clearUpToMs == std::numeric_limits<qint64>::max();
}

HistoryWrite HistoryWorker::deleteKeptAnswers()
{
    if (!isAvailable())
        return {Status::Unavailable, errorString()};
    for (HistoryDatabase::NewLookup &lookup : m_pending) {
        lookup.answer.reset();
        lookup.record.keptBodyBytes = -1;
    }
    m_deleteAnswersPending = true;
    switch (flush()) {
    case Result::Ok:
        emit changed();
        return {Status::Saved, {}};
    case Result::Busy:
        emit changed();
        return {Status::Pending, tr("The history file is in use by another program, so the kept answers will "
                                    "be deleted as soon as the file is free.")};
    case Result::Broken:
        break;
    }
    return {Status::Unavailable, errorString()};
}

QList<LookupRecord> HistoryWorker::search(const HistoryQuery &query)
{
    const int limit = std::clamp(query.limit, 0, HistoryQuery::maxLimit);
    QList<LookupRecord> records;
    for (auto it = m_pending.crbegin(); it != m_pending.crend(); ++it) {
        if (query.matches(it->record))
            records.append(it->record);
    }
    if (!everythingCleared() && ensureOpen() == Result::Ok) {
        QList<LookupRecord> stored;
        // A clear the busy file has not taken yet: only later lookups are left.
        HistoryQuery stillThere = query;
        if (m_clearUpToMs && (!query.from.isValid() || query.from.toMSecsSinceEpoch() <= *m_clearUpToMs))
            stillThere.from = QDateTime::fromMSecsSinceEpoch(*m_clearUpToMs + 1, Qt::UTC);
        if (const Result result = m_database->search(stillThere, limit, &stored); result == Result::Broken)
            turnOff();
        stored.removeIf([this](const LookupRecord &r) { return isGone(r); });
        records += stored;
    }
    if (!isAvailable())
        return {};
    sortNewestFirst(records, [](const LookupRecord &r) { return r.time; });
    return records.mid(0, limit);
}

std::optional<LookupRecord> HistoryWorker::lookup(qint64 rowId)
{
    std::optional<LookupRecord> record;
    if (rowId < 0 || everythingCleared() || ensureOpen() != Result::Ok)
        return record;
    if (m_database->lookup(rowId, &record) == Result::Broken)
        turnOff();
    if (!isAvailable() || (record && isGone(*record)))
        return std::nullopt;
    if (record && m_deleteAnswersPending)
        record->keptBodyBytes = -1;
    return record;
}

std::optional<KeptAnswer> HistoryWorker::keptAnswer(qint64 rowId)
{
    std::optional<KeptAnswer> answer;
    if (rowId < 0 || m_deleteAnswersPending || !lookup(rowId))
        return answer;
    if (m_database->keptAnswer(rowId, &answer) == Result::Broken)
        turnOff();
    if (!isAvailable())
        return std::nullopt;
    // Past its age (the file was not pruned since): as good as deleted.
    if (answer && answer->keptAt.toMSecsSinceEpoch() < nowMs() - qint64(m_retention.maxAge.count()))
        return std::nullopt;
    return answer;
}

QList<LookupRecord> HistoryWorker::recent(int limit)
{
    limit = std::clamp(limit, 0, m_maxRows);
    // Lookups still in memory first (newest first), so they win ties with stored ones.
    QList<LookupRecord> records;
    for (auto it = m_pending.crbegin(); it != m_pending.crend(); ++it)
        records.append(it->record);
    if (!everythingCleared() && ensureOpen() == Result::Ok) {
        QList<LookupRecord> stored;
        Result result = Result::Ok;
        if (m_clearUpToMs) {
            HistoryQuery later;
            later.from = QDateTime::fromMSecsSinceEpoch(*m_clearUpToMs + 1, Qt::UTC);
            result = m_database->search(later, limit, &stored);
        } else {
            result = m_database->recent(limit, &stored);
        }
        if (result == Result::Broken)
            turnOff();
        stored.removeIf([this](const LookupRecord &r) { return isGone(r); });
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
        ids.append({it->record.messageId, it->record.time});
    if (!everythingCleared() && ensureOpen() == Result::Ok) {
        QList<QPair<QString, QDateTime>> stored;
        if (const Result result = m_database->recentMessageIds(limit, &stored); result == Result::Broken)
            turnOff();
        // An id looked up again after a clear the busy file has not taken yet stays (its latest lookup is
        // after the clear); single lookups waiting to be deleted may show here until the file is free.
        stored.removeIf([this](const QPair<QString, QDateTime> &entry) {
            return m_clearUpToMs && entry.second.toMSecsSinceEpoch() <= *m_clearUpToMs;
        });
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

QList<LookupRecord> HistoryWorker::latestPerMessage(int limit)
{
    limit = std::clamp(limit, 0, m_maxRows);
    QList<LookupRecord> records;
    for (auto it = m_pending.crbegin(); it != m_pending.crend(); ++it)
        records.append(it->record);
    if (!everythingCleared() && ensureOpen() == Result::Ok) {
        QList<LookupRecord> stored;
        if (m_database->latestPerMessage(limit, m_clearUpToMs, &stored) == Result::Broken)
            turnOff();
        stored.removeIf([this](const LookupRecord &r) { return isGone(r); });
        records += stored;
    }
    if (!isAvailable())
        return {};
    sortNewestFirst(records, [](const LookupRecord &r) { return r.time; });
    QList<LookupRecord> latest;
    QSet<QString> seen;
    for (const LookupRecord &record : std::as_const(records)) {
        if (latest.size() >= limit)
            break;
        if (!seen.contains(record.messageId)) {
            seen.insert(record.messageId);
            latest.append(record);
        }
    }
    return latest;
}

int HistoryWorker::count()
{
    int stored = 0;
    if (!everythingCleared() && ensureOpen() == Result::Ok) {
        // Single lookups waiting to be deleted are still counted until the file is free.
        if (m_database->count(&stored, m_clearUpToMs) == Result::Broken)
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
    if (isAvailable() && hasWorkWaiting() && flush() == Result::Busy) {
        qCWarning(lcStore) << m_pending.size() << "lookups not kept: the history file stayed busy";
        m_retryTimer->stop();
    }
    m_database.reset();
}
