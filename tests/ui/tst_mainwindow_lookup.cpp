// The main window looking up a message for real: typed into the lookup bar, sent to the loopback server, and
// shown in the summary card, Fields, Raw JSON, HTTP, Problems and the status bar. Also refused ids, links
// holding an id, cancel, and HTTPS with the test CA.

#include "tst_mainwindow_support.h"

#include "badgelabel.h"
#include "errorbanner.h"
#include "fieldsview.h"
#include "httpview.h"
#include "lookupbar.h"
#include "message/badge.h"
#include "problemsview.h"
#include "rawjsonview.h"
#include "store/lookuphistory.h"
#include "summarycard.h"
#include "testcertificates.h"
#include "testserver.h"
#include "tokendialog.h"
#include "json/jsonfilterproxymodel.h"
#include "json/jsontreemodel.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace WindowTesting;
using Json::JsonTreeModel;
using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

namespace {

const QString smsId = QStringLiteral("nXf2TQ8rLm4kPz7VbC1a");

QByteArray sample(const QString &name)
{
    return TestSupport::sampleResponse(name);
}

QComboBox *idField(MainWindow &window)
{
    return window.lookupBar()->findChild<QComboBox *>(QStringLiteral("messageIdEdit"));
}

QString chip(MainWindow &window, const char *name)
{
    const auto *label = window.summaryCard()->findChild<BadgeLabel *>(QLatin1StringView(name));
    return label && label->isVisible() ? label->text() : QString();
}

QStringList topLevelKeys(const QAbstractItemModel *model)
{
    QStringList keys;
    for (int row = 0; row < model->rowCount(); ++row)
        keys << model->index(row, 0).data().toString();
    return keys;
}

QModelIndex rowWithKey(const QAbstractItemModel *model, const QString &key, int column = 0)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(JsonTreeModel::KeyRole).toString() == key)
            return model->index(row, column);
    return {};
}

} // namespace

class MainWindowLookupTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void successfulLookupFillsEveryView();
    void idCopyButtonsCopyTheWholeId();
    void problemsTabCountsFindingsAndSelectsTheNode();
    void linkHoldingAnIdIsAccepted_data();
    void linkHoldingAnIdIsAccepted();
    void refusedIdIsExplainedAndNothingIsSent_data();
    void refusedIdIsExplainedAndNothingIsSent();
    void noTokenIsExplainedAndNothingIsSent();
    void cancelEndsTheLookupOnce();
    void httpsLookupTrustsTheTestCa();
    void lookUpAgainRepeatsTheLastId();
    void copyAsCurlLeavesTheTokenOutUnlessAsked();

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    QString m_token;

    bool start(const TestWindowOptions &options,
               TestServer::Transport transport = TestServer::Transport::Http);
};

bool MainWindowLookupTest::start(const TestWindowOptions &options, TestServer::Transport transport)
{
    m_server = std::make_unique<TestServer>(transport);
    if (!m_server->listen())
        return false;
    m_window = openWindow(options);
    if (!m_window)
        return false;
    m_window->setBaseUrlOverride(m_server->baseUrl());
    m_token = newPit();
    return saveToken(*m_window, m_token).ok();
}

void MainWindowLookupTest::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    QVERIFY(m_sandbox->isValid());
}

void MainWindowLookupTest::cleanup()
{
    if (m_window) {
        // Leave the throwaway keyring as found, and prove the token reached no file on the way.
        QVERIFY(forgetToken(*m_window).ok());
        m_window.reset();
    }
    if (!m_token.isEmpty())
        QCOMPARE(TestSupport::filesContaining(m_token.toUtf8()), QStringList());
    m_server.reset();
    m_sandbox.reset();
    m_token.clear();
}

void MainWindowLookupTest::successfulLookupFillsEveryView()
{
    QVERIFY(start(m_sandbox->options()));
    const QByteArray body = sample(QStringLiteral("inbound-sms-delivered.json"));
    m_server->enqueue(ScriptedResponse::json(body).withRateLimitHeaders());
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);

    typeAndLookUp(*m_window, smsId);
    QVERIFY(waitForDisplay(displayed));

    // What went over the wire.
    QCOMPARE(m_server->requestCount(), 1);
    const TestSupport::RecordedRequest request = m_server->requests().at(0);
    QCOMPARE(request.target, QByteArray("/conversations/messages/") + smsId.toLatin1());
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer ") + m_token.toLatin1());
    QCOMPARE(request.header("Version"), QByteArray("2021-04-15"));
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));

    // Summary card: chips with text, the date in (UTC) local time with the original as tooltip, the body.
    SummaryCard *card = m_window->summaryCard();
    QVERIFY(card->isVisible());
    QCOMPARE(chip(*m_window, "summaryDirection"), QStringLiteral("Inbound"));
    QCOMPARE(chip(*m_window, "summaryStatus"), QStringLiteral("Delivered"));
    QCOMPARE(chip(*m_window, "summaryType"), QStringLiteral("SMS"));
    QCOMPARE(card->content().direction.meaning, BadgeMeaning::Inbound);
    QCOMPARE(card->content().status.meaning, BadgeMeaning::Good);
    const auto *when = card->findChild<QLabel *>(QStringLiteral("summaryWhen"));
    // Local time with the zone's name (the test runs in UTC), then how long ago.
    QVERIFY2(when->text().startsWith(QStringLiteral("27 Mar 2024, 18:13 UTC (")), qPrintable(when->text()));
    QVERIFY2(when->text().endsWith(QStringLiteral(" ago)")), qPrintable(when->text()));
    QVERIFY(when->toolTip().contains(QStringLiteral("2024-03-27T18:13:49.000Z")));
    const auto *bodyLabel = card->findChild<QLabel *>(QStringLiteral("summaryBody"));
    QCOMPARE(bodyLabel->text(),
             QStringLiteral("“Hi there, can I move my cleaning appointment to Thursday at 3pm?”"));
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("summaryContact"))->text(),
             QStringLiteral("Ck8Hj3Wq5Zr1Yt6Nm2Pb"));
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("summaryConversation"))->text(),
             QStringLiteral("Cv3Bn7Mq1Xz8Lk5Jh2Gd"));
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("summaryLocation"))->text(),
             QStringLiteral("Lq7Rt2Vx9KmN3pB6sD4f"));

    // Fields: every top-level member in the server's order, decoded values and badges by role.
    QAbstractItemModel *shown = m_window->fieldsView()->tree()->model();
    QCOMPARE(
        topLevelKeys(shown),
        (QStringList{u"id"_qs, u"altId"_qs, u"type"_qs, u"messageType"_qs, u"locationId"_qs, u"contactId"_qs,
                     u"conversationId"_qs, u"dateAdded"_qs, u"body"_qs, u"direction"_qs, u"status"_qs,
                     u"contentType"_qs, u"attachments"_qs, u"source"_qs, u"conversationProviderId"_qs}));
    const QModelIndex type = rowWithKey(shown, u"type"_qs, JsonTreeModel::ValueColumn);
    QVERIFY2(type.data(JsonTreeModel::DecodedValueRole).toString().contains(u"TYPE_SMS"),
             qPrintable(type.data(JsonTreeModel::DecodedValueRole).toString()));
    const auto status = rowWithKey(shown, u"status"_qs).data(JsonTreeModel::BadgeRole).value<Badge>();
    QCOMPARE(status.meaning, BadgeMeaning::Good);
    QCOMPARE(status.rawValue, QStringLiteral("delivered"));
    const auto direction = rowWithKey(shown, u"direction"_qs).data(JsonTreeModel::BadgeRole).value<Badge>();
    QCOMPARE(direction.meaning, BadgeMeaning::Inbound);
    QVERIFY(!rowWithKey(shown, u"body"_qs).data(JsonTreeModel::BadgeRole).value<Badge>().isBadge());
    QCOMPARE(rowWithKey(shown, u"id"_qs, JsonTreeModel::TypeColumn).data().toString(),
             QStringLiteral("string"));

    // Raw JSON: the bytes exactly as sent; the pretty form keeps the server's key order.
    RawJsonView *raw = m_window->rawView();
    QCOMPARE(raw->rawBytes(), body);
    QVERIFY(raw->isPrettyAvailable());
    const QByteArray pretty = raw->prettyBytes();
    qsizetype previous = -1;
    for (const QString &key : topLevelKeys(shown)) {
        const qsizetype at = pretty.indexOf(QByteArray('"' + key.toUtf8() + "\":"));
        QVERIFY2(at > previous, qPrintable(key));
        previous = at;
    }

    // HTTP: request line and headers with the token redacted, the status line and rate-limit headers.
    const QString http = m_window->httpView()->text();
    QVERIFY2(http.contains(QStringLiteral("Request: GET ") + m_server->baseUrl() +
                           QStringLiteral("/conversations/messages/") + smsId),
             qPrintable(http));
    QVERIFY2(http.contains(QStringLiteral("Authorization: Bearer <redacted>")), qPrintable(http));
    QVERIFY(http.contains(QStringLiteral("Version: 2021-04-15")));
    QVERIFY(http.contains(QStringLiteral("Response: 200 OK")));
    QVERIFY(http.contains(QStringLiteral("X-RateLimit-Remaining: 97")));
    QVERIFY(http.contains(QStringLiteral("X-RateLimit-Daily-Remaining: 199870")));
    QVERIFY(!http.contains(m_token));

    // Status bar: status, time, size and the rate-limit figures.
    const QString status_ = m_window->statusText();
    QVERIFY2(status_.startsWith(QStringLiteral("200 OK · ")), qPrintable(status_));
    QVERIFY2(status_.contains(QStringLiteral(" ms · ")), qPrintable(status_));
    QVERIFY2(status_.endsWith(QStringLiteral(" · burst 97/100 · daily 199,870")), qPrintable(status_));

    // A well-formed message has no problems, and the tab says so by having no count.
    QCOMPARE(m_window->problemsView()->count(), 0);
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(m_window->problemsView())),
             QStringLiteral("Problems"));
    QVERIFY(!m_window->banner()->isVisible());
    QVERIFY(!m_window->lookupBar()->isBusy());
    QVERIFY(!visibleText(m_window.get()).contains(m_token));

    // History: the id is offered again in the field's list, and it is in the database file.
    // The history writes on its own thread; the list follows once the write is done.
    QComboBox *ids = idField(*m_window);
    QTRY_COMPARE(ids->count(), 1);
    QCOMPARE(ids->itemText(0), smsId);
    LookupHistory history(m_sandbox->historyPath());
    QCOMPARE(history.recentMessageIds().result(), QStringList{smsId});
    QCOMPARE(displayed.count(), 1);
}

void MainWindowLookupTest::idCopyButtonsCopyTheWholeId()
{
    QVERIFY(start(m_sandbox->options()));
    m_server->enqueue(ScriptedResponse::json(sample(QStringLiteral("outbound-email-thread.json"))));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    typeAndLookUp(*m_window, QStringLiteral("Em5Qw7Er9Ty1Ui3Op5As"));
    QVERIFY(waitForDisplay(displayed));

    SummaryCard *card = m_window->summaryCard();
    const struct
    {
        const char *button;
        QString expected;
    } ids[] = {
        {"summaryContactCopy", card->content().contactId},
        {"summaryConversationCopy", card->content().conversationId},
        {"summaryLocationCopy", card->content().locationId},
    };
    for (const auto &[button, expected] : ids) {
        QVERIFY(!expected.isEmpty());
        QApplication::clipboard()->clear();
        auto *copy = card->findChild<QToolButton *>(QLatin1StringView(button));
        QVERIFY2(copy && copy->isVisible() && copy->isEnabled(), button);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), expected);
    }
    // The email facts line tells how many emails the thread holds.
    const auto *facts = card->findChild<QLabel *>(QStringLiteral("summaryFacts"));
    QVERIFY2(facts->text().contains(QStringLiteral("emails in this thread")), qPrintable(facts->text()));
}

void MainWindowLookupTest::problemsTabCountsFindingsAndSelectsTheNode()
{
    QVERIFY(start(m_sandbox->options()));
    m_server->enqueue(ScriptedResponse::json(sample(QStringLiteral("unknown-values.json"))));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    typeAndLookUp(*m_window, QStringLiteral("Uk2Lp4Mq6Nr8Os0Pt2Qu"));
    QVERIFY(waitForDisplay(displayed));

    ProblemsView *problems = m_window->problemsView();
    const int count = problems->count();
    QVERIFY(count > 0);
    QCOMPARE(problems->list()->topLevelItemCount(), count);
    QCOMPARE(count, m_window->analysis().findings.size());
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(problems)),
             QStringLiteral("Problems (%1)").arg(count));

    // Activating a finding (Enter) shows its node in Fields, nested ones included.
    m_window->tabs()->setCurrentWidget(problems);
    QTreeView *tree = m_window->fieldsView()->tree();
    const auto activate = [problems](QTreeWidgetItem *item) {
        problems->list()->setCurrentItem(item);
        QTest::keyClick(problems->list(), Qt::Key_Return);
    };
    int checked = 0;
    for (int row = 0; row < count; ++row) {
        QTreeWidgetItem *item = problems->list()->topLevelItem(row);
        const QString path = item->data(1, Qt::UserRole).toString();
        if (path == QStringLiteral("$"))
            continue;
        m_window->tabs()->setCurrentWidget(problems);
        activate(item);
        QCOMPARE(m_window->tabs()->currentWidget(), m_window->fieldsView());
        QVERIFY2(tree->currentIndex().isValid(), qPrintable(path));
        QCOMPARE(tree->currentIndex().model(), tree->model());
        QCOMPARE(tree->currentIndex().data(JsonTreeModel::JsonPathRole).toString(), path);
        ++checked;
    }
    QVERIFY(checked > 0);

    // A filter that hides the node is cleared, so the finding can still be shown.
    QSignalSpy searched(m_window->filterModel(), &Json::JsonFilterProxyModel::searchFinished);
    QTest::keyClicks(m_window->fieldsView()->filterEdit(), QStringLiteral("no field holds this"));
    QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty() && !searched.last().at(2).toBool(), 10000);
    QCOMPARE(tree->model()->rowCount(), 0);
    QTreeWidgetItem *callStatus = nullptr;
    for (int row = 0; row < count; ++row)
        if (problems->list()->topLevelItem(row)->data(1, Qt::UserRole).toString() == u"$.meta.callStatus")
            callStatus = problems->list()->topLevelItem(row);
    QVERIFY(callStatus);
    m_window->tabs()->setCurrentWidget(problems);
    activate(callStatus);
    QCOMPARE(m_window->fieldsView()->filterEdit()->text(), QString());
    QVERIFY(tree->currentIndex().isValid());
    QCOMPARE(tree->currentIndex().data(JsonTreeModel::JsonPathRole).toString(), u"$.meta.callStatus"_qs);
    const QStringList paths = [&] {
        QStringList list;
        for (const Finding &finding : m_window->analysis().findings)
            list << finding.path;
        return list;
    }();
    QVERIFY2(paths.contains(QStringLiteral("$.meta.callStatus")), qPrintable(paths.join(u' ')));
}

void MainWindowLookupTest::linkHoldingAnIdIsAccepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("web app link") << QStringLiteral(
        "https://app.gohighlevel.com/v2/location/Lq7Rt2Vx9KmN3pB6sD4f/conversations/conversations/"
        "Cv3Bn7Mq1Xz8Lk5Jh2Gd?messageId=nXf2TQ8rLm4kPz7VbC1a");
    QTest::newRow("API URL") << QStringLiteral(
        "https://services.leadconnectorhq.com/conversations/messages/nXf2TQ8rLm4kPz7VbC1a");
    QTest::newRow("spaces around") << QStringLiteral("  nXf2TQ8rLm4kPz7VbC1a\t");
}

void MainWindowLookupTest::linkHoldingAnIdIsAccepted()
{
    QFETCH(QString, input);
    QVERIFY(start(m_sandbox->options()));
    m_server->enqueue(ScriptedResponse::json(sample(QStringLiteral("inbound-sms-delivered.json"))));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);

    // Pasted, as support staff would from a ticket.
    QApplication::clipboard()->setText(input);
    QLineEdit *edit = idField(*m_window)->lineEdit();
    edit->clear();
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(edit->text(), input);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(waitForDisplay(displayed));

    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().at(0).target, QByteArray("/conversations/messages/") + smsId.toLatin1());
    QCOMPARE(m_window->lookupBar()->messageIdInput(), smsId);
    QCOMPARE(m_window->lookupBar()->inputError(), QString());
    QVERIFY(m_window->summaryCard()->isVisible());
}

void MainWindowLookupTest::refusedIdIsExplainedAndNothingIsSent_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("path traversal") << QStringLiteral("../x");
    QTest::newRow("space") << QStringLiteral("a b");
    QTest::newRow("encoded slash") << QStringLiteral("%2F");
    QTest::newRow("empty") << QString();
    QTest::newRow("link without an id") << QStringLiteral("https://app.gohighlevel.com/v2/location/abc");
}

void MainWindowLookupTest::refusedIdIsExplainedAndNothingIsSent()
{
    QFETCH(QString, input);
    QVERIFY(start(m_sandbox->options()));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);

    typeAndLookUp(*m_window, input);
    QVERIFY(waitForDisplay(displayed)); // the session's refusal comes from the event loop
    const QString explanation = m_window->lookupBar()->inputError();
    QVERIFY2(!explanation.isEmpty(), "the refusal is explained next to the field");
    QVERIFY(!m_window->lookupBar()->isBusy());
    QVERIFY(!m_window->banner()->isVisible());

    // The next valid lookup is the first request the server ever sees, so the refused one sent nothing.
    m_server->enqueue(ScriptedResponse::json(sample(QStringLiteral("inbound-sms-delivered.json"))));
    typeAndLookUp(*m_window, smsId);
    QCOMPARE(m_window->lookupBar()->inputError(), QString());
    QVERIFY(waitForDisplay(displayed, 2));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().at(0).target, QByteArray("/conversations/messages/") + smsId.toLatin1());
    QTRY_COMPARE(idField(*m_window)->count(), 1); // written on the history's thread
    QCOMPARE(LookupHistory(m_sandbox->historyPath()).recentMessageIds().result(), QStringList{smsId});
}

void MainWindowLookupTest::noTokenIsExplainedAndNothingIsSent()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->listen());
    m_window = openWindow(m_sandbox->options());
    QVERIFY(m_window);
    m_window->setBaseUrlOverride(m_server->baseUrl());
    QCOMPARE(m_window->lookupBar()->tokenStateText(), QStringLiteral("No token — set one"));

    // The token dialog is offered; closed without a token, nothing is sent and the line says why.
    auto declined = whenModal<TokenDialog>([](TokenDialog *dialog) { dialog->reject(); });
    typeAndLookUp(*m_window, smsId);
    QTRY_VERIFY_WITH_TIMEOUT(*declined, 10000);
    QVERIFY2(m_window->lookupBar()->inputError().contains(QStringLiteral("no token")),
             qPrintable(m_window->lookupBar()->inputError()));
    QVERIFY(!m_window->lookupBar()->isBusy());

    // With a token the same lookup goes out, and it is the first request the server sees.
    m_token = newPit();
    QVERIFY(saveToken(*m_window, m_token).ok());
    m_server->enqueue(ScriptedResponse::json(sample(QStringLiteral("inbound-sms-delivered.json"))));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    typeAndLookUp(*m_window, smsId);
    QVERIFY(waitForDisplay(displayed));
    QCOMPARE(m_server->requestCount(), 1);
}

void MainWindowLookupTest::cancelEndsTheLookupOnce()
{
    QVERIFY(start(m_sandbox->options()));
    m_server->enqueue(ScriptedResponse::silence());
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    LookupBar *bar = m_window->lookupBar();

    typeAndLookUp(*m_window, smsId);
    QVERIFY(m_server->waitForRequests(1));
    QVERIFY(bar->isBusy());
    auto *cancel = bar->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    auto *lookup = bar->findChild<QPushButton *>(QStringLiteral("lookupButton"));
    QVERIFY(cancel->isVisible());
    QVERIFY(!lookup->isVisible());
    QVERIFY(bar->findChild<QWidget *>(QStringLiteral("lookupProgress"))->isVisible());
    QVERIFY(!bar->findChild<QLabel *>(QStringLiteral("lookupProgressText"))->text().isEmpty());
    QCOMPARE(displayed.count(), 0);

    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(waitForDisplay(displayed));
    QVERIFY(!bar->isBusy());
    QVERIFY(lookup->isVisible());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(m_window->lastResult().error.kind, ErrorKind::Cancelled);
    QVERIFY(m_window->banner()->isVisible());
    QCOMPARE(m_window->banner()->content().tone, BannerContent::Tone::Info);
    QVERIFY2(m_window->banner()->content().title.contains(QStringLiteral("cancel"), Qt::CaseInsensitive),
             qPrintable(m_window->banner()->content().title));
    // A cancelled lookup is not history.
    QCOMPARE(LookupHistory(m_sandbox->historyPath()).recentMessageIds().result(), QStringList());

    // The window is fully usable afterwards, and the cancelled lookup never reports a second time.
    m_server->enqueue(ScriptedResponse::json(sample(QStringLiteral("inbound-sms-delivered.json"))));
    typeAndLookUp(*m_window, smsId);
    QVERIFY(waitForDisplay(displayed, 2));
    QVERIFY(m_window->lastResult().ok());
    QVERIFY(!m_window->banner()->isVisible());
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(displayed.count(), 2);
}

void MainWindowLookupTest::httpsLookupTrustsTheTestCa()
{
    TestWindowOptions options = m_sandbox->options();
    options.clientOptions.sslConfiguration = TestSupport::clientConfigurationTrustingTestCa();
    QVERIFY(start(options, TestServer::Transport::Https));
    QVERIFY(m_server->baseUrl().startsWith(QStringLiteral("https://")));
    m_server->enqueue(
        ScriptedResponse::json(sample(QStringLiteral("call-voicemail.json"))).withRateLimitHeaders());
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);

    typeAndLookUp(*m_window, QStringLiteral("Ca1Ll2Vm3Xy4Zq5Wr6Ts"));
    QVERIFY(waitForDisplay(displayed));
    QVERIFY2(m_window->lastResult().ok(), qPrintable(m_window->lastResult().error.title));
    QCOMPARE(m_server->requests().at(0).header("Authorization"), QByteArray("Bearer ") + m_token.toLatin1());
    QVERIFY(m_window->httpView()->text().contains(QStringLiteral("Request: GET https://127.0.0.1:")));
    // A call shows its call status chip and how long it lasted.
    QVERIFY(!chip(*m_window, "summaryCallStatus").isEmpty());
    const auto *facts = m_window->summaryCard()->findChild<QLabel *>(QStringLiteral("summaryFacts"));
    QVERIFY2(facts->text().contains(QStringLiteral("Call: Voicemail · lasted 0:47")),
             qPrintable(facts->text()));
}

void MainWindowLookupTest::lookUpAgainRepeatsTheLastId()
{
    QVERIFY(start(m_sandbox->options()));
    const QByteArray body = sample(QStringLiteral("failed-sms.json"));
    m_server->enqueue({ScriptedResponse::json(body), ScriptedResponse::json(body)});
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    typeAndLookUp(*m_window, smsId);
    QVERIFY(waitForDisplay(displayed));
    QCOMPARE(chip(*m_window, "summaryStatus"), QStringLiteral("Failed"));
    QCOMPARE(m_window->summaryCard()->content().status.meaning, BadgeMeaning::Bad);

    // F5 looks up again: the same id while the field holds it, and what the field holds now when the user
    // typed another one (issue 12: a newly typed id was thrown away).
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(waitForDisplay(displayed, 2));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(1).target, QByteArray("/conversations/messages/") + smsId.toLatin1());
    m_server->enqueue(ScriptedResponse::json(body));
    idField(*m_window)->lineEdit()->setText(QStringLiteral("Ot7Hr5Id3Ty1Pe9Dn2Ew"));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(waitForDisplay(displayed, 3));
    QCOMPARE(m_server->requests().at(2).target, QByteArray("/conversations/messages/Ot7Hr5Id3Ty1Pe9Dn2Ew"));
}

void MainWindowLookupTest::copyAsCurlLeavesTheTokenOutUnlessAsked()
{
    QVERIFY(start(m_sandbox->options()));
    m_server->enqueue(ScriptedResponse::json(sample(QStringLiteral("inbound-sms-delivered.json"))));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    typeAndLookUp(*m_window, smsId);
    QVERIFY(waitForDisplay(displayed));
    const QString url = m_server->baseUrl() + QStringLiteral("/conversations/messages/") + smsId;

    // The HTTP tab's button: a command safe for a ticket.
    QApplication::clipboard()->clear();
    m_window->tabs()->setCurrentWidget(m_window->httpView());
    QTest::mouseClick(m_window->httpView()->findChild<QPushButton *>(QStringLiteral("copyCurl")),
                      Qt::LeftButton);
    const QString safe = QApplication::clipboard()->text();
    QVERIFY2(safe.startsWith(QStringLiteral("curl ")), qPrintable(safe));
    QVERIFY2(safe.contains(url), qPrintable(safe));
    QVERIFY2(safe.contains(QStringLiteral("$HIGHLEVEL_TOKEN")), qPrintable(safe));
    QVERIFY(!safe.contains(m_token));

    // Ctrl+Shift+C does the same from anywhere in the window.
    QApplication::clipboard()->clear();
    m_window->tabs()->setCurrentWidget(m_window->fieldsView());
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), safe);

    // With the token only after a warning that says what it means; No leaves the clipboard alone.
    auto *withToken = m_window->httpView()->findChild<QPushButton *>(QStringLiteral("copyCurlWithToken"));
    m_window->tabs()->setCurrentWidget(m_window->httpView());
    auto declined = whenModal<QMessageBox>(
        [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton); });
    QTest::mouseClick(withToken, Qt::LeftButton);
    QVERIFY(*declined);
    QCOMPARE(QApplication::clipboard()->text(), safe);
    auto accepted = whenModal<QMessageBox>(
        [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
    QTest::mouseClick(withToken, Qt::LeftButton);
    QVERIFY(*accepted);
    const QString explicitCopy = QApplication::clipboard()->text();
    QVERIFY2(explicitCopy.contains(QStringLiteral("Bearer ") + m_token), "the user asked for the token");
    QApplication::clipboard()->clear();
}

int main(int argc, char *argv[])
{
    prepareEnvironment();
    QApplication app(argc, argv);
    MainWindowLookupTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow_lookup.moc"
