#include "api/retrypolicy.h"

#include <QTest>
#include <QTimeZone>

Q_DECLARE_METATYPE(ErrorKind)
Q_DECLARE_METATYPE(RetryPolicy::Reason)

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void reasons_data()
    {
        using R = RetryPolicy::Reason;
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("cut");
        QTest::addColumn<R>("reason");
        QTest::newRow("429") << ErrorKind::RateLimited << 429 << false << R::RetryAfter;
        QTest::newRow("503") << ErrorKind::ServerError << 503 << false << R::RetryAfter;
        QTest::newRow("502") << ErrorKind::ServerError << 502 << false << R::Backoff;
        QTest::newRow("504") << ErrorKind::ServerError << 504 << false << R::Backoff;
        QTest::newRow("500") << ErrorKind::ServerError << 500 << false << R::None;
        QTest::newRow("400") << ErrorKind::BadRequest << 400 << false << R::None;
        QTest::newRow("401") << ErrorKind::Unauthorized << 401 << false << R::None;
        QTest::newRow("401 version") << ErrorKind::VersionHeaderMissing << 401 << false << R::None;
        QTest::newRow("403") << ErrorKind::Forbidden << 403 << false << R::None;
        QTest::newRow("404") << ErrorKind::NotFound << 404 << false << R::None;
        QTest::newRow("422") << ErrorKind::Unprocessable << 422 << false << R::None;
        QTest::newRow("timeout") << ErrorKind::Timeout << 0 << false << R::Backoff;
        QTest::newRow("timeout mid-body") << ErrorKind::Timeout << 200 << false << R::Backoff;
        QTest::newRow("truncated") << ErrorKind::Truncated << 200 << true << R::Backoff;
        QTest::newRow("cut before answer") << ErrorKind::Network << 0 << true << R::Backoff;
        QTest::newRow("other network") << ErrorKind::Network << 0 << false << R::None;
        QTest::newRow("refused") << ErrorKind::ConnectionRefused << 0 << false << R::None;
        QTest::newRow("dns") << ErrorKind::HostNotFound << 0 << false << R::None;
        QTest::newRow("tls") << ErrorKind::Tls << 0 << false << R::None;
        QTest::newRow("too large") << ErrorKind::TooLarge << 200 << false << R::None;
        QTest::newRow("not json") << ErrorKind::NotJson << 200 << false << R::None;
        QTest::newRow("redirect") << ErrorKind::Redirect << 302 << false << R::None;
    }
    void reasons()
    {
        QFETCH(ErrorKind, kind);
        QFETCH(int, status);
        QFETCH(bool, cut);
        QFETCH(RetryPolicy::Reason, reason);
        QCOMPARE(RetryPolicy::reasonFor(kind, status, cut), reason);
    }

    void retryAfterParsing_data()
    {
        const QDateTime now(QDate(2024, 3, 27), QTime(19, 13, 0), QTimeZone::utc());
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds"); // -1: nothing
        QTest::newRow("seconds") << now << QByteArray("120") << 120;
        QTest::newRow("zero") << now << QByteArray("0") << 0;
        QTest::newRow("spaces") << now << QByteArray(" 5 ") << 5;
        QTest::newRow("imf date") << now << QByteArray("Wed, 27 Mar 2024 19:13:30 GMT") << 30;
        QTest::newRow("past date") << now << QByteArray("Wed, 27 Mar 2024 19:00:00 GMT") << 0;
        QTest::newRow("negative") << now << QByteArray("-5") << -1;
        QTest::newRow("fraction") << now << QByteArray("1.5") << -1;
        QTest::newRow("garbage") << now << QByteArray("soon") << -1;
        QTest::newRow("empty") << now << QByteArray() << -1;
        QTest::newRow("huge") << now << QByteArray("99999999999999999999") << std::numeric_limits<int>::max();
    }
    void retryAfterParsing()
    {
        QFETCH(QDateTime, now);
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const std::optional<int> parsed = RetryPolicy::parseRetryAfter(value, now);
        if (seconds < 0)
            QVERIFY(!parsed);
        else
            QCOMPARE(parsed, seconds);
    }

    void retryAfterWaitIsCappedAndScaled()
    {
        RetryPolicy policy;
        QCOMPARE(policy.waitMs(RetryPolicy::Reason::RetryAfter, 2, 7), 7000);
        QCOMPARE(policy.waitMs(RetryPolicy::Reason::RetryAfter, 2, 3600), 60'000);
        policy.timeScale = 0.001;
        QCOMPARE(policy.waitMs(RetryPolicy::Reason::RetryAfter, 2, 7), 7);
        policy.maxRetryAfterSeconds = 5;
        QCOMPARE(policy.waitMs(RetryPolicy::Reason::RetryAfter, 3, 3600), 5);
    }

    void backoffGrowsWithJitter()
    {
        RetryPolicy policy;
        policy.baseBackoffMs = 1000;
        bool varied = false;
        int previous = -1;
        for (int i = 0; i < 50; ++i) {
            const int second = policy.waitMs(RetryPolicy::Reason::Backoff, 2, std::nullopt);
            const int third = policy.waitMs(RetryPolicy::Reason::Backoff, 3, std::nullopt);
            QVERIFY2(second >= 500 && second <= 1000, qPrintable(QString::number(second)));
            QVERIFY2(third >= 1000 && third <= 2000, qPrintable(QString::number(third)));
            varied = varied || (previous >= 0 && previous != second);
            previous = second;
        }
        QVERIFY2(varied, "jitter makes waits differ");
        // Without a Retry-After, a 429 backs off too.
        const int wait = policy.waitMs(RetryPolicy::Reason::RetryAfter, 2, std::nullopt);
        QVERIFY(wait >= 500 && wait <= 1000);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
