#include "lookuphistory.h"

#include "store/historyworker.h"

#include <QDateTime>
#include <QMetaObject>
#include <QPromise>
#include <QStandardPaths>

#include <memory>

LookupHistory::LookupHistory(const QString &databasePath, QObject *parent)
    : LookupHistory(databasePath, defaultBusyTimeout, parent)
{}

LookupHistory::LookupHistory(const QString &databasePath, std::chrono::milliseconds busyTimeout,
                             QObject *parent)
    : QObject(parent)
    , m_path(databasePath.isEmpty() ? defaultPath() : databasePath)
    , m_worker(std::make_unique<HistoryWorker>(m_path, busyTimeout, defaultMaxRows))
{
    qRegisterMetaType<HistoryWrite>();
    m_thread.setObjectName(QStringLiteral("mi-history"));
    connect(m_worker.get(), &HistoryWorker::changed, this, &LookupHistory::changed);
    connect(m_worker.get(), &HistoryWorker::availabilityChanged, this, &LookupHistory::availabilityChanged);
}

HistoryWorker *LookupHistory::worker()
{
    if (!m_thread.isRunning() && !m_thread.isFinished()) {
        m_worker->moveToThread(&m_thread);
        m_thread.start();
        // The limits set so far, then the file.
        QMetaObject::invokeMethod(
            m_worker.get(),
            [worker = m_worker.get(), rows = m_maxRows, retention = m_retention] {
                worker->setMaxRows(rows);
                worker->setRetention(retention);
                worker->open();
            },
            Qt::QueuedConnection);
    }
    return m_worker.get();
}

LookupHistory::~LookupHistory()
{
    if (!m_thread.isRunning())
        return; // never used: the worker never left this thread and opened nothing
    // Queued behind every call already made, so each of their futures still finishes.
    QMetaObject::invokeMethod(
        m_worker.get(),
        [worker = m_worker.get()] {
            worker->shutDown();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

QString LookupHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/history.sqlite");
}

bool LookupHistory::isAvailable() const
{
    return m_worker->isAvailable();
}

QString LookupHistory::errorString() const
{
    return m_worker->errorString();
}

template <typename T, typename Work> QFuture<T> LookupHistory::post(Work work)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> future = promise->future();
    QMetaObject::invokeMethod(
        worker(),
        [worker = m_worker.get(), promise, work = std::move(work)] {
            promise->addResult(work(*worker));
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

void LookupHistory::setMaxRows(int rows)
{
    m_maxRows = std::max(1, rows);
    if (!m_thread.isRunning())
        return; // given to the worker when it starts
    QMetaObject::invokeMethod(
        m_worker.get(), [worker = m_worker.get(), rows = m_maxRows] { worker->setMaxRows(rows); },
        Qt::QueuedConnection);
}

void LookupHistory::setAnswerRetention(const AnswerRetention &retention)
{
    m_retention = retention;
    if (!m_thread.isRunning())
        return; // given to the worker when it starts
    QMetaObject::invokeMethod(
        m_worker.get(), [worker = m_worker.get(), retention] { worker->setRetention(retention); },
        Qt::QueuedConnection);
}

QFuture<HistoryWrite> LookupHistory::record(const LookupRecord &record,
                                            const std::optional<KeptAnswer> &answer)
{
    LookupRecord stamped = record;
    // The time of the lookup, not of the moment a busy file finally took it.
    if (!stamped.time.isValid())
        stamped.time = QDateTime::currentDateTimeUtc();
    return post<HistoryWrite>(
        [stamped, answer](HistoryWorker &worker) { return worker.record(stamped, answer); });
}

QFuture<QList<LookupRecord>> LookupHistory::recent(int limit)
{
    return post<QList<LookupRecord>>([limit](HistoryWorker &worker) { return worker.recent(limit); });
}

QFuture<QStringList> LookupHistory::recentMessageIds(int limit)
{
    return post<QStringList>([limit](HistoryWorker &worker) { return worker.recentMessageIds(limit); });
}

QFuture<int> LookupHistory::count()
{
    return post<int>([](HistoryWorker &worker) { return worker.count(); });
}

QFuture<HistoryWrite> LookupHistory::clear(const QDateTime &upTo)
{
    const std::optional<qint64> upToMs =
        upTo.isValid() ? std::optional<qint64>(upTo.toMSecsSinceEpoch()) : std::nullopt;
    return post<HistoryWrite>([upToMs](HistoryWorker &worker) { return worker.clear(upToMs); });
}

QFuture<HistoryWrite> LookupHistory::deleteEntry(qint64 rowId)
{
    return post<HistoryWrite>([rowId](HistoryWorker &worker) { return worker.deleteEntry(rowId); });
}

QFuture<QList<LookupRecord>> LookupHistory::latestPerMessage(int limit)
{
    return post<QList<LookupRecord>>(
        [limit](HistoryWorker &worker) { return worker.latestPerMessage(limit); });
}

QFuture<QList<LookupRecord>> LookupHistory::search(const HistoryQuery &query)
{
    return post<QList<LookupRecord>>([query](HistoryWorker &worker) { return worker.search(query); });
}

QFuture<std::optional<LookupRecord>> LookupHistory::entry(qint64 rowId)
{
    return post<std::optional<LookupRecord>>([rowId](HistoryWorker &worker) { return worker.lookup(rowId); });
}

QFuture<std::optional<KeptAnswer>> LookupHistory::keptAnswer(qint64 rowId)
{
    return post<std::optional<KeptAnswer>>(
        [rowId](HistoryWorker &worker) { return worker.keptAnswer(rowId); });
}

QFuture<HistoryWrite> LookupHistory::deleteKeptAnswers()
{
    return post<HistoryWrite>([](HistoryWorker &worker) { return worker.deleteKeptAnswers(); });
}
