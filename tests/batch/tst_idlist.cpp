// Reading a batch's ids from what people paste or open: any separators, links, CSV with a header row and
// RFC 4180 quoting (the column picked by name), duplicates and invalid entries with their reason, the bounds.
#include "batch/csvreader.h"
#include "batch/idlist.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestIdList : public QObject
{
    Q_OBJECT

private slots:
    void pastedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("lines") << u"aaa111\nbbb222\r\nccc333\n"_s
                               << QStringList{u"aaa111"_s, u"bbb222"_s, u"ccc333"_s};
        QTest::newRow("commas, spaces, semicolons, pipes")
            << u"aaa111, bbb222;ccc333 | ddd444\tEee555"_s
            << QStringList{u"aaa111"_s, u"bbb222"_s, u"ccc333"_s, u"ddd444"_s, u"Eee555"_s};
        QTest::newRow("quoted, bracketed")
            << u"[\"aaa111\", 'bbb222', (ccc333)]"_s << QStringList{u"aaa111"_s, u"bbb222"_s, u"ccc333"_s};
        QTest::newRow("links")
            << u"https://app.gohighlevel.com/v2/location/L1/conversations/conversations/"
               u"C1?messageId=nXf2TQ8rLm4kPz7VbC1a "
               u"https://services.leadconnectorhq.com/conversations/messages/ve9EPM428h8vShlRW1KT"_s
            << QStringList{u"nXf2TQ8rLm4kPz7VbC1a"_s, u"ve9EPM428h8vShlRW1KT"_s};
        QTest::newRow("empty") << u" \n\t, ;"_s << QStringList{};
    }

    void pastedText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        const IdList list = IdList::fromText(text);
        QVERIFY(list.ok());
        QCOMPARE(list.ids, ids);
        QCOMPARE(list.rejectedCount(), 0);
    }

    void duplicatesAndInvalidHaveReasons()
    {
        const IdList list =
            IdList::fromText(u"aaa111\nbbb222\naaa111\nno/slash\nhttps://example.com/x\nccc333"_s);
        QCOMPARE(list.ids, (QStringList{u"aaa111"_s, u"bbb222"_s, u"ccc333"_s}));
        QCOMPARE(list.duplicateCount, 1);
        QCOMPARE(list.invalidCount, 2);
        QCOMPARE(list.rejected.size(), 3);
        QCOMPARE(list.rejected.at(0).reason, IdList::Rejected::Reason::Duplicate);
        QCOMPARE(list.rejected.at(0).line, 3);
        QCOMPARE(list.rejected.at(0).text, u"Already in the list (line 1)."_s);
        QCOMPARE(list.rejected.at(1).reason, IdList::Rejected::Reason::Invalid);
        QCOMPARE(list.rejected.at(1).line, 4);
        QCOMPARE(list.rejected.at(1).input, u"no/slash"_s);
        QVERIFY(list.rejected.at(1).text.contains(u"slash"_s));
        QCOMPARE(list.rejected.at(2).line, 5);
        QCOMPARE(list.summaryText(), u"3 ids · 1 duplicate · 2 invalid"_s);
    }

    void aLinkAndItsIdAreTheSameId()
    {
        const IdList list = IdList::fromText(
            u"ve9EPM428h8vShlRW1KT https://x.example/conversations/messages/ve9EPM428h8vShlRW1KT"_s);
        QCOMPARE(list.ids, QStringList{u"ve9EPM428h8vShlRW1KT"_s});
        QCOMPARE(list.duplicateCount, 1);
    }

    void csvReaderFollowsRfc4180()
    {
        CsvReader reader(u"a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",x\r\n\nlast,"_s);
        CsvReader::Record r;
        QVERIFY(reader.next(r));
        QCOMPARE(r.line, 1);
        QCOMPARE(r.fields, (QStringList{u"a"_s, u"b,1"_s, u"say \"hi\""_s}));
        QVERIFY(reader.next(r));
        QCOMPARE(r.line, 2);
        QCOMPARE(r.fields, (QStringList{u"multi\nline"_s, u"x"_s}));
        QVERIFY(reader.next(r));
        QCOMPARE(r.line, 4);
        QCOMPARE(r.fields, QStringList{QString()});
        QVERIFY(reader.next(r));
        QCOMPARE(r.line, 5);
        QCOMPARE(r.fields, (QStringList{u"last"_s, QString()}));
        QVERIFY(!reader.next(r));
    }

    void delimiterIsDetected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << u"a,b;c\n"_s << QChar(u',');
        QTest::newRow("semicolon (European spreadsheets)") << u"a;b;c,d\n"_s << QChar(u';');
        QTest::newRow("tab") << u"a\tb\tc\n"_s << QChar(u'\t');
        QTest::newRow("quoted commas do not count") << u"\"a,b,c\";d;e\n"_s << QChar(u';');
        QTest::newRow("none") << u"abc\n"_s << QChar(u',');
    }

    void delimiterIsDetected()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QCOMPARE(CsvReader::detectDelimiter(text), delimiter);
    }

    void csvColumnByName()
    {
        const QString csv = u"Date,Message ID,Phone\r\n"
                            u"2026-11-01,aaa111,+15550001111\r\n"
                            u"2026-11-02,\"bbb222\",\"+1 555, ext 2\"\r\n"
                            u",,\r\n"
                            u"2026-11-03,aaa111,\r\n"
                            u"2026-11-04,=HYPERLINK(1),\r\n"_s;
        QCOMPARE(IdList::tableColumns(csv), (QStringList{u"Date"_s, u"Message ID"_s, u"Phone"_s}));
        QCOMPARE(IdList::guessColumn(IdList::tableColumns(csv)), u"Message ID"_s);

        const IdList guessed = IdList::fromTable(csv);
        QVERIFY(guessed.ok());
        QCOMPARE(guessed.column, u"Message ID"_s);
        QCOMPARE(guessed.ids, (QStringList{u"aaa111"_s, u"bbb222"_s}));
        QCOMPARE(guessed.duplicateCount, 1);
        QCOMPARE(guessed.rejected.at(0).line, 5);
        QCOMPARE(guessed.invalidCount, 1);
        QCOMPARE(guessed.rejected.at(1).line, 6);

        const IdList named = IdList::fromTable(csv, u" message id "_s);
        QCOMPARE(named.ids, guessed.ids);

        const IdList missing = IdList::fromTable(csv, u"Nope"_s);
        QVERIFY(!missing.ok());
        QVERIFY(missing.ids.isEmpty());
        QCOMPARE(missing.error,
                 u"There is no column “Nope” (the header row has: Date, Message ID, Phone)."_s);
    }

    void fileIsATableOrText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("chosen");
        QTest::newRow("plain list") << QByteArray("aaa111\nbbb222\n") << QString()
                                    << QStringList{u"aaa111"_s, u"bbb222"_s} << QString();
        QTest::newRow("one column with a header, BOM")
            << QByteArray("\xEF\xBB\xBFmessageId\r\naaa111\r\nbbb222\r\n") << QString()
            << QStringList{u"aaa111"_s, u"bbb222"_s} << u"messageId"_s;
        QTest::newRow("semicolons, picked column")
            << QByteArray("when;id;note\n1;aaa111;x\n2;bbb222;y\n") << u"id"_s
            << QStringList{u"aaa111"_s, u"bbb222"_s} << u"id"_s;
        QTest::newRow("UTF-8 header") << QByteArray("Nachricht-ID,Größe\naaa111,1\n") << u"Nachricht-ID"_s
                                      << QStringList{u"aaa111"_s} << u"Nachricht-ID"_s;
    }

    void fileIsATableOrText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, column);
        QFETCH(QStringList, ids);
        QFETCH(QString, chosen);
        const IdList list = IdList::fromFile(bytes, column);
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(list.ids, ids);
        QCOMPARE(list.column, chosen);
    }

    void tableWithoutAnIdColumnAsksForOne()
    {
        const IdList list = IdList::fromFile("when,what\n1,aaa111\n");
        QVERIFY(!list.ok());
        QCOMPARE(list.columns, (QStringList{u"when"_s, u"what"_s}));
        QCOMPARE(list.error,
                 u"Pick the column that holds the message ids (the header row has: when, what)."_s);
    }

    void bounds()
    {
        QString many;
        for (int i = 0; i < IdList::maxIds + 5; ++i)
            many += u"id"_s + QString::number(i) + u'\n';
        const IdList list = IdList::fromText(many);
        QCOMPARE(list.ids.size(), IdList::maxIds);
        QCOMPARE(list.ids.constLast(), u"id9999"_s);
        QCOMPARE(list.overLimitCount, 5);
        QCOMPARE(list.rejected.constFirst().reason, IdList::Rejected::Reason::OverLimit);
        QCOMPARE(list.rejected.constFirst().line, IdList::maxIds + 1);

        // Junk is counted in full but listed only up to the bound.
        const IdList junk = IdList::fromText(QString(3000, u'/').split(QString()).join(u' '));
        QCOMPARE(junk.invalidCount, 3000);
        QCOMPARE(junk.rejected.size(), IdList::maxRejectedListed);

        const QByteArray huge(IdList::maxInputBytes + 1, 'a');
        const IdList refused = IdList::fromFile(huge);
        QVERIFY(!refused.ok());
        QVERIFY(refused.ids.isEmpty());
        QVERIFY(refused.error.contains(u"too much"_s));
    }

    void longEntriesAreCutInTheList()
    {
        const IdList list = IdList::fromText(QString(500, u'x') + u"/"_s);
        QCOMPARE(list.rejected.size(), 1);
        QCOMPARE(list.rejected.constFirst().input.size(), 81);
        QVERIFY(list.rejected.constFirst().input.endsWith(u'…'));
    }

    void aTokenAmongTheIdsIsNeverShownBack()
    {
        const QString pit = u"pit-0a1b2c3d-4e5f-6789-abcd-ef0123456789"_s;
        const QString jwt = u"eyJhbGciOiJIUzI1NiJ9.eyJsb2NhdGlvbl9pZCI6IkwxIn0.c2lnbmF0dXJlLXZhbHVl"_s;
        const IdList list = IdList::fromText(u"ok1\n"_s + pit + u"\n"_s + jwt + u"\nok2"_s);
        QCOMPARE(list.ids, (QStringList{u"ok1"_s, u"ok2"_s}));
        QCOMPARE(list.invalidCount, 2);
        QCOMPARE(list.rejected.size(), 2);
        for (const IdList::Rejected &r : list.rejected) {
            QCOMPARE(r.input, u"(a token: not shown)"_s);
            QVERIFY(!r.text.contains(u"0a1b2c3d"_s) && !r.text.contains(u"eyJhbGci"_s));
        }
        QCOMPARE(list.rejected.at(0).line, 2);
    }
};

QTEST_GUILESS_MAIN(TestIdList)
#include "tst_idlist.moc"
