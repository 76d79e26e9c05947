#include "text/bodyfacts.h"

#include <QTest>

// What a body that is not JSON is: blank (nothing, or only whitespace) or binary (a control byte text never
// holds), decided in one pass.
class TestBodyFacts : public QObject
{
    Q_OBJECT

private slots:
    void facts_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("blank");
        QTest::addColumn<qlonglong>("firstBinaryByte");
        QTest::newRow("nothing") << QByteArray() << true << -1LL;
        QTest::newRow("whitespace") << QByteArray(" \t\r\n\n") << true << -1LL;
        QTest::newRow("json") << QByteArray(R"({"id":"a"})") << false << -1LL;
        QTest::newRow("text with tabs") << QByteArray("a\tb\r\nc\f") << false << -1LL;
        QTest::newRow("record separator first") << QByteArray("\x1e{\"id\":1}") << false << 0LL;
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << false << 6LL;
        QTest::newRow("nul after whitespace") << QByteArray("  \0", 3) << false << 2LL;
        QTest::newRow("utf-8 is text") << QByteArray("\"Zahnärzte\"") << false << -1LL;
        QTest::newRow("delete is text") << QByteArray("a\x7f") << false << -1LL;
    }
    void facts()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, blank);
        QFETCH(qlonglong, firstBinaryByte);
        const BodyFacts facts = BodyFacts::of(body);
        QCOMPARE(facts.blank, blank);
        QCOMPARE(qlonglong(facts.firstBinaryByte), firstBinaryByte);
        QCOMPARE(facts.isBinary(), firstBinaryByte >= 0);
    }
};

QTEST_GUILESS_MAIN(TestBodyFacts)
#include "tst_bodyfacts.moc"
