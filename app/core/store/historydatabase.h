#pragma once

#include "store/lookuprecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <chrono>

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
    // version 1's table). 1: that table, versioned. 2: an index for the id drop-down's grouping.
    static constexpr int schemaVersion = 2;

    HistoryDatabase(const QString &path, std::chrono::milliseconds busyTimeout);
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    Result open();
    bool isOpen() const { return m_open; }
    void close();

    // In one transaction: optionally delete every row, insert the records, then keep only the newest maxRows.
    Result write(const QList<LookupRecord> &records, bool clearFirst, int maxRows);
    // Newest first.
    Result recent(int limit, QList<LookupRecord> *records);
    // Distinct ids with the time of their latest lookup, newest first.
    Result recentMessageIds(int limit, QList<QPair<QString, QDateTime>> *ids);
    Result count(int *rows);

    QString errorString() const { return m_error; }

private:
    bool prepareFile();
    Result configure();
    Result migrate();
    Result checkTable();
    // Busy for a lock, otherwise Broken with errorString() set from `what` and the driver's words.
    Result failed(const QString &what, const QSqlError &error);
    Result broken(const QString &what, const QString &detail);

    QString m_path;
    QString m_connection;
    std::chrono::milliseconds m_busyTimeout;
    QString m_error;
    bool m_open = false;
};
