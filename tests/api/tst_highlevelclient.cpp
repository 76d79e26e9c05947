#include "api/highlevelclient.h"
#include "compression.h"
#include "testcertificates.h"
#include "testserver.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace TestSupport;

namespace {

const QString token = QStringLiteral("pit-1f0e8c2a-5b7d-4e3f-9a61-0c2d3e4f5a6b");
const QByteArray messageJson =
    "{\"message\":{\"id\":\"abc123\",\"type\":2,\"direction\":\"inbound\",\"body\":\"Hi\"}}";

// Everything a lookup emitted.
struct Outcome
{
    ApiResult result;
    int finishedCount = 0;
    bool finishedInsideLookup = false;
    QList<QList<QVariant>> retries; // nextAttempt, maxAttempts, waitMs
    int startedCount = 0;
    int progressCount = 0;
};

Outcome run(HighLevelClient &client, const LookupRequest &request, int timeoutMs = 20'000)
{
    Outcome outcome;
    QSignalSpy finished(&client, &HighLevelClient::finished);
    QSignalSpy retries(&client, &HighLevelClient::retryScheduled);
    QSignalSpy started(&client, &HighLevelClient::started);
    QSignalSpy progress(&client, &HighLevelClient::progress);
    client.lookup(request);
    outcome.finishedInsideLookup = !finished.isEmpty();
    (void)QTest::qWaitFor([&] { return !finished.isEmpty(); }, timeoutMs);
    // Let any stray second completion surface before counting.
    QTest::qWait(30);
    outcome.finishedCount = int(finished.count());
    if (!finished.isEmpty())
        outcome.result = finished.first().first().value<ApiResult>();
    for (const auto &args : std::as_const(retries))
        outcome.retries.append(args);
    outcome.startedCount = int(started.count());
    outcome.progressCount = int(progress.count());
    return outcome;
}

LookupRequest requestFor(const TestServer &server, const QString &id = QStringLiteral("abc123"))
{
    LookupRequest request;
    request.baseUrl = server.baseUrl();
    request.messageIdInput = id;
    request.token = token;
    return request;
}

ClientOptions fastOptions()
{
    ClientOptions options;
    options.retry.timeScale = 0.001; // a 2 s Retry-After takes 2 ms
    options.retry.baseBackoffMs = 500;
    options.attemptTimeoutMs = 10'000;
    options.deadlineMs = 30'000;
    return options;
}

ClientOptions noRetries()
{
    ClientOptions options = fastOptions();
    options.retry.enabled = false;
    return options;
}

// Every text a result carries that could end up on screen, in history or in a log.
QString allText(const ApiResult &result)
{
    const ApiError &e = result.error;
    QString text = e.title + e.cause + e.nextStep + e.serverMessages.join(u'|') + e.serverErrorText +
                   e.technicalDetail + e.machineName() + result.url.toString();
    for (const auto &[name, value] : result.requestHeaders)
        text += QString::fromLatin1(name + value);
    for (const auto &[name, value] : result.responseHeaders)
        text += QString::fromLatin1(name + value);
    return text;
}

QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_qs).toLatin1();
}

} // namespace

Q_DECLARE_METATYPE(ErrorKind)

class TestHighLevelClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void sendsExactRequestAndKeepsTheAnswer()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(messageJson)
                           .withHeader("X-Zeta", "last-alphabetically-first-sent")
                           .withHeader("X-RateLimit-Max", "100")
                           .withHeader("X-RateLimit-Remaining", "97")
                           .withHeader("X-RateLimit-Interval-Milliseconds", "10000")
                           .withHeader("X-RateLimit-Limit-Daily", "200000")
                           .withHeader("X-RateLimit-Daily-Remaining", "199870")
                           .withHeader("X-Alpha", "a"));
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome outcome = run(client, requestFor(server));

        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.startedCount, 1);
        QVERIFY(outcome.progressCount >= 1);
        QCOMPARE(server.requestCount(), 1);
        const RecordedRequest sent = server.requests().at(0);
        QCOMPARE(sent.requestLine, QByteArray("GET /conversations/messages/abc123 HTTP/1.1"));
        QCOMPARE(sent.header("Authorization"), QByteArray("Bearer ") + token.toLatin1());
        QCOMPARE(sent.header("Version"), QByteArray("2021-04-15"));
        QCOMPARE(sent.header("Accept"), QByteArray("application/json"));
        QCOMPARE(sent.header("User-Agent"), QByteArray("message-inspector/" MI_VERSION));
        QVERIFY(!sent.hasHeader("Cookie"));

        const ApiResult &result = outcome.result;
        QVERIFY2(result.ok(), qPrintable(result.error.title + result.error.technicalDetail));
        QCOMPARE(result.error.machineName(), u"none"_qs);
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.reasonPhrase, QByteArray("OK"));
        QCOMPARE(result.body, messageJson);
        QCOMPARE(result.size, messageJson.size());
        QCOMPARE(result.attempts, 1);
        QCOMPARE(result.messageId, u"abc123"_qs);
        QCOMPARE(result.url.path(), u"/conversations/messages/abc123"_qs);
        QVERIFY(result.elapsedMs >= 0);

        // Request headers as sent, the credential redacted.
        QCOMPARE(HttpHeaderList::firstValue(result.requestHeaders, "Authorization"),
                 QByteArray("Bearer <redacted>"));
        QCOMPARE(HttpHeaderList::firstValue(result.requestHeaders, "Version"), QByteArray("2021-04-15"));
        QVERIFY(!allText(result).contains(token));

        // Response headers in the order received.
        QStringList order;
        for (const auto &header : result.responseHeaders)
            order << QString::fromLatin1(header.first);
        QVERIFY2(order.indexOf(u"X-Zeta"_qs) < order.indexOf(u"X-RateLimit-Max"_qs),
                 qPrintable(order.join(u',')));
        QVERIFY(order.indexOf(u"X-RateLimit-Daily-Remaining"_qs) < order.indexOf(u"X-Alpha"_qs));

        QCOMPARE(result.rateLimit.burstMax, 100);
        QCOMPARE(result.rateLimit.burstRemaining, 97);
        QCOMPARE(result.rateLimit.intervalMs, 10000);
        QCOMPARE(result.rateLimit.dailyLimit, 200000);
        QCOMPARE(result.rateLimit.dailyRemaining, 199870);
    }

    void garbageRateLimitFiguresAreAbsent()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(messageJson)
                           .withHeader("X-RateLimit-Max", "lots")
                           .withHeader("X-RateLimit-Remaining", "-1")
                           .withHeader("X-RateLimit-Daily-Remaining", "0"));
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome outcome = run(client, requestFor(server));
        QVERIFY(outcome.result.ok());
        QVERIFY(!outcome.result.rateLimit.burstMax);
        QVERIFY(!outcome.result.rateLimit.burstRemaining);
        QVERIFY(!outcome.result.rateLimit.intervalMs);
        QCOMPARE(outcome.result.rateLimit.dailyRemaining, 0);
    }

    void basePathPastedLinkAndVersion()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(messageJson));
        HighLevelClient client;
        client.setOptions(fastOptions());
        LookupRequest request = requestFor(
            server, u"  https://app.gohighlevel.com/v2/location/L1/conversations/messages/m_42 "_qs);
        request.baseUrl = server.baseUrl() + u"/proxy/"_qs;
        request.apiVersion = u"2021-07-28"_qs;
        request.token = u"Bearer "_qs + token;
        const Outcome outcome = run(client, request);
        QVERIFY(outcome.result.ok());
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.requests().at(0).target, QByteArray("/proxy/conversations/messages/m_42"));
        QCOMPARE(server.requests().at(0).header("Version"), QByteArray("2021-07-28"));
        QCOMPARE(server.requests().at(0).header("Authorization"), QByteArray("Bearer ") + token.toLatin1());
    }

    void httpErrors_data()
    {
        QTest::addColumn<ScriptedResponse>("response");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("machineName");
        QTest::addColumn<QStringList>("serverMessages");
        QTest::addColumn<QString>("causeMentions");

        QTest::newRow("400") << ScriptedResponse::error(
                                    400,
                                    "{\"statusCode\":400,\"message\":\"Bad id\",\"error\":\"Bad Request\"}")
                             << ErrorKind::BadRequest << u"bad_request"_qs << QStringList{u"Bad id"_qs}
                             << QString();
        QTest::newRow("401") << ScriptedResponse::error(401,
                                                        "{\"statusCode\":401,\"message\":\"Invalid JWT\"}")
                             << ErrorKind::Unauthorized << u"unauthorized"_qs
                             << QStringList{u"Invalid JWT"_qs} << u"expired"_qs;
        QTest::newRow("401 version")
            << ScriptedResponse::error(401,
                                       "{\"statusCode\":401,\"message\":\"version header was not found\"}")
            << ErrorKind::VersionHeaderMissing << u"version_header_missing"_qs
            << QStringList{u"version header was not found"_qs} << u"Version header"_qs;
        QTest::newRow("403 location")
            << ScriptedResponse::error(
                   403,
                   "{\"statusCode\":403,\"message\":\"The token does not have access to this location.\"}")
            << ErrorKind::Forbidden << u"forbidden"_qs
            << QStringList{u"The token does not have access to this location."_qs}
            << u"access to this location"_qs;
        QTest::newRow("403 scope")
            << ScriptedResponse::error(
                   403, "{\"statusCode\":403,\"message\":\"The token is not authorized for this scope.\"}")
            << ErrorKind::Forbidden << u"forbidden"_qs
            << QStringList{u"The token is not authorized for this scope."_qs}
            << u"conversations/message.readonly"_qs;
        QTest::newRow("404") << ScriptedResponse::error(
                                    404, "{\"statusCode\":404,\"message\":\"Message not found\"}")
                             << ErrorKind::NotFound << u"not_found"_qs << QStringList{u"Message not found"_qs}
                             << QString();
        QTest::newRow("422 array") << ScriptedResponse::error(
                                          422,
                                          "{\"statusCode\":422,\"message\":[\"id must be a string\",\"id too "
                                          "short\"],\"error\":\"Unprocessable Entity\"}")
                                   << ErrorKind::Unprocessable << u"unprocessable"_qs
                                   << QStringList{u"id must be a string"_qs, u"id too short"_qs} << QString();
        QTest::newRow("429") << ScriptedResponse::error(429, "{\"message\":\"Too many requests\"}")
                                    .withHeader("Retry-After", "7")
                             << ErrorKind::RateLimited << u"rate_limited"_qs
                             << QStringList{u"Too many requests"_qs} << u"rate limit"_qs;
        QTest::newRow("500") << ScriptedResponse::error(
                                    500, "{\"statusCode\":500,\"message\":\"Internal server error\"}")
                             << ErrorKind::ServerError << u"server_error"_qs
                             << QStringList{u"Internal server error"_qs} << u"HighLevel's side"_qs;
        QTest::newRow("502 html") << ScriptedResponse::text(502, "<html>bad gateway</html>", "text/html")
                                  << ErrorKind::ServerError << u"server_error"_qs << QStringList{}
                                  << QString();
        QTest::newRow("405") << ScriptedResponse::error(405, "{\"message\":\"Method not allowed\"}")
                             << ErrorKind::HttpError << u"http_error"_qs
                             << QStringList{u"Method not allowed"_qs} << QString();
    }
    void httpErrors()
    {
        QFETCH(ScriptedResponse, response);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, machineName);
        QFETCH(QStringList, serverMessages);
        QFETCH(QString, causeMentions);

        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(response);
        HighLevelClient client;
        client.setOptions(noRetries());
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.finishedCount, 1);
        const ApiResult &result = outcome.result;
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, kind);
        QCOMPARE(result.error.machineName(), machineName);
        QCOMPARE(result.error.httpStatus, response.status);
        QCOMPARE(result.httpStatus, response.status);
        QCOMPARE(result.error.serverMessages, serverMessages);
        QCOMPARE(result.body, response.body); // the raw answer stays inspectable
        QVERIFY(!result.error.title.isEmpty());
        QVERIFY(!result.error.cause.isEmpty());
        QVERIFY(!result.error.nextStep.isEmpty());
        if (!causeMentions.isEmpty())
            QVERIFY2(result.error.cause.contains(causeMentions, Qt::CaseInsensitive),
                     qPrintable(result.error.cause));
        if (kind == ErrorKind::RateLimited) {
            QCOMPARE(result.error.retryAfterSeconds, 7);
            QVERIFY2(result.error.nextStep.contains(u"7"_qs), qPrintable(result.error.nextStep));
        }
        QCOMPARE(server.requestCount(), 1);
    }

    void connectionRefused()
    {
        const quint16 port = closedLoopbackPort();
        QVERIFY(port != 0);
        LookupRequest request;
        request.baseUrl = u"http://127.0.0.1:%1"_qs.arg(port);
        request.messageIdInput = u"abc123"_qs;
        request.token = token;
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome outcome = run(client, request);
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.result.error.kind, ErrorKind::ConnectionRefused);
        QCOMPARE(outcome.result.error.machineName(), u"connection_refused"_qs);
        QVERIFY(!outcome.result.error.technicalDetail.isEmpty());
        QCOMPARE(outcome.result.attempts, 1); // refused connections are not retried
        QVERIFY(outcome.retries.isEmpty());
    }

    void hostNotFound()
    {
        LookupRequest request;
        request.baseUrl = u"https://nonexistent.invalid"_qs; // .invalid never resolves (RFC 2606)
        request.messageIdInput = u"abc123"_qs;
        request.token = token;
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome outcome = run(client, request);
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.result.error.kind, ErrorKind::HostNotFound);
        QCOMPARE(outcome.result.error.machineName(), u"host_not_found"_qs);
        QCOMPARE(outcome.result.httpStatus, 0);
        QVERIFY(!allText(outcome.result).contains(token));
    }

    void tlsUntrustedCertificateFails()
    {
        TestServer server(TestServer::Transport::Https);
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(messageJson));
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.result.error.kind, ErrorKind::Tls);
        QCOMPARE(outcome.result.error.machineName(), u"tls"_qs);
        QVERIFY2(!outcome.result.error.technicalDetail.isEmpty(), "the TLS problem is named for support");
        QCOMPARE(server.requestCount(), 0); // no request (and no token) crossed an untrusted connection
        QCOMPARE(outcome.result.attempts, 1);
    }

    void tlsTrustedTestCaSucceeds()
    {
        TestServer server(TestServer::Transport::Https);
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(messageJson));
        ClientOptions options = fastOptions();
        options.sslConfiguration = clientConfigurationTrustingTestCa();
        HighLevelClient client;
        client.setOptions(options);
        const Outcome outcome = run(client, requestFor(server));
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error.technicalDetail));
        QCOMPARE(outcome.result.body, messageJson);
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.requests().at(0).header("Authorization"), QByteArray("Bearer ") + token.toLatin1());
    }

    void notJson_data()
    {
        QTest::addColumn<ScriptedResponse>("response");
        QTest::newRow("html page") << ScriptedResponse::text(200, "<!doctype html><p>Sign in</p>",
                                                             "text/html");
        QTest::newRow("json type, text body") << ScriptedResponse::json("hello");
        QTest::newRow("empty") << ScriptedResponse::json("");
        QTest::newRow("no type, text") << ScriptedResponse::text(200, "plain", "");
    }
    void notJson()
    {
        QFETCH(ScriptedResponse, response);
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(response);
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.result.error.kind, ErrorKind::NotJson);
        QCOMPARE(outcome.result.httpStatus, 200);
        QCOMPARE(outcome.result.body, response.body);
        QCOMPARE(server.requestCount(), 1); // not retried
    }

    void jsonAccepted_data()
    {
        QTest::addColumn<ScriptedResponse>("response");
        ScriptedResponse untyped = ScriptedResponse::json("\n  [1]");
        untyped.headers.clear();
        QTest::newRow("no content type, leading space") << untyped;
        QTest::newRow("byte order mark") << ScriptedResponse::json("\xEF\xBB\xBF{}");
        QTest::newRow("problem+json") << ScriptedResponse::text(200, "{}", "application/problem+json");
    }
    void jsonAccepted()
    {
        QFETCH(ScriptedResponse, response);
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(response);
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome outcome = run(client, requestFor(server));
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error.machineName()));
        QCOMPARE(outcome.result.body, response.body);
    }

    void truncated_data()
    {
        QTest::addColumn<ScriptedResponse>("response");
        QByteArray body(4000, 'x');
        body[0] = '{';
        QTest::newRow("content-length") << ScriptedResponse::json(body).cutAfter(100);
        QTest::newRow("chunked") << ScriptedResponse::json(body).asChunked().withDrip(500, 1).cutAfter(1000);
    }
    void truncated()
    {
        QFETCH(ScriptedResponse, response);
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(response);
        HighLevelClient client;
        client.setOptions(noRetries());
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.result.error.kind, ErrorKind::Truncated);
        QCOMPARE(outcome.result.error.machineName(), u"truncated"_qs);
        QCOMPARE(outcome.result.httpStatus, 200);
        QVERIFY(outcome.result.size < response.body.size());
    }

    void truncatedIsRetried()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(messageJson).cutAfter(10));
        server.enqueue(ScriptedResponse::json(messageJson));
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome outcome = run(client, requestFor(server));
        QVERIFY(outcome.result.ok());
        QCOMPARE(outcome.result.attempts, 2);
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(outcome.result.body, messageJson); // the body of the good attempt only
    }

    void tooLarge_data()
    {
        QTest::addColumn<ScriptedResponse>("response");
        QByteArray body(4 * 1024 * 1024, ' ');
        body[0] = '{';
        QTest::newRow("Content-Length above cap") << ScriptedResponse::json(body).withDrip(16 * 1024, 2);
        QTest::newRow("chunked, no length")
            << ScriptedResponse::json(body).asChunked().withDrip(16 * 1024, 2);
    }
    void tooLarge()
    {
        QFETCH(ScriptedResponse, response);
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(response);
        ClientOptions options = fastOptions();
        options.maxBodyBytes = 64 * 1024;
        HighLevelClient client;
        client.setOptions(options);
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.result.error.kind, ErrorKind::TooLarge);
        QCOMPARE(outcome.result.error.machineName(), u"too_large"_qs);
        QVERIFY(outcome.result.size <= options.bodyCap() + 16 * 1024);
        QCOMPARE(outcome.result.attempts, 1); // a too-large answer is not retried
        // The client hung up long before the server was done: the download was stopped, not finished.
        QVERIFY(server.waitForDeliveryEnd(0));
        const DeliveryRecord delivery = server.deliveries().at(0);
        QVERIFY(delivery.clientClosedEarly);
        QVERIFY(!delivery.complete);
        QVERIFY2(delivery.bodyBytesWritten < response.body.size() / 4,
                 qPrintable(QString::number(delivery.bodyBytesWritten)));
    }

    void deadlineBoundsASlowDrip()
    {
        TestServer server;
        QVERIFY(server.listen());
        QByteArray body(400, ' ');
        body[0] = '{';
        // One byte every 10 ms: the connection is never idle, yet the whole answer would take 4 s.
        server.enqueue(ScriptedResponse::json(body).withDrip(1, 10));
        ClientOptions options = noRetries();
        options.attemptTimeoutMs = 300;
        HighLevelClient client;
        client.setOptions(options);
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.result.error.kind, ErrorKind::Timeout);
        QCOMPARE(outcome.result.error.machineName(), u"timeout"_qs);
        QVERIFY(server.waitForDeliveryEnd(0));
        QVERIFY(server.deliveries().at(0).clientClosedEarly);
        QVERIFY(server.deliveries().at(0).bodyBytesWritten < body.size());
    }

    void timeoutWithoutAnswer()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::silence());
        ClientOptions options = noRetries();
        options.attemptTimeoutMs = 200;
        HighLevelClient client;
        client.setOptions(options);
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.result.error.kind, ErrorKind::Timeout);
        QCOMPARE(outcome.result.httpStatus, 0);
    }

    void timeoutIsRetried()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::silence());
        server.enqueue(ScriptedResponse::json(messageJson));
        ClientOptions options = fastOptions();
        options.attemptTimeoutMs = 200;
        HighLevelClient client;
        client.setOptions(options);
        const Outcome outcome = run(client, requestFor(server));
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error.machineName()));
        QCOMPARE(outcome.result.attempts, 2);
        QCOMPARE(outcome.retries.size(), 1);
        QCOMPARE(server.requestCount(), 2);
    }

    void hangUpIsRetried()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::hangUpNow());
        server.enqueue(ScriptedResponse::hangUpNow());
        server.enqueue(ScriptedResponse::hangUpNow());
        server.enqueue(ScriptedResponse::hangUpNow());
        server.enqueue(ScriptedResponse::hangUpNow());
        server.enqueue(ScriptedResponse::hangUpNow());
        server.setFallback(ScriptedResponse::json(messageJson));
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.result.attempts, 3);
        QCOMPARE(outcome.retries.size(), 2);
        QCOMPARE(outcome.result.error.kind, ErrorKind::Network);
        QCOMPARE(outcome.result.httpStatus, 0);
        QVERIFY(!outcome.result.error.technicalDetail.isEmpty());
        // One request per attempt: nothing resends behind the client's back.
        QCOMPARE(server.requestCount(), 3);
    }

    void refusedInputSendsNothing_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("tokenInput");
        QTest::addColumn<QString>("base"); // empty: the test server
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("mentions");
        const QString v = u"2021-04-15"_qs;
        QTest::newRow("id traversal") << u"../contacts"_qs << token << QString() << v << u"“.”"_qs;
        QTest::newRow("id slash") << u"abc/def"_qs << token << QString() << v << u"slash"_qs;
        QTest::newRow("id encoded slash") << u"abc%2Fdef"_qs << token << QString() << v << u"percent"_qs;
        QTest::newRow("id question") << u"abc?x=1"_qs << token << QString() << v << u"“?”"_qs;
        QTest::newRow("id hash") << u"abc#x"_qs << token << QString() << v << u"“#”"_qs;
        QTest::newRow("id space") << u"abc def"_qs << token << QString() << v << u"space"_qs;
        QTest::newRow("id control") << u"abc\u0007"_qs << token << QString() << v << u"control"_qs;
        QTest::newRow("id empty") << u"  "_qs << token << QString() << v << u"Enter a message id"_qs;
        QTest::newRow("token crlf") << u"abc"_qs << (token + u"\r\nX-Evil: 1"_qs) << QString() << v
                                    << u"line break"_qs;
        QTest::newRow("token space") << u"abc"_qs << u"pit-abc def"_qs << QString() << v << u"space"_qs;
        QTest::newRow("token control")
            << u"abc"_qs << (token + u"\u0001"_qs) << QString() << v << u"control"_qs;
        QTest::newRow("token empty") << u"abc"_qs << QString() << QString() << v << u"empty"_qs;
        QTest::newRow("http remote") << u"abc"_qs << token << u"http://services.leadconnectorhq.com"_qs << v
                                     << u"https"_qs;
        QTest::newRow("ftp") << u"abc"_qs << token << u"ftp://127.0.0.1"_qs << v << u"https"_qs;
        QTest::newRow("version crlf")
            << u"abc"_qs << token << QString() << u"2021-04-15\r\nX: y"_qs << u"API version"_qs;
        QTest::newRow("version empty") << u"abc"_qs << token << QString() << QString() << u"API version"_qs;
    }
    void refusedInputSendsNothing()
    {
        QFETCH(QString, id);
        QFETCH(QString, tokenInput);
        QFETCH(QString, base);
        QFETCH(QString, version);
        QFETCH(QString, mentions);
        TestServer server;
        QVERIFY(server.listen());
        server.setFallback(ScriptedResponse::json(messageJson));
        LookupRequest request = requestFor(server, id);
        request.token = tokenInput;
        request.apiVersion = version;
        if (!base.isEmpty())
            request.baseUrl = base;
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome outcome = run(client, request);
        QVERIFY2(!outcome.finishedInsideLookup,
                 "refused input is reported from the event loop, not inside lookup()");
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.startedCount, 0);
        QCOMPARE(outcome.result.error.kind, ErrorKind::InvalidInput);
        QCOMPARE(outcome.result.error.machineName(), u"invalid_input"_qs);
        QVERIFY2(outcome.result.error.cause.contains(mentions), qPrintable(outcome.result.error.cause));
        QCOMPARE(outcome.result.attempts, 0);
        QVERIFY(outcome.result.url.isEmpty());
        QCOMPARE(server.requestCount(), 0);
        QCOMPARE(server.connectionCount(), 0);
        QVERIFY(!client.isBusy());
        if (tokenInput.size() > 8)
            QVERIFY(!allText(outcome.result).contains(tokenInput.trimmed().left(20)));
    }

    void cancelDuringRequest()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::silence());
        HighLevelClient client;
        client.setOptions(fastOptions());
        QSignalSpy finished(&client, &HighLevelClient::finished);
        client.lookup(requestFor(server));
        QVERIFY(client.isBusy());
        QVERIFY(server.waitForRequests(1));
        client.cancel();
        QCOMPARE(finished.count(), 1); // synchronously
        QVERIFY(!client.isBusy());
        QTest::qWait(30);
        QCOMPARE(finished.count(), 1);
        const auto result = finished.first().first().value<ApiResult>();
        QCOMPARE(result.error.kind, ErrorKind::Cancelled);
        QCOMPARE(result.error.machineName(), u"cancelled"_qs);
        QVERIFY(server.waitForDeliveryEnd(0)); // the connection was closed
        client.cancel();                       // nothing in progress: no signal
        QCOMPARE(finished.count(), 1);
    }

    void cancelDuringRetryWait()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.setFallback(
            ScriptedResponse::error(503, "{\"message\":\"busy\"}").withHeader("Retry-After", "30"));
        ClientOptions options;
        options.retry.timeScale = 1.0; // a real 30 s wait: only cancel can end it quickly
        HighLevelClient client;
        client.setOptions(options);
        QSignalSpy finished(&client, &HighLevelClient::finished);
        QSignalSpy retries(&client, &HighLevelClient::retryScheduled);
        client.lookup(requestFor(server));
        QVERIFY(retries.wait(5000));
        QCOMPARE(retries.first().at(0).toInt(), 2);
        QCOMPARE(retries.first().at(1).toInt(), 3);
        QCOMPARE(retries.first().at(2).toInt(), 30'000);
        QVERIFY(client.isBusy());
        client.cancel();
        QCOMPARE(finished.count(), 1);
        const auto result = finished.first().first().value<ApiResult>();
        QCOMPARE(result.error.kind, ErrorKind::Cancelled);
        QCOMPARE(result.httpStatus, 503); // the last answer stays inspectable
        QCOMPARE(result.attempts, 1);
        QTest::qWait(50);
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(finished.count(), 1);
    }

    void newLookupCancelsThePreviousOne()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::silence());
        server.enqueue(ScriptedResponse::json(messageJson));
        HighLevelClient client;
        client.setOptions(fastOptions());
        QSignalSpy finished(&client, &HighLevelClient::finished);
        client.lookup(requestFor(server, u"first"_qs));
        QVERIFY(server.waitForRequests(1));
        client.lookup(requestFor(server, u"second"_qs));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).first().value<ApiResult>().error.kind, ErrorKind::Cancelled);
        QCOMPARE(finished.at(0).first().value<ApiResult>().messageId, u"first"_qs);
        QVERIFY(QTest::qWaitFor([&] { return finished.count() >= 2; }, 5000));
        QTest::qWait(30);
        QCOMPARE(finished.count(), 2);
        const auto second = finished.at(1).first().value<ApiResult>();
        QVERIFY(second.ok());
        QCOMPARE(second.messageId, u"second"_qs);
    }

    void newLookupReplacesAPendingRefusal()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(messageJson));
        HighLevelClient client;
        client.setOptions(fastOptions());
        QSignalSpy finished(&client, &HighLevelClient::finished);
        client.lookup(requestFor(server, u"bad/id"_qs));
        client.lookup(requestFor(server, u"good"_qs));
        QVERIFY(QTest::qWaitFor([&] { return finished.count() >= 2; }, 5000));
        QTest::qWait(30);
        QCOMPARE(finished.count(), 2);
        QVERIFY(!finished.at(0).first().value<ApiResult>().ok());
        QVERIFY(finished.at(1).first().value<ApiResult>().ok());
        QCOMPARE(server.requestCount(), 1);
    }

    void redirectToAnotherOriginIsRefused_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("host"); // how the Location names the other loopback server
        QTest::newRow("302, other port") << 302 << u"127.0.0.1"_qs;
        QTest::newRow("307, other port") << 307 << u"127.0.0.1"_qs;
        QTest::newRow("301, other host name") << 301 << u"localhost"_qs;
    }
    void redirectToAnotherOriginIsRefused()
    {
        QFETCH(int, status);
        QFETCH(QString, host);
        TestServer server;
        TestServer other;
        QVERIFY(server.listen());
        QVERIFY(other.listen());
        other.setFallback(ScriptedResponse::json(messageJson));
        const QString otherOrigin = u"http://%1:%2"_qs.arg(host).arg(other.port());
        const QByteArray target = otherOrigin.toLatin1() + "/conversations/messages/abc123";
        server.enqueue(ScriptedResponse::redirect(target, status));
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.result.error.kind, ErrorKind::Redirect);
        QCOMPARE(outcome.result.error.machineName(), u"redirect"_qs);
        QVERIFY2(outcome.result.error.cause.contains(otherOrigin), qPrintable(outcome.result.error.cause));
        QCOMPARE(outcome.result.httpStatus, status);
        QCOMPARE(server.requestCount(), 1);
        QTest::qWait(30);
        QCOMPARE(other.requestCount(), 0);
        QCOMPARE(other.connectionCount(), 0);
        QVERIFY(!other.allRequestBytes().contains(token.toLatin1()));
    }

    void redirectWithinTheSameOriginIsFollowed()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::redirect("/conversations/messages/moved?from=abc123", 301));
        server.enqueue(ScriptedResponse::json(messageJson));
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome outcome = run(client, requestFor(server));
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error.title));
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(server.requests().at(1).target, QByteArray("/conversations/messages/moved?from=abc123"));
        QCOMPARE(server.requests().at(1).header("Authorization"), QByteArray("Bearer ") + token.toLatin1());
        QCOMPARE(outcome.result.url.path(), u"/conversations/messages/moved"_qs);
        QCOMPARE(outcome.result.attempts, 1); // a hop is not a retry
    }

    void redirectLoopStops()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.setFallback(ScriptedResponse::redirect("/conversations/messages/again", 302));
        ClientOptions options = fastOptions();
        options.maxRedirects = 3;
        HighLevelClient client;
        client.setOptions(options);
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.result.error.kind, ErrorKind::Redirect);
        QCOMPARE(server.requestCount(), 4); // the request and three hops
    }

    void redirectToTheSameUrlCountsAsHops()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.setFallback(ScriptedResponse::redirect("/conversations/messages/abc123", 307));
        ClientOptions options = fastOptions();
        options.maxRedirects = 2;
        HighLevelClient client;
        client.setOptions(options);
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.result.error.kind, ErrorKind::Redirect);
        QCOMPARE(outcome.result.attempts, 1);
        QVERIFY(outcome.retries.isEmpty());
        QCOMPARE(server.requestCount(), 3);
    }

    void retriesBackOffOn5xx_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("502") << 502;
        QTest::newRow("504") << 504;
        QTest::newRow("503 without Retry-After") << 503;
    }
    void retriesBackOffOn5xx()
    {
        QFETCH(int, status);
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::error(status, "{\"message\":\"upstream\"}"));
        server.enqueue(ScriptedResponse::error(status, "{\"message\":\"upstream\"}"));
        server.enqueue(ScriptedResponse::json(messageJson));
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome outcome = run(client, requestFor(server));
        QVERIFY(outcome.result.ok());
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(outcome.result.attempts, 3);
        QCOMPARE(outcome.retries.size(), 2);
        QCOMPARE(outcome.retries.at(0).at(0).toInt(), 2);
        QCOMPARE(outcome.retries.at(1).at(0).toInt(), 3);
        QCOMPARE(outcome.retries.at(0).at(1).toInt(), 3);
        // Exponential with jitter in [0.5, 1] of the step: 500 ms then 1000 ms, scaled by 0.001.
        const int first = outcome.retries.at(0).at(2).toInt();
        const int second = outcome.retries.at(1).at(2).toInt();
        QVERIFY2(first >= 0 && first <= 1, qPrintable(QString::number(first)));
        QVERIFY2(second >= 0 && second <= 1, qPrintable(QString::number(second)));
    }

    void givesUpAfterThreeAttempts()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.setFallback(ScriptedResponse::error(502, "{\"message\":\"bad gateway\"}"));
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.result.error.kind, ErrorKind::ServerError);
        QCOMPARE(outcome.result.attempts, 3);
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(outcome.retries.size(), 2);
        QCOMPARE(outcome.result.error.serverMessages, QStringList{u"bad gateway"_qs});
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("retryAfter"); // "@<n>": an HTTP-date n seconds from when the test runs
        QTest::addColumn<int>("minWaitMs");
        QTest::addColumn<int>("maxWaitMs");
        // Scale 0.01: 1 s of Retry-After becomes 10 ms.
        QTest::newRow("seconds") << QByteArray("2") << 20 << 20;
        QTest::newRow("capped at 60 s") << QByteArray("3600") << 600 << 600;
        // An HTTP-date has whole seconds, so 5 s ahead reads as 3 to 5 s depending on the fractions at both
        // ends.
        QTest::newRow("http date") << QByteArray("@5") << 30 << 50;
        QTest::newRow("date in the past") << QByteArray("@-100") << 0 << 0;
    }
    void retryAfter()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, minWaitMs);
        QFETCH(int, maxWaitMs);
        for (const int status : {429, 503}) {
            const QByteArray header =
                retryAfter.startsWith('@')
                    ? httpDate(QDateTime::currentDateTimeUtc().addSecs(retryAfter.mid(1).toInt()))
                    : retryAfter;
            TestServer server;
            QVERIFY(server.listen());
            server.enqueue(ScriptedResponse::error(status, "{\"message\":\"slow down\"}")
                               .withHeader("Retry-After", header));
            server.enqueue(ScriptedResponse::json(messageJson));
            ClientOptions options = fastOptions();
            options.retry.timeScale = 0.01;
            HighLevelClient client;
            client.setOptions(options);
            const Outcome outcome = run(client, requestFor(server));
            QVERIFY(outcome.result.ok());
            QCOMPARE(server.requestCount(), 2);
            QCOMPARE(outcome.retries.size(), 1);
            const int wait = outcome.retries.at(0).at(2).toInt();
            QVERIFY2(wait >= minWaitMs && wait <= maxWaitMs, qPrintable(QString::number(wait)));
        }
    }

    void neverRetries4xx_data()
    {
        QTest::addColumn<int>("status");
        for (const int status : {400, 401, 403, 404, 422})
            QTest::newRow(qPrintable(QString::number(status))) << status;
    }
    void neverRetries4xx()
    {
        QFETCH(int, status);
        TestServer server;
        QVERIFY(server.listen());
        server.setFallback(
            ScriptedResponse::error(status, "{\"message\":\"no\"}").withHeader("Retry-After", "1"));
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.result.httpStatus, status);
        QCOMPARE(outcome.result.attempts, 1);
        QVERIFY(outcome.retries.isEmpty());
        QTest::qWait(30);
        QCOMPARE(server.requestCount(), 1);
    }

    void retriesCanBeTurnedOff()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.setFallback(
            ScriptedResponse::error(503, "{\"message\":\"busy\"}").withHeader("Retry-After", "1"));
        HighLevelClient client;
        client.setOptions(noRetries());
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.result.error.kind, ErrorKind::ServerError);
        QCOMPARE(outcome.result.error.retryAfterSeconds, 1);
        QCOMPARE(outcome.result.attempts, 1);
        QVERIFY(outcome.retries.isEmpty());
        QCOMPARE(server.requestCount(), 1);
    }

    void tokenNeverInErrorsOrHeaders()
    {
        // A hostile or buggy server echoes the token back in its message, its error field and a header.
        const QByteArray echo = "{\"statusCode\":401,\"message\":[\"bad token " + token.toLatin1() +
                                "\"],\"error\":\"" + token.toLatin1() + "\"}";
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::error(401, echo).withHeader("X-Echo", token.toLatin1()));
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.result.error.kind, ErrorKind::Unauthorized);
        QVERIFY(!outcome.result.error.serverMessages.isEmpty());
        QVERIFY2(!allText(outcome.result).contains(token), qPrintable(allText(outcome.result)));
        QVERIFY(outcome.result.error.serverMessages.first().startsWith(u"bad token <redacted>"_qs));
        QCOMPARE(outcome.result.body, echo); // the raw body is kept exactly as received
    }

    void tokenNeverInLogs()
    {
        static QStringList captured;
        captured.clear();
        QLoggingCategory::setFilterRules(u"mi.api.debug=true"_qs);
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { captured << message; });
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::redirect("/conversations/messages/abc123?hop=1", 302));
        server.enqueue(ScriptedResponse::error(503, "{}"));
        server.enqueue(ScriptedResponse::error(401, "{\"message\":\"" + token.toLatin1() + "\"}"));
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome failed = run(client, requestFor(server));
        LookupRequest refused = requestFor(server);
        refused.token = token + u" x"_qs;
        const Outcome refusedOutcome = run(client, refused);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(failed.result.error.kind, ErrorKind::Unauthorized);
        QCOMPARE(refusedOutcome.result.error.kind, ErrorKind::InvalidInput);
        QVERIFY2(captured.size() >= 3, qPrintable(captured.join(u'\n')));
        for (const QString &line : std::as_const(captured))
            QVERIFY2(!line.contains(token), qPrintable(line));
    }

    // --- bounds checked as the bytes arrive, and one deadline per lookup (issue 10, item 7)
    // ---------------------------------------------------------------------------------------------

    void gzipBodyIsUnpacked()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(messageJson).gzipped());
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome outcome = run(client, requestFor(server));
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error.machineName()));
        QCOMPARE(outcome.result.body, messageJson);
        QCOMPARE(server.requests().at(0).header("Accept-Encoding"), QByteArray("gzip, deflate"));
        QCOMPARE(outcome.result.responseHeader("Content-Encoding"), QByteArray("gzip"));
    }

    // A 200 whose gzip body unpacks to 64 MiB, under a 1 MiB cap: "too large" (not "not JSON" with whatever
    // was unpacked), and never more than the cap held.
    void gzipBombIsTooLargeNotNotJson()
    {
        TestServer server;
        QVERIFY(server.listen());
        ScriptedResponse bomb = ScriptedResponse::json({});
        bomb.body = gzipOfZeros(64LL << 20);
        bomb.withHeader("Content-Encoding", "gzip");
        server.enqueue(bomb);
        ClientOptions options = fastOptions();
        options.maxBodyBytes = 1 << 20;
        HighLevelClient client;
        client.setOptions(options);
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.result.error.kind, ErrorKind::TooLarge);
        QCOMPARE(outcome.result.httpStatus, 200);
        QVERIFY(outcome.result.size <= options.bodyCap());
        QVERIFY2(outcome.result.error.cause.contains(u"compressed"_qs),
                 qPrintable(outcome.result.error.cause));
        QCOMPARE(outcome.result.attempts, 1);
    }

    // Compressible text that unpacks to 16 MiB, sent slowly: the download stops at the 1 MiB cap while the
    // server is still sending, not after it sent everything.
    void unpackedSizeIsCheckedAsTheBytesArrive()
    {
        QByteArray text(16 * 1024 * 1024, Qt::Uninitialized);
        quint32 state = 12345;
        for (qsizetype i = 0; i < text.size(); ++i) {
            state = state * 1103515245u + 12345u;
            text[i] = "0123456789abcdef"[(state >> 16) & 15];
        }
        text[0] = '{';
        TestServer server;
        QVERIFY(server.listen());
        const ScriptedResponse response = ScriptedResponse::json(text).gzipped().withDrip(32 * 1024, 2);
        QVERIFY(response.body.size() > 4 * 1024 * 1024);
        server.enqueue(response);
        ClientOptions options = fastOptions();
        options.maxBodyBytes = 1 << 20;
        HighLevelClient client;
        client.setOptions(options);
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.result.error.kind, ErrorKind::TooLarge);
        QVERIFY(server.waitForDeliveryEnd(0));
        const DeliveryRecord delivery = server.deliveries().at(0);
        QVERIFY(delivery.clientClosedEarly);
        QVERIFY2(delivery.bodyBytesWritten < response.body.size() / 4,
                 qPrintable(QString::number(delivery.bodyBytesWritten)));
    }

    void headerBounds_data()
    {
        QTest::addColumn<ScriptedResponse>("response");
        QTest::addColumn<QString>("causeContains");
        QTest::newRow("201 header fields")
            << ScriptedResponse::json(messageJson).withFillerHeaders(200) << u"200 header fields"_qs;
        QTest::newRow("100,000 header fields")
            << ScriptedResponse::json(messageJson).withFillerHeaders(100'000) << u"200 header fields"_qs;
        QTest::newRow("a 50 MB header value")
            << ScriptedResponse::json(messageJson).withHeader("X-Big", QByteArray(50 * 1024 * 1024, 'b'))
            << u"64.00 KiB"_qs;
        QTest::newRow("header fields adding up to more than 64 KiB")
            << ScriptedResponse::json(messageJson).withFillerHeaders(150, QByteArray(500, 'v'))
            << u"64.00 KiB"_qs;
    }
    void headerBounds()
    {
        QFETCH(ScriptedResponse, response);
        QFETCH(QString, causeContains);
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(response);
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.result.error.kind, ErrorKind::TooLarge);
        QCOMPARE(outcome.result.httpStatus, 0);
        QCOMPARE(outcome.result.attempts, 1);
        QVERIFY(outcome.result.responseHeaders.size() <= 200);
        QVERIFY2(outcome.result.error.cause.contains(causeContains), qPrintable(outcome.result.error.cause));
    }

    void twoHundredHeaderFieldsAreFine()
    {
        TestServer server;
        QVERIFY(server.listen());
        // With Content-Type and Content-Length, exactly 200.
        server.enqueue(ScriptedResponse::json(messageJson).withFillerHeaders(198));
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome outcome = run(client, requestFor(server));
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error.cause));
        QCOMPARE(outcome.result.responseHeaders.size(), 200);
    }

    void notHttpIsMalformed()
    {
        TestServer server;
        QVERIFY(server.listen());
        ScriptedResponse response = ScriptedResponse::json(messageJson).withHeader("Content-Encoding", "br");
        server.enqueue(response);
        HighLevelClient client;
        client.setOptions(fastOptions());
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.result.error.kind, ErrorKind::Malformed);
        QCOMPARE(outcome.result.error.machineName(), u"malformed"_qs);
        QVERIFY(outcome.result.error.technicalDetail.contains(u"br"_qs));
    }

    // Retry-After waits count against the lookup's one deadline: with 3 s for the lookup and "wait 2 s" each
    // time, the second wait does not fit, so there is no third attempt. (Before, each attempt had its own
    // deadline and the waits came on top.)
    void retryWaitsShareTheLookupDeadline()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.setFallback(
            ScriptedResponse::error(503, R"({"message":"busy"})").withHeader("Retry-After", "2"));
        ClientOptions options;
        options.deadlineMs = 3000;
        options.attemptTimeoutMs = 3000;
        HighLevelClient client;
        client.setOptions(options);
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.result.error.kind, ErrorKind::ServerError);
        QCOMPARE(outcome.result.attempts, 2);
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(outcome.retries.size(), 1);
        QVERIFY2(outcome.result.error.technicalDetail.contains(u"Not tried again"_qs),
                 qPrintable(outcome.result.error.technicalDetail));
    }

    // Redirect hops share the lookup's deadline too: three hops of 1 s each against 2.5 s end in a timeout
    // during the third, though each hop alone is quick enough. (Before, the deadline restarted on every hop.)
    void redirectHopsShareTheLookupDeadline()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::redirect("/conversations/messages/hop1").withDelay(1000));
        server.enqueue(ScriptedResponse::redirect("/conversations/messages/hop2").withDelay(1000));
        server.enqueue(ScriptedResponse::json(messageJson).withDelay(1000));
        ClientOptions options;
        options.deadlineMs = 2500;
        options.attemptTimeoutMs = 60'000;
        HighLevelClient client;
        client.setOptions(options);
        QSignalSpy progress(&client, &HighLevelClient::progress);
        const Outcome outcome = run(client, requestFor(server));
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.result.error.kind, ErrorKind::Timeout);
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(outcome.result.attempts, 1); // the deadline leaves no time for another
        QVERIFY(outcome.result.error.cause.contains(u"2.5 seconds"_qs));
        QVERIFY(server.waitForDeliveryEnd(2));
        QVERIFY(!server.deliveries().at(2).complete);
    }

    // The result names the profile whose token was sent, so later actions pair it with the right token.
    void resultCarriesTheProfile()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(messageJson));
        HighLevelClient client;
        client.setOptions(fastOptions());
        LookupRequest request = requestFor(server);
        request.profile = u"Acme Dental"_qs;
        QCOMPARE(run(client, request).result.profile, u"Acme Dental"_qs);
        request.messageIdInput = u"../x"_qs; // refused before sending: still named
        const Outcome refused = run(client, request);
        QCOMPARE(refused.result.error.kind, ErrorKind::InvalidInput);
        QCOMPARE(refused.result.profile, u"Acme Dental"_qs);
    }

    void remainingTimeIsKnownWhileBusy()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::silence());
        ClientOptions options = noRetries();
        options.deadlineMs = 20'000;
        HighLevelClient client;
        client.setOptions(options);
        QCOMPARE(client.remainingMs(), -1);
        client.lookup(requestFor(server));
        QVERIFY(client.remainingMs() > 0);
        QVERIFY(client.remainingMs() <= 20'000);
        client.cancel();
        QCOMPARE(client.remainingMs(), -1);
    }

    void clientCanBeReused()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.setFallback(ScriptedResponse::json(messageJson));
        HighLevelClient client;
        client.setOptions(fastOptions());
        for (int i = 0; i < 3; ++i) {
            const Outcome outcome = run(client, requestFor(server));
            QCOMPARE(outcome.finishedCount, 1);
            QVERIFY(outcome.result.ok());
            QCOMPARE(outcome.result.attempts, 1);
        }
        QCOMPARE(server.requestCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestHighLevelClient)
#include "tst_highlevelclient.moc"
