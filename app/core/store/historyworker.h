#pragma once

#include "store/historydatabase.h"
#include "store/lookuprecord.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

class QTimer;

// The lookup history's side of its worker thread: owns the one database connection, and keeps lookups that
// could not be written yet (the file was busy) in memory, retrying with a growing pause until they are
// written. A busy file never turns the history off; a broken one does, for the rest of the session.
//
// Every method but isAvailable() and errorString() runs on the worker thread (LookupHistory posts them
// there).
class HistoryWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds firstRetry{250};
    static constexpr std::chrono::milliseconds longestRetry{30000};

    HistoryWorker(const QString &path, std::chrono::milliseconds busyTimeout, int maxRows);
    ~HistoryWorker() override;

    void open();
    HistoryWrite record(LookupRecord record, std::optional<KeptAnswer> answer = std::nullopt);
    // Deletes the lookups made at or before upToMs (every lookup when not set).
    HistoryWrite clear(std::optional<qint64> upToMs = std::nullopt);
    HistoryWrite deleteEntry(qint64 rowId);
    HistoryWrite deleteKeptAnswers();
    QList<LookupRecord> recent(int limit);
    QList<LookupRecord> search(const HistoryQuery &query);
    std::optional<LookupRecord> lookup(qint64 rowId);
    std::optional<KeptAnswer> keptAnswer(qint64 rowId);
    void setRetention(const AnswerRetention &retention);
    QStringList recentMessageIds(int limit);
    QList<LookupRecord> latestPerMessage(int limit);
    int count();
    void setMaxRows(int rows);
    // Last chance for lookups still in memory, then the connection closes.
    void shutDown();

    // Any thread.
    bool isAvailable() const;
    QString errorString() const;

signals:
    // What recent() and recentMessageIds() answer may have changed (written, kept in memory or cleared).
    void changed();
    // The history turned off (see errorString()).
    void availabilityChanged();

private:
    HistoryDatabase::Result ensureOpen();
    HistoryDatabase::Result flush();
    void retry();
    void scheduleRetry();
    void turnOff();
    HistoryWrite pendingAnswer(bool clearing) const;
    bool hasWorkWaiting() const;
    // A stored lookup a clear or delete the busy file has not taken yet removes: read as gone already.
    bool isGone(const LookupRecord &stored) const;
    bool everythingCleared() const;
    // Keeps the answers waiting in memory within the total-size limit (the oldest lose their answer first).
    void boundPendingAnswers();
    qint64 nowMs() const;

    QString m_path;
    std::chrono::milliseconds m_busyTimeout;
    int m_maxRows;
    std::unique_ptr<HistoryDatabase> m_database;
    AnswerRetention m_retention;
    QList<HistoryDatabase::NewLookup> m_pending; // oldest first; at most m_maxRows
    // A clear() the busy file has not taken yet (lookups at or before this time; max: all); comes before
    // m_pending.
    std::optional<qint64> m_clearUpToMs;
    bool m_deleteAnswersPending = false; // a deleteKeptAnswers() the busy file has not taken yet
    QList<qint64> m_deleteRowsPending;   // deleteEntry() rows the busy file has not taken yet
    QList<qint64> m_lastRowIds;          // the rows the last flush wrote, in m_pending's order
    QTimer *m_retryTimer;
    std::chrono::milliseconds m_nextRetry = firstRetry;

    mutable QMutex m_stateMutex;
    bool m_available = true;
    QString m_error;
};
