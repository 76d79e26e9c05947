// ContentDecoder: gzip and deflate (both forms servers send) unpacked as they arrive, whole or a byte at a
// time, with the size cap checked while the output grows: a decompression bomb stops at exactly the cap.
#include "api/contentdecoder.h"
#include "compression.h"

#include <QRandomGenerator>
#include <QTest>

using namespace TestSupport;
using Coding = ContentDecoder::Coding;
using Status = ContentDecoder::Status;

Q_DECLARE_METATYPE(ContentDecoder::Coding)
Q_DECLARE_METATYPE(TestSupport::Compression)

namespace {

// Text that compresses a little, like JSON: random words from a small alphabet.
QByteArray sampleText(qsizetype size, quint32 seed = 7)
{
    QRandomGenerator random(seed);
    QByteArray text(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        text[i] = "abcdefghij \"{}:,0123"[random.bounded(20)];
    return text;
}

struct Decoded
{
    Status status = Status::Ok;
    QByteArray output;
    bool atEnd = false;
};

// Feeds input in pieces of pieceSize (0: all at once).
Decoded decode(Coding coding, const QByteArray &input, qint64 cap, qsizetype pieceSize = 0)
{
    ContentDecoder decoder(coding);
    Decoded result;
    const qsizetype step = pieceSize > 0 ? pieceSize : std::max<qsizetype>(1, input.size());
    for (qsizetype at = 0; at < input.size(); at += step) {
        result.status = decoder.decode(QByteArrayView(input).sliced(at, std::min(step, input.size() - at)),
                                       result.output, cap);
        if (result.status != Status::Ok)
            break;
    }
    result.atEnd = decoder.atEnd();
    return result;
}

} // namespace

class TestContentDecoder : public QObject
{
    Q_OBJECT

private slots:
    void codingFor_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("known");
        QTest::addColumn<Coding>("coding");
        QTest::newRow("absent") << QByteArray() << true << Coding::Identity;
        QTest::newRow("identity") << QByteArray("identity") << true << Coding::Identity;
        QTest::newRow("gzip") << QByteArray("gzip") << true << Coding::Gzip;
        QTest::newRow("GZIP") << QByteArray(" GZIP ") << true << Coding::Gzip;
        QTest::newRow("x-gzip") << QByteArray("x-gzip") << true << Coding::Gzip;
        QTest::newRow("deflate") << QByteArray("deflate") << true << Coding::Deflate;
        QTest::newRow("gzip, identity") << QByteArray("gzip, identity") << true << Coding::Gzip;
        QTest::newRow("br") << QByteArray("br") << false << Coding::Identity;
        QTest::newRow("zstd") << QByteArray("zstd") << false << Coding::Identity;
        QTest::newRow("stacked") << QByteArray("gzip, gzip") << false << Coding::Identity;
        QTest::newRow("gzip, br") << QByteArray("gzip, br") << false << Coding::Identity;
    }
    void codingFor()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, known);
        QFETCH(Coding, coding);
        const auto found = ContentDecoder::codingFor(header);
        QCOMPARE(found.has_value(), known);
        if (known)
            QCOMPARE(*found, coding);
    }

    void roundTrip_data()
    {
        QTest::addColumn<Coding>("coding");
        QTest::addColumn<Compression>("format");
        QTest::addColumn<qsizetype>("pieceSize");
        for (const qsizetype piece : {qsizetype(0), qsizetype(1), qsizetype(4096)}) {
            const QByteArray suffix =
                piece == 0 ? QByteArray(" whole") : QByteArray(" in pieces of ") + QByteArray::number(piece);
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::newRow(QByteArray(name + suffix).constData());
            };
            row("gzip") << Coding::Gzip << Compression::Gzip << piece;
            row("gzip header, zlib stream") << Coding::Gzip << Compression::Zlib << piece;
            row("deflate (zlib)") << Coding::Deflate << Compression::Zlib << piece;
            row("deflate (raw)") << Coding::Deflate << Compression::RawDeflate << piece;
        }
    }
    void roundTrip()
    {
        QFETCH(Coding, coding);
        QFETCH(Compression, format);
        QFETCH(qsizetype, pieceSize);
        const QByteArray text = sampleText(300'000);
        const Decoded result = decode(coding, compress(text, format), 1 << 20, pieceSize);
        QCOMPARE(result.status, Status::Ok);
        QCOMPARE(result.output.size(), text.size());
        QCOMPARE(result.output, text);
        QVERIFY(result.atEnd);
    }

    void concatenatedGzipMembersAreOneBody()
    {
        const QByteArray a = sampleText(5000, 1);
        const QByteArray b = sampleText(7000, 2);
        const QByteArray both = compress(a) + compress(b);
        for (const qsizetype piece : {qsizetype(0), qsizetype(1)}) {
            const Decoded result = decode(Coding::Gzip, both, 1 << 20, piece);
            QCOMPARE(result.status, Status::Ok);
            QCOMPARE(result.output, a + b);
            QVERIFY(result.atEnd);
        }
    }

    // The cap is the largest allowed size: exactly the cap passes, one byte more does not.
    void exactlyTheCapPasses()
    {
        const QByteArray text = sampleText(100'000);
        const Decoded exact = decode(Coding::Gzip, compress(text), text.size());
        QCOMPARE(exact.status, Status::Ok);
        QCOMPARE(exact.output, text);
        QVERIFY(exact.atEnd);

        const Decoded over = decode(Coding::Gzip, compress(text), text.size() - 1);
        QCOMPARE(over.status, Status::LimitReached);
        QCOMPARE(over.output.size(), text.size() - 1);
        QCOMPARE(over.output, text.left(text.size() - 1));
    }

    void identityIsCappedToo()
    {
        const Decoded exact = decode(Coding::Identity, "0123456789", 10);
        QCOMPARE(exact.status, Status::Ok);
        QCOMPARE(exact.output, QByteArray("0123456789"));
        const Decoded over = decode(Coding::Identity, "0123456789", 4);
        QCOMPARE(over.status, Status::LimitReached);
        QCOMPARE(over.output, QByteArray("0123"));
    }

    // 64 MiB of zeros in about 64 KB of gzip: unpacking stops at the 1 MiB cap, holding no more than that,
    // whether the stream arrives whole or in network-sized pieces.
    void bombStopsAtTheCap()
    {
        const qint64 unpacked = 64LL * 1024 * 1024;
        const QByteArray bomb = gzipOfZeros(unpacked);
        QVERIFY2(bomb.size() < unpacked / 500, qPrintable(QString::number(bomb.size())));
        const qint64 cap = 1 << 20;
        for (const qsizetype piece : {qsizetype(0), qsizetype(16 * 1024)}) {
            const Decoded result = decode(Coding::Gzip, bomb, cap, piece);
            QCOMPARE(result.status, Status::LimitReached);
            QCOMPARE(result.output.size(), cap);
            QVERIFY(result.output.capacity() <= 2 * cap);
            QVERIFY(!result.atEnd);
        }
    }

    void corruptStreamsAreNamed_data()
    {
        QTest::addColumn<Coding>("coding");
        QTest::addColumn<QByteArray>("input");
        const QByteArray gz = compress(sampleText(2000));
        QByteArray flipped = gz;
        flipped[gz.size() / 2] = char(flipped[gz.size() / 2] ^ 0x55);
        QByteArray badCrc = gz;
        badCrc[gz.size() - 6] = char(badCrc[gz.size() - 6] ^ 0x01);
        QTest::newRow("not gzip at all") << Coding::Gzip << QByteArray("{\"plain\":\"json\"}");
        QTest::newRow("a flipped byte") << Coding::Gzip << flipped;
        QTest::newRow("wrong checksum") << Coding::Gzip << badCrc;
        QTest::newRow("bytes after the end") << Coding::Gzip << gz + "trailing";
        QTest::newRow("deflate garbage") << Coding::Deflate << QByteArray("\xff\xff\xff\xff\xff\xff", 6);
    }
    void corruptStreamsAreNamed()
    {
        QFETCH(Coding, coding);
        QFETCH(QByteArray, input);
        ContentDecoder decoder(coding);
        QByteArray output;
        const Status status = decoder.decode(input, output, 1 << 20);
        QCOMPARE(status, Status::Corrupt);
        QVERIFY(!decoder.error().isEmpty());
        // Once corrupt, it stays corrupt.
        QCOMPARE(decoder.decode("more", output, 1 << 20), Status::Corrupt);
    }

    void aStreamCutShortIsNotAtItsEnd()
    {
        const QByteArray gz = compress(sampleText(50'000));
        const Decoded result = decode(Coding::Gzip, gz.left(gz.size() / 2), 1 << 20);
        QCOMPARE(result.status, Status::Ok);
        QVERIFY(!result.atEnd);
        QVERIFY(result.output.size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestContentDecoder)
#include "tst_contentdecoder.moc"
