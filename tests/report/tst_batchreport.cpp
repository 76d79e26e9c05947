// The report of a batch for a ticket: the tally, a table of the rows made from real answers (a delivered SMS,
// a failed one whose error names the number, a 404, a 401), personal data masked per class with the note
// saying what, Markdown and HTML escaped, the table cut at maxRows with a note, and the token never present.
#include "batch/batchrow.h"
#include "report/batchreport.h"
#include "session/inspectionresult.h"

#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

const QString pit = u"pit-0a1b2c3d-4e5f-6789-abcd-ef0123456789"_s;

QByteArray sms(const QByteArray &id, const QByteArray &status, const QByteArray &body,
               const QByteArray &error = {})
{
    return R"({"message":{"id":")" + id +
           R"(","type":2,"messageType":"TYPE_SMS","locationId":"Lq7Rt2Vx9KmN3pB6sD4f","contactId":"ct-)" +
           id + R"(","conversationId":"cv-)" + id + R"(","dateAdded":"2026-11-29T08:15:02.118Z","body":")" +
           body + R"(","direction":"outbound","status":")" + status + R"(","contentType":"text/plain")" +
           (error.isEmpty() ? QByteArray() : R"(,"error":")" + error + "\"") + R"(},"traceId":"tr-)" + id +
           R"("})";
}

BatchRow found(const QByteArray &id, const QByteArray &status, const QByteArray &body,
               const QByteArray &error = {})
{
    InspectionResult r;
    r.messageId = QString::fromLatin1(id);
    r.body = sms(id, status, body, error);
    r.analysis = MessageAnalysis::analyze(r.body);
    ApiResult http;
    http.url = QUrl(u"https://services.leadconnectorhq.com/conversations/messages/"_s + r.messageId);
    http.httpStatus = 200;
    http.reasonPhrase = "OK";
    http.body = r.body;
    r.http = http;
    return BatchRow::fromResult(r.messageId, r);
}

BatchRow failedLookup(const QString &id, int status, InspectionFailure::Category category,
                      const QString &title, const QString &traceId = {})
{
    InspectionResult r;
    r.messageId = id;
    r.failure = InspectionFailure::make(category, QLatin1StringView("x"), title);
    r.failure->traceId = traceId;
    r.failure->httpStatus = status;
    ApiResult http;
    http.httpStatus = status;
    http.reasonPhrase = status == 404 ? "Not Found" : "Unauthorized";
    r.http = http;
    return BatchRow::fromResult(id, r);
}

std::vector<BatchRow> mixedRows()
{
    std::vector<BatchRow> rows;
    rows.push_back(found("Ok1", "delivered", "Call me on +1 415 555 2671 or mail sam@example.org"));
    rows.push_back(found("Fx2", "failed", "Your code is 1234", "Number +14155552671 unreachable"));
    rows.push_back(failedLookup(u"Nf3"_s, 404, InspectionFailure::Category::NotFound,
                                u"No message with this id"_s, u"tr-404"_s));
    rows.push_back(failedLookup(u"Au4"_s, 401, InspectionFailure::Category::Authentication,
                                u"The token does not have access to this location"_s));
    return rows;
}

BatchReport::Options options()
{
    BatchReport::Options o;
    o.profile = u"Acme Dental"_s;
    o.lookedUpAt = QDateTime(QDate(2026, 11, 30), QTime(11, 58, 7), Qt::UTC);
    return o;
}

} // namespace

class TestBatchReport : public QObject
{
    Q_OBJECT

private slots:
    void markdownOfAMixedBatch()
    {
        const auto rows = mixedRows();
        const BatchReport report = BatchReport::build(rows, options());
        QCOMPARE(report.title(), u"Batch lookup of 4 messages"_s);
        QCOMPARE(report.omittedRows(), 0);
        const QString expected =
            u"## Batch lookup of 4 messages\n\n"
            u"- **Result:** 1 delivered · 1 failed · 1 not found · 1 no access\n"
            u"- **Profile:** Acme Dental\n"
            u"- **Looked up:** 2026-11-30 11:58:07 UTC\n\n"
            u"| Message id | Result | Status | Type | Direction | Date | Trace id | Text | Problem |\n"
            u"|---|---|---|---|---|---|---|---|---|\n"
            u"| `Ok1` | Found | Delivered | SMS | Outbound | 2026-11-29 08:15 UTC | `tr-Ok1` | "
            u"\\[message text hidden: 50 characters\\] | |\n"
            u"| `Fx2` | Found | Failed | SMS | Outbound | 2026-11-29 08:15 UTC | `tr-Fx2` | "
            u"\\[message text hidden: 17 characters\\] | Number +•••••••••71 unreachable |\n"
            u"| `Nf3` | Not found (404) | | | | | `tr-404` | | No message with this id |\n"
            u"| `Au4` | No access (401) | | | | | | | The token does not have access to this location |\n"
            u"\n_Masked for sharing: phone numbers (1), message text._\n"_s;
        QCOMPARE(report.markdown(), expected);
    }

    void maskingChoicesChangeTheTable_data()
    {
        QTest::addColumn<int>("masked");
        QTest::addColumn<QString>("firstText");
        QTest::addColumn<QString>("note");
        QTest::newRow("everything") << int(PersonalDataMask::all())
                                    << u"[message text hidden: 50 characters]"_s
                                    << u"Masked for sharing: phone numbers (1), message text."_s;
        QTest::newRow("text shown, the rest masked")
            << int(PersonalData::Phone | PersonalData::Email | PersonalData::Name)
            << u"Call me on +• ••• ••• ••71 or mail s•••@•••.org"_s
            << u"Masked for sharing: phone numbers (2), email addresses (1). Shown as sent, on request: message text."_s;
        QTest::newRow("nothing masked")
            << 0 << u"Call me on +1 415 555 2671 or mail sam@example.org"_s
            << u"Nothing needed masking. Shown as sent, on request: phone numbers, "
               u"email addresses, message text, names."_s;
    }

    void maskingChoicesChangeTheTable()
    {
        QFETCH(int, masked);
        QFETCH(QString, firstText);
        QFETCH(QString, note);
        BatchReport::Options o = options();
        o.masked = PersonalDataClasses(masked);
        const auto rows = mixedRows();
        const BatchReport report = BatchReport::build(rows, o);
        QCOMPARE(report.table().at(0).at(7), firstText);
        QCOMPARE(report.maskingNote(), note);
        QVERIFY(report.markdown().contains(note));
        QVERIFY(report.html().contains(u"<p><i>"_s + note.toHtmlEscaped() + u"</i></p>"_s));
    }

    void cellsCannotInjectMarkupOrBreakTheTable()
    {
        std::vector<BatchRow> rows{found("Md1", "delivered", "a | b 1 < 2 > 0 *bold* `code`\\nnext line")};
        BatchReport::Options o = options();
        o.masked = {};
        const BatchReport report = BatchReport::build(rows, o);
        const QString md = report.markdown();
        QVERIFY2(md.contains(u"| a \\| b 1 \\< 2 \\> 0 \\*bold\\* \\`code\\` next line |"_s), qPrintable(md));
        const QString html = report.html();
        QVERIFY(html.contains(u"<td>a | b 1 &lt; 2 &gt; 0 *bold* `code`"_s));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"_s));
        QVERIFY(html.contains(u"<th>Message id</th><th>Result</th>"_s));
        QVERIFY(html.contains(u"<td><code>Md1</code></td><td>Found</td><td>Delivered</td>"_s));
    }

    void aLongBatchIsCutWithANote()
    {
        std::vector<BatchRow> rows;
        for (int i = 0; i < 250; ++i)
            rows.push_back(BatchRow::pending(u"id"_s + QString::number(i)));
        BatchReport::Options o = options();
        o.scope = u"250 of 10,000 rows, filtered by “id”"_s;
        const BatchReport report = BatchReport::build(rows, o);
        QCOMPARE(report.table().size(), BatchReport::defaultMaxRows);
        QCOMPARE(report.omittedRows(), 50);
        const QString md = report.markdown();
        QVERIFY(
            md.contains(u"- **Result:** 250 to go\n- **Rows:** 250 of 10,000 rows, filtered by “id”\n"_s));
        QVERIFY(md.contains(u"| `id199` | Waiting |"_s));
        QVERIFY(!md.contains(u"`id200`"_s));
        QVERIFY(md.contains(
            u"\n50 more rows are not listed here: export the batch as CSV or JSON Lines for every "
            u"row.\n"_s));
        o.maxRows = 0; // at least one row is listed
        QCOMPARE(BatchReport::build(rows, o).table().size(), 1);
        QCOMPARE(BatchReport::build(std::vector<BatchRow>{}, o).markdown().count(u"\n| "_s),
                 1); // header only
    }

    void theTokenNeverAppears_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("known");
        QTest::newRow("PIT, known") << pit << true;
        QTest::newRow("PIT, shape only") << pit << false;
        QTest::newRow("opaque, known") << u"s3cr3t.Opaque_Token~value"_s << true;
    }

    void theTokenNeverAppears()
    {
        QFETCH(QString, token);
        QFETCH(bool, known);
        const QByteArray t = token.toUtf8();
        std::vector<BatchRow> rows{found("Ec1", "failed", "token " + t, "Bearer " + t + " rejected")};
        BatchRow echoed = failedLookup(u"Ec2"_s, 401, InspectionFailure::Category::Authentication,
                                       u"Rejected "_s + token, token);
        echoed.dateText = token;
        rows.push_back(echoed);
        BatchReport::Options o = options();
        o.masked = {}; // nothing masked: the token must still go
        o.profile = u"Profile "_s + token;
        o.scope = token;
        if (known)
            o.token = token;
        const BatchReport report = BatchReport::build(rows, o);
        const QString md = report.markdown();
        const QString html = report.html();
        QVERIFY2(!md.contains(token), qPrintable(md));
        QVERIFY2(!html.contains(token), qPrintable(html));
        QVERIFY(md.contains(u"\\[token removed\\]"_s));
        QVERIFY(html.contains(u"[token removed]"_s));
    }
};

QTEST_GUILESS_MAIN(TestBatchReport)
#include "tst_batchreport.moc"
