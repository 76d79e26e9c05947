#include "historydatabase.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace {

// SQLite's primary result codes (sqlite3.h), as QtSql reports them in QSqlError::nativeErrorCode().
constexpr int sqlitePerm = 3;
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteIoError = 10;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteAuth = 23;
constexpr int sqliteNotADatabase = 26;

std::atomic<quint64> nextConnection{0};

const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
const QFile::Permissions groupOrOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                         QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    // Extended codes carry the primary code in their low byte.
    return ok ? (code & 0xff) : -1;
}

// Each schema step takes the file from the version before it to its own number, inside one transaction.
struct SchemaStep
{
    int version;
    QList<const char *> statements;
};

const QList<SchemaStep> &schemaSteps()
{
    static const QList<SchemaStep> steps = {
        // The table exactly as the first release created it (without a version); a file made by that
        // release already has it, so for such a file this step only records the version.
        {1,
         {"CREATE TABLE IF NOT EXISTS lookups ("
          " id INTEGER PRIMARY KEY AUTOINCREMENT,"
          " message_id TEXT NOT NULL,"
          " profile TEXT NOT NULL,"
          " time_ms INTEGER NOT NULL,"
          " http_status INTEGER NOT NULL,"
          " outcome TEXT NOT NULL,"
          " summary TEXT NOT NULL)",
          "CREATE INDEX IF NOT EXISTS lookups_time ON lookups(time_ms)"}},
        // The id drop-down groups by message id.
        {2, {"CREATE INDEX IF NOT EXISTS lookups_message ON lookups(message_id, time_ms)"}},
    };
    return steps;
}

const QStringList requiredColumns = {
    QStringLiteral("id"),      QStringLiteral("message_id"),  QStringLiteral("profile"),
    QStringLiteral("time_ms"), QStringLiteral("http_status"), QStringLiteral("outcome"),
    QStringLiteral("summary"),
};

// Files made by earlier versions were readable by everyone the umask allowed; the history is the user's
// alone.
void restrictToOwner(const QString &path)
{
    QFile file(path);
    if (file.exists() && (file.permissions() & groupOrOthers) && !file.setPermissions(ownerOnly))
        qCWarning(lcStore) << "could not restrict the permissions of" << path;
}

} // namespace

HistoryDatabase::HistoryDatabase(const QString &path, std::chrono::milliseconds busyTimeout)
    : m_path(path)
    , m_connection(QStringLiteral("mi-history-%1").arg(nextConnection.fetch_add(1)))
    , m_busyTimeout(busyTimeout)
{}

HistoryDatabase::~HistoryDatabase()
{
    close();
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

void HistoryDatabase::close()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid() && db.isOpen())
            db.close();
    }
    m_open = false;
}

HistoryDatabase::Result HistoryDatabase::broken(const QString &what, const QString &detail)
{
    m_error = tr("The lookup history cannot be used (%1: %2). Lookups still work, without history. To start "
                 "a new history, move or delete the file %3.")
                  .arg(what, detail, QDir::toNativeSeparators(m_path));
    qCWarning(lcStore) << "history unusable:" << what << detail;
    return Result::Broken;
}

HistoryDatabase::Result HistoryDatabase::failed(const QString &what, const QSqlError &error)
{
    const int code = sqliteCode(error);
    if (code == sqliteBusy || code == sqliteLocked) {
        qCInfo(lcStore) << "history file busy:" << error.text();
        return Result::Busy;
    }
    QString reason = what;
    switch (code) {
    case sqliteCorrupt:
    case sqliteNotADatabase:
        reason = tr("the file is damaged or is not a history file");
        break;
    case sqliteReadOnly:
    case sqlitePerm:
    case sqliteAuth:
        reason = tr("the file cannot be written");
        break;
    case sqliteFull:
        reason = tr("the disk is full");
        break;
    case sqliteCantOpen:
        reason = tr("the file cannot be opened");
        break;
    case sqliteIoError:
        reason = tr("the file could not be read or written");
        break;
    default:
        break;
    }
    return broken(reason, error.text());
}

bool HistoryDatabase::prepareFile()
{
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        if (!QDir().mkpath(folder)) {
            broken(tr("cannot create the folder"), QDir::toNativeSeparators(folder));
            return false;
        }
        // A folder made for the history is the user's alone.
        QFile::setPermissions(folder, ownerOnly | QFile::ExeOwner);
    }
    QFile file(m_path);
    if (!file.exists()) {
        // Made here, before SQLite would create it with the umask's permissions (usually readable by all).
        // Another instance may create it at the same moment: then it exists, which is just as good.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly) && !file.exists()) {
            broken(tr("cannot create the file"), file.errorString());
            return false;
        }
        file.close();
    }
    // SQLite gives the -wal and -shm files it creates the main file's permissions; older ones are fixed here.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        restrictToOwner(m_path + suffix);
    return true;
}

HistoryDatabase::Result HistoryDatabase::open()
{
    if (m_open)
        return Result::Ok;
    m_error.clear();
    if (!prepareFile())
        return Result::Broken;
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    // SQLite itself retries a locked file for this long before answering "busy".
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeout.count()));
    if (!db.open())
        return failed(tr("cannot open the file"), db.lastError());
    const Result result = configure();
    if (result != Result::Ok) {
        db.close();
        return result;
    }
    m_open = true;
    return Result::Ok;
}

HistoryDatabase::Result HistoryDatabase::configure()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    // The first statement reads the header: a file that is not a database is noticed here, before anything
    // is written to it.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failed(tr("the file is damaged or is not a history file"), query.lastError());
    const int version = query.value(0).toInt();
    query.finish();
    if (version > schemaVersion)
        return broken(tr("the file was written by a newer version of Message Inspector"),
                      tr("schema %1; this version knows up to %2").arg(version).arg(schemaVersion));

    // A damaged page is found now, in plain words, rather than in the middle of a later write.
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next())
        return failed(tr("the file is damaged or is not a history file"), query.lastError());
    if (const QString check = query.value(0).toString(); check != QLatin1String("ok"))
        return broken(tr("the file is damaged or is not a history file"), check.left(200));
    query.finish();

    // WAL: readers never wait for a writer, and two programs writing take turns at the lock.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next())
        return failed(tr("cannot prepare the file"), query.lastError());
    if (const QString mode = query.value(0).toString();
        mode.compare(QLatin1String("wal"), Qt::CaseInsensitive))
        qCWarning(lcStore) << "history file not in WAL mode:" << mode;
    query.finish();
    // NORMAL is safe with WAL (a power cut can lose the last lookups, never damage the file). secure_delete
    // overwrites deleted and trimmed rows instead of leaving them in free pages.
    for (const char *pragma : {"PRAGMA synchronous=NORMAL", "PRAGMA secure_delete=ON"}) {
        if (!query.exec(QLatin1StringView(pragma)))
            return failed(tr("cannot prepare the file"), query.lastError());
    }
    if (version < schemaVersion) {
        if (const Result migrated = migrate(); migrated != Result::Ok)
            return migrated;
    }
    return checkTable();
}

HistoryDatabase::Result HistoryDatabase::checkTable()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("PRAGMA table_info(lookups)")))
        return failed(tr("the file is damaged or is not a history file"), query.lastError());
    QSet<QString> columns;
    while (query.next())
        columns.insert(query.value(1).toString());
    for (const QString &column : requiredColumns) {
        if (!columns.contains(column))
            return broken(tr("the file is damaged or is not a history file"),
                          columns.isEmpty() ? tr("it has no table of lookups")
                                            : tr("its table of lookups has no column “%1”").arg(column));
    }
    return Result::Ok;
}

HistoryDatabase::Result HistoryDatabase::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    // IMMEDIATE takes the write lock now (waiting up to the busy timeout), so another instance migrating at
    // the same moment either finishes first or waits for this one.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failed(tr("cannot update the file"), query.lastError());
    const auto rollBack = [&db](Result result) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return result;
    };
    // Read again under the lock: the other instance may have migrated in the meantime.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return rollBack(failed(tr("the file is damaged or is not a history file"), query.lastError()));
    const int version = query.value(0).toInt();
    query.finish();
    if (version > schemaVersion)
        return rollBack(broken(tr("the file was written by a newer version of Message Inspector"),
                               tr("schema %1; this version knows up to %2").arg(version).arg(schemaVersion)));
    if (version == 0) {
        // A table of that name that is not ours is left alone, never adopted.
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = "
                                       "'lookups'")) ||
            !query.next())
            return rollBack(failed(tr("the file is damaged or is not a history file"), query.lastError()));
        const bool hasTable = query.value(0).toInt() > 0;
        query.finish();
        if (hasTable) {
            if (const Result checked = checkTable(); checked != Result::Ok)
                return rollBack(checked);
        }
    }
    for (const SchemaStep &step : schemaSteps()) {
        if (step.version <= version)
            continue;
        for (const char *statement : step.statements) {
            if (!query.exec(QLatin1StringView(statement)))
                return rollBack(failed(tr("cannot update the file"), query.lastError()));
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion)) ||
        !query.exec(QStringLiteral("COMMIT")))
        return rollBack(failed(tr("cannot update the file"), query.lastError()));
    if (version < schemaVersion)
        qCInfo(lcStore) << "history schema brought from version" << version << "to" << schemaVersion;
    return Result::Ok;
}

HistoryDatabase::Result HistoryDatabase::write(const QList<LookupRecord> &records, bool clearFirst,
                                               int maxRows)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failed(tr("cannot write"), query.lastError());
    const auto rollBack = [&db](Result result) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return result;
    };
    if (clearFirst && !query.exec(QStringLiteral("DELETE FROM lookups")))
        return rollBack(failed(tr("cannot write"), query.lastError()));
    if (!records.isEmpty()) {
        query.prepare(QStringLiteral(
            "INSERT INTO lookups (message_id, profile, time_ms, http_status, outcome, summary) "
            "VALUES (?, ?, ?, ?, ?, ?)"));
        for (const LookupRecord &record : records) {
            query.bindValue(0, record.messageId);
            query.bindValue(1, record.profile);
            query.bindValue(2, record.time.toMSecsSinceEpoch());
            query.bindValue(3, record.httpStatus);
            query.bindValue(4, record.outcome);
            query.bindValue(5, record.summary);
            if (!query.exec())
                return rollBack(failed(tr("cannot write"), query.lastError()));
        }
        query.prepare(QStringLiteral("DELETE FROM lookups WHERE id NOT IN "
                                     "(SELECT id FROM lookups ORDER BY time_ms DESC, id DESC LIMIT ?)"));
        query.addBindValue(maxRows);
        if (!query.exec())
            return rollBack(failed(tr("cannot write"), query.lastError()));
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        return rollBack(failed(tr("cannot write"), query.lastError()));
    if (clearFirst) {
        // The deleted rows' old pages also sit in the write-ahead log until a checkpoint; empty it now.
        QSqlQuery checkpoint(db);
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            qCInfo(lcStore) << "history checkpoint after clearing failed:" << checkpoint.lastError().text();
    }
    return Result::Ok;
}

HistoryDatabase::Result HistoryDatabase::recent(int limit, QList<LookupRecord> *records)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("SELECT message_id, profile, time_ms, http_status, outcome, summary FROM lookups "
                       "ORDER BY time_ms DESC, id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return failed(tr("cannot read"), query.lastError());
    while (query.next()) {
        LookupRecord r;
        r.messageId = query.value(0).toString();
        r.profile = query.value(1).toString();
        r.time = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
        r.httpStatus = query.value(3).toInt();
        r.outcome = query.value(4).toString();
        r.summary = query.value(5).toString();
        records->append(r);
    }
    return Result::Ok;
}

HistoryDatabase::Result HistoryDatabase::recentMessageIds(int limit, QList<QPair<QString, QDateTime>> *ids)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT message_id, MAX(time_ms) AS latest, MAX(id) AS newest FROM lookups "
                                 "GROUP BY message_id ORDER BY latest DESC, newest DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return failed(tr("cannot read"), query.lastError());
    while (query.next())
        ids->append({query.value(0).toString(),
                     QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC)});
    return Result::Ok;
}

HistoryDatabase::Result HistoryDatabase::count(int *rows)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM lookups")) || !query.next())
        return failed(tr("cannot read"), query.lastError());
    *rows = query.value(0).toInt();
    return Result::Ok;
}
