// The window's doors to the features built on the session (issues 14 and 15): Watch until final on the card,
// the History dock, the ticket report and the batch window, driven as a person would, against the loopback
// server, with an in-memory token (no keychain: ctest runs this without a D-Bus session).

#include "tst_mainwindow_support.h"

#include "badgelabel.h"
#include "batchwindow.h"
#include "historytablemodel.h"
#include "historyview.h"
#include "lookupbar.h"
#include "relatedlinksmodel.h"
#include "relatedpanel.h"
#include "reportdialog.h"
#include "session/fixedtokensource.h"
#include "summarycard.h"
#include "testserver.h"
#include "watch/watchpacing.h"
#include "watchpanel.h"
#include "whyfailedpanel.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace WindowTesting;
using namespace Qt::StringLiterals;
using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

namespace {

const QString messageId = QStringLiteral("Wt7Kq2Wn5Rt8Yx1Za4Vb");

QByteArray messageWithStatus(const QString &status)
{
    return QStringLiteral(
               "{\"message\":{\"id\":\"%1\",\"type\":2,\"messageType\":\"TYPE_SMS\",\"direction\":"
               "\"outbound\",\"status\":\"%2\",\"locationId\":\"Lq7Rt2Vx9KmN3pB6sD4f\","
               "\"contactId\":\"Ck8Hj3Wq5Zr1Yt6Nm2Pb\",\"conversationId\":\"Cv3Bn7Mq1Xz8Lk5Jh2Gd\","
               "\"dateAdded\":\"2024-03-27T18:13:49.000Z\",\"body\":\"Your code is 4411\"},"
               "\"traceId\":\"tr-features-1\"}")
        .arg(messageId, status)
        .toUtf8();
}

// The status chip on the card, as painted.
QString statusChip(MainWindow &window)
{
    const auto *label = window.summaryCard()->findChild<BadgeLabel *>(QStringLiteral("summaryStatus"));
    return label && label->isVisible() ? label->text() : QString();
}

QAction *menuAction(MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

class MainWindowFeaturesTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void watchFromTheCardFollowsTheMessageToItsFinalStatus();
    void historyDockListsTheLookupAndOpensItAgain();
    void reportOfTheShownMessageNeverHoldsTheToken();
    void batchWindowOpensAndSendsARowToTheInspector();
    void relatedDockExplainsAFailureAndLooksUpAPickedMessage();

private:
    bool lookUp(const QByteArray &body);

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<FixedTokenSource> m_tokens; // outlives the window's session
    std::unique_ptr<MainWindow> m_window;
    QString m_token;
};

void MainWindowFeaturesTest::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    QVERIFY(m_sandbox->isValid());
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->listen());
    m_token = newPit();
    m_tokens = std::make_unique<FixedTokenSource>(m_token);
    TestWindowOptions options = m_sandbox->options();
    options.tokens = m_tokens.get();
    m_window = openWindow(options);
    QVERIFY(m_window);
    m_window->setBaseUrlOverride(m_server->baseUrl());
    WatchPacing fast; // the product starts at 2 s; the behaviour is the same at 10 ms
    fast.firstIntervalMs = 10;
    fast.maxIntervalMs = 20;
    fast.burstShare = 0;
    m_window->watchPanel()->setPacing(fast);
}

void MainWindowFeaturesTest::cleanup()
{
    m_window.reset();
    m_tokens.reset();
    if (!m_token.isEmpty())
        QCOMPARE(TestSupport::filesContaining(m_token.toUtf8()), QStringList());
    m_server.reset();
    m_sandbox.reset();
}

bool MainWindowFeaturesTest::lookUp(const QByteArray &body)
{
    m_server->enqueue(ScriptedResponse::json(body));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    typeAndLookUp(*m_window, messageId);
    return waitForDisplay(displayed);
}

void MainWindowFeaturesTest::watchFromTheCardFollowsTheMessageToItsFinalStatus()
{
    QVERIFY(lookUp(messageWithStatus(u"pending"_s)));
    auto *watch = m_window->summaryCard()->findChild<QPushButton *>(u"summaryWatch"_s);
    QVERIFY(watch);
    QVERIFY2(watch->isVisibleTo(m_window->summaryCard()), "a looked-up message offers Watch until final");

    m_server->enqueue({ScriptedResponse::json(messageWithStatus(u"pending"_s)),
                       ScriptedResponse::json(messageWithStatus(u"sent"_s)),
                       ScriptedResponse::json(messageWithStatus(u"delivered"_s))});
    QSignalSpy finished(m_window->watchPanel(), &WatchPanel::finished);
    QTest::mouseClick(watch, Qt::LeftButton);
    QVERIFY(m_window->watchDock()->isVisible());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<MessageWatch::Outcome>(), MessageWatch::Outcome::Delivered);
    QCOMPARE(m_server->requestCount(), 4); // the lookup, then three checks: it stopped on the final status
    // The card follows the newest answer of the message on screen.
    QTRY_COMPARE(statusChip(*m_window), u"Delivered"_s);
    QVERIFY(m_window->watchPanel()->headerText().contains(u"Delivered"_s));
}

void MainWindowFeaturesTest::historyDockListsTheLookupAndOpensItAgain()
{
    QVERIFY(lookUp(messageWithStatus(u"delivered"_s)));
    // The dock is made when first shown (start-up does not pay for it), by its View menu entry.
    QVERIFY(!m_window->findChild<QDockWidget *>(u"historyDock"_s));
    QAction *history = menuAction(*m_window, u"&History"_s);
    QVERIFY(history);
    QVERIFY(!history->isChecked());
    history->trigger();
    auto *dock = m_window->findChild<QDockWidget *>(u"historyDock"_s);
    QVERIFY(dock);
    QVERIFY(dock->isVisible());
    QVERIFY(history->isChecked());
    // Closed with its own button: the menu entry follows; the entry shows it again.
    dock->close();
    QVERIFY(!history->isChecked());
    history->trigger();
    QVERIFY(dock->isVisible());
    QCOMPARE(m_window->historyDock(), dock);
    HistoryView *view = m_window->historyView();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QModelIndex first = view->model()->index(0, 0);
    QCOMPARE(first.data(HistoryTableModel::MessageIdRole).toString(), messageId);

    // Open it again: a second lookup of the same id, in the same profile.
    m_server->enqueue(ScriptedResponse::json(messageWithStatus(u"read"_s)));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    view->table()->selectRow(0);
    view->openSelected();
    QVERIFY(waitForDisplay(displayed));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(1).target,
             QByteArray("/conversations/messages/") + messageId.toLatin1());
    QTRY_COMPARE(statusChip(*m_window), u"Read"_s);
}

void MainWindowFeaturesTest::reportOfTheShownMessageNeverHoldsTheToken()
{
    // A server that echoes the token in the message text must not get it into a ticket.
    QByteArray body = messageWithStatus(u"failed"_s);
    const QByteArray echoed = QByteArray("token ") + m_token.toUtf8() + QByteArray(" and +14155550123");
    body.replace(QByteArray("Your code is 4411"), echoed);
    QVERIFY(lookUp(body));
    QSignalSpy opened(m_window.get(), &MainWindow::reportOpened);
    QAction *copy = menuAction(*m_window, u"&Copy report for a ticket…"_s);
    QVERIFY(copy);
    copy->trigger();
    QCOMPARE(opened.count(), 1);
    auto *dialog = qobject_cast<ReportDialog *>(opened.at(0).at(0).value<QDialog *>());
    QVERIFY(dialog);
    const QString text = dialog->reportText();
    QVERIFY2(text.contains(u"tr-features-1"_s), qPrintable(text)); // the traceId support asks for
    QVERIFY2(!text.contains(m_token), "the token never appears in a report");
    QVERIFY2(!text.contains(u"+14155550123"_s), "phone numbers are masked by default");
    dialog->close();
}

void MainWindowFeaturesTest::batchWindowOpensAndSendsARowToTheInspector()
{
    QSignalSpy opened(m_window.get(), &MainWindow::batchWindowOpened);
    QAction *batch = menuAction(*m_window, u"Look up &many ids…"_s);
    QVERIFY(batch);
    batch->trigger();
    QCOMPARE(opened.count(), 1);
    auto *window = qobject_cast<BatchWindow *>(opened.at(0).at(0).value<QWidget *>());
    QVERIFY(window);
    QVERIFY(window->isVisible());

    // A row asked for in the batch window is looked up in the main window.
    m_server->enqueue(ScriptedResponse::json(messageWithStatus(u"delivered"_s)));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    emit window->inspectRequested(messageId, m_window->lookupBar()->currentProfile());
    QVERIFY(waitForDisplay(displayed));
    QCOMPARE(m_server->requestCount(), 1);
    QTRY_COMPARE(statusChip(*m_window), u"Delivered"_s);
    window->close();
}

void MainWindowFeaturesTest::relatedDockExplainsAFailureAndLooksUpAPickedMessage()
{
    QAction *related = menuAction(*m_window, u"&Related lookups"_s);
    QVERIFY(related);
    QCOMPARE(related->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QVERIFY(!m_window->relatedDock()->isVisible());
    // A failed message opens the dock on why it failed; nothing is fetched behind the user's back.
    QVERIFY(lookUp(messageWithStatus(u"failed"_s)));
    QVERIFY(m_window->relatedDock()->isVisible());
    RelatedPanel *panel = m_window->relatedPanel();
    QCOMPARE(panel->currentKey(), u"why"_s);
    QVERIFY(panel->whyFailedPanel()->text().contains(u"The status is “failed”."_s));
    QVERIFY(panel->linksModel()->rowCount() > 0);
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), 1);
    // A message picked in a related answer is the window's normal lookup (profile, address, history).
    m_server->enqueue(ScriptedResponse::json(messageWithStatus(u"delivered"_s)));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    emit panel->inspectMessageRequested(messageId);
    QVERIFY(waitForDisplay(displayed));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(1).target,
             QByteArray("/conversations/messages/") + messageId.toLatin1());
    QTRY_COMPARE(statusChip(*m_window), u"Delivered"_s);
    QVERIFY(!panel->whyFailedPanel()); // it no longer failed
    related->trigger();
    QVERIFY(!m_window->relatedDock()->isVisible());
}

int main(int argc, char *argv[])
{
    prepareEnvironment();
    QApplication app(argc, argv);
    MainWindowFeaturesTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow_features.moc"
