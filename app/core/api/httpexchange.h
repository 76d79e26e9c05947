#pragma once

#include "api/httpheaders.h"
#include "api/httpresponseparser.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>

#include <optional>

class BodySink;
class QTcpSocket;

// One GET over its own connection (https, or http for loopback), read with HttpResponseParser so that every
// bound (header count and size, body and unpacked body size) is checked as the bytes arrive. The request asks
// for Connection: close and Accept-Encoding: gzip, deflate. TLS errors are never ignored.
//
// finished() is emitted exactly once after start(), never from inside it, unless abort() (or the destructor)
// came first: those end the exchange silently.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    // What the connection itself did, apart from the HTTP it carried.
    enum class Transport
    {
        Ok,                // the response was read to its end (or to a bound, see the parser's failure)
        ConnectionRefused, // nothing listens there
        HostNotFound,      // the name did not resolve
        Tls,               // the handshake failed or the certificate was not trusted
        Closed,            // the peer closed before the response was complete (see the parser's cutShort())
        Failed,            // any other socket error
    };

    explicit HttpExchange(QObject *parent = nullptr);
    ~HttpExchange() override;

    // requestHeaders are sent as given, after Host and before Accept-Encoding and Connection. A 2xx body
    // goes to successBodySink when one is given (see HttpResponseParser::setSuccessBodySink).
    void start(const QUrl &url, const HttpHeaders &requestHeaders, const HttpLimits &limits,
               const std::optional<QSslConfiguration> &sslConfiguration, BodySink *successBodySink = nullptr);
    void abort();

    Transport transport() const { return m_transport; }
    // The socket's error text, and for TLS every certificate problem found.
    QString transportDetail() const { return m_transportDetail; }
    HttpResponseParser &response() { return m_parser; }
    const HttpResponseParser &response() const { return m_parser; }

    // The request bytes for url and headers (exposed for tests of the wire format).
    static QByteArray requestBytes(const QUrl &url, const HttpHeaders &requestHeaders);

signals:
    void progress(qint64 bodyBytesReceived, qint64 bodyBytesTotal); // total -1 when not announced
    void finished();

private:
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onError();
    void end(Transport transport, const QString &detail = {});

    QPointer<QTcpSocket> m_socket;
    HttpResponseParser m_parser;
    QByteArray m_request;
    QStringList m_tlsErrors;
    Transport m_transport = Transport::Ok;
    QString m_transportDetail;
    bool m_running = false;
    bool m_starting = false; // inside start(): an ending is reported from the event loop
    qint64 m_reportedBytes = -1;
};
