// Every way a lookup can fail, as the window shows it: the banner's title, the server's words verbatim and
// the action most likely to help; the raw response still inspectable in Raw JSON and HTTP; "Copy details"
// without the token; retries counted at the server; and the banner's actions doing what they say.

#include "tst_mainwindow_support.h"

#include "errorbanner.h"
#include "httpview.h"
#include "lookupbar.h"
#include "rawjsonview.h"
#include "summarycard.h"
#include "testcertificates.h"
#include "testserver.h"
#include "tokendialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace WindowTesting;
using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

namespace {

const QString messageId = QStringLiteral("nXf2TQ8rLm4kPz7VbC1a");

QByteArray sample(const QString &name)
{
    return TestSupport::sampleResponse(name);
}

QString bannerLabel(MainWindow &window, const char *name)
{
    const auto *label = window.banner()->findChild<QLabel *>(QLatin1StringView(name));
    return label && label->isVisible() ? label->text() : QString();
}

QPushButton *bannerButton(MainWindow &window, const char *name)
{
    return window.banner()->findChild<QPushButton *>(QLatin1StringView(name));
}

// One failure as the server (or the network) produces it, and what the window must make of it.
struct Scenario
{
    QList<ScriptedResponse> responses; // queued in order; the last one also answers anything after
    ErrorKind kind;
    QString action;            // the banner's primary button, empty for none
    int requests;              // how many requests the server must see (retries included)
    QByteArray statusLine;     // "401 Unauthorized" in the HTTP tab, empty when no answer came
    QStringList serverMessage; // what the banner quotes verbatim
    int attemptTimeoutMs = 5000;
};

const QByteArray errorBody401 = R"({"statusCode":401,"message":"Invalid JWT","error":"Unauthorized"})";
const QByteArray errorBodyVersion = R"({"statusCode":401,"message":"version header was not found"})";
const QByteArray errorBody403 =
    R"({"statusCode":403,"message":"The token does not have access to this location.","error":"Forbidden"})";
const QByteArray errorBody404 = R"({"statusCode":404,"message":"Message not found","error":"Not Found"})";
const QByteArray errorBody422 =
    R"({"statusCode":422,"message":["id must be a mongodb id","id must be a string"],"error":"Unprocessable Entity"})";
const QByteArray errorBody429 = R"({"statusCode":429,"message":"Too many requests"})";
const QByteArray errorBody500 = R"({"statusCode":500,"message":"Internal server error"})";
const QByteArray htmlBody = "<html><body><h1>Welcome to nginx!</h1></body></html>";

QHash<QString, Scenario> scenarios()
{
    const QByteArray message = sample(QStringLiteral("inbound-sms-delivered.json"));
    return {
        {u"401"_qs,
         {{ScriptedResponse::error(401, errorBody401)},
          ErrorKind::Unauthorized,
          u"Update token…"_qs,
          1,
          "401 Unauthorized",
          {u"Invalid JWT"_qs}}},
        {u"401 version header"_qs,
         {{ScriptedResponse::error(401, errorBodyVersion)},
          ErrorKind::VersionHeaderMissing,
          u"Edit profile…"_qs,
          1,
          "401 Unauthorized",
          {u"version header was not found"_qs}}},
        {u"403"_qs,
         {{ScriptedResponse::error(403, errorBody403)},
          ErrorKind::Forbidden,
          u"Update token…"_qs,
          1,
          "403 Forbidden",
          {u"The token does not have access to this location."_qs}}},
        {u"404"_qs,
         {{ScriptedResponse::error(404, errorBody404)},
          ErrorKind::NotFound,
          QString(),
          1,
          "404 Not Found",
          {u"Message not found"_qs}}},
        {u"422 array message"_qs,
         {{ScriptedResponse::error(422, errorBody422)},
          ErrorKind::Unprocessable,
          QString(),
          1,
          "422 Unprocessable Entity",
          {u"id must be a mongodb id"_qs, u"id must be a string"_qs}}},
        {u"429 every time"_qs,
         {{ScriptedResponse::error(429, errorBody429).withHeader("Retry-After", "2")},
          ErrorKind::RateLimited,
          u"Retry"_qs,
          3,
          "429 Too Many Requests",
          {u"Too many requests"_qs}}},
        {u"500"_qs,
         {{ScriptedResponse::error(500, errorBody500)},
          ErrorKind::ServerError,
          u"Retry"_qs,
          1,
          "500 Internal Server Error",
          {u"Internal server error"_qs}}},
        {u"timeout"_qs, {{ScriptedResponse::silence()}, ErrorKind::Timeout, u"Retry"_qs, 3, {}, {}, 300}},
        {u"non-JSON 200"_qs,
         {{ScriptedResponse::text(200, htmlBody, "text/html")},
          ErrorKind::NotJson,
          u"Retry"_qs,
          1,
          "200 OK",
          {}}},
        {u"truncated body"_qs,
         {{ScriptedResponse::json(message).cutAfter(40)},
          ErrorKind::Truncated,
          u"Retry"_qs,
          3,
          "200 OK",
          {}}},
    };
}

} // namespace

class MainWindowErrorsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void errorShowsItsBanner_data();
    void errorShowsItsBanner();
    void rateLimitIsRetriedUntilItPasses();
    void connectionRefused();
    void redirectToAnotherOriginIsRefused();
    void untrustedCertificateIsRefused();
    void retryActionLooksUpAgain();
    void updateTokenActionReplacesTheTokenAndLooksUpAgain();
    void successAfterAnErrorClearsTheBanner();

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_tokens;

    bool start(const TestWindowOptions &options,
               TestServer::Transport transport = TestServer::Transport::Http);
    // The checks every failed lookup must pass, whatever the kind.
    void checkFailure(ErrorKind kind, const QString &action, const QByteArray &statusLine);
};

bool MainWindowErrorsTest::start(const TestWindowOptions &options, TestServer::Transport transport)
{
    m_server = std::make_unique<TestServer>(transport);
    if (!m_server->listen())
        return false;
    m_window = openWindow(options);
    if (!m_window)
        return false;
    m_window->setBaseUrlOverride(m_server->baseUrl());
    m_tokens << newPit();
    return saveToken(*m_window, m_tokens.last()).ok();
}

void MainWindowErrorsTest::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    QVERIFY(m_sandbox->isValid());
}

void MainWindowErrorsTest::cleanup()
{
    if (m_window) {
        QVERIFY(forgetToken(*m_window).ok());
        m_window.reset();
    }
    for (const QString &token : std::as_const(m_tokens))
        QCOMPARE(TestSupport::filesContaining(token.toUtf8()), QStringList());
    m_tokens.clear();
    m_server.reset();
    m_sandbox.reset();
}

void MainWindowErrorsTest::checkFailure(ErrorKind kind, const QString &action, const QByteArray &statusLine)
{
    MainWindow &window = *m_window;
    const ApiResult &result = window.lastResult();
    QCOMPARE(result.error.kind, kind);
    QVERIFY(!window.lookupBar()->isBusy());

    // The banner: what happened (the core's words), what to do, and the one action most likely to help.
    QVERIFY(window.banner()->isVisible());
    QCOMPARE(window.banner()->content().tone, BannerContent::Tone::Error);
    QVERIFY(!result.error.title.isEmpty());
    QCOMPARE(bannerLabel(window, "bannerTitle"), result.error.title);
    QVERIFY(!bannerLabel(window, "bannerNextStep").isEmpty());
    QCOMPARE(window.banner()->primaryActionText(), action);
    QVERIFY(!window.summaryCard()->isVisible());

    // The exchange stays inspectable: whatever body came in Raw JSON, the status line in HTTP and the bar.
    QCOMPARE(window.rawView()->rawBytes(), result.body);
    const QString http = window.httpView()->text();
    QVERIFY2(http.contains(QStringLiteral("Request: GET ")), qPrintable(http));
    QVERIFY2(http.contains(QStringLiteral("Authorization: Bearer <redacted>")), qPrintable(http));
    if (!statusLine.isEmpty()) {
        QVERIFY2(http.contains(QStringLiteral("Response: ") + QString::fromLatin1(statusLine)),
                 qPrintable(http));
        QVERIFY2(window.statusText().startsWith(QString::fromLatin1(statusLine)),
                 qPrintable(window.statusText()));
    } else {
        QVERIFY2(http.contains(QStringLiteral("Response: no HTTP answer")), qPrintable(http));
        QVERIFY2(window.statusText().startsWith(result.error.title), qPrintable(window.statusText()));
    }

    // Copy details: a report for a ticket, never the token.
    QApplication::clipboard()->clear();
    QPushButton *copy = bannerButton(window, "bannerCopy");
    QVERIFY(copy->isVisible());
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString details = QApplication::clipboard()->text();
    QVERIFY(details.startsWith(result.error.title));
    QVERIFY2(details.contains(QStringLiteral("Error kind: ") + result.error.machineName()),
             qPrintable(details));
    for (const QString &token : std::as_const(m_tokens)) {
        QVERIFY(!details.contains(token));
        QVERIFY(!http.contains(token));
        QVERIFY(!window.statusText().contains(token));
        QVERIFY(!visibleText(&window).contains(token));
    }
}

void MainWindowErrorsTest::errorShowsItsBanner_data()
{
    QTest::addColumn<QString>("scenario");
    const QHash<QString, Scenario> all = scenarios();
    QStringList names = all.keys();
    names.sort();
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void MainWindowErrorsTest::errorShowsItsBanner()
{
    QFETCH(QString, scenario);
    const Scenario s = scenarios().value(scenario);
    TestWindowOptions options = m_sandbox->options();
    options.clientOptions.attemptTimeoutMs = s.attemptTimeoutMs;
    QVERIFY(start(options));
    m_server->enqueue(s.responses);
    m_server->setFallback(s.responses.last());
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);

    typeAndLookUp(*m_window, messageId);
    QVERIFY(waitForDisplay(displayed));
    checkFailure(s.kind, s.action, s.statusLine);
    QCOMPARE(m_server->requestCount(), s.requests);
    QCOMPARE(m_window->lastResult().attempts, s.requests);

    // The server's own words, verbatim (each string of an array message).
    const QString quoted = bannerLabel(*m_window, "bannerServerMessage");
    for (const QString &words : s.serverMessage)
        QVERIFY2(quoted.contains(words), qPrintable(quoted));
    if (s.serverMessage.isEmpty())
        QCOMPARE(quoted, QString());
    QCOMPARE(displayed.count(), 1);
}

void MainWindowErrorsTest::rateLimitIsRetriedUntilItPasses()
{
    QVERIFY(start(m_sandbox->options()));
    const QByteArray body = sample(QStringLiteral("inbound-sms-delivered.json"));
    m_server->enqueue({ScriptedResponse::error(429, errorBody429).withHeader("Retry-After", "3"),
                       ScriptedResponse::error(429, errorBody429).withHeader("Retry-After", "1"),
                       ScriptedResponse::json(body).withHeader("X-RateLimit-Remaining", "0")});
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);

    typeAndLookUp(*m_window, messageId);
    QVERIFY(waitForDisplay(displayed));
    QVERIFY(m_window->lastResult().ok());
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(m_window->rawView()->rawBytes(), body);
    QVERIFY(!m_window->banner()->isVisible());
    QVERIFY2(m_window->statusText().contains(QStringLiteral("3 attempts")),
             qPrintable(m_window->statusText()));
    QCOMPARE(displayed.count(), 1);
}

void MainWindowErrorsTest::connectionRefused()
{
    QVERIFY(start(m_sandbox->options()));
    m_window->setBaseUrlOverride(
        QStringLiteral("http://127.0.0.1:%1").arg(TestSupport::closedLoopbackPort()));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);

    typeAndLookUp(*m_window, messageId);
    QVERIFY(waitForDisplay(displayed));
    checkFailure(ErrorKind::ConnectionRefused, QStringLiteral("Retry"), {});
    QCOMPARE(m_window->rawView()->rawBytes(), QByteArray());
}

void MainWindowErrorsTest::redirectToAnotherOriginIsRefused()
{
    QVERIFY(start(m_sandbox->options()));
    TestServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.setFallback(ScriptedResponse::json(sample(QStringLiteral("inbound-sms-delivered.json"))));
    m_server->enqueue(ScriptedResponse::redirect(elsewhere.baseUrl().toLatin1() + "/conversations/messages/" +
                                                 messageId.toLatin1()));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);

    typeAndLookUp(*m_window, messageId);
    QVERIFY(waitForDisplay(displayed));
    checkFailure(ErrorKind::Redirect, QStringLiteral("Edit profile…"), "302 Found");
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(elsewhere.requestCount(), 0);
    QCOMPARE(elsewhere.connectionCount(), 0);
}

void MainWindowErrorsTest::untrustedCertificateIsRefused()
{
    // The product's TLS settings: the system's CAs only, which never include the test CA.
    QVERIFY(start(m_sandbox->options(), TestServer::Transport::Https));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);

    typeAndLookUp(*m_window, messageId);
    QVERIFY(waitForDisplay(displayed));
    checkFailure(ErrorKind::Tls, QStringLiteral("Edit profile…"), {});
    QCOMPARE(m_server->requestCount(), 0);
}

void MainWindowErrorsTest::retryActionLooksUpAgain()
{
    QVERIFY(start(m_sandbox->options()));
    const QByteArray body = sample(QStringLiteral("inbound-sms-delivered.json"));
    m_server->enqueue({ScriptedResponse::error(500, errorBody500), ScriptedResponse::json(body)});
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    typeAndLookUp(*m_window, messageId);
    QVERIFY(waitForDisplay(displayed));
    QCOMPARE(m_window->banner()->primaryActionText(), QStringLiteral("Retry"));

    QTest::mouseClick(bannerButton(*m_window, "bannerPrimary"), Qt::LeftButton);
    QVERIFY(waitForDisplay(displayed, 2));
    QVERIFY(m_window->lastResult().ok());
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(1).target, m_server->requests().at(0).target);
    QVERIFY(!m_window->banner()->isVisible());
    QVERIFY(m_window->summaryCard()->isVisible());
}

void MainWindowErrorsTest::updateTokenActionReplacesTheTokenAndLooksUpAgain()
{
    QVERIFY(start(m_sandbox->options()));
    const QString oldToken = m_tokens.last();
    m_server->enqueue({ScriptedResponse::error(401, errorBody401),
                       ScriptedResponse::json(sample(QStringLiteral("inbound-sms-delivered.json")))});
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    typeAndLookUp(*m_window, messageId);
    QVERIFY(waitForDisplay(displayed));
    QCOMPARE(m_window->banner()->primaryActionText(), QStringLiteral("Update token…"));

    // Update token… opens the token dialog; the new token goes to the keychain.
    m_tokens << newPit();
    const QString newToken = m_tokens.last();
    QSignalSpy vault(m_window->vault(), &TokenVault::finished);
    auto entered = whenModal<TokenDialog>([newToken](TokenDialog *dialog) {
        QTest::keyClicks(dialog->entry(), newToken);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
    });
    QTest::mouseClick(bannerButton(*m_window, "bannerPrimary"), Qt::LeftButton);
    QVERIFY(*entered);
    QTRY_COMPARE_WITH_TIMEOUT(vault.count(), 1, 10000);
    QVERIFY(vault.at(0).at(0).value<TokenStoreResult>().ok());
    QCOMPARE(m_window->vault()->token(m_window->lookupBar()->currentProfile()), newToken);

    // Retry is not offered (the same token would be refused again); once the new token is saved, the
    // lookup runs again by itself, with it.
    QVERIFY(!bannerButton(*m_window, "bannerRetry")->isVisible());
    QVERIFY(waitForDisplay(displayed, 2));
    QVERIFY(m_window->lastResult().ok());
    QCOMPARE(m_server->requests().at(0).header("Authorization"), QByteArray("Bearer ") + oldToken.toLatin1());
    QCOMPARE(m_server->requests().at(1).header("Authorization"), QByteArray("Bearer ") + newToken.toLatin1());
}

void MainWindowErrorsTest::successAfterAnErrorClearsTheBanner()
{
    QVERIFY(start(m_sandbox->options()));
    m_server->enqueue({ScriptedResponse::error(404, errorBody404),
                       ScriptedResponse::json(sample(QStringLiteral("inbound-sms-delivered.json")))});
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    typeAndLookUp(*m_window, QStringLiteral("Missing0000000000000"));
    QVERIFY(waitForDisplay(displayed));
    QVERIFY(m_window->banner()->isVisible());
    QVERIFY(!m_window->summaryCard()->isVisible());
    QCOMPARE(m_window->rawView()->rawBytes(), errorBody404);

    typeAndLookUp(*m_window, messageId);
    QVERIFY(waitForDisplay(displayed, 2));
    QVERIFY(!m_window->banner()->isVisible());
    QVERIFY(m_window->summaryCard()->isVisible());
    QVERIFY(m_window->statusText().startsWith(QStringLiteral("200 OK")));
}

int main(int argc, char *argv[])
{
    prepareEnvironment();
    QApplication app(argc, argv);
    MainWindowErrorsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow_errors.moc"
