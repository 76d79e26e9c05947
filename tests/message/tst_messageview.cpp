#include "message/messageanalysis.h"
#include "message/messagedecorator.h"
#include "message/messageformatting.h"
#include "message/messageview.h"
#include "json/jsontreemodel.h"
#include "json/treetext.h"

#include <QAbstractItemModelTester>
#include <QFutureWatcher>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MessageFormatting;

namespace {

// Plain literals, not a raw string: moc misreads raw strings that contain backslashes.
const QByteArray callMessage = "{\n"
                               "  \"id\": \"ve9EPM428h8vShlRW1KT\",\n"
                               "  \"altId\": \"msg_123456789\",\n"
                               "  \"type\": 1,\n"
                               "  \"messageType\": \"TYPE_CALL\",\n"
                               "  \"locationId\": \"loc-1\",\n"
                               "  \"contactId\": \"con-1\",\n"
                               "  \"conversationId\": \"conv-1\",\n"
                               "  \"dateAdded\": \"2024-03-27T18:13:49.000Z\",\n"
                               "  \"body\": \"  Hi there\\nsecond line  \",\n"
                               "  \"direction\": \"inbound\",\n"
                               "  \"status\": \"no-such-status\",\n"
                               "  \"contentType\": \"text/plain\",\n"
                               "  \"attachments\": [\"https://a.example/1.png\"],\n"
                               "  \"meta\": {\"callDuration\": 125, \"callStatus\": \"no-answer\", "
                               "\"email\": {\"messageIds\": [\"e1\", \"e2\", \"e3\"]}},\n"
                               "  \"source\": \"workflow\"\n"
                               "}\n";

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class TestMessageView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void isoDates()
    {
        QCOMPARE(*parseIsoDateTime(u"2024-03-27T18:13:49.000Z"), utc("2024-03-27T18:13:49Z"));
        QCOMPARE(*parseIsoDateTime(u"2024-03-27T19:13:49+01:00"), utc("2024-03-27T18:13:49Z"));
        QCOMPARE(*parseIsoDateTime(u"2024-03-27T18:13:49.123456Z"), utc("2024-03-27T18:13:49.123Z"));
        QCOMPARE(*parseIsoDateTime(u"2024-03-27T18:13"), utc("2024-03-27T18:13:00Z"));
        for (const auto bad : {u"2024-03-27", u"27/03/2024", u"", u"2024-02-30T10:00:00Z",
                               u"2024-03-27 18:13:49Z", u"2024-03-27T18:13:49.000Zjunk"})
            QVERIFY2(!parseIsoDateTime(bad), qPrintable(QStringView(bad).toString()));
    }

    void datesForDisplay()
    {
        const QDateTime when = utc("2024-03-27T18:13:49Z");
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(localDateTime(when, berlin), u"27 Mar 2024, 19:13"_s);
        QCOMPARE(localDateTime(when, QTimeZone::utc()), u"27 Mar 2024, 18:13"_s);
        QCOMPARE(dateForDisplay(when, utc("2026-05-01T00:00:00Z"), berlin),
                 u"27 Mar 2024, 19:13 (2 years ago)"_s);
    }

    void relativeTimes_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("now") << 10LL << u"just now"_s;
        QTest::newRow("minute") << 60LL << u"1 minute ago"_s;
        QTest::newRow("minutes") << 5 * 60LL << u"5 minutes ago"_s;
        QTest::newRow("hours") << 3 * 3600LL << u"3 hours ago"_s;
        QTest::newRow("day") << 36 * 3600LL << u"2 days ago"_s;
        QTest::newRow("days") << 6 * 86400LL << u"6 days ago"_s;
        QTest::newRow("month") << 31 * 86400LL << u"1 month ago"_s;
        QTest::newRow("months") << 100 * 86400LL << u"3 months ago"_s;
        QTest::newRow("year") << 400 * 86400LL << u"1 year ago"_s;
        QTest::newRow("years") << 800 * 86400LL << u"2 years ago"_s;
        QTest::newRow("future") << -3 * 86400LL << u"in 3 days"_s;
    }

    void relativeTimes()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        const QDateTime now = utc("2026-01-01T00:00:00Z");
        QCOMPARE(relativeTime(now.addSecs(-seconds), now), expected);
    }

    void durationsLabelsIds()
    {
        QCOMPARE(duration(0), u"0:00"_s);
        QCOMPARE(duration(75), u"1:15"_s);
        QCOMPARE(duration(600), u"10:00"_s);
        QCOMPARE(duration(3725), u"1:02:05"_s);
        QCOMPARE(*parseDurationSeconds(u"120"), 120);
        QCOMPARE(*parseDurationSeconds(u" 59.6 "), 60);
        QVERIFY(!parseDurationSeconds(u"-3"));
        QVERIFY(!parseDurationSeconds(u"two minutes"));
        QCOMPARE(enumLabel(u"no-answer"), u"No answer"_s);
        QCOMPARE(enumLabel(u"opt_out"), u"Opted out"_s);
        QCOMPARE(enumLabel(u"bulk_actions"), u"Bulk actions"_s);
        QCOMPARE(enumLabel(u"TYPE_CAMPAIGN_SMS"), u"Campaign SMS"_s);
        QCOMPARE(enumLabel(u"TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG"), u"Activity employee action log"_s);
        QCOMPARE(enumLabel(u"delivered"), u"Delivered"_s);
        QCOMPARE(enumLabel(u"__"), u"__"_s);
        QCOMPARE(shortId(u"ve9EPM428h8vShlRW1KT"), u"ve9E…"_s);
        QCOMPARE(shortId(u"abcde"), u"abcde"_s);
        QCOMPARE(bodyPreview(u"  hello\nworld\u202e  "), u"hello\\nworld\\u202E"_s);
        QCOMPARE(bodyPreview(u"abcdef", 3), u"abc…"_s);
    }

    void viewDistinguishesAbsentWrongTypeAndPresent()
    {
        const MessageView v = MessageView::fromDocument(Json::Document::parse(callMessage));
        QVERIFY(v.isMessage);
        QVERIFY(v.id.isPresent());
        QCOMPARE(v.id.value, u"ve9EPM428h8vShlRW1KT"_s);
        QCOMPARE(v.id.path, u"$.id"_s);
        QCOMPARE(v.altId.value, u"msg_123456789"_s);
        QCOMPARE(v.type.value, 1);
        QCOMPARE(v.typeName, u"TYPE_CALL"_s);
        QVERIFY(v.typeNameDocumented);
        QCOMPARE(v.messageType.value, u"TYPE_CALL"_s);
        QCOMPARE(v.dateAdded.value, utc("2024-03-27T18:13:49Z"));
        QCOMPARE(v.bodyPreview, u"Hi there\\nsecond line"_s);
        QCOMPARE(v.body.value, u"  Hi there\nsecond line  "_s);
        QCOMPARE(v.contactId.value, u"con-1"_s);
        QCOMPARE(v.conversationId.value, u"conv-1"_s);
        QCOMPARE(v.locationId.value, u"loc-1"_s);
        QCOMPARE(v.attachments.value, QStringList{u"https://a.example/1.png"_s});
        QVERIFY(v.callDuration.hasWrongType()); // a number where the schema says string
        QCOMPARE(v.callDuration.value, 125);    // still read
        QCOMPARE(v.callDuration.raw, u"125"_s);
        QCOMPARE(v.callStatus.value, u"no-answer"_s);
        QCOMPARE(v.emailMessageIdCount.value, 3);
        QCOMPARE(v.directionBadge.meaning, BadgeMeaning::Inbound);
        QCOMPARE(v.statusBadge.meaning, BadgeMeaning::Unknown);
        QVERIFY(!v.statusBadge.known);
        QCOMPARE(v.callStatusBadge.meaning, BadgeMeaning::Bad);
        QCOMPARE(v.callStatusBadge.label, u"No answer"_s);
        QCOMPARE(v.sourceBadge.meaning, BadgeMeaning::Neutral);
        QCOMPARE(v.messageTypeBadge.label, u"Call"_s);

        const MessageView odd = MessageView::fromDocument(Json::Document::parse(
            R"({"id":5,"type":"1","dateAdded":"yesterday","attachments":[1],"meta":{"callDuration":"abc"}})"));
        QVERIFY(odd.id.hasWrongType());
        QCOMPARE(odd.id.raw, u"5"_s);
        QVERIFY(odd.type.hasWrongType());
        QVERIFY(odd.typeName.isEmpty());
        QVERIFY(odd.dateAdded.hasWrongType());
        QCOMPARE(odd.dateAdded.raw, u"\"yesterday\""_s);
        QVERIFY(odd.attachments.hasWrongType());
        QVERIFY(odd.callDuration.hasWrongType());
        QVERIFY(odd.direction.isAbsent());
        QVERIFY(odd.direction.raw.isEmpty());
        QCOMPARE(odd.directionBadge.meaning, BadgeMeaning::None);
        QVERIFY(odd.emailMessageIdCount.isAbsent());
        QVERIFY(odd.callStatus.isAbsent());

        QVERIFY(!MessageView::fromDocument(Json::Document::parse("[1]")).isMessage);
        QVERIFY(!MessageView::fromDocument(Json::Document::parse("{")).isMessage);
    }

    void decoratedTreeAsText()
    {
        MessageDecorator decorator;
        decorator.setNow(utc("2026-05-01T00:00:00Z"));
        decorator.setTimeZone(QTimeZone::utc());
        Json::JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDecorator(&decorator);
        model.setDocument(Json::Document::parse(callMessage));
        QCOMPARE(Json::treeText(&model), uR"(id: ve9EPM428h8vShlRW1KT (string)
altId: msg_123456789 (string)
type: 1 (number) — 1 · TYPE_CALL (documented)
messageType: TYPE_CALL (string) — Call
locationId: loc-1 (string)
contactId: con-1 (string)
conversationId: conv-1 (string)
dateAdded: 2024-03-27T18:13:49.000Z (string) — 27 Mar 2024, 18:13 (2 years ago)
body:   Hi there\nsecond line   (string)
direction: inbound (string) — Inbound
status: no-such-status (string) — No such status (unknown value)
contentType: text/plain (string)
attachments: 1 item (array)
  [0]: https://a.example/1.png (string)
meta: 3 fields (object)
  callDuration: 125 (number) — 2:05
  callStatus: no-answer (string) — No answer
  email: 1 field (object)
    messageIds: 3 items (array)
      [0]: e1 (string)
      [1]: e2 (string)
      [2]: e3 (string)
source: workflow (string) — Workflow
)"_s);
        const QVariant status = model.indexForPath(u"$.status"_s).data(Json::JsonTreeModel::BadgeRole);
        QVERIFY(status.canConvert<Badge>());
        QCOMPARE(status.value<Badge>().meaning, BadgeMeaning::Unknown);
        QCOMPARE(model.indexForPath(u"$.meta.callStatus"_s)
                     .data(Json::JsonTreeModel::BadgeRole)
                     .value<Badge>()
                     .meaning,
                 BadgeMeaning::Bad);
        QVERIFY(!model.indexForPath(u"$.body"_s).data(Json::JsonTreeModel::BadgeRole).isValid());

        model.setDocument(
            Json::Document::parse(R"({"type":2,"dateAdded":"soon","meta":{"callDuration":"61"}})"));
        QCOMPARE(Json::treeText(&model), uR"(type: 2 (number) — 2 · TYPE_SMS (inferred)
dateAdded: soon (string) — not a valid date
meta: 1 field (object)
  callDuration: 61 (string) — 1:01
)"_s);
        model.setDocument(Json::Document::parse(R"({"type":77})"));
        QCOMPARE(Json::treeText(&model), u"type: 77 (number) — 77 · unknown type number\n"_s);
    }

    void analysisRunsOffTheUiThreadAndFinishesOnce()
    {
        QFutureWatcher<MessageAnalysis> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(analyzeMessageAsync(callMessage));
        QVERIFY(finished.wait());
        QCOMPARE(finished.size(), 1);
        const MessageAnalysis result = watcher.result();
        QVERIFY(result.document.isValid());
        QCOMPARE(result.view.id.value, u"ve9EPM428h8vShlRW1KT"_s);
        QStringList codes;
        for (const Finding &f : result.findings)
            codes << f.code;
        QCOMPARE(codes, (QStringList{u"unknown-enum-value"_s, u"live-number-as-documented-string"_s}));

        QFutureWatcher<MessageAnalysis> broken;
        QSignalSpy brokenFinished(&broken, &QFutureWatcherBase::finished);
        broken.setFuture(analyzeMessageAsync("{\"a\":"));
        QVERIFY(brokenFinished.wait());
        QCOMPARE(brokenFinished.size(), 1);
        QVERIFY(broken.result().document.hasError());
        QCOMPARE(broken.result().findings.size(), 1);
        QCOMPARE(broken.result().findings.first().code, u"parse-error"_s);
        QVERIFY(!broken.result().view.isMessage);
    }
    // Huge strings cost what is shown, not twice their size: the body is read up to maxFieldBytes and cut,
    // a value compared with the schema up to Json::Limits::maxSchemaValueBytes (and is then wrong anyway).
    void hugeStringsAreReadOnlyAsFarAsShown()
    {
        const QByteArray body = "{\"id\":\"a1\",\"direction\":\"inbound\",\"status\":\"" +
                                QByteArray(20000, 's') + "\",\"dateAdded\":\"2024-03-27T18:13:49.000Z" +
                                QByteArray(9000, '0') + "\",\"body\":\"" + QByteArray(3 * 1024 * 1024, 'b') +
                                "\"}";
        const MessageAnalysis analysis = MessageAnalysis::analyze(body);
        QVERIFY(analysis.view.body.isPresent());
        QCOMPARE(analysis.view.body.value.size(), MessageView::maxFieldBytes + 1);
        QVERIFY(analysis.view.body.value.endsWith(QChar(0x2026)));
        QVERIFY(!analysis.view.dateAdded.isPresent());
        bool unknownStatus = false;
        bool badDate = false;
        for (const Finding &finding : analysis.findings) {
            unknownStatus =
                unknownStatus || (finding.code == u"unknown-enum-value" && finding.path == u"$.status");
            badDate = badDate || (finding.code == u"invalid-date" && finding.path == u"$.dateAdded");
        }
        QVERIFY(unknownStatus);
        QVERIFY(badDate);
    }
};

QTEST_GUILESS_MAIN(TestMessageView)
#include "tst_messageview.moc"
