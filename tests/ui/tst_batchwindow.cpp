// The batch window driven offscreen against the loopback server through a real InspectionSession (a token
// from FixedTokenSource): the list checked before anything is sent (duplicates, invalid entries, a token
// pasted by mistake, a CSV file with several columns, a drop, a refused file), then a mixed run (200, 404,
// 401 for one location, 429 with Retry-After, a slow answer, a failed SMS) — the tally, the table as text,
// the filter and the tally's chips, the double-click signal, the share of the burst measured at the server,
// cancel and resume, a run stopped by a missing profile, the exports byte for byte (a formula neutralised),
// and the report of the rows shown without the token.
#include "batchexportdialog.h"
#include "batchinput.h"
#include "batchtallybar.h"
#include "batchwindow.h"
#include "reportdialog.h"

#include "batch/batchfilterproxymodel.h"
#include "batch/batchtablemodel.h"
#include "loopbacksession.h"
#include "session/inspectionsession.h"
#include "testserver.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using TestSupport::LoopbackSession;
using TestSupport::LoopbackSessionOptions;
using TestSupport::RecordedRequest;
using TestSupport::ScriptedResponse;

namespace {

// Not shaped like a token: only the report's knowledge of it can remove it.
const QString token = u"s3cr3t.Opaque_Token~value"_s;

// The figures the server reports: 10 per second.
constexpr qint64 burstMax = 10;
constexpr qint64 intervalMs = 1000;

ScriptedResponse withLimits(ScriptedResponse response)
{
    return response.withHeader("X-RateLimit-Max", QByteArray::number(burstMax))
        .withHeader("X-RateLimit-Remaining", "8")
        .withHeader("X-RateLimit-Interval-Milliseconds", QByteArray::number(intervalMs))
        .withHeader("X-RateLimit-Limit-Daily", "200000")
        .withHeader("X-RateLimit-Daily-Remaining", "199000");
}

ScriptedResponse message(const QByteArray &id, const QByteArray &status, const QByteArray &body = "Hello",
                         const QByteArray &direction = "outbound")
{
    return withLimits(ScriptedResponse::json(
        R"({"message":{"id":")" + id + R"(","type":2,"messageType":"TYPE_SMS","direction":")" + direction +
        R"(","status":")" + status + R"(","dateAdded":"2026-11-30T09:59:58.000Z","contactId":"ct-)" + id +
        R"(","conversationId":"cv-)" + id + R"(","locationId":"loc1","body":")" + body +
        R"(","contentType":"text/plain"},"traceId":"tr-)" + id + R"("})"));
}

QByteArray idOf(const RecordedRequest &request)
{
    return request.target.mid(request.target.lastIndexOf('/') + 1);
}

// The most requests that arrived within any window of `window` ms.
int busiestWindow(QList<qint64> times, qint64 window)
{
    std::sort(times.begin(), times.end());
    int most = 0;
    for (qsizetype i = 0; i < times.size(); ++i) {
        const auto end = std::lower_bound(times.begin() + i, times.end(), times.at(i) + window);
        most = std::max(most, int(end - (times.begin() + i)));
    }
    return most;
}

bool waitForList(BatchInput *input)
{
    if (!input->isReading())
        return true;
    QSignalSpy changed(input, &BatchInput::listChanged);
    return changed.wait(10000);
}

QStringList rejectedRows(const QTreeWidget *list)
{
    QStringList rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        rows.append(item->text(0) + u" | "_s + item->text(1) + u" | "_s + item->text(2));
    }
    return rows;
}

QAbstractButton *chip(BatchWindow &window, const QString &text)
{
    for (QAbstractButton *button : window.tallyBar()->findChildren<QAbstractButton *>()) {
        if (button->text() == text && button->isVisible())
            return button;
    }
    return nullptr;
}

int proxyRowOf(const BatchWindow &window, const QString &id)
{
    const BatchFilterProxyModel *proxy = window.proxy();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        if (proxy->index(r, int(BatchColumn::Id)).data().toString() == id)
            return r;
    }
    return -1;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestBatchWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ReportDialog *>();
        qRegisterMetaType<BatchRun::Outcome>();
    }

    void init()
    {
        // Retries on, as in the product's session: the batch must turn them off for its own requests and
        // wait out a 429 itself, which the tally and the requests the server saw show.
        m_loopback = std::make_unique<LoopbackSession>(token, LoopbackSessionOptions{.retry = true});
        QVERIFY(m_loopback->isListening());
        m_loopback->server().setResponder([this](const RecordedRequest &r) { return answer(idOf(r)); });
        m_seen.clear();
        m_delayMs = 0;
    }

    void cleanup() { m_loopback.reset(); }

    void theListIsCheckedBeforeAnythingIsSent()
    {
        BatchWindow window(&m_loopback->session(), u"Default"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), u"Batch lookup — Default"_s);
        QVERIFY(!window.startButton()->isEnabled());
        QCOMPARE(window.startButton()->text(), u"Look up messages"_s);

        // Typed as a person pastes it: lines, commas, a link, a duplicate, junk and a token by mistake.
        window.input()->pasteField()->setFocus();
        QApplication::clipboard()->setText(
            u"ok1\nok2, ok1\nnot/an/id\nhttps://app.example/conversations/messages/ok3\n"
            u"pit-0a1b2c3d-4e5f-6789-abcd-ef0123456789\n"_s);
        QTest::keySequence(window.input()->pasteField(), QKeySequence::Paste);
        QVERIFY(window.input()->isReading());
        QVERIFY(!window.startButton()->isEnabled()); // not before the list is read
        QVERIFY(waitForList(window.input()));
        QCOMPARE(window.input()->summaryText(), u"3 ids · 1 duplicate · 2 invalid"_s);
        QCOMPARE(window.input()->list().ids, (QStringList{u"ok1"_s, u"ok2"_s, u"ok3"_s}));
        const QStringList rejected = rejectedRows(window.input()->rejectedList());
        QCOMPARE(rejected.size(), 3);
        QCOMPARE(rejected.at(0), u"2 | ok1 | Already in the list (line 1)."_s);
        QVERIFY2(rejected.at(1).startsWith(u"3 | not/an/id | "_s), qPrintable(rejected.at(1)));
        QVERIFY2(rejected.at(2).startsWith(u"5 | (a token: not shown) | "_s), qPrintable(rejected.at(2)));
        QVERIFY(!rejected.join(u'\n').contains(u"0a1b2c3d"_s));
        QVERIFY(window.input()->rejectedList()->isVisible());
        QCOMPARE(window.startButton()->text(), u"Look up 3 messages"_s);
        QVERIFY(window.startButton()->isEnabled());
        QCOMPARE(m_loopback->server().requestCount(), 0); // nothing was sent
        QVERIFY(!window.input()->columnPicker()->isVisible());

        // A list too long for one batch is refused as a whole, says so, and changes nothing.
        QApplication::clipboard()->setText(QString(IdList::maxInputBytes + 1, u'a'));
        QTest::keySequence(window.input()->pasteField(), QKeySequence::Paste);
        QVERIFY2(window.input()->summaryText().contains(u"too much for one batch"_s),
                 qPrintable(window.input()->summaryText()));
        QVERIFY(window.input()->text().size() < 200);
        QCOMPARE(window.input()->list().ids.size(), 3);
        window.setIds(QString(IdList::maxInputBytes + 1, u'b'));
        QVERIFY(window.input()->summaryText().contains(u"too much for one batch"_s));
        QVERIFY(window.input()->text().size() < 200);
        QCOMPARE(window.startButton()->text(), u"Look up 3 messages"_s);
        QCOMPARE(m_loopback->server().requestCount(), 0);
    }

    void aCsvFileWithSeveralColumnsADropAndARefusedFile()
    {
        BatchWindow window(&m_loopback->session(), u"Default"_s);
        window.show();
        const QString csv = m_loopback->filePath(u"failed sends.csv"_s);
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("\xEF\xBB\xBFTicket;Message ID;Phone\r\n4711;okA;+14155552671\r\n4712;okB;\r\n"
                       "4713;okA;+14155552672\r\n");
        }
        window.openFile(csv);
        QVERIFY(waitForList(window.input()));
        QCOMPARE(window.input()->fileName(), u"failed sends.csv"_s);
        QCOMPARE(window.input()->summaryText(), u"2 ids · 1 duplicate (from the column “Message ID”)"_s);
        QComboBox *picker = window.input()->columnPicker();
        QVERIFY(picker->isVisible());
        QCOMPARE(picker->count(), 4);
        QCOMPARE(picker->currentText(), u"Message ID"_s);
        QCOMPARE(window.startButton()->text(), u"Look up 2 messages"_s);

        // Another column, as the picker offers it.
        picker->setCurrentIndex(picker->findText(u"Ticket"_s));
        emit picker->activated(picker->currentIndex());
        QVERIFY(waitForList(window.input()));
        QCOMPARE(window.input()->list().ids, (QStringList{u"4711"_s, u"4712"_s, u"4713"_s}));
        QCOMPARE(window.input()->summaryText(), u"3 ids (from the column “Ticket”)"_s);

        // A file that is not text is refused and the list stays as it was.
        const QString binary = m_loopback->filePath(u"picture.png"_s);
        {
            QFile file(binary);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        }
        window.openFile(binary);
        QVERIFY(waitForList(window.input()));
        QVERIFY2(window.input()->fileError().contains(u"is not a text file"_s),
                 qPrintable(window.input()->fileError()));
        QCOMPARE(window.input()->summaryText(), window.input()->fileError());
        QCOMPARE(window.input()->list().ids.size(), 3);
        QCOMPARE(window.startButton()->text(), u"Look up 3 messages"_s);

        // A file dropped on the window.
        const QString text = m_loopback->filePath(u"ids.txt"_s);
        {
            QFile file(text);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("okX\nokY\nokZ\n");
        }
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(text)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(waitForList(window.input()));
        QCOMPARE(window.input()->fileName(), u"ids.txt"_s);
        QCOMPARE(window.input()->list().ids, (QStringList{u"okX"_s, u"okY"_s, u"okZ"_s}));
        QVERIFY(!picker->isVisible());

        // Typing makes the pasted text the source again.
        QTest::keyClicks(window.input()->pasteField(), u"okP"_s);
        QVERIFY(waitForList(window.input()));
        QVERIFY(window.input()->fileName().isEmpty());
        QCOMPARE(window.input()->list().ids, QStringList{u"okP"_s});
        QCOMPARE(m_loopback->server().requestCount(), 0);
    }

    void aMixedRun()
    {
        BatchWindow window(&m_loopback->session(), u"Default"_s);
        QAbstractItemModelTester tester(window.proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.setBaseUrlOverride(m_loopback->server().baseUrl());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setBurstSharePercent(30); // 3 of the server's 10 per second
        window.setMaxInFlight(3);
        const QStringList ids{u"ok1"_s,   u"nf1"_s,   u"ok2"_s,      u"auth1"_s, u"rl1"_s,
                              u"slow1"_s, u"fail1"_s, u"formula1"_s, u"ok3"_s,   u"in1"_s};
        window.setIds(ids.join(u'\n'));
        QVERIFY(waitForList(window.input()));
        QCOMPARE(window.startButton()->text(), u"Look up 10 messages"_s);

        QSignalSpy finished(&window, &BatchWindow::runFinished);
        QTest::mouseClick(window.startButton(), Qt::LeftButton);
        QVERIFY(window.isRunning());
        QVERIFY(window.run());
        QStringList pauseNotes;
        connect(window.run(), &BatchRun::paused, this, [&] { pauseNotes.append(window.pacingText()); });
        QVERIFY(window.pacingText().startsWith(u"Pace: at most "_s));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<BatchRun::Outcome>(), BatchRun::Outcome::Completed);

        // The 429 said how long to wait, and the window said so while it waited.
        QCOMPARE(pauseNotes, (QStringList{u"Rate limited: waiting 1 s as the server asked."_s}));
        // The share chosen in the window, measured at the server: never more than 3 in any second.
        QList<qint64> arrivals;
        for (const RecordedRequest &r : m_loopback->server().requests())
            arrivals.append(r.receivedAtMs);
        QCOMPARE(m_loopback->server().requestCount(), ids.size() + 1); // rl1 twice
        QVERIFY2(busiestWindow(arrivals, intervalMs) <= 3, "more than the chosen share of the burst");

        QCOMPARE(window.tallyText(), u"7 delivered · 1 failed · 1 not found · 1 no access"_s);
        QCOMPARE(window.tallyBar()->chipTexts(),
                 (QStringList{u"7 delivered"_s, u"1 failed"_s, u"1 not found"_s, u"1 no access"_s}));
        QVERIFY2(window.progressText().startsWith(u"Done: 10 messages in "_s),
                 qPrintable(window.progressText()));
        QVERIFY(window.pacingText().isEmpty());
        // Only the 401 may give another answer later.
        QVERIFY(window.canResume());

        const QString table = window.tableText();
        // Columns as shown: what happened and why first, the trace id last (HTTP status hidden).
        const QString expected =
            u"ok1 | Found | Outbound | Delivered | SMS | 2026-11-30 09:59:58 UTC |  | Hello | tr-ok1\n"
            u"nf1 | Not found |  |  |  |  | Message not found (404) |  | tr-404\n"
            u"ok2 | Found | Outbound | Delivered | SMS | 2026-11-30 09:59:58 UTC |  | Hello | tr-ok2\n"
            u"auth1 | No access |  |  |  |  | The token was not accepted (401) |  | \n"
            u"rl1 | Found | Outbound | Delivered | SMS | 2026-11-30 09:59:58 UTC |  | Hello | tr-rl1\n"
            u"slow1 | Found | Outbound | Delivered | SMS | 2026-11-30 09:59:58 UTC |  | Hello | tr-slow1\n"
            u"fail1 | Found | Outbound | Failed | SMS | 2026-11-30 09:59:58 UTC |  | Hello | tr-fail1\n"
            u"formula1 | Found | Outbound | Delivered | SMS | 2026-11-30 09:59:58 UTC |  | "
            u"=HYPERLINK(\"http://x.example\",\"open\") | tr-formula1\n"
            u"ok3 | Found | Outbound | Delivered | SMS | 2026-11-30 09:59:58 UTC |  | Hello | tr-ok3\n"
            u"in1 | Found | Inbound | Delivered | SMS | 2026-11-30 09:59:58 UTC |  | Hello | tr-in1"_s;
        QVERIFY2(table == expected, qPrintable(table));
        QVERIFY(!table.contains(token));

        // The filter: any column, typed.
        QLineEdit *filter = window.filterField();
        QTest::keyClicks(filter, u"not found"_s);
        QTRY_COMPARE(window.proxy()->rowCount(), 1);
        QVERIFY(window.tableText().startsWith(u"nf1 | Not found |  |  |  |  | Message not found (404)"_s));
        QCOMPARE(window.findChild<QLabel *>(u"batchShown"_s)->text(), u"Showing 1 of 10"_s);
        filter->clear();
        QTest::keyClicks(filter, u"inbound"_s);
        QTRY_VERIFY(window.tableText().startsWith(u"in1 | "_s));
        QCOMPARE(window.proxy()->rowCount(), 1);
        filter->clear();
        QTRY_COMPARE(window.proxy()->rowCount(), 10);

        // A tally chip shows its rows; pressed again, every row.
        QAbstractButton *failedChip = chip(window, u"1 failed"_s);
        QVERIFY(failedChip);
        QTest::mouseClick(failedChip, Qt::LeftButton);
        QCOMPARE(window.proxy()->rowCount(), 1);
        QVERIFY(window.tableText().startsWith(u"fail1 | "_s));
        QVERIFY(failedChip->isChecked());
        QTest::mouseClick(failedChip, Qt::LeftButton);
        QCOMPARE(window.proxy()->rowCount(), 10);

        // Sorting by a header click keeps every row and sorts by the value (HTTP status as a number).
        window.table()->sortByColumn(int(BatchColumn::HttpStatus), Qt::DescendingOrder);
        QVERIFY(window.tableText().startsWith(u"nf1 | "_s));
        QVERIFY(window.tableText().section(u'\n', 1, 1).startsWith(u"auth1 | "_s));
        window.table()->sortByColumn(-1, Qt::AscendingOrder);
        QVERIFY(window.tableText().startsWith(u"ok1 | "_s));

        // Double-click: the normal inspector for that message and profile.
        QSignalSpy inspect(&window, &BatchWindow::inspectRequested);
        const int row = proxyRowOf(window, u"ok2"_s);
        QVERIFY(row >= 0);
        QTableView *view = window.table();
        const QRect cell = view->visualRect(window.proxy()->index(row, int(BatchColumn::Id)));
        // As a real double click arrives: press, release, press with a double-click event, release.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QCOMPARE(inspect.count(), 1);
        QCOMPARE(inspect.at(0).at(0).toString(), u"ok2"_s);
        QCOMPARE(inspect.at(0).at(1).toString(), u"Default"_s);

        // Exports, byte for byte: CSV (with the byte order mark spreadsheets need, the formula kept as
        // text) and JSON Lines (the text as it is: programs read it).
        const QList<BatchColumn> columns{BatchColumn::Id, BatchColumn::Outcome, BatchColumn::HttpStatus,
                                         BatchColumn::Status, BatchColumn::Text};
        const QString csvPath = m_loopback->filePath(u"batch.csv"_s);
        QCOMPARE(window.exportTo(csvPath, BatchExportDialog::Format::Csv, columns), QString());
        const QByteArray csv(
            "\xEF\xBB\xBF"
            "id,outcome,http_status,status,text\r\n"
            "ok1,found,200,delivered,Hello\r\n"
            "nf1,not_found,404,,\r\n"
            "ok2,found,200,delivered,Hello\r\n"
            "auth1,no_access,401,,\r\n"
            "rl1,found,200,delivered,Hello\r\n"
            "slow1,found,200,delivered,Hello\r\n"
            "fail1,found,200,failed,Hello\r\n"
            "formula1,found,200,delivered,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"open\"\")\"\r\n"
            "ok3,found,200,delivered,Hello\r\n"
            "in1,found,200,delivered,Hello\r\n");
        QCOMPARE(readAll(csvPath), csv);
        // Only the rows shown, in the order shown.
        QTest::mouseClick(chip(window, u"1 not found"_s), Qt::LeftButton);
        const QString jsonPath = m_loopback->filePath(u"batch.jsonl"_s);
        QCOMPARE(window.exportTo(jsonPath, BatchExportDialog::Format::JsonLines,
                                 {BatchColumn::Id, BatchColumn::TraceId}, true),
                 QString());
        QCOMPARE(readAll(jsonPath), QByteArray("{\"id\":\"nf1\",\"trace_id\":\"tr-404\"}\n"));
        QTest::mouseClick(chip(window, u"1 not found"_s), Qt::LeftButton);
        QCOMPARE(window.exportTo(jsonPath, BatchExportDialog::Format::JsonLines, columns), QString());
        const QByteArray lines = readAll(jsonPath);
        QCOMPARE(lines.count('\n'), 10);
        QVERIFY(lines.contains(
            "{\"id\":\"formula1\",\"outcome\":\"found\",\"http_status\":200,\"status\":"
            "\"delivered\",\"text\":\"=HYPERLINK(\\\"http://x.example\\\",\\\"open\\\")\"}\n"));
        // A folder that does not exist: a clear message, nothing written.
        const QString error = window.exportTo(m_loopback->filePath(u"missing/batch.csv"_s),
                                              BatchExportDialog::Format::Csv, columns);
        QVERIFY2(error.startsWith(u"Could not export to "_s), qPrintable(error));
    }

    void theExportDialogChoosesColumnsAndOrder()
    {
        BatchExportDialog dialog(40, 6);
        QCOMPARE(dialog.columns(), BatchColumns::all());
        QCOMPARE(dialog.format(), BatchExportDialog::Format::Csv);
        QVERIFY(!dialog.onlyShownRows());
        dialog.findChild<QPushButton *>(u"exportNoColumns"_s)->click();
        QVERIFY(dialog.columns().isEmpty());
        dialog.setColumns({BatchColumn::TraceId, BatchColumn::Id});
        QCOMPARE(dialog.columns(), (QList<BatchColumn>{BatchColumn::TraceId, BatchColumn::Id}));
        dialog.columnList()->item(2)->setCheckState(Qt::Checked); // the first of the others: Outcome
        QCOMPARE(dialog.columns(),
                 (QList<BatchColumn>{BatchColumn::TraceId, BatchColumn::Id, BatchColumn::Outcome}));
        dialog.findChild<QAbstractButton *>(u"exportJsonLines"_s)->click();
        QCOMPARE(dialog.format(), BatchExportDialog::Format::JsonLines);
        dialog.setOnlyShownRows(true);
        QVERIFY(dialog.onlyShownRows());
        BatchExportDialog unfiltered(40, 40);
        unfiltered.setOnlyShownRows(true);
        QVERIFY(!unfiltered.onlyShownRows()); // nothing to choose when every row is shown
    }

    void cancelAndResume()
    {
        m_delayMs = 150;
        BatchWindow window(&m_loopback->session(), {});
        window.setBaseUrlOverride(m_loopback->server().baseUrl());
        window.show();
        QStringList ids;
        for (int i = 0; i < 12; ++i)
            ids.append(u"ok"_s + QString::number(i));
        window.setIds(ids.join(u' '));
        QVERIFY(waitForList(window.input()));
        QSignalSpy finished(&window, &BatchWindow::runFinished);
        QVERIFY(window.start());
        auto *cancel = window.findChild<QPushButton *>(u"batchCancel"_s);
        auto *resume = window.findChild<QPushButton *>(u"batchResume"_s);
        QVERIFY(cancel->isVisible());
        QVERIFY(!resume->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(window.run()->tally().found() >= 3, 30000);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<BatchRun::Outcome>(), BatchRun::Outcome::Cancelled);
        const qsizetype done = window.run()->tally().found();
        QVERIFY(done >= 3 && done < ids.size());
        QVERIFY2(window.progressText().startsWith(u"Cancelled: "_s), qPrintable(window.progressText()));
        QVERIFY(window.tallyText().contains(u"to go"_s) || window.tallyText().contains(u"cancelled"_s));
        QVERIFY(!cancel->isVisible());
        QVERIFY(resume->isVisible());
        QCOMPARE(resume->text(), u"Resume (%1 to look up again)"_s.arg(ids.size() - done));
        const int sent = m_loopback->server().requestCount();

        QTest::mouseClick(resume, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 2);
        QCOMPARE(finished.at(1).at(0).value<BatchRun::Outcome>(), BatchRun::Outcome::Completed);
        QCOMPARE(window.tallyText(), u"12 delivered"_s);
        QCOMPARE(m_loopback->server().requestCount() - sent,
                 ids.size() - done); // the settled ones were not asked again
        QVERIFY(!window.canResume());
        QVERIFY(!resume->isVisible());
        QCOMPARE(window.proxy()->rowCount(), 12);
        // Enter on a row asks for the inspector too, with the default profile's name.
        QSignalSpy inspect(&window, &BatchWindow::inspectRequested);
        window.table()->setFocus();
        window.table()->setCurrentIndex(window.proxy()->index(3, 0));
        QTest::keyClick(window.table(), Qt::Key_Return);
        QCOMPARE(inspect.count(), 1);
        QCOMPARE(inspect.at(0).at(0).toString(), u"ok3"_s);
        QCOMPARE(inspect.at(0).at(1).toString(), u"Default"_s);
        // The list can be changed and started again.
        window.editList();
        QVERIFY(window.startButton()->isVisible());
        QCOMPARE(window.startButton()->text(), u"Look up 12 messages"_s);
    }

    void closingCancelsAndDestroyingMidRunIsSafe()
    {
        m_delayMs = 300;
        QStringList ids;
        for (int i = 0; i < 6; ++i)
            ids.append(u"ok"_s + QString::number(i));
        {
            BatchWindow window(&m_loopback->session(), {});
            window.setBaseUrlOverride(m_loopback->server().baseUrl());
            window.show();
            window.setIds(ids.join(u' '));
            QVERIFY(waitForList(window.input()));
            QSignalSpy finished(&window, &BatchWindow::runFinished);
            QVERIFY(window.start());
            QVERIFY(m_loopback->server().waitForRequests(1));
            window.close();
            QVERIFY(finished.wait(5000));
            QCOMPARE(finished.at(0).at(0).value<BatchRun::Outcome>(), BatchRun::Outcome::Cancelled);
        }
        // Destroyed with lookups in flight: they are cancelled and nothing reaches the window any more.
        auto window = std::make_unique<BatchWindow>(&m_loopback->session(), QString());
        window->setBaseUrlOverride(m_loopback->server().baseUrl());
        window->setIds(ids.join(u' '));
        QVERIFY(waitForList(window->input()));
        QVERIFY(window->start());
        const int before = m_loopback->server().requestCount();
        QVERIFY(m_loopback->server().waitForRequests(before + 1));
        window.reset();
        const int sent = m_loopback->server().requestCount();
        QTest::qWait(400);
        QCOMPARE(m_loopback->server().requestCount(), sent); // nothing more was sent
    }

    void aFailureEveryIdWouldMeetStopsTheRunAndSaysWhy()
    {
        BatchWindow window(&m_loopback->session(), u"Nobody"_s);
        window.setBaseUrlOverride(m_loopback->server().baseUrl());
        window.show();
        window.setIds(u"ok1 ok2 ok3"_s);
        QVERIFY(waitForList(window.input()));
        QSignalSpy finished(&window, &BatchWindow::runFinished);
        QVERIFY(window.start());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<BatchRun::Outcome>(), BatchRun::Outcome::Stopped);
        QVERIFY2(!window.stopText().isEmpty(), "the banner says why");
        QVERIFY2(window.stopText().contains(u"Nobody"_s), qPrintable(window.stopText()));
        QCOMPARE(window.tallyText(), u"3 to go"_s);
        QVERIFY(window.canResume());
        QCOMPARE(m_loopback->server().requestCount(), 0);
    }

    void theReportOfTheRowsShownNeverHoldsTheToken()
    {
        BatchWindow window(&m_loopback->session(), {});
        window.setBaseUrlOverride(m_loopback->server().baseUrl());
        window.show();
        window.setIds(u"ok1 echo1 nf1 fail1"_s);
        QVERIFY(waitForList(window.input()));
        QSignalSpy finished(&window, &BatchWindow::runFinished);
        QVERIFY(window.start());
        QVERIFY(finished.wait(30000));

        QSignalSpy opened(&window, &BatchWindow::reportOpened);
        window.findChild<QPushButton *>(u"batchReport"_s)->click();
        QVERIFY(opened.wait(5000));
        ReportDialog *dialog = window.reportDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QString masked = dialog->markdown();
        QVERIFY2(masked.startsWith(
                     u"## Batch lookup of 4 messages\n\n- **Result:** 2 delivered · 1 failed · 1 not found\n"
                     u"- **Profile:** Default\n"_s),
                 qPrintable(masked));
        QVERIFY(masked.contains(u"\\[message text hidden: 5 characters\\]"_s));
        QVERIFY(masked.contains(u"_Masked for sharing: message text._"_s));
        // Nothing masked: the echoed token is still removed, in every form the report leaves the dialog.
        dialog->setMasked({});
        for (const QString &text : {dialog->markdown(), dialog->html(), dialog->preview()->toPlainText(),
                                    dialog->source()->toPlainText()}) {
            QVERIFY2(!text.contains(token), qPrintable(text));
            QVERIFY(text.contains(u"token removed"_s));
        }
        dialog->copy();
        QVERIFY(!QApplication::clipboard()->text().contains(token));
        QVERIFY(QApplication::clipboard()->text().contains(u"echo1"_s));
        dialog->close();

        // Filtered: the report covers the rows shown and says which.
        QTest::keyClicks(window.filterField(), u"fail"_s);
        QTRY_COMPARE(window.proxy()->rowCount(), 1);
        window.openReport();
        QVERIFY(opened.wait(5000));
        const QString filtered = window.reportDialog()->markdown();
        QVERIFY2(filtered.contains(u"- **Result:** 1 failed\n- **Rows:** 1 of 4 rows matching “fail”\n"_s),
                 qPrintable(filtered));
        QVERIFY(!filtered.contains(u"`ok1`"_s));
        window.reportDialog()->close();
    }

private:
    std::optional<ScriptedResponse> answer(const QByteArray &id)
    {
        const int seen = m_seen[id]++;
        if (id == "nf1")
            return withLimits(ScriptedResponse::error(
                404, R"({"statusCode":404,"message":"Message not found","traceId":"tr-404"})"));
        if (id == "auth1")
            return withLimits(ScriptedResponse::error(
                401, R"({"statusCode":401,"message":"The token does not have access to this location."})"));
        if (id == "rl1" && seen < 1)
            return withLimits(
                       ScriptedResponse::error(429, R"({"statusCode":429,"message":"Too many requests"})"))
                .withHeader("Retry-After", "1");
        if (id.startsWith("fail"))
            return message(id, "failed");
        if (id == "slow1")
            return message(id, "delivered").withDelay(600);
        if (id == "in1")
            return message(id, "delivered", "Hello", "inbound");
        if (id == "echo1")
            return message(id, "delivered", "token " + token.toUtf8());
        if (id == "formula1")
            return message(id, "delivered", "=HYPERLINK(\\\"http://x.example\\\",\\\"open\\\")");
        return message(id, "delivered").withDelay(m_delayMs);
    }

    std::unique_ptr<LoopbackSession> m_loopback;
    QHash<QByteArray, int> m_seen;
    int m_delayMs = 0;
};

QTEST_MAIN(TestBatchWindow)
#include "tst_batchwindow.moc"
