#include "httpexchange.h"

#include "common/logging.h"
#include "common/secretwipe.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace {

// Read at most this much per step, and let the socket buffer no more: a fast server cannot fill memory
// between two checks of the bounds.
constexpr qint64 readStep = 256 * 1024;

} // namespace

HttpExchange::HttpExchange(QObject *parent)
    : QObject(parent)
{}

HttpExchange::~HttpExchange()
{
    abort();
}

QByteArray HttpExchange::requestBytes(const QUrl &url, const HttpHeaders &requestHeaders)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 address
    const bool https = url.scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) == 0;
    const int port = url.port(https ? 443 : 80);
    if (port != (https ? 443 : 80))
        host += ':' + QByteArray::number(port);

    QByteArray bytes = "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &[name, value] : requestHeaders)
        bytes += name + ": " + value + "\r\n";
    bytes += "Accept-Encoding: gzip, deflate\r\nConnection: close\r\n\r\n";
    return bytes;
}

void HttpExchange::start(const QUrl &url, const HttpHeaders &requestHeaders, const HttpLimits &limits,
                         const std::optional<QSslConfiguration> &sslConfiguration, BodySink *successBodySink)
{
    abort();
    m_parser = HttpResponseParser(limits);
    m_parser.setSuccessBodySink(successBodySink);
    m_request = requestBytes(url, requestHeaders);
    m_tlsErrors.clear();
    m_transport = Transport::Ok;
    m_transportDetail.clear();
    m_reportedBytes = -1;
    m_running = true;

    const bool https = url.scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) == 0;
    const QString host = url.host(QUrl::EncodeUnicode);
    const quint16 port = quint16(url.port(https ? 443 : 80));
    QTcpSocket *socket = nullptr;
    if (https) {
        auto *ssl = new QSslSocket(this);
        QSslConfiguration configuration =
            sslConfiguration.value_or(QSslConfiguration::defaultConfiguration());
        configuration.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
        ssl->setSslConfiguration(configuration);
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                m_tlsErrors << error.errorString();
        });
        connect(ssl, &QSslSocket::encrypted, this, &HttpExchange::onConnected);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        connect(socket, &QAbstractSocket::connected, this, &HttpExchange::onConnected);
    }
    socket->setReadBufferSize(readStep);
    connect(socket, &QIODevice::readyRead, this, &HttpExchange::onReadyRead);
    connect(socket, &QAbstractSocket::disconnected, this, &HttpExchange::onDisconnected);
    connect(socket, &QAbstractSocket::errorOccurred, this, &HttpExchange::onError);
    m_socket = socket;
    // A socket may fail at once (no TLS support, say); finished() still comes from the event loop, after
    // start() returned, like every other ending.
    m_starting = true;
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        ssl->connectToHostEncrypted(host, port);
    else
        socket->connectToHost(host, port);
    m_starting = false;
}

void HttpExchange::abort()
{
    m_running = false;
    SecretWipe::wipe(m_request);
    if (QTcpSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void HttpExchange::onConnected()
{
    if (!m_running || !m_socket)
        return;
    m_socket->write(m_request);
    SecretWipe::wipe(m_request); // it holds the Authorization header; the socket has its own copy now
}

void HttpExchange::onReadyRead()
{
    while (m_running && m_socket && m_socket->bytesAvailable() > 0) {
        const QByteArray chunk = m_socket->read(readStep);
        if (chunk.isEmpty())
            break;
        const HttpResponseParser::State state = m_parser.feed(chunk);
        if (m_parser.wireBodyBytes() != m_reportedBytes && m_parser.headComplete()) {
            m_reportedBytes = m_parser.wireBodyBytes();
            emit progress(m_reportedBytes, m_parser.contentLength());
        }
        if (state == HttpResponseParser::State::Complete || state == HttpResponseParser::State::Failed) {
            // Complete, or stopped at a bound or a broken frame: either way nothing more is read.
            end(Transport::Ok);
            return;
        }
    }
}

void HttpExchange::onDisconnected()
{
    if (!m_running)
        return;
    onReadyRead(); // whatever arrived with the close
    if (!m_running)
        return;
    const HttpResponseParser::State state = m_parser.connectionClosed();
    end(state == HttpResponseParser::State::Complete ? Transport::Ok : Transport::Closed);
}

void HttpExchange::onError()
{
    if (!m_running || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    QString detail = m_socket->errorString();
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        onDisconnected();
        return;
    case QAbstractSocket::ConnectionRefusedError:
        end(Transport::ConnectionRefused, detail);
        return;
    case QAbstractSocket::HostNotFoundError:
        end(Transport::HostNotFound, detail);
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        if (!m_tlsErrors.isEmpty())
            detail =
                m_tlsErrors.join(QStringLiteral("; ")) + QStringLiteral(" (") + detail + QLatin1Char(')');
        end(Transport::Tls, detail);
        return;
    default:
        end(Transport::Failed, detail);
        return;
    }
}

void HttpExchange::end(Transport transport, const QString &detail)
{
    if (!m_running)
        return;
    m_transport = transport;
    m_transportDetail = detail;
    abort();
    qCDebug(lcApi) << "exchange ended:" << int(transport) << "status" << m_parser.status() << "body"
                   << m_parser.body().size() << "bytes";
    if (m_starting)
        QMetaObject::invokeMethod(this, &HttpExchange::finished, Qt::QueuedConnection);
    else
        emit finished();
}
