#include "historydatabase.h"

#include "common/logging.h"
#include "common/redaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <limits>

using namespace Qt::StringLiterals;

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
        // Answers kept by choice (body and response headers, one per lookup), apart from the list so reading
        // the list never reads a body; the History view filters by profile.
        {3,
         {"CREATE TABLE IF NOT EXISTS answers ("
          " lookup_id INTEGER PRIMARY KEY,"
          " kept_ms INTEGER NOT NULL,"
          " body_bytes INTEGER NOT NULL,"
          " body BLOB NOT NULL,"
          " headers BLOB NOT NULL)",
          "CREATE INDEX IF NOT EXISTS answers_kept ON answers(kept_ms)",
          "CREATE INDEX IF NOT EXISTS lookups_profile ON lookups(profile, time_ms)"}},
        // The message's direction, status and type as sent, so the History view paints the card's chips
        // rather than guessing them back from the summary's words. Older rows get empty values.
        {4,
         {"ALTER TABLE lookups ADD COLUMN direction TEXT NOT NULL DEFAULT ''",
          "ALTER TABLE lookups ADD COLUMN status TEXT NOT NULL DEFAULT ''",
          "ALTER TABLE lookups ADD COLUMN message_type TEXT NOT NULL DEFAULT ''"}},
    };
    return steps;
}

const QStringList requiredColumns = {
    QStringLiteral("id"),      QStringLiteral("message_id"),  QStringLiteral("profile"),
    QStringLiteral("time_ms"), QStringLiteral("http_status"), QStringLiteral("outcome"),
    QStringLiteral("summary"),
};

// Added by version 4; checked once the file is at the current version.
const QStringList messageValueColumns = {
    QStringLiteral("direction"),
    QStringLiteral("status"),
    QStringLiteral("message_type"),
};

const QStringList answerColumns = {
    QStringLiteral("lookup_id"), QStringLiteral("kept_ms"), QStringLiteral("body_bytes"),
    QStringLiteral("body"),      QStringLiteral("headers"),
};

// Response headers as stored: "Name: value" lines. Secret headers never reach the file.
QByteArray headersForStorage(const HttpHeaders &headers)
{
    QByteArray text;
    for (const auto &[name, value] : headers) {
        if (Redaction::isSecretHeader(name))
            continue;
        // A line break inside a name or value would split one field into two when read back.
        text += QByteArray(name).replace('\n', ' ').replace('\r', ' ') + ": " +
                QByteArray(value).replace('\n', ' ').replace('\r', ' ') + '\n';
    }
    return text;
}

HttpHeaders headersFromStorage(const QByteArray &text)
{
    HttpHeaders headers;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype colon = line.indexOf(": ");
        if (colon > 0)
            headers.append({line.left(colon), line.mid(colon + 2)});
    }
    return headers;
}

// The columns every list query reads, in this order (readRecord() relies on it).
constexpr QLatin1StringView recordColumns{
    "lookups.id, message_id, profile, time_ms, http_status, outcome, summary, "
    "COALESCE(answers.body_bytes, -1), direction, status, message_type "
    "FROM lookups LEFT JOIN answers ON answers.lookup_id = lookups.id"};

LookupRecord readRecord(const QSqlQuery &query)
{
    LookupRecord r;
    r.rowId = query.value(0).toLongLong();
    r.messageId = query.value(1).toString();
    r.profile = query.value(2).toString();
    r.time = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
    r.httpStatus = query.value(4).toInt();
    r.outcome = query.value(5).toString();
    r.summary = query.value(6).toString();
    r.keptBodyBytes = query.value(7).toLongLong();
    r.direction = query.value(8).toString();
    r.status = query.value(9).toString();
    r.messageType = query.value(10).toString();
    return r;
}

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
    if (const Result checked = checkTable(); checked != Result::Ok)
        return checked;
    if (const Result checked = checkColumns(QStringLiteral("lookups"), messageValueColumns);
        checked != Result::Ok)
        return checked;
    return checkAnswerTable();
}

HistoryDatabase::Result HistoryDatabase::checkAnswerTable()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("PRAGMA table_info(answers)")))
        return failed(tr("the file is damaged or is not a history file"), query.lastError());
    QSet<QString> columns;
    while (query.next())
        columns.insert(query.value(1).toString());
    for (const QString &column : answerColumns) {
        if (!columns.contains(column))
            return broken(tr("the file is damaged or is not a history file"),
                          columns.isEmpty() ? tr("it has no table of kept answers")
                                            : tr("its table of kept answers has no column “%1”").arg(column));
    }
    return Result::Ok;
}

HistoryDatabase::Result HistoryDatabase::checkTable()
{
    return checkColumns(QStringLiteral("lookups"), requiredColumns);
}

HistoryDatabase::Result HistoryDatabase::checkColumns(const QString &table, const QStringList &required)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return failed(tr("the file is damaged or is not a history file"), query.lastError());
    QSet<QString> columns;
    while (query.next())
        columns.insert(query.value(1).toString());
    for (const QString &column : required) {
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

HistoryDatabase::Result HistoryDatabase::write(const QList<NewLookup> &lookups,
                                               std::optional<qint64> clearUpToMs, int maxRows,
                                               const AnswerRetention &retention, qint64 nowMs,
                                               QList<qint64> *rowIds)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failed(tr("cannot write"), query.lastError());
    const auto rollBack = [&db](Result result) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return result;
    };
    if (clearUpToMs) {
        query.prepare(QStringLiteral("DELETE FROM lookups WHERE time_ms <= ?"));
        query.addBindValue(*clearUpToMs);
        if (!query.exec() || !query.exec(QStringLiteral("DELETE FROM answers WHERE lookup_id NOT IN "
                                                        "(SELECT id FROM lookups)")))
            return rollBack(failed(tr("cannot write"), query.lastError()));
    }
    QList<qint64> ids;
    if (!lookups.isEmpty()) {
        QSqlQuery answer(db);
        answer.prepare(QStringLiteral("INSERT OR REPLACE INTO answers (lookup_id, kept_ms, body_bytes, body, "
                                      "headers) VALUES (?, ?, ?, ?, ?)"));
        query.prepare(
            QStringLiteral("INSERT INTO lookups (message_id, profile, time_ms, http_status, outcome, "
                           "summary, direction, status, message_type) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const NewLookup &lookup : lookups) {
            const LookupRecord &record = lookup.record;
            query.bindValue(0, record.messageId);
            query.bindValue(1, record.profile);
            query.bindValue(2, record.time.toMSecsSinceEpoch());
            query.bindValue(3, record.httpStatus);
            query.bindValue(4, record.outcome);
            query.bindValue(5, record.summary);
            query.bindValue(6, record.direction);
            query.bindValue(7, record.status);
            query.bindValue(8, record.messageType);
            if (!query.exec())
                return rollBack(failed(tr("cannot write"), query.lastError()));
            const qint64 id = query.lastInsertId().toLongLong();
            ids.append(id);
            if (!lookup.answer)
                continue;
            answer.bindValue(0, id);
            answer.bindValue(1, nowMs);
            answer.bindValue(2, qint64(lookup.answer->body.size()));
            // A null QByteArray binds as NULL; the column is NOT NULL.
            answer.bindValue(3, lookup.answer->body.isNull() ? QByteArray("") : lookup.answer->body);
            // No headers (or only secret ones) store as "", never NULL (which would break the write).
            const QByteArray headers = headersForStorage(lookup.answer->headers);
            answer.bindValue(4, headers.isNull() ? QByteArray("") : headers);
            if (!answer.exec())
                return rollBack(failed(tr("cannot write"), answer.lastError()));
        }
        query.prepare(QStringLiteral("DELETE FROM lookups WHERE id NOT IN "
                                     "(SELECT id FROM lookups ORDER BY time_ms DESC, id DESC LIMIT ?)"));
        query.addBindValue(maxRows);
        if (!query.exec() || !query.exec(QStringLiteral("DELETE FROM answers WHERE lookup_id NOT IN "
                                                        "(SELECT id FROM lookups)")))
            return rollBack(failed(tr("cannot write"), query.lastError()));
    }
    if (const Result pruned = pruneAnswersInTransaction(retention, nowMs); pruned != Result::Ok)
        return rollBack(pruned);
    if (!query.exec(QStringLiteral("COMMIT")))
        return rollBack(failed(tr("cannot write"), query.lastError()));
    if (clearUpToMs)
        checkpoint();
    if (rowIds)
        *rowIds = ids;
    return Result::Ok;
}

void HistoryDatabase::checkpoint()
{
    // Deleted rows' old pages also sit in the write-ahead log until a checkpoint; empty it now.
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qCInfo(lcStore) << "history checkpoint after deleting failed:" << query.lastError().text();
}

HistoryDatabase::Result HistoryDatabase::pruneAnswersInTransaction(const AnswerRetention &retention,
                                                                   qint64 nowMs)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM answers WHERE kept_ms < ?"));
    query.addBindValue(nowMs - qint64(retention.maxAge.count()));
    if (!query.exec())
        return failed(tr("cannot write"), query.lastError());
    // Newest first, an answer stays while the running total of bodies fits the limit.
    query.prepare(QStringLiteral(
        "DELETE FROM answers WHERE lookup_id IN (SELECT lookup_id FROM (SELECT lookup_id, SUM(body_bytes) "
        "OVER (ORDER BY kept_ms DESC, lookup_id DESC) AS running FROM answers) WHERE running > ?)"));
    query.addBindValue(std::max<qint64>(0, retention.maxTotalBytes));
    if (!query.exec())
        return failed(tr("cannot write"), query.lastError());
    return Result::Ok;
}

HistoryDatabase::Result HistoryDatabase::pruneAnswers(const AnswerRetention &retention, qint64 nowMs)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failed(tr("cannot write"), query.lastError());
    if (const Result pruned = pruneAnswersInTransaction(retention, nowMs); pruned != Result::Ok) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return pruned;
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Result result = failed(tr("cannot write"), query.lastError());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    return Result::Ok;
}

HistoryDatabase::Result HistoryDatabase::deleteAnswers()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("DELETE FROM answers")))
        return failed(tr("cannot write"), query.lastError());
    checkpoint();
    return Result::Ok;
}

HistoryDatabase::Result HistoryDatabase::deleteLookups(const QList<qint64> &rowIds)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failed(tr("cannot write"), query.lastError());
    const auto rollBack = [&db](Result result) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return result;
    };
    QSqlQuery answer(db);
    answer.prepare(QStringLiteral("DELETE FROM answers WHERE lookup_id = ?"));
    query.prepare(QStringLiteral("DELETE FROM lookups WHERE id = ?"));
    for (const qint64 rowId : rowIds) {
        answer.bindValue(0, rowId);
        query.bindValue(0, rowId);
        if (!answer.exec())
            return rollBack(failed(tr("cannot write"), answer.lastError()));
        if (!query.exec())
            return rollBack(failed(tr("cannot write"), query.lastError()));
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        return rollBack(failed(tr("cannot write"), query.lastError()));
    checkpoint();
    return Result::Ok;
}

HistoryDatabase::Result HistoryDatabase::recent(int limit, QList<LookupRecord> *records)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT "_s + recordColumns + u" ORDER BY time_ms DESC, lookups.id DESC LIMIT ?"_s);
    query.addBindValue(limit);
    if (!query.exec())
        return failed(tr("cannot read"), query.lastError());
    while (query.next())
        records->append(readRecord(query));
    return Result::Ok;
}

HistoryDatabase::Result HistoryDatabase::search(const HistoryQuery &filter, int limit,
                                                QList<LookupRecord> *records)
{
    QStringList conditions;
    QVariantList values;
    // instr() rather than LIKE: the user's text is matched as it is, '%' and '_' included.
    const auto contains = [&](const QString &column, const QString &text) {
        conditions << u"instr(lower(%1), lower(?)) > 0"_s.arg(column);
        values << text.left(HistoryQuery::maxTextLength);
    };
    if (!filter.idContains.isEmpty())
        contains(u"message_id"_s, filter.idContains);
    if (!filter.summaryContains.isEmpty())
        contains(u"summary"_s, filter.summaryContains);
    if (!filter.text.isEmpty()) {
        QStringList anyColumn;
        // The same fields as HistoryQuery::matches().
        for (const QString &column :
             {u"message_id"_s, u"summary"_s, u"outcome"_s, u"direction"_s, u"status"_s, u"message_type"_s}) {
            anyColumn << u"instr(lower(%1), lower(?)) > 0"_s.arg(column);
            values << filter.text.left(HistoryQuery::maxTextLength);
        }
        conditions << u"("_s + anyColumn.join(u" OR "_s) + u")"_s;
    }
    if (!filter.outcomes.isEmpty()) {
        const QStringList outcomes = filter.outcomes.mid(0, 64);
        QStringList marks;
        for (const QString &outcome : outcomes) {
            marks << u"?"_s;
            values << outcome;
        }
        conditions << u"outcome IN (%1)"_s.arg(marks.join(u", "_s));
    }
    if (!filter.profile.isEmpty()) {
        conditions << u"profile = ?"_s;
        values << filter.profile;
    }
    if (filter.from.isValid()) {
        conditions << u"time_ms >= ?"_s;
        values << filter.from.toMSecsSinceEpoch();
    }
    if (filter.until.isValid()) {
        conditions << u"time_ms < ?"_s;
        values << filter.until.toMSecsSinceEpoch();
    }
    QString statement = u"SELECT "_s + recordColumns;
    if (!conditions.isEmpty())
        statement += u" WHERE "_s + conditions.join(u" AND "_s);
    statement += u" ORDER BY time_ms DESC, lookups.id DESC LIMIT ?"_s;
    values << limit;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(statement);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return failed(tr("cannot read"), query.lastError());
    while (query.next())
        records->append(readRecord(query));
    return Result::Ok;
}

HistoryDatabase::Result HistoryDatabase::lookup(qint64 rowId, std::optional<LookupRecord> *record)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT "_s + recordColumns + u" WHERE lookups.id = ?"_s);
    query.addBindValue(rowId);
    if (!query.exec())
        return failed(tr("cannot read"), query.lastError());
    *record = query.next() ? std::optional<LookupRecord>(readRecord(query)) : std::nullopt;
    return Result::Ok;
}

HistoryDatabase::Result HistoryDatabase::keptAnswer(qint64 rowId, std::optional<KeptAnswer> *answer)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT body, headers, kept_ms FROM answers WHERE lookup_id = ?"));
    query.addBindValue(rowId);
    if (!query.exec())
        return failed(tr("cannot read"), query.lastError());
    if (!query.next()) {
        answer->reset();
        return Result::Ok;
    }
    KeptAnswer kept;
    kept.body = query.value(0).toByteArray();
    kept.headers = headersFromStorage(query.value(1).toByteArray());
    kept.keptAt = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
    *answer = std::move(kept);
    return Result::Ok;
}

HistoryDatabase::Result HistoryDatabase::latestPerMessage(int limit, std::optional<qint64> afterMs,
                                                          QList<LookupRecord> *records)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // With one MAX() aggregate, SQLite takes the bare column (id) from the row that holds the maximum.
    query.prepare(
        u"SELECT "_s + recordColumns +
        u" WHERE lookups.id IN (SELECT id FROM (SELECT id, MAX(time_ms) FROM lookups WHERE time_ms > ? "
        u"GROUP BY message_id)) ORDER BY time_ms DESC, lookups.id DESC LIMIT ?"_s);
    query.addBindValue(afterMs.value_or(std::numeric_limits<qint64>::min()));
    query.addBindValue(limit);
    if (!query.exec())
        return failed(tr("cannot read"), query.lastError());
    while (query.next())
        records->append(readRecord(query));
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

HistoryDatabase::Result HistoryDatabase::count(int *rows, std::optional<qint64> afterMs)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM lookups WHERE time_ms > ?"));
    query.addBindValue(afterMs.value_or(std::numeric_limits<qint64>::min()));
    if (!query.exec() || !query.next())
        return failed(tr("cannot read"), query.lastError());
    *rows = query.value(0).toInt();
    return Result::Ok;
}
