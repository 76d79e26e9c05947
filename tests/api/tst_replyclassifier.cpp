// ReplyClassifier as a table: the facts of one attempt (what stopped it, what the connection did, how far the
// response got, its status and headers) and the verdict. The first rows are the ones issue 10 found: a 2xx
// whose download was stopped (a decompression bomb, a bound, a cut) is judged by what stopped it, never by
// its body.
#include "api/replyclassifier.h"

#include <QTest>
#include <QTimeZone>

using Facts = ReplyClassifier::Facts;
using Failure = HttpResponseParser::Failure;
using Transport = HttpExchange::Transport;

Q_DECLARE_METATYPE(ReplyClassifier::Facts)
Q_DECLARE_METATYPE(ErrorKind)

namespace {

const QUrl lookupUrl(QStringLiteral("https://services.leadconnectorhq.com/conversations/messages/abc"));

// A complete answer with this status, headers and body.
Facts answer(int status, const QByteArray &body = {}, const HttpHeaders &headers = {})
{
    Facts facts;
    facts.headComplete = true;
    facts.httpStatus = status;
    facts.headers = headers;
    facts.body = body;
    facts.requestUrl = lookupUrl;
    facts.lookupUrl = lookupUrl;
    facts.maxBodyBytes = 64LL << 20;
    facts.maxHeaderCount = 200;
    facts.maxHeaderBytes = 64 * 1024;
    facts.attemptTimeoutMs = 30'000;
    facts.deadlineMs = 60'000;
    facts.now = QDateTime(QDate(2024, 3, 27), QTime(18, 0), QTimeZone::utc());
    return facts;
}

const HttpHeaders jsonType{{"Content-Type", "application/json; charset=utf-8"}};
const QByteArray garbage("\x1f\x8b\x08\x00\xff\xfe garbage that is not JSON", 30);

Facts with(Facts facts, const std::function<void(Facts &)> &change)
{
    change(facts);
    return facts;
}

} // namespace

class TestReplyClassifier : public QObject
{
    Q_OBJECT

private slots:
    // The explanations format sizes and seconds with the default locale.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void verdicts_data()
    {
        QTest::addColumn<Facts>("facts");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<bool>("cut");
        QTest::addColumn<QString>("causeContains");

        // A 2xx is judged by what stopped it first.
        QTest::newRow("200, unpacked body over the cap (bomb)")
            << with(answer(200, garbage, jsonType), [](Facts &f) { f.failure = Failure::DecodedBytes; })
            << ErrorKind::TooLarge << false << u"compressed"_qs;
        QTest::newRow("200, body over the cap")
            << with(answer(200, garbage, jsonType), [](Facts &f) { f.failure = Failure::BodyBytes; })
            << ErrorKind::TooLarge << false << u"64.00 MiB"_qs;
        QTest::newRow("200, too many header fields") << with(answer(0, {}, jsonType), [](Facts &f) {
            f.headComplete = false;
            f.failure = Failure::HeaderCount;
        }) << ErrorKind::TooLarge << false << u"200 header fields"_qs;
        QTest::newRow("header over its byte bound") << with(answer(0), [](Facts &f) {
            f.headComplete = false;
            f.failure = Failure::HeaderBytes;
        }) << ErrorKind::TooLarge << false << u"64.00 KiB"_qs;
        QTest::newRow("200, attempt timed out mid-body")
            << with(answer(200, "{\"mess", jsonType),
                    [](Facts &f) { f.stoppedBy = Facts::Stop::AttemptTimeout; })
            << ErrorKind::Timeout << false << u"30 seconds"_qs;
        QTest::newRow("lookup deadline passed") << with(answer(0), [](Facts &f) {
            f.headComplete = false;
            f.stoppedBy = Facts::Stop::LookupDeadline;
        }) << ErrorKind::Timeout << false << u"60 seconds"_qs;
        QTest::newRow("a timer beats a bound") << with(answer(200, garbage), [](Facts &f) {
            f.stoppedBy = Facts::Stop::AttemptTimeout;
            f.failure = Failure::DecodedBytes;
        }) << ErrorKind::Timeout << false << QString();
        QTest::newRow("200, cut mid-body")
            << with(answer(200, "{\"mess", jsonType), [](Facts &f) { f.transport = Transport::Closed; })
            << ErrorKind::Truncated << true << QString();
        QTest::newRow("200, corrupt gzip") << with(answer(200, garbage, jsonType), [](Facts &f) {
            f.failure = Failure::Malformed;
            f.failureDetail = u"the compressed body is corrupt"_qs;
        }) << ErrorKind::Malformed << false << QString();

        // The connection.
        QTest::newRow("closed before an answer") << with(answer(0), [](Facts &f) {
            f.headComplete = false;
            f.transport = Transport::Closed;
        }) << ErrorKind::Network << true << QString();
        QTest::newRow("refused") << with(answer(0),
                                         [](Facts &f) {
                                             f.headComplete = false;
                                             f.transport = Transport::ConnectionRefused;
                                         })
                                 << ErrorKind::ConnectionRefused << false << QString();
        QTest::newRow("no such host") << with(answer(0),
                                              [](Facts &f) {
                                                  f.headComplete = false;
                                                  f.transport = Transport::HostNotFound;
                                              })
                                      << ErrorKind::HostNotFound << false << QString();
        QTest::newRow("tls") << with(answer(0),
                                     [](Facts &f) {
                                         f.headComplete = false;
                                         f.transport = Transport::Tls;
                                     })
                             << ErrorKind::Tls << false << QString();
        QTest::newRow("other socket error") << with(answer(0), [](Facts &f) {
            f.headComplete = false;
            f.transport = Transport::Failed;
        }) << ErrorKind::Network << false << QString();
        QTest::newRow("not HTTP") << with(answer(0),
                                          [](Facts &f) {
                                              f.headComplete = false;
                                              f.failure = Failure::Malformed;
                                          })
                                  << ErrorKind::Malformed << false << QString();

        // Complete answers.
        QTest::newRow("200 JSON") << answer(200, R"({"message":{}})", jsonType) << ErrorKind::None << false
                                  << QString();
        QTest::newRow("200 JSON, no Content-Type")
            << answer(200, " [1]") << ErrorKind::None << false << QString();
        QTest::newRow("200 HTML") << answer(200, "<html>", {{"Content-Type", "text/html"}})
                                  << ErrorKind::NotJson << false << QString();
        QTest::newRow("200 empty") << answer(200, {}, jsonType) << ErrorKind::NotJson << false << QString();
        QTest::newRow("404") << answer(404, R"({"message":"Not found"})", jsonType) << ErrorKind::NotFound
                             << false << QString();
        QTest::newRow("401 version header")
            << answer(401, R"({"statusCode":401,"message":"version header was not found"})", jsonType)
            << ErrorKind::VersionHeaderMissing << false << QString();
        QTest::newRow("429") << answer(429, {}, {{"Retry-After", "7"}}) << ErrorKind::RateLimited << false
                             << QString();
        QTest::newRow("503") << answer(503) << ErrorKind::ServerError << false << QString();
        QTest::newRow("410") << answer(410) << ErrorKind::HttpError << false << QString();
        QTest::newRow("302 elsewhere") << answer(302, {}, {{"Location", "https://evil.example/steal?x=1"}})
                                       << ErrorKind::Redirect << false << u"https://evil.example"_qs;
        QTest::newRow("302 other port")
            << answer(302, {}, {{"Location", "https://services.leadconnectorhq.com:8443/"}})
            << ErrorKind::Redirect << false << u":8443"_qs;
        QTest::newRow("302 to http") << answer(302, {},
                                               {{"Location", "http://services.leadconnectorhq.com/x"}})
                                     << ErrorKind::Redirect << false << u"http://"_qs;
        QTest::newRow("302 without Location") << answer(302) << ErrorKind::Redirect << false << QString();
        QTest::newRow("302 same origin, hops used up")
            << with(answer(302, {}, {{"Location", "/conversations/messages/abc"}}),
                    [](Facts &f) { f.redirectHops = 3; })
            << ErrorKind::Redirect << false << QString();
    }

    void verdicts()
    {
        QFETCH(Facts, facts);
        QFETCH(ErrorKind, kind);
        QFETCH(bool, cut);
        QFETCH(QString, causeContains);
        const ReplyClassifier::Verdict verdict = ReplyClassifier::classify(facts);
        QCOMPARE(verdict.error.kind, kind);
        QCOMPARE(verdict.connectionCut, cut);
        QVERIFY(!verdict.redirectTo.isValid());
        if (kind != ErrorKind::None)
            QVERIFY(!verdict.error.title.isEmpty());
        QVERIFY2(verdict.error.cause.contains(causeContains), qPrintable(verdict.error.cause));
    }

    void sameOriginRedirectIsFollowed()
    {
        const Facts facts = answer(307, {}, {{"Location", "/v2/conversations/messages/abc?x=1"}});
        const ReplyClassifier::Verdict verdict = ReplyClassifier::classify(facts);
        QCOMPARE(verdict.error.kind, ErrorKind::None);
        QCOMPARE(verdict.redirectTo,
                 QUrl(u"https://services.leadconnectorhq.com/v2/conversations/messages/abc?x=1"_qs));
    }

    void retryAfterIsRead()
    {
        const ReplyClassifier::Verdict seconds =
            ReplyClassifier::classify(answer(429, {}, {{"Retry-After", "7"}}));
        QCOMPARE(seconds.error.retryAfterSeconds, std::optional<int>(7));
        const ReplyClassifier::Verdict date =
            ReplyClassifier::classify(answer(503, {}, {{"Retry-After", "Wed, 27 Mar 2024 18:00:30 GMT"}}));
        QCOMPARE(date.error.retryAfterSeconds, std::optional<int>(30));
    }

    void technicalDetailNamesWhatStopped()
    {
        Facts bomb = answer(200, garbage, jsonType);
        bomb.failure = Failure::DecodedBytes;
        bomb.failureDetail = u"unpacked, the body is longer than 67108864 bytes"_qs;
        QCOMPARE(ReplyClassifier::classify(bomb).error.technicalDetail, bomb.failureDetail);

        Facts tls = answer(0);
        tls.headComplete = false;
        tls.transport = Transport::Tls;
        tls.transportDetail = u"The certificate is self-signed, and untrusted"_qs;
        QCOMPARE(ReplyClassifier::classify(tls).error.technicalDetail, tls.transportDetail);
    }
};

QTEST_GUILESS_MAIN(TestReplyClassifier)
#include "tst_replyclassifier.moc"
