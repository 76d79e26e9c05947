#include "testserver.h"

#include "compression.h"
#include "testcertificates.h"

#include <QDeadlineTimer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

namespace TestSupport {

// ---- ScriptedResponse
// ------------------------------------------------------------------------------------------

QByteArray ScriptedResponse::reasonFor(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 410:
        return "Gone";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

ScriptedResponse ScriptedResponse::json(const QByteArray &body, int status)
{
    ScriptedResponse response;
    response.status = status;
    response.reason = reasonFor(status);
    response.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    response.body = body;
    return response;
}

ScriptedResponse ScriptedResponse::error(int status, const QByteArray &jsonBody)
{
    return json(jsonBody, status);
}

ScriptedResponse ScriptedResponse::redirect(const QByteArray &location, int status)
{
    ScriptedResponse response;
    response.status = status;
    response.reason = reasonFor(status);
    response.headers.append({QByteArrayLiteral("Location"), location});
    return response;
}

ScriptedResponse ScriptedResponse::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    ScriptedResponse response;
    response.status = status;
    response.reason = reasonFor(status);
    response.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    response.body = body;
    return response;
}

ScriptedResponse ScriptedResponse::audio(const QByteArray &bytes, const QByteArray &contentType)
{
    ScriptedResponse response = text(200, bytes, contentType);
    response.headers.append(
        {QByteArrayLiteral("Content-Disposition"), QByteArrayLiteral("Attachment; filename=audio.wav")});
    return response;
}

ScriptedResponse ScriptedResponse::silence()
{
    ScriptedResponse response;
    response.noAnswer = true;
    return response;
}

ScriptedResponse ScriptedResponse::hangUpNow()
{
    ScriptedResponse response;
    response.hangUp = true;
    return response;
}

ScriptedResponse &ScriptedResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

ScriptedResponse &ScriptedResponse::withRateLimitHeaders()
{
    return withHeader("X-RateLimit-Max", "100")
        .withHeader("X-RateLimit-Remaining", "97")
        .withHeader("X-RateLimit-Interval-Milliseconds", "10000")
        .withHeader("X-RateLimit-Limit-Daily", "200000")
        .withHeader("X-RateLimit-Daily-Remaining", "199870");
}

ScriptedResponse &ScriptedResponse::withDelay(int ms)
{
    delayMs = ms;
    return *this;
}

ScriptedResponse &ScriptedResponse::withDrip(int bytes, int intervalMs)
{
    dripBytes = bytes;
    dripIntervalMs = intervalMs;
    return *this;
}

ScriptedResponse &ScriptedResponse::cutAfter(qint64 bodyBytes)
{
    closeAfterBodyBytes = bodyBytes;
    return *this;
}

ScriptedResponse &ScriptedResponse::asChunked()
{
    chunked = true;
    return *this;
}

ScriptedResponse &ScriptedResponse::gzipped()
{
    body = compress(body, Compression::Gzip);
    return withHeader("Content-Encoding", "gzip");
}

ScriptedResponse &ScriptedResponse::withFillerHeaders(int count, const QByteArray &value)
{
    headers.reserve(headers.size() + count);
    for (int i = 0; i < count; ++i)
        headers.append({"X-Filler-" + QByteArray::number(i), value});
    return *this;
}

// ---- Connection
// ------------------------------------------------------------------------------------------------

// One client connection: parses requests one after another (keep-alive) and delivers the scripted responses.
class TestServer::Connection : public QObject
{
public:
    Connection(TestServer *server, QTcpSocket *socket, int number)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_number(number)
    {
        socket->setParent(this);
        // Without this, a head and a body written separately wait on Nagle and delayed ACKs (~40 ms each).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { step(); });
        connect(socket, &QIODevice::readyRead, this, [this] {
            m_buffer += m_socket->readAll();
            if (!m_busy)
                takeNextRequest();
        });
        connect(socket, &QAbstractSocket::disconnected, this, [this] { onDisconnected(); });
        if (socket->bytesAvailable() > 0) {
            m_buffer += socket->readAll();
            takeNextRequest();
        }
    }

private:
    enum class Phase
    {
        Waiting,
        Body,
        Done
    };

    void takeNextRequest()
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = m_buffer.left(end);
        const QList<QByteArray> lines = head.split('\n');
        RecordedRequest request;
        request.requestLine = lines.value(0).trimmed();
        const QList<QByteArray> parts = request.requestLine.split(' ');
        request.method = parts.value(0);
        request.target = parts.value(1);
        request.version = parts.value(2);
        request.connection = m_number;
        request.receivedAtMs = m_server->m_clock.elapsed();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        qsizetype consumed = end + 4;
        bool ok = false;
        const qint64 requestBody = request.header("Content-Length").toLongLong(&ok);
        if (ok && requestBody > 0) {
            if (m_buffer.size() < consumed + requestBody)
                return; // wait for the rest of the request body
            consumed += requestBody;
        }
        m_buffer.remove(0, consumed);

        m_busy = true;
        m_response = m_server->takeResponse(request);
        m_delivery = int(m_server->m_deliveries.size());
        DeliveryRecord delivery;
        delivery.status = (m_response.noAnswer || m_response.hangUp) ? 0 : m_response.status;
        delivery.bodySize = m_response.body.size();
        delivery.complete = m_response.hangUp; // hanging up is all this response does
        m_server->m_deliveries.append(delivery);
        m_server->m_requests.append(request);
        emit m_server->requestReceived(int(m_server->m_requests.size() - 1));

        m_phase = Phase::Waiting;
        if (m_response.noAnswer)
            return; // stays busy: no later request on this connection is answered either
        if (m_response.hangUp) {
            m_phase = Phase::Done;
            m_socket->disconnectFromHost();
            return;
        }
        m_phase = Phase::Waiting;
        m_sent = 0;
        m_timer.start(std::max(0, m_response.delayMs));
    }

    DeliveryRecord &record() { return m_server->m_deliveries[m_delivery]; }

    bool connected() const { return m_socket->state() == QAbstractSocket::ConnectedState; }

    void step()
    {
        if (!connected()) {
            onDisconnected();
            return;
        }
        if (m_phase == Phase::Waiting) {
            writeHead();
            m_phase = Phase::Body;
        }
        const qint64 limit = m_response.closeAfterBodyBytes >= 0
                                 ? std::min<qint64>(m_response.closeAfterBodyBytes, m_response.body.size())
                                 : m_response.body.size();
        const qint64 piece = m_response.dripBytes > 0 ? m_response.dripBytes : limit;
        const qint64 size = std::min(piece, limit - m_sent);
        if (size > 0) {
            const QByteArray data = m_response.body.mid(m_sent, size);
            if (m_response.chunked)
                m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
            else
                m_socket->write(data);
            m_sent += size;
            record().bodyBytesWritten = m_sent;
        }
        if (m_sent < limit) {
            m_timer.start(std::max(0, m_response.dripIntervalMs));
            return;
        }
        if (m_response.closeAfterBodyBytes >= 0 && m_sent < m_response.body.size()) {
            // Cut mid-body, as a crashing server or a dropped connection would.
            m_phase = Phase::Done;
            m_socket->flush();
            m_socket->disconnectFromHost();
            return;
        }
        if (m_response.chunked)
            m_socket->write("0\r\n\r\n");
        record().complete = true;
        m_phase = Phase::Done;
        m_busy = false;
        if (m_response.closeAfterResponse) {
            m_socket->disconnectFromHost();
            return;
        }
        takeNextRequest();
    }

    void writeHead()
    {
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(m_response.status) + ' ' + m_response.reason + "\r\n";
        bool hasLength = false;
        for (const auto &[name, value] : m_response.headers) {
            hasLength = hasLength || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
            head += name + ": " + value + "\r\n";
        }
        if (m_response.chunked)
            head += "Transfer-Encoding: chunked\r\n";
        else if (m_response.contentLength && !hasLength)
            head += "Content-Length: " + QByteArray::number(m_response.body.size()) + "\r\n";
        if (m_response.closeAfterResponse)
            head += "Connection: close\r\n";
        head += "\r\n";
        m_socket->write(head);
        m_socket->flush();
    }

    void onDisconnected()
    {
        m_timer.stop();
        if (m_busy && m_phase != Phase::Done && m_delivery >= 0)
            record().clientClosedEarly = true;
        m_busy = false;
        m_phase = Phase::Done;
        deleteLater();
    }

    TestServer *m_server;
    QTcpSocket *m_socket;
    int m_number;
    QByteArray m_buffer;
    bool m_busy = false;
    Phase m_phase = Phase::Done;
    ScriptedResponse m_response;
    int m_delivery = -1;
    qint64 m_sent = 0;
    QTimer m_timer;
};

// ---- TestServer
// ------------------------------------------------------------------------------------------------

TestServer::TestServer(Transport transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
    m_fallback = ScriptedResponse::text(599, "No scripted response for this request", "text/plain");
    m_fallback.reason = "No Scripted Response";
    m_clock.start();
}

TestServer::~TestServer()
{
    close();
}

bool TestServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    if (m_transport == Transport::Https) {
        const TestCertificates &certificates = testCertificates();
        if (!certificates.ok()) {
            qWarning("TestServer: no test certificate: %s", qPrintable(certificates.error));
            return false;
        }
        auto *server = new QSslServer(this);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain({certificates.server, certificates.ca});
        configuration.setPrivateKey(certificates.serverKey);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(configuration);
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &TestServer::acceptPending);
    connect(m_server, &QTcpServer::newConnection, this, &TestServer::acceptPending);
    if (!m_server->listen(address, port)) {
        qWarning("TestServer: cannot listen: %s", qPrintable(m_server->errorString()));
        delete m_server;
        m_server = nullptr;
        return false;
    }
    return true;
}

void TestServer::close()
{
    for (const QPointer<Connection> &connection : std::as_const(m_connections))
        delete connection.data();
    m_connections.clear();
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
}

quint16 TestServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QHostAddress TestServer::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

QString TestServer::baseUrl() const
{
    const QString scheme = m_transport == Transport::Https ? QStringLiteral("https") : QStringLiteral("http");
    QString host = address().toString();
    if (address().protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return scheme + QStringLiteral("://") + host + QLatin1Char(':') + QString::number(port());
}

void TestServer::enqueue(const ScriptedResponse &response)
{
    m_queue.append(response);
}

void TestServer::enqueue(const QList<ScriptedResponse> &responses)
{
    m_queue.append(responses);
}

void TestServer::setFallback(const ScriptedResponse &response)
{
    m_fallback = response;
}

ScriptedResponse TestServer::takeResponse(const RecordedRequest &request)
{
    if (m_responder) {
        if (std::optional<ScriptedResponse> response = m_responder(request))
            return *response;
    }
    return m_queue.isEmpty() ? m_fallback : m_queue.takeFirst();
}

QByteArray TestServer::allRequestBytes() const
{
    QByteArray all;
    for (const RecordedRequest &request : m_requests) {
        all += request.requestLine + '\n';
        for (const auto &[name, value] : request.headers)
            all += name + ": " + value + '\n';
    }
    return all;
}

bool TestServer::waitForRequests(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return requestCount() >= count; }, timeoutMs);
}

bool TestServer::waitForDeliveryEnd(int index, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            if (index >= m_deliveries.size())
                return false;
            const DeliveryRecord &record = m_deliveries.at(index);
            return record.complete || record.clientClosedEarly;
        },
        timeoutMs);
}

void TestServer::acceptPending()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        m_connections.append(new Connection(this, socket, ++m_connectionCount));
    }
}

quint16 closedLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace TestSupport
