// HighLevelClient::get(): any documented endpoint through the same client as the message lookup, against the
// loopback server. The request line and headers (its own Version and Accept, the token), a 2xx body streamed
// into a sink under the same cap, error answers kept in memory, a retry starting the sink's body again, a
// sink that cannot write stopping the download; and the parser and classifier rows behind them.
#include "api/highlevelclient.h"
#include "api/httpresponseparser.h"
#include "api/replyclassifier.h"
#include "compression.h"
#include "testserver.h"
#include "wavtone.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {

const QString token = u"pit-1f0e8c2a-5b7d-4e3f-9a61-0c2d3e4f5a6b"_s;

// Keeps what it was given in memory, and can be told to fail.
class MemorySink : public BodySink
{
public:
    bool begin() override
    {
        ++begins;
        bytes.clear();
        return !failBegin;
    }
    bool write(QByteArrayView piece) override
    {
        ++writes;
        if (failAfterBytes >= 0 && bytes.size() + piece.size() > failAfterBytes)
            return false;
        bytes.append(piece.data(), piece.size());
        return true;
    }
    QString errorString() const override { return u"the disk is full"_s; }

    QByteArray bytes;
    int begins = 0;
    int writes = 0;
    bool failBegin = false;
    qint64 failAfterBytes = -1;
};

ClientOptions options(bool retries = false)
{
    ClientOptions o;
    o.retry.enabled = retries;
    o.retry.timeScale = 0.001;
    o.attemptTimeoutMs = 10'000;
    o.deadlineMs = 20'000;
    return o;
}

ApiRequest recordingRequest(const TestServer &server)
{
    ApiRequest r;
    r.endpoint = Endpoints::recording();
    r.pathIds = {{u"messageId"_s, u"M1"_s}, {u"locationId"_s, u"L1"_s}};
    r.baseUrl = server.baseUrl();
    r.token = token;
    return r;
}

ApiResult run(HighLevelClient &client, const ApiRequest &request, std::shared_ptr<BodySink> sink = {})
{
    QSignalSpy finished(&client, &HighLevelClient::finished);
    client.get(request, std::move(sink));
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20'000))
        return {};
    QTest::qWait(20); // a second completion would surface here
    if (finished.count() != 1)
        return {};
    return finished.first().first().value<ApiResult>();
}

QByteArray response(const QByteArray &head, const QByteArray &body)
{
    return head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestApiGet : public QObject
{
    Q_OBJECT

private slots:
    void sendsTheEndpointsOwnHeaders_data()
    {
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("version");
        QTest::newRow("contact") << Endpoints::contact() << u"contactId"_s << QByteArray("/contacts/K1")
                                 << QByteArray("2021-07-28");
        QTest::newRow("conversation") << Endpoints::conversation() << u"conversationId"_s
                                      << QByteArray("/conversations/K1") << QByteArray("2021-04-15");
        QTest::newRow("email") << Endpoints::emailMessage() << u"id"_s
                               << QByteArray("/conversations/messages/email/K1") << QByteArray("2021-04-15");
    }
    void sendsTheEndpointsOwnHeaders()
    {
        QFETCH(Endpoint, endpoint);
        QFETCH(QString, parameter);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, version);
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(R"({"id":"K1"})").withRateLimitHeaders());
        HighLevelClient client;
        client.setOptions(options());
        ApiRequest request;
        request.endpoint = endpoint;
        request.pathIds = {{parameter, u"K1"_s}};
        request.baseUrl = server.baseUrl();
        request.token = token;
        const ApiResult result = run(client, request);
        QVERIFY2(result.ok(), qPrintable(result.error.title));
        QCOMPARE(server.requestCount(), 1);
        const RecordedRequest sent = server.requests().constFirst();
        QCOMPARE(sent.requestLine, "GET " + target + " HTTP/1.1");
        QCOMPARE(sent.header("Version"), version);
        QCOMPARE(sent.header("Authorization"), "Bearer " + token.toLatin1());
        QCOMPARE(sent.header("Accept"), QByteArray("application/json"));
        QCOMPARE(result.messageId, u"K1"_s);
        QCOMPARE(result.body, QByteArray(R"({"id":"K1"})"));
        QCOMPARE(result.rateLimit.burstRemaining, 97);
        // The result shows the request headers with the token redacted.
        QVERIFY(
            !HttpHeaderList::firstValue(result.requestHeaders, "Authorization").contains(token.toLatin1()));
    }

    void refusedRequestSendsNothing()
    {
        TestServer server;
        QVERIFY(server.listen());
        HighLevelClient client;
        ApiRequest request = recordingRequest(server);
        request.pathIds = {{u"messageId"_s, u"../x"_s}, {u"locationId"_s, u"L1"_s}};
        QSignalSpy finished(&client, &HighLevelClient::finished);
        client.get(request);
        QCOMPARE(finished.count(), 0); // never from inside get()
        QVERIFY(finished.wait(5000));
        const ApiResult result = finished.first().first().value<ApiResult>();
        QCOMPARE(result.error.kind, ErrorKind::InvalidInput);
        QVERIFY(result.error.cause.contains(u"message id"_s));
        QCOMPARE(server.requestCount(), 0);
    }

    void streamsAudioIntoTheSink()
    {
        TestServer server;
        QVERIFY(server.listen());
        const QByteArray wav = wavTone(250);
        server.enqueue(ScriptedResponse::audio(wav).asChunked());
        HighLevelClient client;
        client.setOptions(options());
        auto sink = std::make_shared<MemorySink>();
        const ApiResult result = run(client, recordingRequest(server), sink);
        QVERIFY2(result.ok(), qPrintable(result.error.title + u' ' + result.error.technicalDetail));
        const RecordedRequest sent = server.requests().constFirst();
        QCOMPARE(sent.requestLine,
                 QByteArray("GET /conversations/messages/M1/locations/L1/recording HTTP/1.1"));
        QCOMPARE(sent.header("Version"), QByteArray("2021-04-15"));
        QVERIFY(sent.header("Accept").startsWith("audio/"));
        QCOMPARE(sink->bytes, wav);
        QCOMPARE(sink->begins, 1);
        QVERIFY(result.body.isEmpty()); // the bytes went to the sink, not to memory
        QCOMPARE(result.size, wav.size());
        QCOMPARE(result.responseHeader("Content-Type"), QByteArray("audio/x-wav"));
        QCOMPARE(result.messageId, u"M1"_s);
    }

    void audioWithoutASinkIsASuccessToo()
    {
        TestServer server;
        QVERIFY(server.listen());
        const QByteArray wav = wavTone(20);
        server.enqueue(ScriptedResponse::audio(wav));
        HighLevelClient client;
        client.setOptions(options());
        const ApiResult result = run(client, recordingRequest(server));
        QVERIFY(result.ok());
        QCOMPARE(result.body, wav);
    }

    void anErrorAnswerStaysInMemory()
    {
        TestServer server;
        QVERIFY(server.listen());
        const QByteArray body =
            R"({"statusCode":403,"message":"The token is not authorized for this scope."})";
        server.enqueue(ScriptedResponse::error(403, body));
        HighLevelClient client;
        client.setOptions(options());
        auto sink = std::make_shared<MemorySink>();
        const ApiResult result = run(client, recordingRequest(server), sink);
        QCOMPARE(result.error.kind, ErrorKind::Forbidden);
        QCOMPARE(result.body, body);
        QCOMPARE(sink->begins, 0);
        QVERIFY(sink->bytes.isEmpty());
    }

    void theCapCountsEveryPieceAndStopsEarly()
    {
        TestServer server;
        QVERIFY(server.listen());
        const QByteArray wav = wavTone(2000); // 32,044 bytes
        server.enqueue(ScriptedResponse::audio(wav).asChunked().withDrip(4096, 1));
        HighLevelClient client;
        ClientOptions o = options();
        o.maxBodyBytes = 10'000;
        client.setOptions(o);
        auto sink = std::make_shared<MemorySink>();
        const ApiResult result = run(client, recordingRequest(server), sink);
        QCOMPARE(result.error.kind, ErrorKind::TooLarge);
        QVERIFY2(sink->bytes.size() <= 10'000, QByteArray::number(sink->bytes.size()).constData());
        QVERIFY(server.waitForDeliveryEnd(0));
        QVERIFY(!server.deliveries().constFirst().complete); // stopped, not read to the end
    }

    void anAnnouncedLengthOverTheCapSendsNothingToTheSink()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::audio(wavTone(2000)));
        HighLevelClient client;
        ClientOptions o = options();
        o.maxBodyBytes = 1000;
        client.setOptions(o);
        auto sink = std::make_shared<MemorySink>();
        const ApiResult result = run(client, recordingRequest(server), sink);
        QCOMPARE(result.error.kind, ErrorKind::TooLarge);
        QVERIFY(sink->bytes.isEmpty());
    }

    void aRetryStartsTheBodyAgain()
    {
        TestServer server;
        QVERIFY(server.listen());
        const QByteArray wav = wavTone(100);
        server.enqueue(ScriptedResponse::audio(wav).cutAfter(500));
        server.enqueue(ScriptedResponse::audio(wav));
        HighLevelClient client;
        client.setOptions(options(true));
        auto sink = std::make_shared<MemorySink>();
        const ApiResult result = run(client, recordingRequest(server), sink);
        QVERIFY2(result.ok(), qPrintable(result.error.title));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(sink->begins, 2);
        QCOMPARE(sink->bytes, wav); // not the first attempt's 500 bytes followed by the whole
    }

    void aSinkThatCannotWriteStopsTheDownload()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::audio(wavTone(2000)).asChunked().withDrip(2048, 1));
        HighLevelClient client;
        client.setOptions(options(true));
        auto sink = std::make_shared<MemorySink>();
        sink->failAfterBytes = 3000;
        const ApiResult result = run(client, recordingRequest(server), sink);
        QCOMPARE(result.error.kind, ErrorKind::Network);
        QVERIFY2(result.error.technicalDetail.contains(u"the disk is full"_s),
                 qPrintable(result.error.technicalDetail));
        QCOMPARE(result.attempts, 1); // a full disk is not worth another attempt
    }

    void parserHandsOnlyASuccessBodyToTheSink()
    {
        const QByteArray body = "0123456789abcdef";
        MemorySink sink;
        HttpResponseParser ok;
        ok.setSuccessBodySink(&sink);
        ok.feed(response("HTTP/1.1 200 OK\r\nContent-Type: audio/x-wav\r\n", body));
        QCOMPARE(ok.state(), HttpResponseParser::State::Complete);
        QCOMPARE(sink.bytes, body);
        QVERIFY(ok.body().isEmpty());
        QCOMPARE(ok.sunkBodyBytes(), body.size());
        QVERIFY(ok.bodyWentToSink());

        MemorySink unused;
        HttpResponseParser notFound;
        notFound.setSuccessBodySink(&unused);
        notFound.feed(response("HTTP/1.1 404 Not Found\r\n", body));
        QCOMPARE(notFound.body(), body);
        QCOMPARE(unused.begins, 0);
        QVERIFY(!notFound.bodyWentToSink());
    }

    void parserUnpacksIntoTheSink()
    {
        const QByteArray body = wavTone(100);
        MemorySink sink;
        HttpResponseParser parser;
        parser.setSuccessBodySink(&sink);
        const QByteArray wire =
            response("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n", compress(body, Compression::Gzip));
        for (qsizetype i = 0; i < wire.size(); i += 7) // a few bytes at a time
            parser.feed(QByteArrayView(wire).sliced(i, std::min<qsizetype>(7, wire.size() - i)));
        QCOMPARE(parser.state(), HttpResponseParser::State::Complete);
        QCOMPARE(sink.bytes, body);
    }

    void parserStopsWhenTheSinkRefuses()
    {
        MemorySink sink;
        sink.failBegin = true;
        HttpResponseParser parser;
        parser.setSuccessBodySink(&sink);
        parser.feed(response("HTTP/1.1 200 OK\r\n", "abc"));
        QCOMPARE(parser.state(), HttpResponseParser::State::Failed);
        QCOMPARE(parser.failure(), HttpResponseParser::Failure::Sink);
        QCOMPARE(parser.failureDetail(), u"the disk is full"_s);
    }

    void classifierAcceptsBytesOnlyWhenTheEndpointSendsThem()
    {
        ReplyClassifier::Facts facts;
        facts.headComplete = true;
        facts.httpStatus = 200;
        facts.headers = {{"Content-Type", "audio/x-wav"}};
        facts.body = "RIFF";
        QCOMPARE(ReplyClassifier::classify(facts).error.kind, ErrorKind::NotJson);
        facts.expectJson = false;
        QCOMPARE(ReplyClassifier::classify(facts).error.kind, ErrorKind::None);
        facts.failure = HttpResponseParser::Failure::Sink;
        facts.failureDetail = u"the disk is full"_s;
        const auto verdict = ReplyClassifier::classify(facts);
        QCOMPARE(verdict.error.kind, ErrorKind::Network);
        QVERIFY(!verdict.connectionCut);
    }
};

QTEST_GUILESS_MAIN(TestApiGet)
#include "tst_apiget.moc"
