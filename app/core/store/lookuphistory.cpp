#include "lookuphistory.h"

#include "api/inputvalidation.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LookupHistory", text);
}

std::atomic<quint64> nextConnection{0};

} // namespace

LookupHistory::LookupHistory(const QString &databasePath)
    : m_path(databasePath.isEmpty() ? defaultPath() : databasePath)
    , m_connection(QStringLiteral("mi-history-%1").arg(nextConnection.fetch_add(1)))
{
    m_available = open();
}

LookupHistory::~LookupHistory()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString LookupHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/history.sqlite");
}

void LookupHistory::setMaxRows(int rows)
{
    m_maxRows = std::max(1, rows);
}

void LookupHistory::fail(const QString &what, const QString &driverText)
{
    m_available = false;
    m_error =
        tr("The lookup history cannot be used (%1: %2). Lookups still work, without history. To start a "
           "new history, move or delete the file %3.")
            .arg(what, driverText, QDir::toNativeSeparators(m_path));
    qCWarning(lcStore) << "history unavailable:" << what << driverText;
}

bool LookupHistory::open()
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        fail(tr("cannot create the folder"), QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        fail(tr("cannot open the file"), db.lastError().text());
        return false;
    }
    // SQLite only notices a file that is not a database on the first statement.
    QSqlQuery query(db);
    const char *setup[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=NORMAL",
        "CREATE TABLE IF NOT EXISTS lookups ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " message_id TEXT NOT NULL,"
        " profile TEXT NOT NULL,"
        " time_ms INTEGER NOT NULL,"
        " http_status INTEGER NOT NULL,"
        " outcome TEXT NOT NULL,"
        " summary TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS lookups_time ON lookups(time_ms)",
    };
    for (const char *statement : setup) {
        if (!query.exec(QLatin1StringView(statement))) {
            fail(tr("the file is damaged or not a history file"), query.lastError().text());
            db.close();
            return false;
        }
    }
    return true;
}

bool LookupHistory::record(const LookupRecord &record)
{
    if (!m_available)
        return false;
    const auto id = InputValidation::messageId(record.messageId);
    if (!id.ok())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("INSERT INTO lookups (message_id, profile, time_ms, http_status, outcome, summary) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    const QDateTime time = record.time.isValid() ? record.time : QDateTime::currentDateTimeUtc();
    query.addBindValue(id.value);
    // A null QString binds as SQL NULL; the columns are NOT NULL, so absent text is stored as "".
    const auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    query.addBindValue(text(record.profile.left(256)));
    query.addBindValue(time.toMSecsSinceEpoch());
    query.addBindValue(record.httpStatus);
    query.addBindValue(text(record.outcome.left(maxOutcomeLength)));
    query.addBindValue(text(record.summary.simplified().left(maxSummaryLength)));
    if (!query.exec()) {
        fail(tr("cannot write"), query.lastError().text());
        return false;
    }
    QSqlQuery trim(QSqlDatabase::database(m_connection, false));
    trim.prepare(QStringLiteral("DELETE FROM lookups WHERE id NOT IN "
                                "(SELECT id FROM lookups ORDER BY time_ms DESC, id DESC LIMIT ?)"));
    trim.addBindValue(m_maxRows);
    if (!trim.exec())
        qCWarning(lcStore) << "history trim failed:" << trim.lastError().text();
    return true;
}

QList<LookupRecord> LookupHistory::recent(int limit) const
{
    QList<LookupRecord> records;
    if (!m_available)
        return records;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("SELECT message_id, profile, time_ms, http_status, outcome, summary FROM lookups "
                       "ORDER BY time_ms DESC, id DESC LIMIT ?"));
    query.addBindValue(std::max(0, limit));
    if (!query.exec())
        return records;
    while (query.next()) {
        LookupRecord r;
        r.messageId = query.value(0).toString();
        r.profile = query.value(1).toString();
        r.time = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
        r.httpStatus = query.value(3).toInt();
        r.outcome = query.value(4).toString();
        r.summary = query.value(5).toString();
        records.append(r);
    }
    return records;
}

QStringList LookupHistory::recentMessageIds(int limit) const
{
    QStringList ids;
    if (!m_available)
        return ids;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT message_id, MAX(time_ms) AS latest, MAX(id) AS newest FROM lookups "
                                 "GROUP BY message_id ORDER BY latest DESC, newest DESC LIMIT ?"));
    query.addBindValue(std::max(0, limit));
    if (!query.exec())
        return ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

int LookupHistory::count() const
{
    if (!m_available)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM lookups")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool LookupHistory::clear()
{
    if (!m_available)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("DELETE FROM lookups"))) {
        fail(tr("cannot write"), query.lastError().text());
        return false;
    }
    // Deleted rows would otherwise linger in free pages of the file.
    query.exec(QStringLiteral("VACUUM"));
    return true;
}
