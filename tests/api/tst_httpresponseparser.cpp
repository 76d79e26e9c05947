// HttpResponseParser as a table: each response is fed whole, then a byte at a time (as a slow network would
// deliver it), and must come out the same. The bounds (header count and bytes, body and unpacked body) stop
// the parser at the bound, not after the rest has arrived.
#include "api/httpresponseparser.h"
#include "compression.h"

#include <QTest>

using namespace TestSupport;
using State = HttpResponseParser::State;
using Failure = HttpResponseParser::Failure;

Q_DECLARE_METATYPE(HttpResponseParser::State)
Q_DECLARE_METATYPE(HttpResponseParser::Failure)
Q_DECLARE_METATYPE(HttpLimits)

namespace {

// A status line and header lines, ended: "HTTP/1.1 200 OK\r\nA: b" → "HTTP/1.1 200 OK\r\nA: b\r\n\r\n".
QByteArray head(const QByteArray &statusAndHeaders)
{
    return statusAndHeaders + "\r\n\r\n";
}

QByteArray withLength(const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders +
           "\r\n" + body;
}

QByteArray chunked(const QList<QByteArray> &chunks, const QByteArray &trailer = {})
{
    QByteArray wire = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (const QByteArray &chunk : chunks)
        wire += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    return wire + "0\r\n" + trailer + "\r\n";
}

QByteArray fillerHeaders(int count)
{
    QByteArray lines;
    for (int i = 0; i < count; ++i)
        lines += "X-Filler-" + QByteArray::number(i) + ": x\r\n";
    return lines;
}

HttpLimits limits(int headerCount = 200, qint64 headerBytes = 64 * 1024, qint64 body = 1 << 20)
{
    HttpLimits l;
    l.maxHeaderCount = headerCount;
    l.maxHeaderBytes = headerBytes;
    l.maxBodyBytes = body;
    return l;
}

struct Run
{
    State state = State::Head;
    Failure failure = Failure::None;
    int status = 0;
    QByteArray body;
    int headerCount = 0;
    bool cutShort = false;
    qint64 fedWhenDone = 0; // bytes fed until the parser stopped asking for more
};

Run parse(const QByteArray &wire, const HttpLimits &l, bool close, qsizetype piece)
{
    HttpResponseParser parser(l);
    Run run;
    qsizetype at = 0;
    const qsizetype step = piece > 0 ? piece : std::max<qsizetype>(1, wire.size());
    while (at < wire.size()) {
        const qsizetype size = std::min(step, wire.size() - at);
        const State state = parser.feed(QByteArrayView(wire).sliced(at, size));
        at += size;
        if (state == State::Complete || state == State::Failed)
            break;
    }
    run.fedWhenDone = at;
    if (close)
        parser.connectionClosed();
    run.state = parser.state();
    run.failure = parser.failure();
    run.status = parser.status();
    run.body = parser.body();
    run.headerCount = int(parser.headers().size());
    run.cutShort = parser.cutShort();
    return run;
}

} // namespace

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void responses_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<HttpLimits>("bounds");
        QTest::addColumn<bool>("close"); // the peer closes after the bytes
        QTest::addColumn<State>("state");
        QTest::addColumn<Failure>("failure");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("headers");

        const QByteArray json = R"({"message":{"id":"abc"}})";
        const QByteArray text = QByteArray(3000, 'a') + json;

        // Framing
        QTest::newRow("content-length")
            << withLength(json) << limits() << false << State::Complete << Failure::None << 200 << json << 1;
        QTest::newRow("bytes after a complete answer are ignored")
            << withLength(json) + "HTTP/1.1 500 Oops\r\n\r\n"
            << limits() << false << State::Complete << Failure::None << 200 << json << 1;
        QTest::newRow("chunked, extensions and a trailer")
            << chunked({"{\"mess", "age\":{\"id\":", "\"abc\"}}"}, "X-Trailer: t\r\n")
                   .replace("6\r\n", "6;ext=1\r\n")
            << limits() << false << State::Complete << Failure::None << 200 << json << 1;
        QTest::newRow("until the connection closes")
            << head("HTTP/1.1 200 OK\r\nContent-Type: application/json") + json << limits() << true
            << State::Complete << Failure::None << 200 << json << 1;
        QTest::newRow("204 has no body") << head("HTTP/1.1 204 No Content") << limits() << false
                                         << State::Complete << Failure::None << 204 << QByteArray() << 0;
        QTest::newRow("interim 100 and 103 are skipped")
            << head("HTTP/1.1 100 Continue") + head("HTTP/1.1 103 Early Hints\r\nLink: </a>") +
                   withLength(json)
            << limits() << false << State::Complete << Failure::None << 200 << json << 1;
        QTest::newRow("bare LF line ends")
            << QByteArray("HTTP/1.1 404 Not Found\nContent-Length: 2\n\n{}") << limits() << false
            << State::Complete << Failure::None << 404 << QByteArray("{}") << 1;
        QTest::newRow("equal repeated Content-Length")
            << head("HTTP/1.1 200 OK\r\nContent-Length: 2, 2") + "{}" << limits() << false << State::Complete
            << Failure::None << 200 << QByteArray("{}") << 1;

        // Compression
        QTest::newRow("gzip") << withLength(compress(text), "Content-Encoding: gzip\r\n") << limits() << false
                              << State::Complete << Failure::None << 200 << text << 2;
        QTest::newRow("deflate, chunked")
            << chunked({compress(text, Compression::Zlib)})
                   .replace("chunked\r\n", "chunked\r\nContent-Encoding: deflate\r\n")
            << limits() << false << State::Complete << Failure::None << 200 << text << 2;
        QTest::newRow("empty body with gzip header")
            << withLength({}, "Content-Encoding: gzip\r\n") << limits() << false << State::Complete
            << Failure::None << 200 << QByteArray() << 2;

        // Bounds: exactly at a bound passes, one over fails.
        QTest::newRow("200 header fields pass")
            << head("HTTP/1.1 200 OK\r\n" + fillerHeaders(199) + "Content-Length: 2") + "{}" << limits()
            << false << State::Complete << Failure::None << 200 << QByteArray("{}") << 200;
        QTest::newRow("201 header fields fail")
            << head("HTTP/1.1 200 OK\r\n" + fillerHeaders(200) + "Content-Length: 2") + "{}" << limits()
            << false << State::Failed << Failure::HeaderCount << 0 << QByteArray() << 200;
        const QByteArray statusLine = "HTTP/1.1 200 OK\r\n";
        const QByteArray end = "Content-Length: 2\r\n\r\n";
        const QByteArray padded = statusLine +
                                  "X-Pad: " + QByteArray(1000 - statusLine.size() - 9 - end.size(), 'p') +
                                  "\r\n" + end;
        QTest::newRow("head of exactly the byte bound passes")
            << padded + "{}" << limits(200, 1000) << false << State::Complete << Failure::None << 200
            << QByteArray("{}") << 2;
        QTest::newRow("one byte more fails")
            << padded.left(statusLine.size() + 7) + 'p' + padded.mid(statusLine.size() + 7) + "{}"
            << limits(200, 1000) << false << State::Failed << Failure::HeaderBytes << 0 << QByteArray() << 2;
        QTest::newRow("a header line that never ends")
            << statusLine + "X-Big: " + QByteArray(300'000, 'b') << limits() << false << State::Failed
            << Failure::HeaderBytes << 0 << QByteArray() << 0;
        QTest::newRow("interim answers share the bounds")
            << head("HTTP/1.1 100 Continue\r\n" + fillerHeaders(150).chopped(2)) +
                   head("HTTP/1.1 100 Continue\r\n" + fillerHeaders(60).chopped(2))
            << limits() << false << State::Failed << Failure::HeaderCount << 0 << QByteArray() << 50;
        QTest::newRow("trailers share the bounds")
            << chunked({json}, fillerHeaders(201)) << limits() << false << State::Failed
            << Failure::HeaderCount << 200 << json << 1;
        QTest::newRow("Content-Length over the cap")
            << head("HTTP/1.1 200 OK\r\nContent-Length: 2000000") + "{" << limits() << false << State::Failed
            << Failure::BodyBytes << 200 << QByteArray() << 1;
        QTest::newRow("chunk over the cap")
            << chunked({QByteArray(1100000, ' ')}) << limits() << false << State::Failed << Failure::BodyBytes
            << 200 << QByteArray() << 1;
        QTest::newRow("until close, over the cap")
            << head("HTTP/1.1 200 OK") + QByteArray(1100000, ' ') << limits() << true << State::Failed
            << Failure::BodyBytes << 200 << QByteArray() << 0;
        QTest::newRow("gzip bomb") << withLength(gzipOfZeros(64LL << 20), "Content-Encoding: gzip\r\n")
                                   << limits() << false << State::Failed << Failure::DecodedBytes << 200
                                   << QByteArray(1 << 20, '\0') << 2;

        // Broken answers
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << limits() << false
                                  << State::Failed << Failure::Malformed << 0 << QByteArray() << 0;
        QTest::newRow("HTTP/2 preface") << QByteArray("HTTP/2 200\r\n\r\n") << limits() << false
                                        << State::Failed << Failure::Malformed << 0 << QByteArray() << 0;
        QTest::newRow("101 not asked for")
            << head("HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c") << limits() << false << State::Failed
            << Failure::Malformed << 0 << QByteArray() << 1;
        QTest::newRow("folded header") << head("HTTP/1.1 200 OK\r\nX-A: a\r\n  b") << limits() << false
                                       << State::Failed << Failure::Malformed << 0 << QByteArray() << 1;
        QTest::newRow("header without a name")
            << head("HTTP/1.1 200 OK\r\n: x") << limits() << false << State::Failed << Failure::Malformed << 0
            << QByteArray() << 0;
        QTest::newRow("conflicting Content-Length")
            << head("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3") << limits() << false
            << State::Failed << Failure::Malformed << 200 << QByteArray() << 2;
        QTest::newRow("Content-Length not a number")
            << head("HTTP/1.1 200 OK\r\nContent-Length: -1") << limits() << false << State::Failed
            << Failure::Malformed << 200 << QByteArray() << 1;
        QTest::newRow("transfer coding other than chunked")
            << head("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked") << limits() << false
            << State::Failed << Failure::Malformed << 200 << QByteArray() << 1;
        QTest::newRow("content coding not asked for")
            << withLength("x", "Content-Encoding: br\r\n") << limits() << false << State::Failed
            << Failure::Malformed << 200 << QByteArray() << 2;
        QTest::newRow("bad chunk size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << limits() << false
            << State::Failed << Failure::Malformed << 200 << QByteArray() << 1;
        QTest::newRow("chunk longer than its size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n")
            << limits() << false << State::Failed << Failure::Malformed << 200 << QByteArray("ab") << 1;
        QByteArray corrupt = compress(text);
        corrupt[corrupt.size() / 2] = char(corrupt[corrupt.size() / 2] ^ 0x55);
        QTest::newRow("corrupt gzip")
            << withLength(corrupt, "Content-Encoding: gzip\r\n") << limits() << false << State::Failed
            << Failure::Malformed << 200 << QByteArray() << 2;
        const QByteArray half = compress(text).left(40);
        QTest::newRow("gzip stream ends before its end")
            << withLength(half, "Content-Encoding: gzip\r\n") << limits() << false << State::Failed
            << Failure::Malformed << 200 << QByteArray() << 2;
    }

    void responses()
    {
        QFETCH(QByteArray, wire);
        QFETCH(HttpLimits, bounds);
        QFETCH(bool, close);
        QFETCH(State, state);
        QFETCH(Failure, failure);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, headers);

        for (const qsizetype piece : {qsizetype(0), qsizetype(1), qsizetype(1000)}) {
            const Run run = parse(wire, bounds, close, piece);
            const QByteArray how =
                piece == 0 ? QByteArray("whole") : QByteArray("in pieces of ") + QByteArray::number(piece);
            QVERIFY2(run.state == state, how.constData());
            QVERIFY2(run.failure == failure, how.constData());
            QVERIFY2(run.status == status, how.constData());
            // A failed body is compared only where the row names what must have been kept.
            if (state == State::Complete || !body.isEmpty())
                QVERIFY2(run.body == body,
                         QByteArray(how + ": " + QByteArray::number(run.body.size())).constData());
            QVERIFY2(run.headerCount == headers,
                     QByteArray(how + ": " + QByteArray::number(run.headerCount)).constData());
            QVERIFY2(!run.cutShort, how.constData());
        }
    }

    // A bound stops the parser while the bytes arrive: it asks for nothing more once the bound is passed.
    void boundsStopReadingEarly()
    {
        const QByteArray hugeHeader =
            "HTTP/1.1 200 OK\r\nX-Big: " + QByteArray(50 * 1024 * 1024, 'b') + "\r\n\r\n{}";
        const Run huge = parse(hugeHeader, limits(), false, 16 * 1024);
        QCOMPARE(huge.failure, Failure::HeaderBytes);
        QVERIFY2(huge.fedWhenDone <= 64 * 1024 + 16 * 1024, QByteArray::number(huge.fedWhenDone));

        QByteArray many = "HTTP/1.1 200 OK\r\n" + fillerHeaders(100'000) + "\r\n{}";
        const Run count = parse(many, limits(200, 1 << 30), false, 16 * 1024);
        QCOMPARE(count.failure, Failure::HeaderCount);
        QVERIFY2(count.fedWhenDone <= 201 * 20 + 16 * 1024, QByteArray::number(count.fedWhenDone));

        const QByteArray bomb = withLength(gzipOfZeros(256LL << 20), "Content-Encoding: gzip\r\n");
        const Run unpacked = parse(bomb, limits(), false, 16 * 1024);
        QCOMPARE(unpacked.failure, Failure::DecodedBytes);
        QCOMPARE(unpacked.body.size(), 1 << 20);
        QVERIFY2(unpacked.fedWhenDone <= 2 * 16 * 1024, QByteArray::number(unpacked.fedWhenDone));
        QVERIFY(bomb.size() > 8 * 16 * 1024);
    }

    void connectionClosedEarly_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<bool>("headComplete");
        QTest::addColumn<bool>("nothing");
        QTest::newRow("nothing at all") << QByteArray() << false << true;
        QTest::newRow("half a status line") << QByteArray("HTTP/1.1 2") << false << false;
        QTest::newRow("head without its end")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n") << false << false;
        QTest::newRow("half the Content-Length body") << withLength("0123456789").left(45) << true << false;
        QTest::newRow("chunked without the last chunk")
            << chunked({"abc", "def"}).chopped(5) << true << false;
        const QByteArray gz = compress(QByteArray(5000, 'z'));
        QTest::newRow("gzip until close, cut mid-stream")
            << head("HTTP/1.1 200 OK\r\nContent-Encoding: gzip") + gz.left(gz.size() / 2) << true << false;
    }
    void connectionClosedEarly()
    {
        QFETCH(QByteArray, wire);
        QFETCH(bool, headComplete);
        QFETCH(bool, nothing);
        HttpResponseParser parser(limits());
        parser.feed(wire);
        const State state = parser.connectionClosed();
        QVERIFY(state == State::Head || state == State::Body);
        QVERIFY(parser.cutShort());
        QCOMPARE(parser.headComplete(), headComplete);
        QCOMPARE(parser.nothingReceived(), nothing);
        QCOMPARE(parser.failure(), Failure::None);
    }

    void headersKeepTheirOrderAndRepeats()
    {
        HttpResponseParser parser(limits());
        parser.feed(
            head("HTTP/1.1 200 OK\r\nX-Zeta: 1\r\nSet-Cookie: a\r\nx-alpha:  spaced  \r\nSet-Cookie: b\r\n"
                 "Content-Length: 0"));
        QCOMPARE(parser.state(), State::Complete);
        QCOMPARE(parser.reasonPhrase(), QByteArray("OK"));
        const HttpHeaders expected{{"X-Zeta", "1"},
                                   {"Set-Cookie", "a"},
                                   {"x-alpha", "spaced"},
                                   {"Set-Cookie", "b"},
                                   {"Content-Length", "0"}};
        QCOMPARE(parser.headers(), expected);
    }
};

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
