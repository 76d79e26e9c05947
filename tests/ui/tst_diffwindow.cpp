// The Compare window, offscreen, with a real InspectionSession reading and analysing the bodies: the diff
// tree asserted as text for documented messages, live-shaped ones (envelope with traceId) and an unknown
// status; "Only differences" off shows the unchanged fields around the changes; a side picked from a file
// (and one that cannot be read, which changes nothing); bodies that are not JSON; and two 10 MB bodies
// compared without the window doing the work on its own thread.
#include "diffvaluedelegate.h"
#include "diffwindow.h"

#include "session/fixedtokensource.h"
#include "session/inspectionsession.h"
#include "store/profilestore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

// The documented (flat) shape of an outbound SMS, with the status given.
QByteArray documented(const QByteArray &status)
{
    return "{\"id\":\"nXf2TQ8rLm4kPz7VbC1a\",\"type\":2,\"messageType\":\"TYPE_SMS\","
           "\"dateAdded\":\"2024-03-27T18:13:49.000Z\",\"body\":\"Hi there\",\"direction\":\"outbound\","
           "\"status\":\"" +
           status + "\",\"contentType\":\"text/plain\",\"attachments\":[]}";
}

// What the live endpoint sends: the message inside an envelope with a traceId.
QByteArray live(const QByteArray &status, const QByteArray &updated, const QByteArray &traceId,
                const QByteArray &extra = {})
{
    return "{\"message\":{\"id\":\"Fx2Lv9Sm4Qe7Rt1Yu3Io\",\"type\":2,\"messageType\":\"TYPE_SMS\","
           "\"dateAdded\":\"2026-11-29T08:15:02.118Z\",\"dateUpdated\":\"" +
           updated + "\",\"direction\":\"outbound\",\"status\":\"" + status + "\"" + extra +
           ",\"body\":\"Your order is ready\"},\"traceId\":\"" + traceId + "\"}";
}

// A live answer of about `bytes` bytes: the message carries a long list of attachment links.
QByteArray largeLive(const QByteArray &status, qsizetype bytes)
{
    QByteArray links;
    links.reserve(bytes + 100);
    for (int i = 0; links.size() < bytes; ++i)
        links += (i ? ",\"" : "\"") + QByteArray("https://storage.example.com/att/") + QByteArray::number(i) +
                 "\"";
    return "{\"message\":{\"id\":\"Lg1Bo2Dy3Xx4Yy5Zz6Aa\",\"status\":\"" + status + "\",\"attachments\":[" +
           links + "]},\"traceId\":\"big\"}";
}

// Change | Path | First | Second, one line per row of the tree.
QStringList treeText(const QTreeView *view)
{
    QStringList lines;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        lines << cells.join(u" | "_s);
    }
    return lines;
}

void compareLines(const QStringList &actual, const QStringList &expected)
{
    if (actual != expected) {
        qWarning().noquote() << u"actual:\n"_s + actual.join(u'\n');
        qWarning().noquote() << u"expected:\n"_s + expected.join(u'\n');
    }
    QCOMPARE(actual, expected);
}

} // namespace

class TestDiffWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"settings.ini"_s));
        m_tokens = std::make_unique<FixedTokenSource>(u"pit-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s);
        SessionServices services;
        services.profiles = m_profiles.get();
        services.tokens = m_tokens.get();
        m_session = std::make_unique<InspectionSession>(services);
        m_window = std::make_unique<DiffWindow>(m_session.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->show();
    }

    void cleanup()
    {
        m_tester.reset();
        m_window.reset();
        m_session.reset();
        m_tokens.reset();
        m_profiles.reset();
        m_dir.reset();
    }

    void empty()
    {
        QCOMPARE(m_window->model()->rowCount(), 0);
        QCOMPARE(m_window->summaryText(), u"Choose the two answers to compare."_s);
        QVERIFY(!m_window->isBusy());
        QVERIFY(m_window->onlyDifferences());
    }

    void documentedMessages()
    {
        QVERIFY(
            compareBodies(documented("sent"), u"history #12"_s, documented("delivered"), u"history #13"_s));
        compareLines(treeText(m_window->view()),
                     {u"Changed | $.status | \"sent\" · Sent | \"delivered\" · Delivered"_s});
        QCOMPARE(m_window->summaryText(), u"1 changed · 0 added · 0 removed"_s);
        // The columns say where each side came from.
        QHeaderView *header = m_window->view()->header();
        QCOMPARE(header->model()->headerData(JsonDiffModel::FirstColumn, Qt::Horizontal).toString(),
                 u"history #12"_s);
        QCOMPARE(header->model()->headerData(JsonDiffModel::SecondColumn, Qt::Horizontal).toString(),
                 u"history #13"_s);
        // Raw values and their meaning are separate roles, so the delegate paints "sent" and a Sent chip.
        const QModelIndex second = m_window->model()->index(0, JsonDiffModel::SecondColumn);
        QCOMPARE(second.data(JsonDiffModel::SecondValueRole).toString(), u"\"delivered\""_s);
        QCOMPARE(second.data(JsonDiffModel::SecondBadgeRole).value<Badge>().meaning, BadgeMeaning::Good);
        QVERIFY(qobject_cast<DiffValueDelegate *>(
            m_window->view()->itemDelegateForColumn(JsonDiffModel::SecondColumn)));

        // Only differences off: the fields that stayed the same, in the server's order, around the change.
        m_window->findChild<QCheckBox *>(u"diffOnlyDifferences"_s)->click();
        QVERIFY(!m_window->onlyDifferences());
        compareLines(treeText(m_window->view()),
                     {
                         u"Same | $.id | \"nXf2TQ8rLm4kPz7VbC1a\" | \"nXf2TQ8rLm4kPz7VbC1a\""_s,
                         u"Same | $.type | 2 · TYPE_SMS | 2 · TYPE_SMS"_s,
                         u"Same | $.messageType | \"TYPE_SMS\" · SMS | \"TYPE_SMS\" · SMS"_s,
                         u"Same | $.dateAdded | \"2024-03-27T18:13:49.000Z\" · 27 Mar 2024, 18:13 | "
                         u"\"2024-03-27T18:13:49.000Z\" · 27 Mar 2024, 18:13"_s,
                         u"Same | $.body | \"Hi there\" | \"Hi there\""_s,
                         u"Same | $.direction | \"outbound\" · Outbound | \"outbound\" · Outbound"_s,
                         u"Changed | $.status | \"sent\" · Sent | \"delivered\" · Delivered"_s,
                         u"Same | $.contentType | \"text/plain\" | \"text/plain\""_s,
                         u"Same | $.attachments | [] | []"_s,
                     });
        QVERIFY(m_window->model()->index(0, 0).data(DiffContextModel::UnchangedRole).toBool());
        QVERIFY(!m_window->model()->index(6, 0).data(DiffContextModel::UnchangedRole).toBool());
        m_window->setOnlyDifferences(true);
        QCOMPARE(m_window->model()->rowCount(), 1);

        // Swapped: the same change the other way round.
        QSignalSpy shown(m_window.get(), &DiffWindow::diffShown);
        m_window->swapSides();
        QVERIFY(shown.wait(10000));
        compareLines(treeText(m_window->view()),
                     {u"Changed | $.status | \"delivered\" · Delivered | \"sent\" · Sent"_s});
    }

    void liveShapedMessages()
    {
        const QByteArray first = live("sent", "2026-11-29T08:15:03.000Z", "trace-one");
        const QByteArray second = live("delivered", "2026-11-29T08:15:09.540Z", "trace-two",
                                       ",\"userId\":\"Us1Er2Id3Ab4Cd5Ef6Gh\"");
        QVERIFY(compareBodies(first, u"12:01:03 (watch)"_s, second, u"12:01:09 (watch)"_s));
        compareLines(
            treeText(m_window->view()),
            {
                u"Changed | $.message.dateUpdated | \"2026-11-29T08:15:03.000Z\" · 29 Nov 2026, 08:15 | "
                u"\"2026-11-29T08:15:09.540Z\" · 29 Nov 2026, 08:15"_s,
                u"Changed | $.message.status | \"sent\" · Sent | \"delivered\" · Delivered"_s,
                u"Added | $.message.userId |  | \"Us1Er2Id3Ab4Cd5Ef6Gh\""_s,
                u"Changed | $.traceId | \"trace-one\" · request id | \"trace-two\" · request id"_s,
            });
        QCOMPARE(m_window->summaryText(), u"3 changed · 1 added · 0 removed"_s);
        QCOMPARE(m_window->model()->index(3, 0).data(JsonDiffModel::PartRole).toInt(),
                 int(JsonDifference::Part::Envelope));

        // With the unchanged fields: the message's, then the envelope's traceId.
        m_window->setOnlyDifferences(false);
        const QStringList all = treeText(m_window->view());
        QCOMPARE(all.first(), u"Same | $.message.id | \"Fx2Lv9Sm4Qe7Rt1Yu3Io\" | \"Fx2Lv9Sm4Qe7Rt1Yu3Io\""_s);
        QCOMPARE(all.size(), 10); // 8 message fields + userId added + traceId
        QCOMPARE(all.at(8), u"Same | $.message.body | \"Your order is ready\" | \"Your order is ready\""_s);
        QCOMPARE(all.last(),
                 u"Changed | $.traceId | \"trace-one\" · request id | \"trace-two\" · request id"_s);
        // Why a new traceId is no news about the message.
        QVERIFY(m_window->model()
                    ->index(9, JsonDiffModel::PathColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"a different one on each answer is normal"_s));
        QCOMPARE(m_window->diffText().constLast(), u"~ $.traceId: \"trace-one\" → \"trace-two\""_s);
    }

    void unknownStatus()
    {
        QVERIFY(compareBodies(documented("sent"), u"before"_s, documented("beamed"), u"after"_s));
        compareLines(treeText(m_window->view()),
                     {u"Changed | $.status | \"sent\" · Sent | \"beamed\" · beamed (unknown value)"_s});
        const Badge chip = m_window->model()
                               ->index(0, JsonDiffModel::SecondColumn)
                               .data(JsonDiffModel::SecondBadgeRole)
                               .value<Badge>();
        QCOMPARE(chip.meaning, BadgeMeaning::Unknown);
        QVERIFY(!chip.known);
    }

    void aSideFromAFile()
    {
        QVERIFY(
            compareBodies(documented("sent"), u"history #12"_s, documented("delivered"), u"history #13"_s));
        const QString path = m_dir->filePath(u"saved.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(live("failed", "2026-11-29T08:15:09.540Z", "trace-file"));
        file.close();

        QSignalSpy shown(m_window.get(), &DiffWindow::diffShown);
        m_window->openFile(DiffWindow::Side::Second, path);
        QVERIFY(shown.wait(10000));
        QCOMPARE(m_window->sourceLabel(m_window->secondSide()), u"file saved.json"_s);
        QCOMPARE(m_window->sourceLabel(m_window->firstSide()), u"history #12"_s);
        // A documented message against a live answer: compared message to message, the traceId apart.
        const QStringList lines = treeText(m_window->view());
        QVERIFY2(lines.contains(u"Changed | $.message.status | \"sent\" · Sent | \"failed\" · Failed"_s),
                 qPrintable(lines.join(u'\n')));
        QCOMPARE(lines.last(), u"Added | $.traceId |  | \"trace-file\" · request id"_s);
        const QString notes = m_window->findChild<QLabel *>(u"diffNotes"_s)->text();
        QVERIFY2(notes.startsWith(u"Compared the messages: the first body's at $ "_s), qPrintable(notes));
        // Both pickers offer every answer and a file.
        auto *picker = m_window->findChild<QComboBox *>(u"diffSecondPicker"_s);
        QCOMPARE(picker->count(), 4);
        QCOMPARE(picker->currentText(), u"file saved.json"_s);
        QCOMPARE(picker->itemText(3), u"Open a saved response…"_s);

        // A file that cannot be read: said in words, nothing else changes.
        const QStringList before = treeText(m_window->view());
        m_window->openFile(DiffWindow::Side::First, m_dir->filePath(u"missing.json"_s));
        QVERIFY(shown.wait(10000));
        QCOMPARE(treeText(m_window->view()), before);
        QCOMPARE(m_window->sourceLabel(m_window->firstSide()), u"history #12"_s);
        QCOMPARE(m_window->sourceCount(), 3);
        const QString problem = m_window->findChild<QLabel *>(u"diffNotes"_s)->text();
        QVERIFY2(problem.startsWith(u"file missing.json cannot be compared: "_s), qPrintable(problem));
    }

    void bodiesThatAreNotJson()
    {
        QVERIFY(compareBodies("<html>Bad gateway</html>", u"first"_s, documented("sent"), u"second"_s));
        QCOMPARE(m_window->model()->rowCount(), 0);
        QVERIFY2(m_window->summaryText().startsWith(
                     u"The first body cannot be compared field by field: it is not JSON"_s),
                 qPrintable(m_window->summaryText()));
        QCOMPARE(m_window->findChild<QLabel *>(u"diffNotes"_s)->text(), u"The two bodies differ."_s);
    }

    void sameAnswers()
    {
        QVERIFY(compareBodies(documented("sent"), u"a"_s, documented("sent"), u"b"_s));
        QCOMPARE(m_window->model()->rowCount(), 0);
        QCOMPARE(m_window->summaryText(), u"No differences: the two answers are the same."_s);
    }

    void largeBodiesAreComparedOffTheWindowThread()
    {
        const QByteArray first = largeLive("sent", 10 * 1024 * 1024);
        QByteArray second = first;
        second.replace("\"status\":\"sent\"", "\"status\":\"delivered\"");
        QSignalSpy shown(m_window.get(), &DiffWindow::diffShown);
        m_window->compareBodies(first, u"first"_s, second, u"second"_s);
        // compareBodies() returned at once: the reading, analysis and walk happen elsewhere.
        QVERIFY(m_window->isBusy());
        QCOMPARE(m_window->model()->rowCount(), 0);
        QVERIFY(shown.wait(120000));
        QVERIFY(!m_window->isBusy());
        compareLines(treeText(m_window->view()),
                     {u"Changed | $.message.status | \"sent\" · Sent | \"delivered\" · Delivered"_s});
        // Unchanged fields: the attachments list shows as one row with its size.
        m_window->setOnlyDifferences(false);
        const QStringList all = treeText(m_window->view());
        QCOMPARE(all.size(), 4);
        QVERIFY2(all.at(2).startsWith(u"Same | $.message.attachments | ["_s), qPrintable(all.at(2)));
    }

    void aNewerComparisonReplacesARunningOne()
    {
        const QByteArray big = largeLive("sent", 4 * 1024 * 1024);
        QByteArray bigDelivered = big;
        bigDelivered.replace("\"status\":\"sent\"", "\"status\":\"delivered\"");
        QSignalSpy shown(m_window.get(), &DiffWindow::diffShown);
        m_window->compareBodies(big, u"big one"_s, bigDelivered, u"big two"_s);
        m_window->compareBodies(documented("sent"), u"small one"_s, documented("read"), u"small two"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 60000);
        // Only the comparison asked for last is on screen.
        compareLines(treeText(m_window->view()),
                     {u"Changed | $.status | \"sent\" · Sent | \"read\" · Read"_s});
        QCOMPARE(m_window->sourceLabel(m_window->firstSide()), u"small one"_s);
        QVERIFY(shown.size() >= 1);
    }

private:
    bool compareBodies(const QByteArray &first, const QString &firstLabel, const QByteArray &second,
                       const QString &secondLabel)
    {
        QSignalSpy shown(m_window.get(), &DiffWindow::diffShown);
        m_window->compareBodies(first, firstLabel, second, secondLabel);
        if (!shown.wait(10000))
            return false;
        return shown.size() == 1 && !m_window->isBusy();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<FixedTokenSource> m_tokens;
    std::unique_ptr<InspectionSession> m_session;
    std::unique_ptr<DiffWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestDiffWindow)
#include "tst_diffwindow.moc"
