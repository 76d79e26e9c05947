#pragma once

#include "store/historydatabase.h"
#include "store/lookuprecord.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>

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
    HistoryWrite record(LookupRecord record);
    HistoryWrite clear();
    QList<LookupRecord> recent(int limit);
    QStringList recentMessageIds(int limit);
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

    QString m_path;
    std::chrono::milliseconds m_busyTimeout;
    int m_maxRows;
    std::unique_ptr<HistoryDatabase> m_database;
    QList<LookupRecord> m_pending; // oldest first; at most m_maxRows
    bool m_clearPending = false;   // a clear() the busy file has not taken yet; comes before m_pending
    QTimer *m_retryTimer;
    std::chrono::milliseconds m_nextRetry = firstRetry;

    mutable QMutex m_stateMutex;
    bool m_available = true;
    QString m_error;
};
