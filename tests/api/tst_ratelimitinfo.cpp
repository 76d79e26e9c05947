#include "api/ratelimitinfo.h"

#include <QTest>

class TestRateLimitInfo : public QObject
{
    Q_OBJECT

private slots:
    void allFive()
    {
        const HttpHeaders headers{{"x-ratelimit-max", "100"},
                                  {"X-RateLimit-Remaining", " 97 "},
                                  {"X-RATELIMIT-INTERVAL-MILLISECONDS", "10000"},
                                  {"X-RateLimit-Limit-Daily", "200000"},
                                  {"X-RateLimit-Daily-Remaining", "199870"}};
        const RateLimitInfo info = RateLimitInfo::fromHeaders(headers);
        QCOMPARE(info.burstMax, 100);
        QCOMPARE(info.burstRemaining, 97);
        QCOMPARE(info.intervalMs, 10000);
        QCOMPARE(info.dailyLimit, 200000);
        QCOMPARE(info.dailyRemaining, 199870);
        QVERIFY(!info.isEmpty());
    }

    void noneAtAll()
    {
        const RateLimitInfo info = RateLimitInfo::fromHeaders({{"Content-Type", "application/json"}});
        QVERIFY(info.isEmpty());
        QVERIFY(!info.burstMax);
        QVERIFY(!info.dailyRemaining);
    }

    void zeroIsKept()
    {
        const RateLimitInfo info = RateLimitInfo::fromHeaders({{"X-RateLimit-Remaining", "0"}});
        QVERIFY(info.burstRemaining.has_value());
        QCOMPARE(*info.burstRemaining, 0);
        QVERIFY(!info.burstMax);
    }

    void firstOfRepeatedHeaderWins()
    {
        const RateLimitInfo info =
            RateLimitInfo::fromHeaders({{"X-RateLimit-Max", "100"}, {"X-RateLimit-Max", "5"}});
        QCOMPARE(info.burstMax, 100);
    }

    void garbageIsAbsent_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("spaces") << QByteArray("   ");
        QTest::newRow("text") << QByteArray("lots");
        QTest::newRow("negative") << QByteArray("-1");
        QTest::newRow("plus") << QByteArray("+5");
        QTest::newRow("fraction") << QByteArray("1.5");
        QTest::newRow("hex") << QByteArray("0x10");
        QTest::newRow("trailing text") << QByteArray("10 requests");
        QTest::newRow("list") << QByteArray("100, 100");
        QTest::newRow("overflow") << QByteArray("99999999999999999999999");
    }
    void garbageIsAbsent()
    {
        QFETCH(QByteArray, value);
        const RateLimitInfo info = RateLimitInfo::fromHeaders({{"X-RateLimit-Max", value},
                                                               {"X-RateLimit-Remaining", value},
                                                               {"X-RateLimit-Interval-Milliseconds", value},
                                                               {"X-RateLimit-Limit-Daily", value},
                                                               {"X-RateLimit-Daily-Remaining", value}});
        QVERIFY(info.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRateLimitInfo)
#include "tst_ratelimitinfo.moc"
