#include "loopbackresponder.h"

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

// Lives in the responder's thread: the listening socket and its connections.
class LoopbackResponderWorker : public QObject
{
public:
    LoopbackResponderWorker(LoopbackResponder *owner, QByteArray response, const QElapsedTimer &clock)
        : m_owner(owner)
        , m_response(std::move(response))
        , m_clock(clock)
    {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                socket->setParent(this);
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
    }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &pending = m_pending[socket];
        pending += socket->readAll();
        // Requests are GETs without a body: each ends with an empty line. A head of 64 KiB is bound enough.
        if (pending.size() > 64 * 1024) {
            m_pending.remove(socket);
            socket->abort();
            return;
        }
        qsizetype end;
        while ((end = pending.indexOf("\r\n\r\n")) >= 0) {
            const bool close = pending.left(end).toLower().contains("\nconnection: close");
            pending.remove(0, end + 4);
            m_owner->m_received.fetch_add(1);
            socket->write(m_response);
            while (socket->bytesToWrite() > 0 && socket->waitForBytesWritten(5000)) {
            }
            m_owner->m_lastByteNs.store(m_clock.nsecsElapsed());
            m_owner->m_answered.fetch_add(1);
            if (close) {
                m_pending.remove(socket);
                socket->disconnectFromHost();
                return;
            }
        }
    }

    LoopbackResponder *m_owner;
    QByteArray m_response;
    const QElapsedTimer &m_clock;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

LoopbackResponder::LoopbackResponder(const QByteArray &body, const QList<QByteArray> &headers,
                                     const QElapsedTimer &clock)
{
    QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n";
    for (const QByteArray &header : headers)
        response += header + "\r\n";
    response += "\r\n" + body;
    m_worker = new LoopbackResponderWorker(this, response, clock);
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_worker, [this] { return m_worker->listen(); }, Qt::BlockingQueuedConnection, &port);
    if (port)
        m_baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
}

LoopbackResponder::~LoopbackResponder()
{
    m_thread.quit();
    m_thread.wait();
}
