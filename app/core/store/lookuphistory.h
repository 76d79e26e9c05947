#pragma once

#include "store/lookuprecord.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <chrono>
#include <memory>

class HistoryWorker;

// The lookup history in an SQLite file (QtSql), by default in QStandardPaths::AppLocalDataLocation.
//
// Every call returns at once: the file is opened, read and written on a worker thread that owns the one
// database connection, in the order the calls were made, and each call's QFuture finishes exactly once
// (continue with .then(context, …)). The UI thread never waits for the file. Qt 6.4 asserts in debug builds
// when a continuation's context dies before the answer comes, so continue on an object that outlives the
// history (its owner, as the window does).
//
// Another program holding the file's lock (a second window, the command line) makes a write wait up to the
// busy timeout; if the lock is still held, the lookup is kept in memory (HistoryWrite::Pending), shown by
// recent() and recentMessageIds(), and written as soon as the file is free. A busy file never turns the
// history off. A file that cannot be used (damaged, not a history file, from a newer version, unwritable)
// does: isAvailable() turns false, errorString() says why in plain words, and every later call answers
// Unavailable or nothing. The file is created readable and writable by its owner only (0600).
class LookupHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultMaxRows = 1000;
    static constexpr int maxSummaryLength = LookupRecord::maxSummaryLength;
    static constexpr int maxOutcomeLength = LookupRecord::maxOutcomeLength;
    static constexpr std::chrono::milliseconds defaultBusyTimeout{2000};

    // An empty path means AppLocalDataLocation/history.sqlite. The file is opened at once, in the background.
    explicit LookupHistory(const QString &databasePath = {}, QObject *parent = nullptr);
    LookupHistory(const QString &databasePath, std::chrono::milliseconds busyTimeout,
                  QObject *parent = nullptr);
    // Writes what is still kept in memory (waiting at most the busy timeout), then closes the file.
    ~LookupHistory() override;

    static QString defaultPath();
    QString path() const { return m_path; }
    // False once the file turned out unusable; true while that is not known (also before it is opened).
    bool isAvailable() const;
    QString errorString() const;

    // Oldest rows beyond this are deleted after each write.
    void setMaxRows(int rows);
    int maxRows() const { return m_maxRows; }

    // Refused (nothing written) when the message id is not a valid id; a link is stored as the id it carries.
    QFuture<HistoryWrite> record(const LookupRecord &record);
    // Newest first, at most maxRows().
    QFuture<QList<LookupRecord>> recent(int limit = 100);
    // Distinct message ids, newest first, for the id field's drop-down.
    QFuture<QStringList> recentMessageIds(int limit = 20);
    QFuture<int> count();
    // Deletes every lookup; the deleted rows are overwritten in the file, not just unlinked.
    QFuture<HistoryWrite> clear();

signals:
    // What recent() and recentMessageIds() answer may have changed: a lookup was written or kept in memory,
    // lookups kept in memory reached the file, or the history was cleared.
    void changed();
    // The history turned off; errorString() says why.
    void availabilityChanged();

private:
    template <typename T, typename Work> QFuture<T> post(Work work);

    QString m_path;
    int m_maxRows = defaultMaxRows;
    QThread m_thread;
    std::unique_ptr<HistoryWorker> m_worker;
};
