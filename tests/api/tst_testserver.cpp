// The loopback server other tests rely on, checked over a raw socket so its bytes are seen exactly.
#include "testcertificates.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

using namespace TestSupport;

namespace {

// Reads from socket until the predicate holds for what arrived, or the socket closes.
QByteArray readUntil(QAbstractSocket &socket, const std::function<bool(const QByteArray &)> &done,
                     int timeoutMs = 5000)
{
    QByteArray data;
    (void)QTest::qWaitFor(
        [&] {
            data += socket.readAll();
            return done(data) || socket.state() != QAbstractSocket::ConnectedState;
        },
        timeoutMs);
    data += socket.readAll();
    return data;
}

} // namespace

class TestTestServer : public QObject
{
    Q_OBJECT

private slots:
    void recordsRequestsAndAnswersInOrderOnOneConnection()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json("{\"a\":1}").withHeader("X-First", "1"));
        server.enqueue(ScriptedResponse::error(404, "{}"));
        QTcpSocket socket;
        socket.connectToHost(server.address(), server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /one?x=1 HTTP/1.1\r\nHost: a\r\nB-Header: 2\r\nA-Header: 1\r\n\r\n"
                     "GET /two HTTP/1.1\r\nHost: a\r\n\r\n");
        const QByteArray answer =
            readUntil(socket, [](const QByteArray &d) { return d.count("HTTP/1.1") == 2; });
        QVERIFY2(
            answer.startsWith("HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nX-First: "
                              "1\r\nContent-Length: 7\r\n\r\n{\"a\":1}HTTP/1.1 404 Not Found\r\n"),
            answer.constData());
        QCOMPARE(server.requestCount(), 2);
        const RecordedRequest first = server.requests().at(0);
        QCOMPARE(first.requestLine, QByteArray("GET /one?x=1 HTTP/1.1"));
        QCOMPARE(first.method, QByteArray("GET"));
        QCOMPARE(first.target, QByteArray("/one?x=1"));
        QCOMPARE(first.version, QByteArray("HTTP/1.1"));
        QCOMPARE(first.headers.size(), 3);
        QCOMPARE(first.headers.at(1).first, QByteArray("B-Header")); // order kept
        QCOMPARE(first.header("a-header"), QByteArray("1"));         // names case-insensitive
        QCOMPARE(server.requests().at(1).connection, first.connection);
        QCOMPARE(server.connectionCount(), 1);
        QVERIFY(server.deliveries().at(0).complete);
    }

    void fallbackMakesUnexpectedRequestsVisible()
    {
        TestServer server;
        QVERIFY(server.listen());
        QTcpSocket socket;
        socket.connectToHost(server.address(), server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET / HTTP/1.1\r\n\r\n");
        const QByteArray answer =
            readUntil(socket, [](const QByteArray &d) { return d.contains("response"); });
        QVERIFY2(answer.startsWith("HTTP/1.1 599 "), answer.constData());
    }

    void chunkedDripAndCut()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json("0123456789").asChunked().withDrip(4, 1));
        server.enqueue(ScriptedResponse::json("0123456789").cutAfter(3));
        {
            QTcpSocket socket;
            socket.connectToHost(server.address(), server.port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write("GET / HTTP/1.1\r\n\r\n");
            const QByteArray answer =
                readUntil(socket, [](const QByteArray &d) { return d.endsWith("0\r\n\r\n"); });
            QVERIFY2(answer.contains("Transfer-Encoding: chunked\r\n"), answer.constData());
            QVERIFY(!answer.contains("Content-Length"));
            QVERIFY2(answer.endsWith("\r\n\r\n4\r\n0123\r\n4\r\n4567\r\n2\r\n89\r\n0\r\n\r\n"),
                     answer.constData());
        }
        QTcpSocket socket;
        socket.connectToHost(server.address(), server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET / HTTP/1.1\r\n\r\n");
        const QByteArray answer = readUntil(socket, [](const QByteArray &) { return false; });
        QVERIFY2(answer.endsWith("Content-Length: 10\r\n\r\n012"), answer.constData());
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(server.deliveries().at(1).bodyBytesWritten, 3);
        QVERIFY(!server.deliveries().at(1).complete);
    }

    void clientHangingUpIsRecorded()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::silence());
        QTcpSocket socket;
        socket.connectToHost(server.address(), server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET / HTTP/1.1\r\n\r\n");
        QVERIFY(server.waitForRequests(1));
        socket.abort();
        QVERIFY(server.waitForDeliveryEnd(0));
        QVERIFY(server.deliveries().at(0).clientClosedEarly);
    }

    void httpsServesTheTestCertificate()
    {
        QVERIFY2(testCertificates().ok(), qPrintable(testCertificates().error));
        TestServer server(TestServer::Transport::Https);
        QVERIFY(server.listen());
        QVERIFY(server.baseUrl().startsWith(u"https://127.0.0.1:"_qs));
        server.enqueue(ScriptedResponse::json("{}"));
        QSslSocket socket;
        socket.setSslConfiguration(clientConfigurationTrustingTestCa());
        socket.connectToHostEncrypted(u"localhost"_qs, server.port());
        // The server runs on this thread, so wait with the event loop running, never with waitForEncrypted().
        QVERIFY2(QTest::qWaitFor([&] { return socket.isEncrypted(); }, 5000),
                 qPrintable(socket.errorString()));
        QCOMPARE(socket.peerCertificate(), testCertificates().server);
        socket.write("GET / HTTP/1.1\r\n\r\n");
        const QByteArray answer = readUntil(socket, [](const QByteArray &d) { return d.endsWith("{}"); });
        QVERIFY2(answer.startsWith("HTTP/1.1 200 OK"), answer.constData());

        QSslSocket untrusting;
        untrusting.connectToHostEncrypted(u"127.0.0.1"_qs, server.port());
        QSignalSpy failed(&untrusting, &QSslSocket::sslErrors);
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 5000));
        QVERIFY(!untrusting.isEncrypted());
        QTest::qWait(30);
        QCOMPARE(server.requestCount(), 1);
    }

    void closedPortRefuses()
    {
        const quint16 port = closedLoopbackPort();
        QVERIFY(port != 0);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!socket.waitForConnected(5000));
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }
};

QTEST_GUILESS_MAIN(TestTestServer)
#include "tst_testserver.moc"
