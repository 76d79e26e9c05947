// The report for a ticket from an inspected message: the card's facts, traceId, HTTP status and time, the
// problems, why it failed, the web-app link (https only), the masking line; Markdown and HTML escaped; and
// the token never appears, even when the server echoed it into the body, the headers and the error texts.
#include "message/messagesummary.h"
#include "report/messagereport.h"
#include "session/inspectionresult.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString pit = u"pit-0a1b2c3d-4e5f-6789-abcd-ef0123456789"_s;
const QString opaque = u"s3cr3t.Opaque_Token~value"_s; // not shaped like anything: only known, it is removed

const QDateTime fixedNow(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

InspectionResult delivered(const QByteArray &body)
{
    InspectionResult r;
    r.messageId = u"Fx2Lv9Sm4Qe7Rt1Yu3Io"_s;
    r.body = body;
    r.analysis = MessageAnalysis::analyze(body);
    ApiResult http;
    http.url = QUrl(u"https://services.leadconnectorhq.com/conversations/messages/Fx2Lv9Sm4Qe7Rt1Yu3Io"_s);
    http.httpStatus = 200;
    http.reasonPhrase = "OK";
    http.elapsedMs = 182;
    http.body = body;
    r.http = http;
    return r;
}

const QByteArray failedSms =
    R"({"message":{"id":"Fx2Lv9Sm4Qe7Rt1Yu3Io","type":2,"messageType":"TYPE_SMS","locationId":"Lq7Rt2Vx9KmN3pB6sD4f",)"
    R"("contactId":"Cn6Vb8Nm0Qa2Ws4Ed6Rf","conversationId":"Cv9Tg1Yh3Uj5Ik7Ol9Pz","dateAdded":"2026-11-29T08:15:02.118Z",)"
    R"("body":"Hi *Sam* [x](y), mail sam@example.org or call +14155552671 <b>now</b>","direction":"outbound","status":"failed",)"
    R"("contentType":"text/plain","error":"Number +14155552671 unreachable"},"traceId":"c41e8f20-7b3a-4d96-a5e0-19f2d8c7b6a4"})";

MessageReport::Options options()
{
    MessageReport::Options o;
    o.now = fixedNow;
    o.zone = QTimeZone::utc();
    o.webAppUrl = QUrl(u"https://app.gohighlevel.com/"_s);
    o.lookedUpAt = QDateTime(QDate(2026, 11, 30), QTime(11, 58, 7), Qt::UTC);
    return o;
}

// An answer in which the server echoed the token everywhere it could.
QByteArray echoingBody(const QByteArray &t)
{
    return "{\"message\":{\"id\":\"Fx2Lv9Sm4Qe7Rt1Yu3Io\",\"type\":2,\"messageType\":\"TYPE_SMS\","
           "\"locationId\":\"L1\",\"conversationId\":\"C1\",\"direction\":\"inbound\",\"status\":\"failed\","
           "\"body\":\"token " +
           t + "\",\"error\":\"Bearer " + t + " rejected\",\"dateAdded\":\"" + t + "\",\"meta\":{\"" + t +
           "\":1}},\"traceId\":\"" + t + "\"}";
}

} // namespace

class TestMessageReport : public QObject
{
    Q_OBJECT

private slots:
    void markdownOfAFailedSms()
    {
        const MessageReport report = MessageReport::build(delivered(failedSms), options());
        const QString md = report.markdown();
        const QString expected = u"## Message Fx2Lv9Sm4Qe7Rt1Yu3Io\n\n"
                                 u"- **Message id:** `Fx2Lv9Sm4Qe7Rt1Yu3Io`\n"
                                 u"- **Direction:** Outbound\n"
                                 u"- **Status:** Failed — Number +•••••••••71 unreachable\n"
                                 u"- **Type:** SMS (type 2 · TYPE\\_SMS, inferred)\n"
                                 u"- **Sent:** 29 Nov 2026, 08:15 UTC (28 hours ago)\n"_s;
        QVERIFY2(md.startsWith(expected), qPrintable(md));
        QVERIFY2(md.contains(u"- **Contact:** `Cn6Vb8Nm0Qa2Ws4Ed6Rf`\n"_s), qPrintable(md));
        QVERIFY(md.contains(u"- **Text:** \\[message text hidden: 62 characters\\]\n"_s));
        QVERIFY(md.contains(u"- **Trace id:** `c41e8f20-7b3a-4d96-a5e0-19f2d8c7b6a4`\n"_s));
        QVERIFY(md.contains(u"- **HTTP:** 200 OK in 182 ms\n"_s));
        QVERIFY(md.contains(u"- **Looked up:** 2026-11-30 11:58:07 UTC\n"_s));
        QVERIFY(md.contains(u"- **In the web app:** "
                            u"<https://app.gohighlevel.com/v2/location/Lq7Rt2Vx9KmN3pB6sD4f/conversations/"
                            u"conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz>\n"_s));
        QVERIFY2(md.endsWith(u"\n_Masked for sharing: phone numbers (1), message text._\n"_s),
                 qPrintable(md));
        QVERIFY(!md.contains(u"4155552671"_s));
        QVERIFY(!md.contains(u"sam@example.org"_s));
    }

    void unmaskedTextIsEscaped()
    {
        MessageReport::Options o = options();
        o.masked = PersonalData::Phone | PersonalData::Email | PersonalData::Name;
        const MessageReport report = MessageReport::build(delivered(failedSms), o);
        const QString md = report.markdown();
        // The text is shown, with the personal data inside it still masked, and Markdown cannot be injected.
        QVERIFY2(md.contains(
                     u"- **Text:** Hi \\*Sam\\* \\[x\\](y), mail s•••@•••.org or call +•••••••••71 now\n"_s),
                 qPrintable(md));
        const QString html = report.html();
        QVERIFY2(html.contains(
                     u"<li><b>Text:</b> Hi *Sam* [x](y), mail s•••@•••.org or call +•••••••••71 now</li>"_s),
                 qPrintable(html));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"_s));
        QVERIFY(html.contains(u"<a href=\"https://app.gohighlevel.com/v2/location/Lq7Rt2Vx9KmN3pB6sD4f/"
                              u"conversations/conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz\">"_s));
        QVERIFY2(html.contains(u"<p><i>Masked for sharing: phone numbers (2), email addresses (1). "
                               u"Shown as sent, on request: message text.</i></p>"_s),
                 qPrintable(html));
    }

    void linkOnlyToHttpsAndPlainIds_data()
    {
        QTest::addColumn<QString>("web");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("conversation");
        QTest::addColumn<QString>("link");
        QTest::newRow("default")
            << u"https://app.gohighlevel.com"_s << u"L1"_s << u"C1"_s
            << u"https://app.gohighlevel.com/v2/location/L1/conversations/conversations/C1"_s;
        QTest::newRow("white label with a path")
            << u"https://crm.agency.example/app/"_s << u"L1"_s << u"C1"_s
            << u"https://crm.agency.example/app/v2/location/L1/conversations/"
               u"conversations/C1"_s;
        QTest::newRow("plain http") << u"http://app.gohighlevel.com"_s << u"L1"_s << u"C1"_s << QString();
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << u"L1"_s << u"C1"_s << QString();
        QTest::newRow("no base") << QString() << u"L1"_s << u"C1"_s << QString();
        QTest::newRow("id with a slash")
            << u"https://app.gohighlevel.com"_s << u"L1/../x"_s << u"C1"_s << QString();
        QTest::newRow("no conversation")
            << u"https://app.gohighlevel.com"_s << u"L1"_s << QString() << QString();
    }

    void linkOnlyToHttpsAndPlainIds()
    {
        QFETCH(QString, web);
        QFETCH(QString, location);
        QFETCH(QString, conversation);
        QFETCH(QString, link);
        QCOMPARE(MessageReport::conversationLink(QUrl(web), location, conversation).toString(), link);
    }

    // The profile's own link template (a white-label web app) is used for the report's link too.
    void linkFollowsTheProfilesTemplate()
    {
        QCOMPARE(MessageReport::conversationLink(QUrl(u"https://crm.agency.example"_s), u"L1"_s, u"C1"_s,
                                                 u"{webApp}/inbox/{locationId}/{conversationId}"_s)
                     .toString(),
                 u"https://crm.agency.example/inbox/L1/C1"_s);
        MessageReport::Options o = options();
        o.webAppUrl = QUrl(u"https://crm.agency.example"_s);
        o.conversationLinkTemplate = u"{webApp}/c/{conversationId}"_s;
        const MessageReport report = MessageReport::build(delivered(failedSms), o);
        QVERIFY2(report.markdown().contains(u"https://crm.agency.example/c/"_s),
                 qPrintable(report.markdown()));
    }

    void failedLookupSaysWhy()
    {
        InspectionResult r;
        r.messageId = u"nXf2TQ8rLm4kPz7VbC1a"_s;
        r.failure = InspectionFailure::make(InspectionFailure::Category::NotFound,
                                            QLatin1StringView("not_found"), u"No message with this id"_s,
                                            u"It was deleted or belongs elsewhere."_s, u"Check the id."_s);
        r.failure->serverMessages = {u"Message not found for jane@example.com"_s};
        r.failure->traceId = u"tr-404"_s;
        r.failure->serverErrorText = u"<script>alert(1)</script>"_s;
        r.failure->httpStatus = 404;
        ApiResult http;
        http.httpStatus = 404;
        http.reasonPhrase = "Not Found";
        http.elapsedMs = 40;
        r.http = http;
        const MessageReport report = MessageReport::build(r, options());
        QCOMPARE(report.title(), u"Lookup of message nXf2TQ8rLm4kPz7VbC1a failed"_s);
        QCOMPARE(report.whyItFailed(),
                 (QStringList{u"No message with this id"_s, u"It was deleted or belongs elsewhere."_s,
                              u"What to do: Check the id."_s,
                              u"Server message: “Message not found for j•••@•••.com”"_s,
                              u"Server error: “<script>alert(1)</script>”"_s}));
        const QString md = report.markdown();
        QVERIFY(md.contains(u"- **Trace id:** `tr-404`\n"_s));
        QVERIFY(md.contains(u"- **HTTP:** 404 Not Found in 40 ms\n"_s));
        QVERIFY(md.contains(u"### Why it failed\n\n- No message with this id\n"_s));
        QVERIFY(!md.contains(u"In the web app"_s));
        QVERIFY(md.contains(u"- Server error: “\\<script\\>alert(1)\\</script\\>”\n"_s));
        const QString html = report.html();
        QVERIFY(html.contains(u"<li>Server error: “&lt;script&gt;alert(1)&lt;/script&gt;”</li>"_s));
        QVERIFY(!html.contains(u"<script>"_s));
    }

    void theTokenNeverAppears_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("known");
        QTest::newRow("PIT, known") << pit << true;
        QTest::newRow("PIT, not known to the report") << pit << false;
        QTest::newRow("opaque, known") << opaque << true;
        QTest::newRow("JWT, not known")
            << u"eyJhbGciOiJIUzI1NiJ9.eyJsb2NhdGlvbklkIjoiTDEifQ.c2lnbmF0dXJlLXZhbHVl"_s << false;
    }

    void theTokenNeverAppears()
    {
        QFETCH(QString, token);
        QFETCH(bool, known);
        const QByteArray t = token.toUtf8();
        // The server echoed the token everywhere it could.
        const QByteArray body = echoingBody(t);
        InspectionResult r = delivered(body);
        r.messageId = token;
        r.http->responseHeaders.append({"X-Echo", t});
        r.http->requestHeaders.append({"Authorization", "Bearer " + t});
        r.http->reasonPhrase = "OK " + t;
        r.http->url.setPath(u"/conversations/messages/"_s + token);
        r.failure = InspectionFailure::make(InspectionFailure::Category::Authentication,
                                            QLatin1StringView("unauthorized"), u"Rejected "_s + token,
                                            u"cause "_s + token, u"next "_s + token);
        r.failure->serverMessages = {u"Invalid token: "_s + token};
        r.failure->serverErrorText = token;
        r.failure->detail = token;
        r.failure->traceId = token;

        MessageReport::Options o = options();
        o.masked = {}; // nothing masked: the token must still go
        if (known)
            o.token = token;
        const MessageReport report = MessageReport::build(r, o);
        const QString md = report.markdown();
        const QString html = report.html();
        QVERIFY2(!md.contains(token), qPrintable(md));
        QVERIFY2(!html.contains(token), qPrintable(html));
        QVERIFY(!md.contains(token.left(20)));
        QVERIFY(md.contains(u"[token removed]"_s) || md.contains(u"\\[token removed\\]"_s));
        QVERIFY(html.contains(u"[token removed]"_s));
    }
};

QTEST_GUILESS_MAIN(TestMessageReport)
#include "tst_messagereport.moc"
