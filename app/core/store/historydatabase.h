#pragma once

#include "store/historyquery.h"
#include "store/keptanswer.h"
#include "store/lookuprecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

class QSqlError;

// One connection to the history file, used on the one thread that created it (QtSql's rule; LookupHistory's
// worker thread, never the UI thread). It creates the file with owner-only permissions, turns on WAL, brings
// the schema to schemaVersion and runs the statements.
//
// Every call answers Ok, Busy or Broken. Busy: another connection (usually another process) held the lock
// longer than the busy timeout; nothing changed, and trying again later is right. Broken: the file cannot be
// used at all (damaged, not a history file, newer schema, unwritable); errorString() says why in plain words.
class HistoryDatabase
{
    Q_DECLARE_TR_FUNCTIONS(HistoryDatabase)

public:
    enum class Result
    {
        Ok,
        Busy,
        Broken
    };

    // PRAGMA user_version. 0: no version recorded (an empty file, or the table as first released, which is
    // version 1's table). 1: that table, versioned. 2: an index for the id drop-down's grouping. 3: kept
    // answers (table answers, one per lookup) and an index for filtering by profile. 4: the message's
    // direction, status and type as sent (columns direction, status, message_type), for the History view.
    static constexpr int schemaVersion = 4;

    // A lookup to write, with its answer when the user keeps answers (already checked against the limits).
    struct NewLookup
    {
        LookupRecord record;
        std::optional<KeptAnswer> answer;
    };

    HistoryDatabase(const QString &path, std::chrono::milliseconds busyTimeout);
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    Result open();
    bool isOpen() const { return m_open; }
    void close();

    // In one transaction: optionally delete every lookup made at or before clearUpToMs (with its answer),
    // insert the lookups (and their answers), keep only the newest maxRows, then apply the answers' age and
    // total-size limits. rowIds: the new rows, in order.
    Result write(const QList<NewLookup> &lookups, std::optional<qint64> clearUpToMs, int maxRows,
                 const AnswerRetention &retention, qint64 nowMs, QList<qint64> *rowIds = nullptr);
    // Deletes these lookups and their answers (overwritten, the write-ahead log emptied); rows that do not
    // exist are no error.
    Result deleteLookups(const QList<qint64> &rowIds);
    // Deletes answers past the age limit and the oldest beyond the total-size limit.
    Result pruneAnswers(const AnswerRetention &retention, qint64 nowMs);
    // Deletes every kept answer (overwritten in the file, the write-ahead log emptied); lookups stay.
    Result deleteAnswers();
    // Newest first, with row ids and kept-body sizes.
    Result recent(int limit, QList<LookupRecord> *records);
    Result search(const HistoryQuery &query, int limit, QList<LookupRecord> *records);
    // The lookup in that row; nullopt when there is none.
    Result lookup(qint64 rowId, std::optional<LookupRecord> *record);
    Result keptAnswer(qint64 rowId, std::optional<KeptAnswer> *answer);
    // Distinct ids with the time of their latest lookup, newest first.
    Result recentMessageIds(int limit, QList<QPair<QString, QDateTime>> *ids);
    // The latest lookup of each message id made after afterMs (any time when not set), newest first.
    Result latestPerMessage(int limit, std::optional<qint64> afterMs, QList<LookupRecord> *records);
    // Lookups made after afterMs (all when not set).
    Result count(int *rows, std::optional<qint64> afterMs = std::nullopt);

    QString errorString() const { return m_error; }

private:
    bool prepareFile();
    Result configure();
    Result migrate();
    Result checkTable();
    Result checkColumns(const QString &table, const QStringList &required);
    Result checkAnswerTable();
    Result pruneAnswersInTransaction(const AnswerRetention &retention, qint64 nowMs);
    void checkpoint();
    // Busy for a lock, otherwise Broken with errorString() set from `what` and the driver's words.
    Result failed(const QString &what, const QSqlError &error);
    Result broken(const QString &what, const QString &detail);

    QString m_path;
    QString m_connection;
    std::chrono::milliseconds m_busyTimeout;
    QString m_error;
    bool m_open = false;
};
