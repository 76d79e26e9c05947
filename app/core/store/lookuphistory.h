#pragma once

#include "store/historyquery.h"
#include "store/keptanswer.h"
#include "store/lookuprecord.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <chrono>
#include <memory>
#include <optional>

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
//
// Answers (response body and headers) are kept only when the caller passes one to record() — the front end
// does so when the profile's "keep response bodies" is on — within the limits of setAnswerRetention(); secret
// headers are dropped first, and no token is ever given to the history. Every row read carries its rowId, the
// handle for entry() and keptAnswer().
class LookupHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultMaxRows = 1000;
    static constexpr int maxSummaryLength = LookupRecord::maxSummaryLength;
    static constexpr int maxOutcomeLength = LookupRecord::maxOutcomeLength;
    static constexpr std::chrono::milliseconds defaultBusyTimeout{2000};

    // An empty path means AppLocalDataLocation/history.sqlite. The file is opened in the background when the
    // history is first used (a record or a question), not before.
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

    // Limits for kept answers (the user's settings); applied to later writes and to answers already kept at
    // the next write.
    void setAnswerRetention(const AnswerRetention &retention);
    AnswerRetention answerRetention() const { return m_retention; }

    // Refused (nothing written) when the message id is not a valid id; a link is stored as the id it carries.
    // With an answer, its body and response headers are kept too (unless the body is over the size limit: the
    // lookup is kept and HistoryWrite::message says the answer was not). Saved answers carry the new rowId.
    QFuture<HistoryWrite> record(const LookupRecord &record, const std::optional<KeptAnswer> &answer = {});
    // Newest first, at most maxRows(). Lookups still waiting for a busy file have rowId -1.
    QFuture<QList<LookupRecord>> recent(int limit = 100);
    // The lookups that match, newest first, at most query.limit.
    QFuture<QList<LookupRecord>> search(const HistoryQuery &query);
    // One lookup by its row; nullopt when the row does not exist (deleted, trimmed, cleared).
    QFuture<std::optional<LookupRecord>> entry(qint64 rowId);
    // The answer kept with that lookup; nullopt when none was kept (or it was deleted or aged out).
    QFuture<std::optional<KeptAnswer>> keptAnswer(qint64 rowId);
    // Deletes every kept answer (overwritten in the file); the lookups stay.
    QFuture<HistoryWrite> deleteKeptAnswers();
    // Distinct message ids, newest first, for the id field's drop-down.
    QFuture<QStringList> recentMessageIds(int limit = 20);
    // The latest lookup of each message id, newest first: the id field's drop-down with outcome and time.
    QFuture<QList<LookupRecord>> latestPerMessage(int limit = 20);
    QFuture<int> count();
    // Deletes every lookup, or with a valid upTo (UTC) those made at or before it: a History view that gave
    // the user time to undo clears what was there when they asked, not the lookups made since. The deleted
    // rows are overwritten in the file, not just unlinked.
    QFuture<HistoryWrite> clear(const QDateTime &upTo = {});
    // Deletes one lookup and its kept answer (overwritten too). Refused for rowId -1 (a lookup still waiting
    // for a busy file); a row that is already gone is no error.
    QFuture<HistoryWrite> deleteEntry(qint64 rowId);

signals:
    // What recent(), search() and recentMessageIds() answer may have changed: a lookup was written or kept in
    // memory, lookups kept in memory reached the file, a lookup or the kept answers were deleted, or the
    // history was cleared.
    void changed();
    // The history turned off; errorString() says why.
    void availabilityChanged();

private:
    template <typename T, typename Work> QFuture<T> post(Work work);
    // The worker, its thread started and the file opened on the first call: a window that starts up does
    // not open SQLite (or load its driver) before its first paint, only when the history is first used.
    HistoryWorker *worker();

    QString m_path;
    int m_maxRows = defaultMaxRows;
    AnswerRetention m_retention;
    QThread m_thread;
    std::unique_ptr<HistoryWorker> m_worker;
};
