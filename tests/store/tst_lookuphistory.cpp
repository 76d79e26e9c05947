#include "store/historydatabase.h"
#include "store/historyworker.h"
#include "store/lookuphistory.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

using Status = HistoryWrite::Status;

namespace {

const QDateTime start = QDateTime(QDate(2024, 3, 27), QTime(19, 0, 0), Qt::UTC);

LookupRecord lookup(const QString &id, int minute, int status = 200,
                    const QString &outcome = QStringLiteral("Ok"))
{
    return {id,
            QStringLiteral("Acme"),
            start.addSecs(60 * minute),
            status,
            outcome,
            QStringLiteral("inbound · delivered · SMS")};
}

QString statusName(Status status)
{
    switch (status) {
    case Status::Saved:
        return QStringLiteral("Saved");
    case Status::Pending:
        return QStringLiteral("Pending");
    case Status::Refused:
        return QStringLiteral("Refused");
    case Status::Unavailable:
        return QStringLiteral("Unavailable");
    }
    return {};
}

QString saved(LookupHistory &history, const LookupRecord &record)
{
    return statusName(history.record(record).result().status);
}

// The file's permission bits (st_mode & 07777).
int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A plain SQLite connection of the test's own, for building old files and looking inside new ones.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &statement, const QVariantList &values = {}, QString *error = nullptr)
    {
        QSqlQuery query(db());
        query.prepare(statement);
        for (const QVariant &value : values)
            query.addBindValue(value);
        const bool ok = query.exec();
        if (!ok && error)
            *error = query.lastError().text() + QStringLiteral(" in: ") + statement;
        return ok;
    }
    QVariant value(const QString &statement)
    {
        QSqlQuery query(db());
        return query.exec(statement) && query.next() ? query.value(0) : QVariant();
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

// The other process: tests/store/historychild.cpp.
class Child
{
public:
    bool start(const QStringList &arguments)
    {
        m_process.start(QStringLiteral(MI_HISTORY_CHILD), arguments);
        return m_process.waitForStarted();
    }
    // The next line the child prints; empty when it ends or stays silent for a minute.
    QString readLine()
    {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(60000))
                return {};
        }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }
    void go() { m_process.write("go\n"); }
    bool finish(QString *output)
    {
        // waitForFinished() answers false for a child whose end the event loop already noticed.
        const bool ended = m_process.state() == QProcess::NotRunning || m_process.waitForFinished(120000);
        *output = QString::fromUtf8(m_process.readAllStandardOutput()) +
                  QString::fromUtf8(m_process.readAllStandardError());
        return ended && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    QProcess m_process;
};

// Runs an SQL file from tests/store/data (statements separated by semicolons, "--" comment lines) on a new
// file, inserting `rows` lookups with its INSERT statement.
bool buildFromSql(const QString &path, const QString &sqlFile, int rows, QString *error)
{
    QFile sql(TestSupport::sourcePath(QStringLiteral("tests/store/data/") + sqlFile));
    if (!sql.open(QIODevice::ReadOnly)) {
        *error = sql.fileName() + QStringLiteral(": ") + sql.errorString();
        return false;
    }
    QStringList lines;
    for (const QString &line : QString::fromUtf8(sql.readAll()).split(u'\n')) {
        if (!line.startsWith(QLatin1String("--")))
            lines << line;
    }
    RawDatabase db(path);
    if (!db.isOpen())
        return false;
    QString insert;
    for (const QString &part : lines.join(u'\n').split(u';')) {
        const QString statement = part.trimmed();
        if (statement.startsWith(QLatin1String("INSERT")))
            insert = statement;
        else if (!statement.isEmpty() && !db.exec(statement, {}, error))
            return false;
    }
    for (int i = 0; i < rows; ++i) {
        if (!db.exec(insert,
                     {QStringLiteral("old%1").arg(i), QStringLiteral("Acme"),
                      start.addSecs(60 * i).toMSecsSinceEpoch(), 200, QStringLiteral("Ok"),
                      QStringLiteral("inbound · delivered · SMS")},
                     error))
            return false;
    }
    return !insert.isEmpty();
}

KeptAnswer answerWith(const QByteArray &body)
{
    return {body,
            {{"Content-Type", "application/json"},
             {"X-RateLimit-Remaining", "97"},
             {"Set-Cookie", "session=secret-cookie"},
             {"Authorization", "Bearer pit-00000000-aaaa-bbbb-cccc-123456789abc"}},
            {}};
}

// Every byte of the history: the file and its write-ahead log.
QByteArray historyBytes(const QString &path)
{
    return bytesOf(path) + bytesOf(path + QStringLiteral("-wal"));
}

// Waits (spinning the event loop) until `condition` holds, at most a minute.
template <typename Condition> bool eventually(QSignalSpy &spy, Condition condition)
{
    for (int i = 0; i < 600; ++i) {
        if (condition())
            return true;
        spy.wait(100);
    }
    return condition();
}

} // namespace

class LookupHistoryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void recordsAndRecentIds();
    void opensTheFileOnlyWhenFirstUsed();
    void keepsAtMostMaxRows();
    void refusesWhatIsNotAMessageId();
    void recordsWithoutSummaryOrOutcome();
    void clearEmptiesAndOverwrites();
    void twoInstancesOnOneFile();
    void defaultPathIsAppLocalData();
    void fileIsOwnerOnly();
    void olderFileIsMadeOwnerOnly();
    void migratesTheFirstReleasesFile();
    void migratesAVersionOneFile();
    void newerSchemaIsLeftAlone();
    void foreignTableIsLeftAlone();
    void corruptFileTurnsHistoryOff();
    void damagedPageTurnsHistoryOff();
    void unwritableFolderTurnsHistoryOff();
    void lockedFileDoesNotHoldUpTheCaller();
    void lockedFileKeepsTheLookupAndRetries();
    void pendingLookupsAreWrittenOnClose();
    void twoProcessesWriteAtOnce();
    void migratesAVersionTwoFile();
    void keepsAnswersByChoice();
    void answerSizeLimits();
    void answerAgeLimit();
    void deletesAllKeptAnswers();
    void lockedFileKeepsTheAnswer();
    void searchesAndFilters();
    void entriesByRowId();
    void migratesAVersionThreeFile();
    void keepsAnAnswerWithoutHeaders();
    void keepsTheMessagesValues();
    void searchFindsOutcomesAndValues();
    void deletesOneEntry();
    void clearsUpToAMoment();
    void lockedFileTakesDeletesLater();
    void latestLookupPerMessage();
};

void LookupHistoryTest::recordsAndRecentIds()
{
    QTemporaryDir dir;
    LookupHistory history(dir.filePath(QStringLiteral("history.sqlite")));
    QSignalSpy changed(&history, &LookupHistory::changed);

    QCOMPARE(saved(history, lookup(QStringLiteral("idA"), 1)), QStringLiteral("Saved"));
    QVERIFY2(history.isAvailable(), qPrintable(history.errorString()));
    QVERIFY(history.errorString().isEmpty());
    QCOMPARE(saved(history, lookup(QStringLiteral("idB"), 2, 404, QStringLiteral("NotFound"))),
             QStringLiteral("Saved"));
    QCOMPARE(saved(history, lookup(QStringLiteral("idA"), 3)), QStringLiteral("Saved"));
    QCOMPARE(saved(history, lookup(QStringLiteral("idC"), 4, 0, QStringLiteral("Timeout"))),
             QStringLiteral("Saved"));
    // A link is stored as the id it carries.
    QCOMPARE(saved(history, lookup(QStringLiteral(" https://app.gohighlevel.com/x/messages/idD "), 5)),
             QStringLiteral("Saved"));

    QCOMPARE(history.count().result(), 5);
    QCOMPARE(history.recentMessageIds().result(),
             QStringList({QStringLiteral("idD"), QStringLiteral("idC"), QStringLiteral("idA"),
                          QStringLiteral("idB")}));
    QCOMPARE(history.recentMessageIds(2).result(),
             QStringList({QStringLiteral("idD"), QStringLiteral("idC")}));

    const QList<LookupRecord> recent = history.recent(10).result();
    QCOMPARE(recent.size(), 5);
    QCOMPARE(recent.at(1).messageId, QStringLiteral("idC"));
    QCOMPARE(recent.at(1).httpStatus, 0);
    QCOMPARE(recent.at(1).outcome, QStringLiteral("Timeout"));
    QCOMPARE(recent.at(1).profile, QStringLiteral("Acme"));
    QCOMPARE(recent.at(1).time, start.addSecs(240));
    QCOMPARE(recent.at(3).httpStatus, 404);
    QCOMPARE(recent.at(3).summary, QStringLiteral("inbound · delivered · SMS"));

    // Long summaries are cut, never stored whole.
    LookupRecord longOne = lookup(QStringLiteral("idE"), 6);
    longOne.summary = QString(5000, u'x');
    QCOMPARE(saved(history, longOne), QStringLiteral("Saved"));
    QCOMPARE(history.recent(1).result().first().summary.size(), LookupHistory::maxSummaryLength);

    // Each write told its listeners, from the event loop.
    QTRY_COMPARE(changed.count(), 6);
}

void LookupHistoryTest::opensTheFileOnlyWhenFirstUsed()
{
    // A window that starts up makes its history but must not open SQLite before its first paint.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        LookupHistory unused(path);
        unused.setMaxRows(3);
    }
    QVERIFY(!QFile::exists(path)); // made, limited and closed: nothing was opened or created
    LookupHistory history(path);
    history.setMaxRows(2); // before the first use: applied when the file opens
    QVERIFY(!QFile::exists(path));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(saved(history, lookup(QStringLiteral("id%1").arg(i), i)), QStringLiteral("Saved"));
    QVERIFY(QFile::exists(path));
    QCOMPARE(history.count().result(), 2);
}

void LookupHistoryTest::keepsAtMostMaxRows()
{
    QTemporaryDir dir;
    LookupHistory history(dir.filePath(QStringLiteral("history.sqlite")));
    history.setMaxRows(5);
    QList<QFuture<HistoryWrite>> writes;
    for (int i = 0; i < 12; ++i)
        writes << history.record(lookup(QStringLiteral("id%1").arg(i), i));
    for (QFuture<HistoryWrite> &write : writes)
        QCOMPARE(statusName(write.result().status), QStringLiteral("Saved"));
    QCOMPARE(history.count().result(), 5);
    QCOMPARE(history.recentMessageIds(100).result(),
             QStringList({QStringLiteral("id11"), QStringLiteral("id10"), QStringLiteral("id9"),
                          QStringLiteral("id8"), QStringLiteral("id7")}));
}

void LookupHistoryTest::refusesWhatIsNotAMessageId()
{
    QTemporaryDir dir;
    LookupHistory history(dir.filePath(QStringLiteral("history.sqlite")));
    for (const QString &bad : {QStringLiteral("../etc/passwd"), QString(), QString(500, u'a')}) {
        const HistoryWrite answer = history.record(lookup(bad, 1)).result();
        QCOMPARE(statusName(answer.status), QStringLiteral("Refused"));
        QVERIFY(!answer.message.isEmpty());
        QVERIFY(bad.isEmpty() || !answer.message.contains(bad)); // never repeated: it could be a token
    }
    QCOMPARE(history.count().result(), 0);
    QVERIFY(history.isAvailable()); // a refused record is not a broken history
}

void LookupHistoryTest::recordsWithoutSummaryOrOutcome()
{
    // The window records a failed lookup before it knows anything to summarise: null texts must not break it.
    QTemporaryDir dir;
    LookupHistory history(dir.filePath(QStringLiteral("h.sqlite")));
    LookupRecord record;
    record.messageId = QStringLiteral("idNull");
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QCOMPARE(saved(history, record), QStringLiteral("Saved"));
    QVERIFY2(history.isAvailable(), qPrintable(history.errorString()));
    QCOMPARE(history.count().result(), 1);
    const LookupRecord stored = history.recent(1).result().at(0);
    QCOMPARE(stored.summary, QString());
    QVERIFY(stored.time >= before); // stamped when recorded
    QCOMPARE(history.recentMessageIds().result(), QStringList{QStringLiteral("idNull")});
}

void LookupHistoryTest::clearEmptiesAndOverwrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QString id = QStringLiteral("keepMeUntilCleared4711");
    {
        LookupHistory history(path);
        QCOMPARE(saved(history, lookup(id, 1)), QStringLiteral("Saved"));
    }
    QVERIFY(bytesOf(path).contains(id.toUtf8()));
    {
        LookupHistory history(path);
        QCOMPARE(history.recentMessageIds().result(), QStringList{id});
        QCOMPARE(statusName(history.clear().result().status), QStringLiteral("Saved"));
        QCOMPARE(history.count().result(), 0);
        // Cleared means gone from the bytes on disk too, not only unlinked: neither the file nor its
        // write-ahead log still holds the id.
        QVERIFY(!bytesOf(path).contains(id.toUtf8()));
        QVERIFY(!bytesOf(path + QStringLiteral("-wal")).contains(id.toUtf8()));
    }
    LookupHistory history(path);
    QCOMPARE(history.count().result(), 0);
    QVERIFY(history.recentMessageIds().result().isEmpty());
}

void LookupHistoryTest::twoInstancesOnOneFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    LookupHistory first(path);
    LookupHistory second(path);
    QCOMPARE(saved(first, lookup(QStringLiteral("fromFirst"), 1)), QStringLiteral("Saved"));
    QCOMPARE(saved(second, lookup(QStringLiteral("fromSecond"), 2)), QStringLiteral("Saved"));
    QVERIFY(first.isAvailable() && second.isAvailable());
    QCOMPARE(first.recentMessageIds().result(),
             QStringList({QStringLiteral("fromSecond"), QStringLiteral("fromFirst")}));
}

void LookupHistoryTest::defaultPathIsAppLocalData()
{
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QVERIFY(LookupHistory::defaultPath().startsWith(expected + u'/'));
    LookupHistory history;
    QCOMPARE(saved(history, lookup(QStringLiteral("idDefault"), 1)), QStringLiteral("Saved"));
    QVERIFY2(history.isAvailable(), qPrintable(history.errorString()));
    QVERIFY(QFile::exists(LookupHistory::defaultPath()));
    QCOMPARE(statusName(history.clear().result().status), QStringLiteral("Saved"));
}

void LookupHistoryTest::fileIsOwnerOnly()
{
    // With the usual umask SQLite alone would make the file readable by every user of the computer.
    const mode_t previousMask = ::umask(022);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("new-folder"));
    const QString path = folder + QStringLiteral("/history.sqlite");
    {
        LookupHistory history(path);
        QCOMPARE(saved(history, lookup(QStringLiteral("idPrivate"), 1)), QStringLiteral("Saved"));
        QCOMPARE(modeOf(path), 0600);
        // While the file is open SQLite keeps its write-ahead log and shared memory next to it.
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
        QCOMPARE(modeOf(folder), 0700);
    }
    ::umask(previousMask);
    QCOMPARE(modeOf(path), 0600);
}

void LookupHistoryTest::olderFileIsMadeOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther));
    QCOMPARE(modeOf(path), 0644);
    LookupHistory history(path);
    QCOMPARE(saved(history, lookup(QStringLiteral("idA"), 1)), QStringLiteral("Saved"));
    QCOMPARE(modeOf(path), 0600);
}

void LookupHistoryTest::migratesTheFirstReleasesFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    // Build the file with the first release's own statements (tests/store/data), rows included.
    QFile sql(TestSupport::sourcePath(QStringLiteral("tests/store/data/history-schema-v0.sql")));
    QVERIFY2(sql.open(QIODevice::ReadOnly), qPrintable(sql.fileName()));
    QStringList statements;
    for (const QString &line : QString::fromUtf8(sql.readAll()).split(u'\n')) {
        if (!line.startsWith(QLatin1String("--")))
            statements << line;
    }
    QString insert;
    {
        RawDatabase old(path);
        QVERIFY(old.isOpen());
        for (const QString &part : statements.join(u'\n').split(u';')) {
            const QString statement = part.trimmed();
            if (statement.isEmpty())
                continue;
            if (statement.startsWith(QLatin1String("INSERT"))) {
                insert = statement;
                continue;
            }
            QString error;
            QVERIFY2(old.exec(statement, {}, &error), qPrintable(error));
        }
        QVERIFY(!insert.isEmpty());
        for (int i = 0; i < 50; ++i) {
            QString error;
            QVERIFY2(old.exec(insert,
                              {QStringLiteral("old%1").arg(i), QStringLiteral("Acme"),
                               start.addSecs(60 * i).toMSecsSinceEpoch(), 200, QStringLiteral("ok"),
                               QStringLiteral("inbound · delivered · SMS")},
                              &error),
                     qPrintable(error));
        }
        QCOMPARE(old.value(QStringLiteral("PRAGMA user_version")).toInt(), 0);
    }

    {
        LookupHistory history(path);
        QCOMPARE(history.count().result(), 50);
        QVERIFY2(history.isAvailable(), qPrintable(history.errorString()));
        const QList<LookupRecord> rows = history.recent(100).result();
        QCOMPARE(rows.size(), 50);
        QCOMPARE(rows.first().messageId, QStringLiteral("old49"));
        QCOMPARE(rows.first().time, start.addSecs(60 * 49));
        QCOMPARE(rows.first().summary, QStringLiteral("inbound · delivered · SMS"));
        QCOMPARE(rows.last().messageId, QStringLiteral("old0"));
        QCOMPARE(saved(history, lookup(QStringLiteral("new1"), 100)), QStringLiteral("Saved"));
        QCOMPARE(history.count().result(), 51);
    }
    RawDatabase migrated(path);
    QCOMPARE(migrated.value(QStringLiteral("PRAGMA user_version")).toInt(), HistoryDatabase::schemaVersion);
    QCOMPARE(migrated.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(migrated
                 .value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND "
                                       "name = 'lookups_message'"))
                 .toInt(),
             1);
    QCOMPARE(
        migrated.value(QStringLiteral("SELECT COUNT(*) FROM lookups WHERE message_id LIKE 'old%'")).toInt(),
        50);
}

void LookupHistoryTest::migratesAVersionOneFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        RawDatabase v1(path);
        QVERIFY(v1.exec(QStringLiteral(
            "CREATE TABLE lookups (id INTEGER PRIMARY KEY AUTOINCREMENT, message_id TEXT NOT NULL, profile "
            "TEXT NOT NULL, time_ms INTEGER NOT NULL, http_status INTEGER NOT NULL, outcome TEXT NOT NULL, "
            "summary TEXT NOT NULL)")));
        QVERIFY(
            v1.exec(QStringLiteral("INSERT INTO lookups (message_id, profile, time_ms, http_status, outcome, "
                                   "summary) VALUES ('v1row', 'Acme', 1, 200, 'ok', '')")));
        QVERIFY(v1.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    {
        LookupHistory history(path);
        QCOMPARE(history.recentMessageIds().result(), QStringList{QStringLiteral("v1row")});
    }
    RawDatabase migrated(path);
    QCOMPARE(migrated.value(QStringLiteral("PRAGMA user_version")).toInt(), HistoryDatabase::schemaVersion);
}

void LookupHistoryTest::newerSchemaIsLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        RawDatabase future(path);
        QVERIFY(future.exec(
            QStringLiteral("CREATE TABLE lookups (id INTEGER PRIMARY KEY, something_else BLOB)")));
        QVERIFY(future.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const QByteArray before = bytesOf(path);
    LookupHistory history(path);
    const HistoryWrite answer = history.record(lookup(QStringLiteral("idA"), 1)).result();
    QCOMPARE(statusName(answer.status), QStringLiteral("Unavailable"));
    QVERIFY(!history.isAvailable());
    QVERIFY2(history.errorString().contains(QStringLiteral("newer version of Message Inspector")),
             qPrintable(history.errorString()));
    QCOMPARE(answer.message, history.errorString());
    QCOMPARE(bytesOf(path), before);
}

void LookupHistoryTest::foreignTableIsLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        RawDatabase other(path);
        QVERIFY(other.exec(QStringLiteral("CREATE TABLE lookups (word TEXT)")));
        QVERIFY(other.exec(QStringLiteral("INSERT INTO lookups VALUES ('hello')")));
    }
    {
        LookupHistory history(path);
        QCOMPARE(statusName(history.record(lookup(QStringLiteral("idA"), 1)).result().status),
                 QStringLiteral("Unavailable"));
        QVERIFY2(history.errorString().contains(QStringLiteral("not a history file")),
                 qPrintable(history.errorString()));
    }
    RawDatabase other(path);
    QCOMPARE(other.value(QStringLiteral("PRAGMA user_version")).toInt(), 0);
    QCOMPARE(other.value(QStringLiteral("SELECT word FROM lookups")).toString(), QStringLiteral("hello"));
}

void LookupHistoryTest::corruptFileTurnsHistoryOff()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x5a'));
    }
    LookupHistory history(path);
    QSignalSpy turnedOff(&history, &LookupHistory::availabilityChanged);
    const HistoryWrite answer = history.record(lookup(QStringLiteral("idA"), 1)).result();
    QCOMPARE(statusName(answer.status), QStringLiteral("Unavailable"));
    QVERIFY(!history.isAvailable());
    QVERIFY2(history.errorString().contains(QStringLiteral("damaged")), qPrintable(history.errorString()));
    QVERIFY(history.errorString().contains(path));
    QVERIFY(history.errorString().contains(QStringLiteral("Lookups still work")));
    QCOMPARE(answer.message, history.errorString());
    QTRY_COMPARE(turnedOff.count(), 1);
    // Everything keeps working as a no-op, and the file is left as it was for the user to inspect.
    QVERIFY(history.recent().result().isEmpty());
    QVERIFY(history.recentMessageIds().result().isEmpty());
    QCOMPARE(history.count().result(), 0);
    QCOMPARE(statusName(history.clear().result().status), QStringLiteral("Unavailable"));
    QCOMPARE(bytesOf(path), QByteArray(4096, '\x5a'));
    QCOMPARE(turnedOff.count(), 1);
}

void LookupHistoryTest::damagedPageTurnsHistoryOff()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        LookupHistory history(path);
        QList<QFuture<HistoryWrite>> writes;
        for (int i = 0; i < 200; ++i)
            writes << history.record(lookup(QStringLiteral("id%1").arg(i), i));
        QCOMPARE(statusName(writes.last().result().status), QStringLiteral("Saved"));
    }
    // Overwrite the second page (where the table of lookups starts) and leave the header intact, as a disk
    // or an interrupted copy might.
    QByteArray bytes = bytesOf(path);
    QVERIFY(bytes.size() > 3 * 4096);
    bytes.replace(4096, 4096, QByteArray(4096, '\xa5'));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    LookupHistory history(path);
    const HistoryWrite answer = history.record(lookup(QStringLiteral("idNew"), 500)).result();
    QCOMPARE(statusName(answer.status), QStringLiteral("Unavailable"));
    QVERIFY2(answer.message.contains(QStringLiteral("damaged")), qPrintable(answer.message));
    QVERIFY(!history.isAvailable());
    QCOMPARE(bytesOf(path), bytes);
}

void LookupHistoryTest::unwritableFolderTurnsHistoryOff()
{
    QTemporaryDir dir;
    // A plain file where the folder should be: nothing can be created below it, not even by root.
    const QString blocker = dir.filePath(QStringLiteral("blocked"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    LookupHistory history(blocker + QStringLiteral("/sub/history.sqlite"));
    QCOMPARE(statusName(history.record(lookup(QStringLiteral("idA"), 1)).result().status),
             QStringLiteral("Unavailable"));
    QVERIFY(!history.isAvailable());
    QVERIFY2(history.errorString().contains(QStringLiteral("cannot create the folder")),
             qPrintable(history.errorString()));
}

void LookupHistoryTest::lockedFileDoesNotHoldUpTheCaller()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    // Long enough that the write can only finish once the other process lets go of the lock.
    LookupHistory history(path, std::chrono::minutes(2));
    QCOMPARE(saved(history, lookup(QStringLiteral("before"), 1)), QStringLiteral("Saved"));

    Child locker;
    QVERIFY(locker.start({QStringLiteral("lock"), path}));
    QCOMPARE(locker.readLine(), QStringLiteral("locked"));

    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(10);
    QFuture<HistoryWrite> write = history.record(lookup(QStringLiteral("during"), 2));
    QTest::qWait(300);
    // The caller's event loop ran on while the write waited for the lock held by the other process.
    QVERIFY(ticks > 0);
    QVERIFY(!write.isFinished());
    QVERIFY(history.isAvailable());

    locker.go();
    QCOMPARE(locker.readLine(), QStringLiteral("released"));
    QCOMPARE(statusName(write.result().status), QStringLiteral("Saved"));
    QCOMPARE(history.recentMessageIds().result(),
             QStringList({QStringLiteral("during"), QStringLiteral("before")}));
    QString output;
    QVERIFY2(locker.finish(&output), qPrintable(output));
}

void LookupHistoryTest::lockedFileKeepsTheLookupAndRetries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    LookupHistory history(path, std::chrono::milliseconds(50));
    QSignalSpy changed(&history, &LookupHistory::changed);
    QCOMPARE(saved(history, lookup(QStringLiteral("before"), 1)), QStringLiteral("Saved"));

    Child locker;
    QVERIFY(locker.start({QStringLiteral("lock"), path}));
    QCOMPARE(locker.readLine(), QStringLiteral("locked"));

    // The old behaviour: five seconds of a frozen window, then no history for the rest of the session.
    const HistoryWrite answer = history.record(lookup(QStringLiteral("during"), 2)).result();
    QCOMPARE(statusName(answer.status), QStringLiteral("Pending"));
    QVERIFY2(answer.message.contains(QStringLiteral("in use by another program")),
             qPrintable(answer.message));
    QVERIFY(history.isAvailable());
    QVERIFY(history.errorString().isEmpty());
    // The lookup is not lost: it is offered again at once, and another lookup goes the same way.
    QCOMPARE(history.recentMessageIds().result(),
             QStringList({QStringLiteral("during"), QStringLiteral("before")}));
    QCOMPARE(statusName(history.record(lookup(QStringLiteral("during2"), 3)).result().status),
             QStringLiteral("Pending"));
    QCOMPARE(history.count().result(), 3);
    QCOMPARE(RawDatabase(path).value(QStringLiteral("SELECT COUNT(*) FROM lookups")).toInt(), 1);

    locker.go();
    QCOMPARE(locker.readLine(), QStringLiteral("released"));
    // Retried on its own once the file is free: another program reading the file sees both lookups.
    QVERIFY(eventually(changed, [&path] {
        return RawDatabase(path).value(QStringLiteral("SELECT COUNT(*) FROM lookups")).toInt() == 3;
    }));
    QVERIFY(history.isAvailable());
    QCOMPARE(history.recentMessageIds().result(),
             QStringList({QStringLiteral("during2"), QStringLiteral("during"), QStringLiteral("before")}));
    QString output;
    QVERIFY2(locker.finish(&output), qPrintable(output));
}

void LookupHistoryTest::pendingLookupsAreWrittenOnClose()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    // The worker itself, on this thread: no event loop runs, so no retry can come before shutDown().
    HistoryWorker worker(path, std::chrono::milliseconds(50), LookupHistory::defaultMaxRows);
    QCOMPARE(statusName(worker.record(lookup(QStringLiteral("before"), 1)).status), QStringLiteral("Saved"));
    Child locker;
    QVERIFY(locker.start({QStringLiteral("lock"), path}));
    QCOMPARE(locker.readLine(), QStringLiteral("locked"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(statusName(worker.record(lookup(QStringLiteral("pending%1").arg(i), 2 + i)).status),
                 QStringLiteral("Pending"));
    locker.go();
    QCOMPARE(locker.readLine(), QStringLiteral("released"));
    QString output;
    QVERIFY2(locker.finish(&output), qPrintable(output));
    QCOMPARE(RawDatabase(path).value(QStringLiteral("SELECT COUNT(*) FROM lookups")).toInt(), 1);

    worker.shutDown();
    QCOMPARE(RawDatabase(path).value(QStringLiteral("SELECT COUNT(*) FROM lookups")).toInt(), 4);
}

void LookupHistoryTest::twoProcessesWriteAtOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    constexpr int perProcess = 300;
    LookupHistory history(path);
    QCOMPARE(history.count().result(), 0);

    Child child;
    QVERIFY(
        child.start({QStringLiteral("write"), path, QStringLiteral("child"), QString::number(perProcess)}));
    QCOMPARE(child.readLine(), QStringLiteral("ready"));
    child.go();
    QList<QFuture<HistoryWrite>> writes;
    for (int i = 0; i < perProcess; ++i) {
        LookupRecord record = lookup(QStringLiteral("parent%1").arg(i), i);
        record.time = QDateTime(); // now, like a real lookup
        writes << history.record(record);
    }
    int failed = 0;
    for (QFuture<HistoryWrite> &write : writes)
        failed += write.result().kept() ? 0 : 1;
    QCOMPARE(failed, 0);
    const QString summary = child.readLine();
    QVERIFY2(summary.startsWith(QStringLiteral("saved ")) && summary.endsWith(QStringLiteral(" other 0")),
             qPrintable(summary));
    QString output;
    QVERIFY2(child.finish(&output), qPrintable(output));

    // Every row of both processes is in the file, each once.
    // Anything the busy file made wait is written by the retries.
    QSignalSpy changed(&history, &LookupHistory::changed);
    QVERIFY(eventually(changed, [&path] {
        return RawDatabase(path).value(QStringLiteral("SELECT COUNT(*) FROM lookups")).toInt() ==
               2 * perProcess;
    }));
    RawDatabase db(path);
    QSet<QString> ids;
    QSqlQuery query(db.db());
    QVERIFY(query.exec(QStringLiteral("SELECT message_id FROM lookups")));
    while (query.next())
        ids.insert(query.value(0).toString());
    QCOMPARE(ids.size(), 2 * perProcess);
    for (int i = 0; i < perProcess; ++i) {
        QVERIFY(ids.contains(QStringLiteral("parent%1").arg(i)));
        QVERIFY(ids.contains(QStringLiteral("child%1").arg(i)));
    }
    QVERIFY(history.isAvailable());
}

void LookupHistoryTest::migratesAVersionTwoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QString error;
    QVERIFY2(buildFromSql(path, QStringLiteral("history-schema-v2.sql"), 30, &error), qPrintable(error));
    QCOMPARE(RawDatabase(path).value(QStringLiteral("PRAGMA user_version")).toInt(), 2);
    {
        LookupHistory history(path);
        const QList<LookupRecord> rows = history.recent(100).result();
        QVERIFY2(history.isAvailable(), qPrintable(history.errorString()));
        QCOMPARE(rows.size(), 30);
        QCOMPARE(rows.first().messageId, QStringLiteral("old29"));
        // Rows made before answers could be kept have their ids and no answer.
        QCOMPARE(rows.first().rowId, 30);
        QVERIFY(!rows.first().hasKeptAnswer());
        QCOMPARE(history.entry(1).result()->messageId, QStringLiteral("old0"));
        QVERIFY(!history.keptAnswer(1).result().has_value());
        // The migrated file keeps answers.
        const HistoryWrite written =
            history.record(lookup(QStringLiteral("new1"), 100), answerWith(R"({"id":"new1"})")).result();
        QCOMPARE(statusName(written.status), QStringLiteral("Saved"));
        QCOMPARE(written.rowId, 31);
        QCOMPARE(history.keptAnswer(31).result()->body, QByteArray(R"({"id":"new1"})"));
    }
    RawDatabase migrated(path);
    QCOMPARE(migrated.value(QStringLiteral("PRAGMA user_version")).toInt(), HistoryDatabase::schemaVersion);
    QCOMPARE(migrated.value(QStringLiteral("SELECT COUNT(*) FROM lookups")).toInt(), 31);
    QCOMPARE(migrated.value(QStringLiteral("SELECT COUNT(*) FROM answers")).toInt(), 1);
    QCOMPARE(migrated
                 .value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND "
                                       "name IN ('lookups_profile', 'answers_kept')"))
                 .toInt(),
             2);
}

void LookupHistoryTest::keepsAnswersByChoice()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QByteArray body = R"({"message":{"id":"idA","status":"delivered","body":"customer words"}})";
    LookupHistory history(path);

    // Without an answer (the default), only the lookup is kept.
    const HistoryWrite plain = history.record(lookup(QStringLiteral("idA"), 1)).result();
    QCOMPARE(statusName(plain.status), QStringLiteral("Saved"));
    QVERIFY(plain.rowId > 0);
    QVERIFY(!history.keptAnswer(plain.rowId).result().has_value());
    QVERIFY(!historyBytes(path).contains("customer words"));

    const HistoryWrite kept = history.record(lookup(QStringLiteral("idA"), 2), answerWith(body)).result();
    QCOMPARE(statusName(kept.status), QStringLiteral("Saved"));
    QVERIFY(kept.message.isEmpty());
    QCOMPARE(kept.rowId, plain.rowId + 1);

    const QList<LookupRecord> rows = history.recent(10).result();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).rowId, kept.rowId);
    QCOMPARE(rows.at(0).keptBodyBytes, body.size());
    QCOMPARE(rows.at(1).rowId, plain.rowId);
    QVERIFY(!rows.at(1).hasKeptAnswer());

    const std::optional<KeptAnswer> answer = history.keptAnswer(kept.rowId).result();
    QVERIFY(answer.has_value());
    QCOMPARE(answer->body, body);
    // The response's headers in order; credentials never reach the file.
    const HttpHeaders expected = {{"Content-Type", "application/json"}, {"X-RateLimit-Remaining", "97"}};
    QCOMPARE(answer->headers, expected);
    QVERIFY(answer->keptAt.isValid());
    QVERIFY(qAbs(answer->keptAt.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    const QByteArray file = historyBytes(path);
    QVERIFY(file.contains("customer words"));
    QVERIFY(!file.contains("pit-00000000"));
    QVERIFY(!file.contains("secret-cookie"));
    QVERIFY(!file.contains("Authorization"));
}

void LookupHistoryTest::answerSizeLimits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    LookupHistory history(path);
    AnswerRetention retention;
    retention.maxBodyBytes = 100;
    retention.maxTotalBytes = 250;
    history.setAnswerRetention(retention);

    // Over the per-answer limit: the lookup is kept, the answer is not, and the caller is told.
    const HistoryWrite big =
        history.record(lookup(QStringLiteral("big"), 1), answerWith(QByteArray(101, 'b'))).result();
    QCOMPARE(statusName(big.status), QStringLiteral("Saved"));
    QVERIFY2(big.message.contains(QStringLiteral("not its answer")), qPrintable(big.message));
    QVERIFY(!history.keptAnswer(big.rowId).result().has_value());
    QVERIFY(!historyBytes(path).contains(QByteArray(101, 'b')));

    // Within the total limit the newest answers stay; the oldest go first, their lookups stay.
    QList<qint64> rows;
    for (int i = 0; i < 3; ++i) {
        const HistoryWrite w = history
                                   .record(lookup(QStringLiteral("id%1").arg(i), 2 + i),
                                           answerWith(QByteArray(100, char('x' + i))))
                                   .result();
        QCOMPARE(statusName(w.status), QStringLiteral("Saved"));
        rows << w.rowId;
    }
    QVERIFY(!history.keptAnswer(rows.at(0)).result().has_value());
    QCOMPARE(history.keptAnswer(rows.at(1)).result()->body, QByteArray(100, 'y'));
    QCOMPARE(history.keptAnswer(rows.at(2)).result()->body, QByteArray(100, 'z'));
    QCOMPARE(history.count().result(), 4);
    QVERIFY(!history.entry(rows.at(0)).result()->hasKeptAnswer());

    // A smaller limit applies to what is already kept, at the next write.
    retention.maxTotalBytes = 100;
    history.setAnswerRetention(retention);
    QCOMPARE(saved(history, lookup(QStringLiteral("later"), 10)), QStringLiteral("Saved"));
    QVERIFY(!history.keptAnswer(rows.at(1)).result().has_value());
    QVERIFY(history.keptAnswer(rows.at(2)).result().has_value());
}

void LookupHistoryTest::answerAgeLimit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    qint64 oldRow = -1;
    qint64 newRow = -1;
    {
        LookupHistory history(path);
        oldRow = history.record(lookup(QStringLiteral("old"), 1), answerWith("old body")).result().rowId;
        newRow = history.record(lookup(QStringLiteral("new"), 2), answerWith("new body")).result().rowId;
        QVERIFY(oldRow > 0 && newRow > oldRow);
    }
    // The first answer was kept 40 days ago (rewritten here: a test does not wait 40 days).
    {
        RawDatabase raw(path);
        QVERIFY(raw.exec(QStringLiteral("UPDATE answers SET kept_ms = ? WHERE lookup_id = ?"),
                         {QDateTime::currentDateTimeUtc().addDays(-40).toMSecsSinceEpoch(), oldRow}));
    }
    {
        // The default age limit is 30 days; the next open deletes the old answer, the lookup stays.
        LookupHistory history(path);
        QVERIFY(!history.keptAnswer(oldRow).result().has_value());
        QCOMPARE(history.keptAnswer(newRow).result()->body, QByteArray("new body"));
        QCOMPARE(history.count().result(), 2);
    }
    RawDatabase raw(path);
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM answers")).toInt(), 1);
    // A shorter limit set by the user also hides answers not yet pruned.
    {
        LookupHistory history(path);
        AnswerRetention retention;
        retention.maxAge = std::chrono::hours(24);
        history.setAnswerRetention(retention);
        QVERIFY(raw.exec(QStringLiteral("UPDATE answers SET kept_ms = ? WHERE lookup_id = ?"),
                         {QDateTime::currentDateTimeUtc().addDays(-2).toMSecsSinceEpoch(), newRow}));
        QVERIFY(!history.keptAnswer(newRow).result().has_value());
    }
}

void LookupHistoryTest::deletesAllKeptAnswers()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    LookupHistory history(path);
    QSignalSpy changed(&history, &LookupHistory::changed);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(statusName(history
                                .record(lookup(QStringLiteral("id%1").arg(i), i),
                                        answerWith("private words number " + QByteArray::number(i)))
                                .result()
                                .status),
                 QStringLiteral("Saved"));
    QVERIFY(historyBytes(path).contains("private words number 3"));

    QCOMPARE(statusName(history.deleteKeptAnswers().result().status), QStringLiteral("Saved"));
    QCOMPARE(history.count().result(), 5);
    for (const LookupRecord &record : history.recent(10).result()) {
        QVERIFY(!record.hasKeptAnswer());
        QVERIFY(!history.keptAnswer(record.rowId).result().has_value());
    }
    // Overwritten, not just unlinked: neither the file nor its log holds the words any more.
    QVERIFY(!historyBytes(path).contains("private words"));
    QTRY_COMPARE(changed.count(), 6);
}

void LookupHistoryTest::lockedFileKeepsTheAnswer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    LookupHistory history(path, std::chrono::milliseconds(50));
    QSignalSpy changed(&history, &LookupHistory::changed);
    QCOMPARE(saved(history, lookup(QStringLiteral("before"), 1)), QStringLiteral("Saved"));

    Child locker;
    QVERIFY(locker.start({QStringLiteral("lock"), path}));
    QCOMPARE(locker.readLine(), QStringLiteral("locked"));
    const HistoryWrite pending =
        history.record(lookup(QStringLiteral("during"), 2), answerWith("busy body")).result();
    QCOMPARE(statusName(pending.status), QStringLiteral("Pending"));
    QCOMPARE(pending.rowId, -1);
    // Listed (and found by a search) while waiting, without a row yet.
    HistoryQuery query;
    query.idContains = QStringLiteral("DUR");
    const QList<LookupRecord> found = history.search(query).result();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().rowId, -1);
    QCOMPARE(found.first().keptBodyBytes, 9);

    locker.go();
    QCOMPARE(locker.readLine(), QStringLiteral("released"));
    QVERIFY(eventually(changed, [&path] {
        return RawDatabase(path).value(QStringLiteral("SELECT COUNT(*) FROM answers")).toInt() == 1;
    }));
    const QList<LookupRecord> rows = history.search(query).result();
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().rowId > 0);
    QCOMPARE(history.keptAnswer(rows.first().rowId).result()->body, QByteArray("busy body"));
    QString output;
    QVERIFY2(locker.finish(&output), qPrintable(output));
}

void LookupHistoryTest::searchesAndFilters()
{
    QTemporaryDir dir;
    LookupHistory history(dir.filePath(QStringLiteral("history.sqlite")));
    const auto add = [&history](const QString &id, int minute, const QString &profile, const QString &outcome,
                                const QString &summary) {
        LookupRecord r = lookup(id, minute, outcome == QStringLiteral("Ok") ? 200 : 404, outcome);
        r.profile = profile;
        r.summary = summary;
        return statusName(history.record(r).result().status);
    };
    QCOMPARE(add(QStringLiteral("aaaSMS1"), 1, QStringLiteral("Acme"), QStringLiteral("Ok"),
                 QStringLiteral("inbound · delivered · SMS")),
             QStringLiteral("Saved"));
    QCOMPARE(add(QStringLiteral("bbbCall2"), 2, QStringLiteral("Acme"), QStringLiteral("Ok"),
                 QStringLiteral("outbound · failed · call")),
             QStringLiteral("Saved"));
    QCOMPARE(
        add(QStringLiteral("cccMiss3"), 3, QStringLiteral("Beta"), QStringLiteral("NotFound"), QString()),
        QStringLiteral("Saved"));
    QCOMPARE(add(QStringLiteral("dddSMS4"), 4, QStringLiteral("Beta"), QStringLiteral("Ok"),
                 QStringLiteral("outbound · delivered · 100% SMS")),
             QStringLiteral("Saved"));

    const auto ids = [&history](const HistoryQuery &query) {
        QStringList result;
        for (const LookupRecord &r : history.search(query).result()) {
            if (r.rowId <= 0)
                return QStringList{QStringLiteral("row without id")};
            result << r.messageId;
        }
        return result;
    };
    HistoryQuery all;
    QCOMPARE(ids(all), QStringList({QStringLiteral("dddSMS4"), QStringLiteral("cccMiss3"),
                                    QStringLiteral("bbbCall2"), QStringLiteral("aaaSMS1")}));
    HistoryQuery byId;
    byId.idContains = QStringLiteral("sms");
    QCOMPARE(ids(byId), QStringList({QStringLiteral("dddSMS4"), QStringLiteral("aaaSMS1")}));
    HistoryQuery bySummary;
    bySummary.summaryContains = QStringLiteral("DELIVERED");
    QCOMPARE(ids(bySummary), QStringList({QStringLiteral("dddSMS4"), QStringLiteral("aaaSMS1")}));
    HistoryQuery byText;
    byText.text = QStringLiteral("call");
    QCOMPARE(ids(byText), QStringList{QStringLiteral("bbbCall2")});
    // The user's text is matched as typed: '%' and '_' are not wildcards.
    HistoryQuery percent;
    percent.text = QStringLiteral("100%");
    QCOMPARE(ids(percent), QStringList{QStringLiteral("dddSMS4")});
    percent.text = QStringLiteral("_");
    QCOMPARE(ids(percent), QStringList());
    HistoryQuery byOutcome;
    byOutcome.outcomes = {QStringLiteral("NotFound"), QStringLiteral("Timeout")};
    QCOMPARE(ids(byOutcome), QStringList{QStringLiteral("cccMiss3")});
    HistoryQuery byProfile;
    byProfile.profile = QStringLiteral("Beta");
    QCOMPARE(ids(byProfile), QStringList({QStringLiteral("dddSMS4"), QStringLiteral("cccMiss3")}));
    HistoryQuery byDate;
    byDate.from = start.addSecs(120);
    byDate.until = start.addSecs(240);
    QCOMPARE(ids(byDate), QStringList({QStringLiteral("cccMiss3"), QStringLiteral("bbbCall2")}));
    HistoryQuery combined;
    combined.profile = QStringLiteral("Acme");
    combined.text = QStringLiteral("delivered");
    combined.outcomes = {QStringLiteral("Ok")};
    QCOMPARE(ids(combined), QStringList{QStringLiteral("aaaSMS1")});
    HistoryQuery limited;
    limited.limit = 2;
    QCOMPARE(ids(limited), QStringList({QStringLiteral("dddSMS4"), QStringLiteral("cccMiss3")}));
    limited.limit = -5;
    QCOMPARE(ids(limited), QStringList());
}

void LookupHistoryTest::entriesByRowId()
{
    QTemporaryDir dir;
    LookupHistory history(dir.filePath(QStringLiteral("history.sqlite")));
    history.setMaxRows(2);
    const qint64 first = history.record(lookup(QStringLiteral("idA"), 1), answerWith("a")).result().rowId;
    const qint64 second = history.record(lookup(QStringLiteral("idB"), 2)).result().rowId;
    const std::optional<LookupRecord> entry = history.entry(second).result();
    QVERIFY(entry.has_value());
    QCOMPARE(entry->messageId, QStringLiteral("idB"));
    QCOMPARE(entry->time, start.addSecs(120));
    QCOMPARE(entry->rowId, second);
    QCOMPARE(history.entry(first).result()->keptBodyBytes, 1);
    QVERIFY(!history.entry(9999).result().has_value());
    QVERIFY(!history.entry(-1).result().has_value());

    // Trimmed past maxRows: the row and its answer are gone.
    QCOMPARE(saved(history, lookup(QStringLiteral("idC"), 3)), QStringLiteral("Saved"));
    QVERIFY(!history.entry(first).result().has_value());
    QVERIFY(!history.keptAnswer(first).result().has_value());
    // Cleared: nothing is left.
    QCOMPARE(statusName(history.clear().result().status), QStringLiteral("Saved"));
    QVERIFY(!history.entry(second).result().has_value());
}

void LookupHistoryTest::migratesAVersionThreeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QString error;
    QVERIFY2(buildFromSql(path, QStringLiteral("history-schema-v3.sql"), 20, &error), qPrintable(error));
    {
        // The newest lookup (row 20) kept its answer, as version 3 stored it.
        RawDatabase db(path);
        QCOMPARE(db.value(QStringLiteral("PRAGMA user_version")).toInt(), 3);
        QVERIFY2(db.exec(QStringLiteral("INSERT INTO answers (lookup_id, kept_ms, body_bytes, body, headers) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         {20, QDateTime::currentMSecsSinceEpoch(), 14, QByteArray(R"({"id":"old19"})"),
                          QByteArray("Content-Type: application/json\n")},
                         &error),
                 qPrintable(error));
    }
    {
        LookupHistory history(path);
        const QList<LookupRecord> rows = history.recent(100).result();
        QVERIFY2(history.isAvailable(), qPrintable(history.errorString()));
        QCOMPARE(rows.size(), 20);
        QCOMPARE(rows.first().messageId, QStringLiteral("old19"));
        QCOMPARE(rows.first().rowId, 20);
        QCOMPARE(rows.first().summary, QStringLiteral("inbound · delivered · SMS"));
        // Rows from before version 4 have no values of their own (the view shows their summary, no chips).
        QVERIFY(rows.first().direction.isEmpty());
        QVERIFY(rows.first().status.isEmpty());
        QVERIFY(rows.first().messageType.isEmpty());
        QCOMPARE(rows.first().keptBodyBytes, 14);
        const std::optional<KeptAnswer> answer = history.keptAnswer(20).result();
        QVERIFY(answer.has_value());
        QCOMPARE(answer->body, QByteArray(R"({"id":"old19"})"));
        QCOMPARE(answer->headers, HttpHeaders({{"Content-Type", "application/json"}}));

        LookupRecord next = lookup(QStringLiteral("new1"), 100);
        next.direction = QStringLiteral("outbound");
        next.status = QStringLiteral("failed");
        next.messageType = QStringLiteral("TYPE_SMS");
        const HistoryWrite written = history.record(next).result();
        QCOMPARE(statusName(written.status), QStringLiteral("Saved"));
        QCOMPARE(written.rowId, 21);
        QCOMPARE(history.entry(21).result()->status, QStringLiteral("failed"));
    }
    RawDatabase migrated(path);
    QCOMPARE(migrated.value(QStringLiteral("PRAGMA user_version")).toInt(), 4);
    QCOMPARE(migrated.value(QStringLiteral("SELECT COUNT(*) FROM lookups")).toInt(), 21);
    QCOMPARE(migrated.value(QStringLiteral("SELECT COUNT(*) FROM answers")).toInt(), 1);
    QCOMPARE(migrated.value(QStringLiteral("SELECT message_type FROM lookups WHERE id = 21")).toString(),
             QStringLiteral("TYPE_SMS"));
    QCOMPARE(migrated.value(QStringLiteral("SELECT status FROM lookups WHERE id = 1")).toString(),
             QStringLiteral(""));
}

void LookupHistoryTest::keepsAnAnswerWithoutHeaders()
{
    QTemporaryDir dir;
    LookupHistory history(dir.filePath(QStringLiteral("history.sqlite")));
    // No headers at all, or only secret ones: nothing to store beside the body, which must not break the
    // write (the column is NOT NULL; a failed write would turn the history off).
    const HistoryWrite none =
        history.record(lookup(QStringLiteral("idA"), 1), KeptAnswer{"a", {}, {}}).result();
    QCOMPARE(statusName(none.status), QStringLiteral("Saved"));
    const HistoryWrite secret =
        history.record(lookup(QStringLiteral("idB"), 2), KeptAnswer{"b", {{"Set-Cookie", "s=1"}}, {}})
            .result();
    QCOMPARE(statusName(secret.status), QStringLiteral("Saved"));
    QVERIFY(history.isAvailable());
    QCOMPARE(history.keptAnswer(none.rowId).result()->body, QByteArray("a"));
    QVERIFY(history.keptAnswer(secret.rowId).result()->headers.isEmpty());
}

void LookupHistoryTest::keepsTheMessagesValues()
{
    QTemporaryDir dir;
    LookupHistory history(dir.filePath(QStringLiteral("history.sqlite")));
    LookupRecord record = lookup(QStringLiteral("idA"), 1);
    record.direction = QStringLiteral("inbound");
    record.status = QStringLiteral("a-status-a-newer-api-invented-") + QString(100, u'x');
    record.messageType = QStringLiteral("TYPE_RCS");
    QCOMPARE(saved(history, record), QStringLiteral("Saved"));
    const LookupRecord read = history.recent(1).result().value(0);
    QCOMPARE(read.direction, QStringLiteral("inbound"));
    QCOMPARE(read.messageType, QStringLiteral("TYPE_RCS"));
    // Bounded like every other text of a lookup.
    QCOMPARE(read.status.size(), LookupRecord::maxValueLength);
    QVERIFY(read.status.startsWith(QStringLiteral("a-status-a-newer-api-invented-")));
}

void LookupHistoryTest::searchFindsOutcomesAndValues()
{
    QTemporaryDir dir;
    LookupHistory history(dir.filePath(QStringLiteral("history.sqlite")));
    LookupRecord found = lookup(QStringLiteral("aaaFound1"), 1);
    found.status = QStringLiteral("opt_out");
    found.messageType = QStringLiteral("TYPE_WHATSAPP");
    found.summary = QStringLiteral("outbound · Opted out · WhatsApp");
    QCOMPARE(saved(history, found), QStringLiteral("Saved"));
    LookupRecord missing = lookup(QStringLiteral("bbbMissing2"), 2, 404, QStringLiteral("not_found"));
    missing.summary.clear();
    QCOMPARE(saved(history, missing), QStringLiteral("Saved"));

    const auto ids = [&history](const QString &text) {
        HistoryQuery query;
        query.text = text;
        QStringList result;
        for (const LookupRecord &r : history.search(query).result())
            result << r.messageId;
        return result;
    };
    // The search box finds the outcome as stored and the values as sent, not only the id and summary.
    QCOMPARE(ids(QStringLiteral("NOT_FOUND")), QStringList{QStringLiteral("bbbMissing2")});
    QCOMPARE(ids(QStringLiteral("opt_out")), QStringList{QStringLiteral("aaaFound1")});
    QCOMPARE(ids(QStringLiteral("type_whatsapp")), QStringList{QStringLiteral("aaaFound1")});
    QCOMPARE(ids(QStringLiteral("missing")), QStringList{QStringLiteral("bbbMissing2")});
    QCOMPARE(ids(QStringLiteral("nothing like it")), QStringList());
    // The same test in memory (lookups waiting for a busy file) agrees.
    HistoryQuery query;
    query.text = QStringLiteral("Not_Found");
    QVERIFY(query.matches(missing));
    QVERIFY(!query.matches(found));
}

void LookupHistoryTest::deletesOneEntry()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    LookupHistory history(path);
    QSignalSpy changed(&history, &LookupHistory::changed);
    QList<qint64> rows;
    for (int i = 0; i < 3; ++i)
        rows << history
                    .record(lookup(QStringLiteral("id%1").arg(i), i),
                            answerWith("words of answer " + QByteArray::number(i)))
                    .result()
                    .rowId;
    QVERIFY(historyBytes(path).contains("words of answer 1"));

    QCOMPARE(statusName(history.deleteEntry(rows.at(1)).result().status), QStringLiteral("Saved"));
    QStringList left;
    for (const LookupRecord &r : history.recent(10).result())
        left << r.messageId;
    QCOMPARE(left, QStringList({QStringLiteral("id2"), QStringLiteral("id0")}));
    QVERIFY(!history.entry(rows.at(1)).result().has_value());
    QVERIFY(!history.keptAnswer(rows.at(1)).result().has_value());
    QCOMPARE(history.keptAnswer(rows.at(2)).result()->body, QByteArray("words of answer 2"));
    // Gone from the bytes on disk, its answer too; the others stay.
    QVERIFY(!historyBytes(path).contains("words of answer 1"));
    QVERIFY(historyBytes(path).contains("words of answer 2"));
    // Three writes, then the deletion, each told to the listeners.
    QTRY_COMPARE(changed.count(), 4);

    // A row that is gone already is no error; a lookup still in memory has no row to delete.
    QCOMPARE(statusName(history.deleteEntry(rows.at(1)).result().status), QStringLiteral("Saved"));
    QCOMPARE(statusName(history.deleteEntry(-1).result().status), QStringLiteral("Refused"));
    QCOMPARE(history.count().result(), 2);
}

void LookupHistoryTest::clearsUpToAMoment()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    LookupHistory history(path);
    for (int i = 1; i <= 4; ++i)
        QCOMPARE(statusName(history
                                .record(lookup(QStringLiteral("id%1").arg(i), i),
                                        answerWith("answer words " + QByteArray::number(i)))
                                .result()
                                .status),
                 QStringLiteral("Saved"));
    // What was there at minute 2 goes (minute 2 included); what came after stays, with its answer.
    QCOMPARE(statusName(history.clear(start.addSecs(120)).result().status), QStringLiteral("Saved"));
    QStringList left;
    for (const LookupRecord &r : history.recent(10).result())
        left << r.messageId;
    QCOMPARE(left, QStringList({QStringLiteral("id4"), QStringLiteral("id3")}));
    QCOMPARE(history.count().result(), 2);
    QCOMPARE(RawDatabase(path).value(QStringLiteral("SELECT COUNT(*) FROM answers")).toInt(), 2);
    QVERIFY(!historyBytes(path).contains("answer words 2"));
    QVERIFY(historyBytes(path).contains("answer words 4"));
    // Without a moment, everything goes.
    QCOMPARE(statusName(history.clear().result().status), QStringLiteral("Saved"));
    QCOMPARE(history.count().result(), 0);
}

void LookupHistoryTest::lockedFileTakesDeletesLater()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    LookupHistory history(path, std::chrono::milliseconds(50));
    QSignalSpy changed(&history, &LookupHistory::changed);
    QList<qint64> rows;
    for (int i = 1; i <= 4; ++i)
        rows << history.record(lookup(QStringLiteral("id%1").arg(i), i)).result().rowId;

    Child locker;
    QVERIFY(locker.start({QStringLiteral("lock"), path}));
    QCOMPARE(locker.readLine(), QStringLiteral("locked"));
    QCOMPARE(statusName(history.deleteEntry(rows.at(3)).result().status), QStringLiteral("Pending"));
    QCOMPARE(statusName(history.clear(start.addSecs(60)).result().status), QStringLiteral("Pending"));
    QCOMPARE(statusName(history.record(lookup(QStringLiteral("id5"), 5)).result().status),
             QStringLiteral("Pending"));
    // Read as done while the file is busy: id1 cleared, id4 deleted, id5 waiting in memory.
    QStringList listed;
    for (const LookupRecord &r : history.recent(10).result())
        listed << r.messageId;
    QCOMPARE(listed, QStringList({QStringLiteral("id5"), QStringLiteral("id3"), QStringLiteral("id2")}));
    QStringList found;
    for (const LookupRecord &r : history.search(HistoryQuery()).result())
        found << r.messageId;
    QCOMPARE(found, listed);
    QVERIFY(!history.entry(rows.at(0)).result().has_value());
    QVERIFY(!history.entry(rows.at(3)).result().has_value());
    QVERIFY(history.entry(rows.at(1)).result().has_value());
    QCOMPARE(RawDatabase(path).value(QStringLiteral("SELECT COUNT(*) FROM lookups")).toInt(), 4);

    locker.go();
    QCOMPARE(locker.readLine(), QStringLiteral("released"));
    QVERIFY(eventually(changed, [&path] {
        return RawDatabase(path).value(QStringLiteral("SELECT COUNT(*) FROM lookups")).toInt() == 3;
    }));
    RawDatabase db(path);
    QSqlQuery query(db.db());
    QVERIFY(query.exec(QStringLiteral("SELECT message_id FROM lookups ORDER BY time_ms DESC")));
    QStringList stored;
    while (query.next())
        stored << query.value(0).toString();
    QCOMPARE(stored, listed);
    QString output;
    QVERIFY2(locker.finish(&output), qPrintable(output));
}

void LookupHistoryTest::latestLookupPerMessage()
{
    QTemporaryDir dir;
    LookupHistory history(dir.filePath(QStringLiteral("history.sqlite")));
    QCOMPARE(saved(history, lookup(QStringLiteral("idA"), 1)), QStringLiteral("Saved"));
    QCOMPARE(saved(history, lookup(QStringLiteral("idB"), 2)), QStringLiteral("Saved"));
    QCOMPARE(saved(history, lookup(QStringLiteral("idA"), 3, 404, QStringLiteral("not_found"))),
             QStringLiteral("Saved"));
    // Written later but made earlier (a busy file, another program): the newest lookup of an id is by time.
    QCOMPARE(saved(history, lookup(QStringLiteral("idB"), 0, 500, QStringLiteral("server_error"))),
             QStringLiteral("Saved"));
    const QList<LookupRecord> latest = history.latestPerMessage(10).result();
    QCOMPARE(latest.size(), 2);
    QCOMPARE(latest.at(0).messageId, QStringLiteral("idA"));
    QCOMPARE(latest.at(0).outcome, QStringLiteral("not_found"));
    QCOMPARE(latest.at(0).time, start.addSecs(180));
    QCOMPARE(latest.at(1).messageId, QStringLiteral("idB"));
    QCOMPARE(latest.at(1).outcome, QStringLiteral("Ok"));
    QCOMPARE(history.latestPerMessage(1).result().size(), 1);
    QCOMPARE(history.latestPerMessage(0).result().size(), 0);
}

QTEST_GUILESS_MAIN(LookupHistoryTest)
#include "tst_lookuphistory.moc"
