#include "api/errorexplainer.h"
#include "api/resultsummary.h"

#include <QLocale>
#include <QTest>

class TestResultSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void successWithRateLimits()
    {
        ApiResult result;
        result.httpStatus = 200;
        result.reasonPhrase = "OK";
        result.elapsedMs = 182;
        result.size = 612;
        result.attempts = 1;
        result.rateLimit = RateLimitInfo::fromHeaders({{"X-RateLimit-Max", "100"},
                                                       {"X-RateLimit-Remaining", "97"},
                                                       {"X-RateLimit-Daily-Remaining", "199870"}});
        QCOMPARE(ResultSummary::statusLine(result), u"200 OK · 182 ms · 612 bytes"_qs);
        QCOMPARE(ResultSummary::rateLimitLine(result.rateLimit), u"burst 97/100 · daily 199,870"_qs);
        QCOMPARE(ResultSummary::fullLine(result),
                 u"200 OK · 182 ms · 612 bytes · burst 97/100 · daily 199,870"_qs);
    }

    void retriesAndMissingFigures()
    {
        ApiResult result;
        result.httpStatus = 503;
        result.reasonPhrase = "Service\r\nUnavailable"; // server text: control characters never pass through
        result.elapsedMs = 1500;
        result.size = 2048;
        result.attempts = 3;
        result.rateLimit.burstRemaining = 0;
        QCOMPARE(ResultSummary::statusLine(result),
                 u"503 ServiceUnavailable · 1,500 ms · 2.00 KiB · 3 attempts"_qs);
        QCOMPARE(ResultSummary::rateLimitLine(result.rateLimit), u"burst 0 left"_qs);
        QCOMPARE(ResultSummary::rateLimitLine({}), QString());
    }

    void noHttpAnswerShowsTheErrorTitle()
    {
        ApiResult result;
        result.error = ErrorExplainer::explain(ErrorKind::ConnectionRefused);
        QVERIFY(!result.error.title.isEmpty());
        QVERIFY(ResultSummary::statusLine(result).startsWith(result.error.title + u" · 0 ms"_qs));
        QCOMPARE(ResultSummary::fullLine(result), ResultSummary::statusLine(result));
    }
};

QTEST_GUILESS_MAIN(TestResultSummary)
#include "tst_resultsummary.moc"
