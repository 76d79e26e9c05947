#include "store/lookuphistory.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class LookupHistoryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void recordsAndRecentIds();
    void keepsAtMostMaxRows();
    void refusesWhatIsNotAMessageId();
    void recordsWithoutSummaryOrOutcome();
    void clearEmptiesAndPersists();
    void twoInstancesOnOneFile();
    void defaultPathIsAppLocalData();
    void corruptFileTurnsHistoryOff();
    void unwritableFolderTurnsHistoryOff();
};

void LookupHistoryTest::recordsAndRecentIds()
{
    QTemporaryDir dir;
    LookupHistory history(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY2(history.isAvailable(), qPrintable(history.errorString()));
    QVERIFY(history.errorString().isEmpty());

    QVERIFY(history.record(lookup(QStringLiteral("idA"), 1)));
    QVERIFY(history.record(lookup(QStringLiteral("idB"), 2, 404, QStringLiteral("NotFound"))));
    QVERIFY(history.record(lookup(QStringLiteral("idA"), 3)));
    QVERIFY(history.record(lookup(QStringLiteral("idC"), 4, 0, QStringLiteral("Timeout"))));
    // A link is stored as the id it carries.
    QVERIFY(history.record(lookup(QStringLiteral(" https://app.gohighlevel.com/x/messages/idD "), 5)));

    QCOMPARE(history.count(), 5);
    QCOMPARE(history.recentMessageIds(), QStringList({QStringLiteral("idD"), QStringLiteral("idC"),
                                                      QStringLiteral("idA"), QStringLiteral("idB")}));
    QCOMPARE(history.recentMessageIds(2), QStringList({QStringLiteral("idD"), QStringLiteral("idC")}));

    const QList<LookupRecord> recent = history.recent(10);
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
    QVERIFY(history.record(longOne));
    QCOMPARE(history.recent(1).first().summary.size(), LookupHistory::maxSummaryLength);
}

void LookupHistoryTest::keepsAtMostMaxRows()
{
    QTemporaryDir dir;
    LookupHistory history(dir.filePath(QStringLiteral("history.sqlite")));
    history.setMaxRows(5);
    for (int i = 0; i < 12; ++i)
        QVERIFY(history.record(lookup(QStringLiteral("id%1").arg(i), i)));
    QCOMPARE(history.count(), 5);
    QCOMPARE(history.recentMessageIds(100),
             QStringList({QStringLiteral("id11"), QStringLiteral("id10"), QStringLiteral("id9"),
                          QStringLiteral("id8"), QStringLiteral("id7")}));
}

void LookupHistoryTest::refusesWhatIsNotAMessageId()
{
    QTemporaryDir dir;
    LookupHistory history(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(!history.record(lookup(QStringLiteral("../etc/passwd"), 1)));
    QVERIFY(!history.record(lookup(QString(), 1)));
    QVERIFY(!history.record(lookup(QString(500, u'a'), 1)));
    QCOMPARE(history.count(), 0);
    QVERIFY(history.isAvailable()); // a refused record is not a broken history
}

void LookupHistoryTest::clearEmptiesAndPersists()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        LookupHistory history(path);
        QVERIFY(history.record(lookup(QStringLiteral("keepMe"), 1)));
    }
    {
        LookupHistory history(path);
        QCOMPARE(history.recentMessageIds(), QStringList{QStringLiteral("keepMe")});
        QVERIFY(history.clear());
        QCOMPARE(history.count(), 0);
    }
    LookupHistory history(path);
    QCOMPARE(history.count(), 0);
    QVERIFY(history.recentMessageIds().isEmpty());
}

void LookupHistoryTest::twoInstancesOnOneFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    LookupHistory first(path);
    LookupHistory second(path);
    QVERIFY(first.isAvailable() && second.isAvailable());
    QVERIFY(first.record(lookup(QStringLiteral("fromFirst"), 1)));
    QVERIFY(second.record(lookup(QStringLiteral("fromSecond"), 2)));
    QCOMPARE(first.recentMessageIds(),
             QStringList({QStringLiteral("fromSecond"), QStringLiteral("fromFirst")}));
}

void LookupHistoryTest::defaultPathIsAppLocalData()
{
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QVERIFY(LookupHistory::defaultPath().startsWith(expected + u'/'));
    LookupHistory history;
    QVERIFY2(history.isAvailable(), qPrintable(history.errorString()));
    QVERIFY(history.record(lookup(QStringLiteral("idDefault"), 1)));
    QVERIFY(QFile::exists(LookupHistory::defaultPath()));
    QVERIFY(history.clear());
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
    QVERIFY(!history.isAvailable());
    QVERIFY2(history.errorString().contains(QStringLiteral("damaged")), qPrintable(history.errorString()));
    QVERIFY(history.errorString().contains(path));
    QVERIFY(history.errorString().contains(QStringLiteral("Lookups still work")));
    // Everything keeps working as a no-op, and the file is left as it was for the user to inspect.
    QVERIFY(!history.record(lookup(QStringLiteral("idA"), 1)));
    QVERIFY(history.recent().isEmpty());
    QVERIFY(history.recentMessageIds().isEmpty());
    QCOMPARE(history.count(), 0);
    QVERIFY(!history.clear());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(4096, '\x5a'));
}

void LookupHistoryTest::unwritableFolderTurnsHistoryOff()
{
    QTemporaryDir dir;
    // A plain file where the folder should be: nothing can be created below it.
    const QString blocker = dir.filePath(QStringLiteral("blocked"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    LookupHistory history(blocker + QStringLiteral("/sub/history.sqlite"));
    QVERIFY(!history.isAvailable());
    QVERIFY(history.errorString().contains(QStringLiteral("cannot create the folder")));
    QVERIFY(!history.record(lookup(QStringLiteral("idA"), 1)));
}

void LookupHistoryTest::recordsWithoutSummaryOrOutcome()
{
    // The window records a failed lookup before it knows anything to summarise: null texts must not break it.
    QTemporaryDir dir;
    LookupHistory history(dir.filePath(QStringLiteral("h.sqlite")));
    LookupRecord record;
    record.messageId = QStringLiteral("idNull");
    QVERIFY(history.record(record));
    QVERIFY2(history.isAvailable(), qPrintable(history.errorString()));
    QCOMPARE(history.count(), 1);
    QCOMPARE(history.recent(1).at(0).summary, QString());
    QCOMPARE(history.recentMessageIds(), QStringList{QStringLiteral("idNull")});
}

QTEST_GUILESS_MAIN(LookupHistoryTest)
#include "tst_lookuphistory.moc"
