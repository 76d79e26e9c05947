#pragma once

#include "api/httpheaders.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <functional>
#include <optional>

// A scripted HTTP/1.1 server on loopback, standing in for HighLevel in tests (core, window and CLI alike).
//
//     TestSupport::TestServer server;                    // or TestServer(TestServer::Transport::Https)
//     QVERIFY(server.listen());
//     server.enqueue(ScriptedResponse::json(R"({"message":{"id":"m1"}})"));
//     server.enqueue(ScriptedResponse::error(401, R"({"statusCode":401,"message":"Invalid JWT"})"));
//     request.baseUrl = server.baseUrl();                // "http://127.0.0.1:<port>"
//     …
//     QCOMPARE(server.requestCount(), 1);
//     QCOMPARE(server.requests().at(0).header("Version"), "2021-04-15");
//
// Each request received takes the next queued response; when the queue is empty the fallback answers (by
// default a 599 "No scripted response" so an unexpected request is visible). Responses can be delayed,
// dripped slowly, cut mid-body, redirect, or never answer. Connections are kept alive like a real server
// unless a response says otherwise. Every request and every response's delivery is recorded for assertions.
namespace TestSupport {

struct RecordedRequest
{
    QByteArray requestLine;  // "GET /conversations/messages/abc HTTP/1.1"
    QByteArray method;       // "GET"
    QByteArray target;       // "/conversations/messages/abc" (with the query, if any)
    QByteArray version;      // "HTTP/1.1"
    HttpHeaders headers;     // in the order received
    int connection = 0;      // which connection carried it (1, 2, …)
    qint64 receivedAtMs = 0; // when its head was complete, on a monotonic clock started with the server

    QByteArray header(const QByteArray &name) const { return HttpHeaderList::firstValue(headers, name); }
    bool hasHeader(const QByteArray &name) const { return HttpHeaderList::contains(headers, name); }
};

struct ScriptedResponse
{
    int status = 200;
    QByteArray reason = QByteArrayLiteral("OK");
    HttpHeaders headers; // sent as given, in order
    QByteArray body;

    int delayMs = 0;                 // wait this long after the request before sending anything
    int dripBytes = 0;               // > 0: send the body this many bytes at a time …
    int dripIntervalMs = 0;          // … with this pause between pieces
    qint64 closeAfterBodyBytes = -1; // >= 0: close the connection after this many body bytes
    bool noAnswer = false;           // read the request and never answer; the connection stays open
    bool hangUp = false;             // read the request and close the connection without a byte
    bool chunked = false;            // Transfer-Encoding: chunked instead of Content-Length
    bool contentLength = true;       // add Content-Length (unless chunked or a header already sets it)
    bool closeAfterResponse = false; // add Connection: close and close after the body

    // 200 (or status) with Content-Type: application/json.
    static ScriptedResponse json(const QByteArray &body, int status = 200);
    // An error status with the standard reason phrase and a JSON body, e.g. error(404, R"({"message":"…"})").
    static ScriptedResponse error(int status, const QByteArray &jsonBody = {});
    // A redirect to location (absolute or relative).
    static ScriptedResponse redirect(const QByteArray &location, int status = 302);
    // Any status/content type, e.g. text(200, "<html>…", "text/html").
    static ScriptedResponse text(int status, const QByteArray &body, const QByteArray &contentType);
    // A 200 with binary bytes, as the recording endpoint documents it: Content-Type audio/x-wav (or the given
    // type) and Content-Disposition: attachment; filename=audio.wav.
    static ScriptedResponse audio(const QByteArray &bytes, const QByteArray &contentType = "audio/x-wav");
    // Reads the request and never answers.
    static ScriptedResponse silence();
    // Reads the request and closes the connection without answering.
    static ScriptedResponse hangUpNow();

    ScriptedResponse &withHeader(const QByteArray &name, const QByteArray &value);
    // The five X-RateLimit-* headers HighLevel sends on every answer, with the figures of the product design
    // (burst 97 of 100 per 10 s, 199,870 of 200,000 today).
    ScriptedResponse &withRateLimitHeaders();
    ScriptedResponse &withDelay(int ms);
    ScriptedResponse &withDrip(int bytes, int intervalMs);
    ScriptedResponse &cutAfter(qint64 bodyBytes);
    ScriptedResponse &asChunked();
    // Sends the body gzip-compressed, with Content-Encoding: gzip (Content-Length, if any, is the compressed
    // size, as on the wire).
    ScriptedResponse &gzipped();
    // Adds count header fields "X-Filler-<n>: <value>", for tests of the header bounds.
    ScriptedResponse &withFillerHeaders(int count, const QByteArray &value = "x");

    // The standard reason phrase for a status ("Not Found").
    static QByteArray reasonFor(int status);
};

// How one response was delivered, in the order requests arrived.
struct DeliveryRecord
{
    int status = 0;
    qint64 bodyBytesWritten = 0;    // body bytes handed to the socket
    qint64 bodySize = 0;            // what the script wanted to send
    bool complete = false;          // everything was sent
    bool clientClosedEarly = false; // the client hung up before the response was complete
};

class TestServer : public QObject
{
    Q_OBJECT

public:
    enum class Transport
    {
        Http,
        Https
    };

    explicit TestServer(Transport transport = Transport::Http, QObject *parent = nullptr);
    ~TestServer() override;

    // Listens on address (127.0.0.1 by default) and a free port unless one is given. For Https, the
    // certificate from testCertificates() is used; listen() fails if it could not be made.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close(); // stops listening and drops every open connection
    quint16 port() const;
    QHostAddress address() const;
    // "http://127.0.0.1:<port>" or "https://127.0.0.1:<port>", ready for LookupRequest::baseUrl.
    QString baseUrl() const;

    void enqueue(const ScriptedResponse &response);
    void enqueue(const QList<ScriptedResponse> &responses);
    void setFallback(const ScriptedResponse &response);
    // Answers by request instead of by arrival order (e.g. by path, when several clients send at once): when
    // set and it returns a response, that one is used; otherwise the queue, then the fallback.
    using Responder = std::function<std::optional<ScriptedResponse>(const RecordedRequest &)>;
    void setResponder(Responder responder) { m_responder = std::move(responder); }
    qsizetype queuedCount() const { return m_queue.size(); }

    QList<RecordedRequest> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    QList<DeliveryRecord> deliveries() const { return m_deliveries; }
    int connectionCount() const { return m_connectionCount; }
    // Every header value of every request, concatenated: handy for "the token never arrived here".
    QByteArray allRequestBytes() const;

    // Spins the event loop until count requests arrived (true) or timeoutMs passed (false).
    bool waitForRequests(int count, int timeoutMs = 5000);
    // Spins the event loop until the delivery for request index has ended (complete or cut by the client).
    bool waitForDeliveryEnd(int index, int timeoutMs = 5000);

signals:
    void requestReceived(int index);

private:
    class Connection;
    friend class Connection;
    void acceptPending();
    ScriptedResponse takeResponse(const RecordedRequest &request);

    Transport m_transport;
    QTcpServer *m_server = nullptr;
    QList<ScriptedResponse> m_queue;
    ScriptedResponse m_fallback;
    Responder m_responder;
    QElapsedTimer m_clock;
    QList<RecordedRequest> m_requests;
    QList<DeliveryRecord> m_deliveries;
    QList<QPointer<Connection>> m_connections;
    int m_connectionCount = 0;
};

// A port that was free a moment ago and has nothing listening now: connecting to it is refused.
quint16 closedLoopbackPort();

} // namespace TestSupport
