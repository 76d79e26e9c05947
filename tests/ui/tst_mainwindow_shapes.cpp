// The window looking up messages the server sends in every known shape (the live envelope first): the card
// shows direction, status, type, date, text, traceId and call length from wherever the shape puts them, the
// Fields tab opens on the message, the title names the id, and a webhook payload can be looked up live and
// compared.
#include "tst_mainwindow_support.h"

#include "session/fixedtokensource.h"

#include "badgelabel.h"
#include "errorbanner.h"
#include "fieldsview.h"
#include "httpview.h"
#include "problemsview.h"
#include "summarycard.h"
#include "testserver.h"
#include "json/jsonfilterproxymodel.h"
#include "json/jsontreemodel.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace WindowTesting;
using namespace Qt::StringLiterals;
using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

namespace {

QString chip(MainWindow &window, const char *name)
{
    const auto *label = window.summaryCard()->findChild<BadgeLabel *>(QLatin1StringView(name));
    return label && label->isVisible() ? label->text() : QString();
}

QString label(MainWindow &window, const char *name)
{
    const auto *l = window.summaryCard()->findChild<QLabel *>(QLatin1StringView(name));
    return l && l->isVisibleTo(window.summaryCard()) ? l->text() : QString();
}

} // namespace

class MainWindowShapesTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cardShowsEveryShape_data();
    void cardShowsEveryShape();
    void envelopeOpensOnTheMessage();
    void errorBannerCarriesTheTraceId();
    void newLookupMarksTheOldCardAsPrevious();
    void webhookIsLookedUpLiveAndCompared();
    void pastedIdIsLookedUp();

private:
    bool start();
    bool lookUp(const QByteArray &body, const QString &id = u"Lc7Kq2Wn5Rt8Yx1Za4Vb"_s);

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<FixedTokenSource>
        m_tokens; // declared before the window: it outlives the window's session
    std::unique_ptr<MainWindow> m_window;
    QString m_token;
};

bool MainWindowShapesTest::start()
{
    m_server = std::make_unique<TestServer>();
    if (!m_server->listen())
        return false;
    // No keychain here (ctest runs this test without a D-Bus session): the token is handed to the session
    // in memory, as main() would hand it a keychain-backed source.
    m_token = newPit();
    m_tokens = std::make_unique<FixedTokenSource>(m_token);
    TestWindowOptions options = m_sandbox->options();
    options.tokens = m_tokens.get();
    m_window = openWindow(options);
    if (!m_window)
        return false;
    m_window->setBaseUrlOverride(m_server->baseUrl());
    return true;
}

bool MainWindowShapesTest::lookUp(const QByteArray &body, const QString &id)
{
    m_server->enqueue(ScriptedResponse::json(body).withRateLimitHeaders());
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    typeAndLookUp(*m_window, id);
    return waitForDisplay(displayed);
}

void MainWindowShapesTest::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    QVERIFY(m_sandbox->isValid());
    QVERIFY(start());
}

void MainWindowShapesTest::cleanup()
{
    m_window.reset();
    m_tokens.reset();
    if (!m_token.isEmpty())
        QCOMPARE(TestSupport::filesContaining(m_token.toUtf8()), QStringList());
    m_server.reset();
    m_sandbox.reset();
}

void MainWindowShapesTest::cardShowsEveryShape_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("when");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("traceId");
    QTest::addColumn<QString>("facts");
    QTest::addColumn<QString>("failure");
    QTest::newRow("live call") << u"live-call-completed.json"_s << u"Inbound"_s << u"Completed"_s << u"Call"_s
                               << u"2 Nov 2026, 15:04 UTC ("_s << u"(no text)"_s
                               << u"6b0f3c9e-2d41-4f7a-9c5e-8a1d2b3c4e5f"_s
                               << u"Call: Completed · lasted 0:37"_s << QString();
    QTest::newRow("live failed SMS")
        << u"live-failed-sms.json"_s << u"Outbound"_s << u"Failed"_s << u"SMS"_s
        << u"29 Nov 2026, 08:15 UTC ("_s
        << u"“Hi Sam, your order #4471 is ready for pickup at the Main St store until "
           u"6 pm.”"_s
        << u"c41e8f20-7b3a-4d96-a5e0-19f2d8c7b6a4"_s << u"Source: Workflow"_s
        << u"⚠ Failed: 30007: Message filtered by the carrier"_s;
    QTest::newRow("documented call") << u"call-voicemail.json"_s << u"Outbound"_s << QString() << u"Call"_s
                                     << QString() << QString() << QString() << u"lasted 0:47"_s << QString();
    QTest::newRow("webhook") << u"webhook-inbound-sms.json"_s << u"Inbound"_s << u"Delivered"_s << u"SMS"_s
                             << u"30 Nov 2026, 10:22 UTC ("_s << u"“Yes, 3 pm works for me”"_s << QString()
                             << QString() << QString();
}

void MainWindowShapesTest::cardShowsEveryShape()
{
    QFETCH(QString, sample);
    QFETCH(QString, direction);
    QFETCH(QString, status);
    QFETCH(QString, type);
    QFETCH(QString, when);
    QFETCH(QString, text);
    QFETCH(QString, traceId);
    QFETCH(QString, facts);
    QFETCH(QString, failure);
    QVERIFY(lookUp(TestSupport::sampleResponse(sample)));
    SummaryCard *card = m_window->summaryCard();
    QVERIFY(card->isVisible());
    QVERIFY(!card->isPrevious());
    QCOMPARE(chip(*m_window, "summaryDirection"), direction);
    if (!status.isEmpty())
        QCOMPARE(chip(*m_window, "summaryStatus"), status);
    QCOMPARE(chip(*m_window, "summaryType"), type);
    if (!when.isEmpty())
        QVERIFY2(label(*m_window, "summaryWhen").startsWith(when),
                 qPrintable(label(*m_window, "summaryWhen")));
    if (!text.isEmpty())
        QCOMPARE(label(*m_window, "summaryBody"), text);
    QCOMPARE(label(*m_window, "summaryTraceId"), traceId);
    if (!facts.isEmpty())
        QVERIFY2(label(*m_window, "summaryFacts").contains(facts),
                 qPrintable(label(*m_window, "summaryFacts")));
    QCOMPARE(label(*m_window, "summaryFailure"), failure);
    QVERIFY2(m_window->windowTitle().startsWith(card->content().messageId + u" (looked up)"_s),
             qPrintable(m_window->windowTitle()));
    // The HTTP tab names the traceId too.
    if (!traceId.isEmpty())
        QVERIFY2(m_window->httpView()->text().contains(u"Trace id: "_s + traceId),
                 qPrintable(m_window->httpView()->text()));
}

void MainWindowShapesTest::envelopeOpensOnTheMessage()
{
    QVERIFY(lookUp(TestSupport::sampleResponse(u"live-call-completed.json"_s)));
    auto *filter = qobject_cast<Json::JsonFilterProxyModel *>(m_window->fieldsView()->tree()->model());
    QVERIFY(filter);
    const QModelIndex message = filter->mapFromSource(m_window->treeModel()->indexForPath(u"$.message"_s));
    QVERIFY(message.isValid());
    QVERIFY(m_window->fieldsView()->tree()->isExpanded(message));
    // The chips inside the envelope are painted like documented ones, on their true paths.
    const QModelIndex status = m_window->treeModel()->indexForPath(u"$.message.status"_s);
    QVERIFY(status.data(Json::JsonTreeModel::BadgeRole).value<Badge>().isBadge());
    QCOMPARE(status.data(Json::JsonTreeModel::BadgeRole).value<Badge>().meaning, BadgeMeaning::Good);
    const QModelIndex duration = m_window->treeModel()->indexForPath(u"$.message.meta.call.duration"_s);
    QCOMPARE(duration.data(Json::JsonTreeModel::DecodedValueRole).toString(), u"0:37"_s);
}

void MainWindowShapesTest::errorBannerCarriesTheTraceId()
{
    m_server->enqueue(ScriptedResponse::error(
        403,
        R"({"statusCode":403,"message":"The token does not have access to this location.","traceId":"tr-403"})"));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    typeAndLookUp(*m_window, u"Lc7Kq2Wn5Rt8Yx1Za4Vb"_s);
    QVERIFY(waitForDisplay(displayed));
    QVERIFY(m_window->banner()->isVisible());
    QVERIFY2(m_window->banner()->content().details.contains(u"Trace id: tr-403"_s),
             qPrintable(m_window->banner()->content().details));
    QVERIFY(m_window->httpView()->text().contains(u"Trace id: tr-403"_s));
}

void MainWindowShapesTest::newLookupMarksTheOldCardAsPrevious()
{
    QVERIFY(lookUp(TestSupport::sampleResponse(u"live-failed-sms.json"_s), u"Fx2Lv9Sm4Qe7Rt1Yu3Io"_s));
    QVERIFY(!m_window->summaryCard()->isPrevious());
    // A refused id leaves the old card on screen, marked as the previous result.
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    typeAndLookUp(*m_window, u"not an id!"_s);
    QVERIFY(waitForDisplay(displayed)); // the session's refusal comes from the event loop
    QVERIFY(m_window->summaryCard()->isPrevious());
    QVERIFY2(label(*m_window, "summaryOrigin").contains(u"previous result"_s),
             qPrintable(label(*m_window, "summaryOrigin")));
    // A filter typed for one message does not carry over to the next.
    m_window->fieldsView()->filterEdit()->setText(u"Sam"_s);
    QVERIFY(lookUp(TestSupport::sampleResponse(u"live-call-completed.json"_s)));
    QVERIFY(!m_window->summaryCard()->isPrevious());
    QCOMPARE(m_window->fieldsView()->filterEdit()->text(), QString());
    QCOMPARE(chip(*m_window, "summaryStatus"), u"Completed"_s);
}

void MainWindowShapesTest::webhookIsLookedUpLiveAndCompared()
{
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    m_window->openSample(u":/samples/webhook-inbound-sms.json"_s);
    QVERIFY(waitForDisplay(displayed));
    QVERIFY2(label(*m_window, "summaryOrigin").startsWith(u"InboundMessage webhook event"_s),
             qPrintable(label(*m_window, "summaryOrigin")));
    auto *button = m_window->summaryCard()->findChild<QPushButton *>(u"summaryLookUpLive"_s);
    QVERIFY(button && button->isVisibleTo(m_window->summaryCard()));

    m_server->enqueue(ScriptedResponse::json(
        R"({"message":{"id":"Wh5Mk3Qp8Ls2Dn6Fr9Tb","type":2,"messageType":"TYPE_SMS","direction":"inbound",)"
        R"("status":"read","body":"Yes, 3 pm works for me","contactId":"Cn6Vb8Nm0Qa2Ws4Ed6Rf",)"
        R"("conversationId":"Cv9Tg1Yh3Uj5Ik7Ol9Pz","locationId":"Lq7Rt2Vx9KmN3pB6sD4f",)"
        R"("dateAdded":"2026-11-30T10:22:41.750Z","contentType":"text/plain","attachments":[]},"traceId":"t-9"})"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(waitForDisplay(displayed, 2));
    QCOMPARE(m_server->requests().constLast().target,
             QByteArray("/conversations/messages/Wh5Mk3Qp8Ls2Dn6Fr9Tb"));
    QCOMPARE(chip(*m_window, "summaryStatus"), u"Read"_s);
    QCOMPARE(m_window->summaryCard()->comparisonText(),
             u"Where the webhook and the live message differ:\nstatus: Delivered (webhook) → Read (live)"_s);
    QVERIFY(!button->isVisibleTo(m_window->summaryCard()));
}

void MainWindowShapesTest::pastedIdIsLookedUp()
{
    m_server->enqueue(ScriptedResponse::json(TestSupport::sampleResponse(u"live-call-completed.json"_s)));
    QApplication::clipboard()->setText(u"  Lc7Kq2Wn5Rt8Yx1Za4Vb\n"_s);
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    QAction *paste = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V))
            paste = action;
    }
    QVERIFY(paste);
    paste->trigger();
    QVERIFY(waitForDisplay(displayed));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(chip(*m_window, "summaryType"), u"Call"_s);
}

int main(int argc, char *argv[])
{
    WindowTesting::prepareEnvironment();
    QApplication app(argc, argv);
    MainWindowShapesTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow_shapes.moc"
