// CSV and JSON Lines of batch rows byte for byte: RFC 4180 quoting, CRLF, UTF-8, chosen columns in the chosen
// order, formula neutralisation, JSON escapes and nulls.
#include "batch/batchexport.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestBatchExport : public QObject
{
    Q_OBJECT

private slots:
    void neutralisation_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("plain") << u"hello"_s << QByteArray("hello");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("equals") << u"=1+2"_s << QByteArray("'=1+2");
        QTest::newRow("plus") << u"+15550001111"_s << QByteArray("'+15550001111");
        QTest::newRow("minus") << u"-2+3"_s << QByteArray("'-2+3");
        QTest::newRow("at") << u"@SUM(A1)"_s << QByteArray("'@SUM(A1)");
        QTest::newRow("tab") << u"\t=1"_s << QByteArray("'\t=1");
        QTest::newRow("carriage return") << u"\r=1"_s << QByteArray("\"'\r=1\"");
        QTest::newRow("formula with a comma") << u"=HYPERLINK(\"http://x\",\"a\")"_s
                                              << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\"");
        QTest::newRow("equals later is fine") << u"a=b"_s << QByteArray("a=b");
        QTest::newRow("comma") << u"a,b"_s << QByteArray("\"a,b\"");
        QTest::newRow("quote") << u"say \"hi\""_s << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("line break") << u"a\nb"_s << QByteArray("\"a\nb\"");
        QTest::newRow("UTF-8") << u"Grüße 👋"_s
                               << QByteArray("Gr\xC3\xBC\xC3\x9F"
                                             "e \xF0\x9F\x91\x8B");
    }

    void neutralisation()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, csv);
        QCOMPARE(BatchExport::csvField(cell), csv);
    }

    void rowsByteForByte()
    {
        BatchRow a = BatchRow::pending(u"a1"_s);
        a.outcome = BatchRow::Outcome::Found;
        a.httpStatus = 200;
        a.status = {BadgeMeaning::Good, u"Delivered"_s, u"delivered"_s, true};
        a.date = QDateTime(QDate(2024, 3, 27), QTime(18, 13, 49, 5), Qt::UTC);
        a.text = u"-1 left, \"ok\"\n👋\x01"_s;
        BatchRow b = BatchRow::pending(u"b2"_s);
        b.outcome = BatchRow::Outcome::Failed;
        b.error = u"Could not connect"_s;
        b.dateText = u"yesterday"_s; // unreadable dates go out as sent
        const std::vector<BatchRow> rows{a, b};
        const QList<BatchColumn> columns{BatchColumn::Text,   BatchColumn::Id,   BatchColumn::HttpStatus,
                                         BatchColumn::Status, BatchColumn::Date, BatchColumn::Error};

        QCOMPARE(
            BatchExport::toCsv(rows, columns),
            QByteArray("text,id,http_status,status,date,error\r\n"
                       "\"'-1 left, "
                       "\"\"ok\"\"\n\xF0\x9F\x91\x8B\x01\",a1,200,delivered,2024-03-27T18:13:49.005Z,\r\n"
                       ",b2,,,yesterday,Could not connect\r\n"));
        QCOMPARE(
            BatchExport::toJsonLines(rows, columns),
            QByteArray(
                "{\"text\":\"-1 left, "
                "\\\"ok\\\"\\n\xF0\x9F\x91\x8B\\u0001\",\"id\":\"a1\",\"http_status\":200,"
                "\"status\":\"delivered\",\"date\":\"2024-03-27T18:13:49.005Z\",\"error\":null}\n"
                "{\"text\":null,\"id\":\"b2\",\"http_status\":null,\"status\":null,\"date\":\"yesterday\","
                "\"error\":\"Could not connect\"}\n"));
        QCOMPARE(BatchExport::csvHeader(BatchColumns::all()),
                 QByteArray("id,outcome,http_status,direction,status,type,date,contact_id,conversation_id,"
                            "location_id,text,trace_id,error\r\n"));
        QCOMPARE(BatchExport::toCsv(std::vector<BatchRow>{}, {BatchColumn::Id}), QByteArray("id\r\n"));
    }

    void columnNamesRoundTrip()
    {
        for (const BatchColumn column : BatchColumns::all())
            QCOMPARE(BatchColumns::fromName(BatchColumns::name(column)), column);
        QCOMPARE(BatchColumns::fromName(u" Trace_ID "_s), BatchColumn::TraceId);
        QVERIFY(!BatchColumns::fromName(u"token"_s));
        for (int i = 0; i <= int(BatchRow::Outcome::Cancelled); ++i)
            QCOMPARE(BatchRow::outcomeFromName(BatchRow::outcomeName(BatchRow::Outcome(i))),
                     BatchRow::Outcome(i));
    }
};

QTEST_GUILESS_MAIN(TestBatchExport)
#include "tst_batchexport.moc"
