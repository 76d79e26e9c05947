#include "compare/jsondiff.h"
#include "compare/jsondiffmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using Change = JsonDifference::Change;
using Part = JsonDifference::Part;

namespace {

JsonDiff::Options utcOptions()
{
    JsonDiff::Options options;
    options.timeZone = QTimeZone::utc();
    return options;
}

JsonDiff diffOf(const QByteArray &first, const QByteArray &second, JsonDiff::Options options = utcOptions())
{
    return JsonDiff::compare(Json::Document::parse(first), Json::Document::parse(second), options);
}

QByteArray replaced(QByteArray bytes, const QByteArray &before, const QByteArray &after)
{
    const qsizetype at = bytes.indexOf(before);
    if (at < 0)
        qFatal("test data: %s not found", before.constData());
    return bytes.replace(at, before.size(), after);
}

QByteArray removedLine(const QByteArray &bytes, const QByteArray &line)
{
    return replaced(bytes, line, QByteArray());
}

void compareLines(const QStringList &actual, const QStringList &expected)
{
    if (actual != expected) {
        qWarning().noquote() << u"actual:\n"_s + actual.join(u'\n');
        qWarning().noquote() << u"expected:\n"_s + expected.join(u'\n');
    }
    QCOMPARE(actual, expected);
}

} // namespace

class JsonDiffTest : public QObject
{
    Q_OBJECT

private slots:
    void documentedMessages();
    void documentedAgainstLiveEnvelope();
    void twoLiveAnswers();
    void unknownValuesAndDuplicateKeys();
    void arraysByIndexAndKindChanges();
    void serverOrderWithMovedMembers();
    void escapesAndNumberText();
    void bodiesWithoutMessage();
    void notJson();
    void stopsAtTheLimit();
    void identicalSubtreesAreSkipped();
    void startCanBeCancelled();
    void modelShowsTheDiff();
};

void JsonDiffTest::documentedMessages()
{
    const QByteArray delivered = TestSupport::sampleResponse(u"inbound-sms-delivered.json"_s);
    QByteArray sent = replaced(delivered, R"("status": "delivered")", R"("status": "sent")");
    sent = replaced(sent, R"("dateAdded": "2024-03-27T18:13:49.000Z")",
                    R"("dateAdded": "2024-03-27T18:13:40.000Z")");
    sent = removedLine(sent, "  \"source\": \"app\",\n");
    sent =
        replaced(sent, "  \"attachments\": [],\n", "  \"attachments\": [],\n  \"queuedBy\": \"carrier\",\n");

    const JsonDiff diff = diffOf(sent, delivered);
    QVERIFY(diff.pairedMessages());
    QVERIFY(!diff.isIdentical());
    compareLines(
        diff.toText(),
        {
            uR"(~ $.dateAdded: "2024-03-27T18:13:40.000Z" → "2024-03-27T18:13:49.000Z" (27 Mar 2024, 18:13 → 27 Mar 2024, 18:13))"_s,
            uR"(~ $.status: "sent" → "delivered" (Sent → Delivered))"_s,
            uR"(+ $.source: "app" (App))"_s,
            uR"(- $.queuedBy: "carrier")"_s,
        });
    QCOMPARE(diff.count(Change::Changed), 2);
    QCOMPARE(diff.count(Change::Added), 1);
    QCOMPARE(diff.count(Change::Removed), 1);
    const JsonDifference &status = diff.differences().at(1);
    QCOMPARE(status.part, Part::Message);
    QCOMPARE(status.firstPath, u"$.status"_s);
    QCOMPARE(status.secondPath, u"$.status"_s);
    QCOMPARE(status.firstBadge.label, u"Sent"_s);
    QCOMPARE(status.secondBadge.meaning, BadgeMeaning::Good);

    // The same body against itself: nothing.
    const JsonDiff same = diffOf(delivered, delivered);
    QVERIFY(same.isIdentical());
    QCOMPARE(same.toText(), QStringList{u"No differences."_s});
}

void JsonDiffTest::documentedAgainstLiveEnvelope()
{
    // A message saved from the documented (flat) shape, then the live answer about it: compared by message
    // fields, and the envelope's traceId reported apart.
    const QByteArray live = TestSupport::sampleResponse(u"live-failed-sms.json"_s);
    const Json::Document liveDocument = Json::Document::parse(live);
    const ResponseShape liveShape = ResponseShape::recognise(liveDocument);
    QVERIFY(liveShape.hasMessage());
    QByteArray flat = liveDocument.rawAt(liveShape.messageOffset).toByteArray();
    flat = replaced(flat, R"("status": "failed")", R"("status": "sent")");
    flat = removedLine(flat, "    \"dateUpdated\": \"2026-11-29T08:15:09.540Z\",\n");
    flat = removedLine(flat, "    \"userId\": \"Us1Er2Id3Ab4Cd5Ef6Gh\",\n");
    flat = replaced(flat, "    \"error\": \"30007: Message filtered by the carrier\"\n",
                    "    \"error\": \"\"\n");

    const JsonDiff diff = diffOf(flat, live);
    QVERIFY(diff.pairedMessages());
    QCOMPARE(diff.firstShape().messagePath, u"$"_s);
    QCOMPARE(diff.secondShape().messagePath, u"$.message"_s);
    compareLines(diff.toText(),
                 {
                     u"Compared the messages: the first body's at $ (Message (documented shape)), "
                     u"the second body's at $.message (Live API response (message in an envelope "
                     u"with a traceId))."_s,
                     uR"(+ $.message.dateUpdated: "2026-11-29T08:15:09.540Z" (29 Nov 2026, 08:15))"_s,
                     uR"(~ $.message.status: "sent" → "failed" (Sent → Failed))"_s,
                     uR"(+ $.message.userId: "Us1Er2Id3Ab4Cd5Ef6Gh")"_s,
                     uR"(~ $.message.error: "" → "30007: Message filtered by the carrier")"_s,
                     u"Outside the message:"_s,
                     uR"(+ $.traceId: "c41e8f20-7b3a-4d96-a5e0-19f2d8c7b6a4")"_s,
                 });
    const JsonDifference &status = diff.differences().at(1);
    QCOMPARE(status.firstPath, u"$.status"_s);
    QCOMPARE(status.secondPath, u"$.message.status"_s);
    QCOMPARE(diff.differences().last().part, Part::Envelope);

    // The other way round: the paths are the flat body's, the traceId is removed.
    const JsonDiff back = diffOf(live, flat);
    compareLines(back.toText(),
                 {
                     u"Compared the messages: the first body's at $.message (Live API response "
                     u"(message in an envelope with a traceId)), the second body's at $ (Message "
                     u"(documented shape))."_s,
                     uR"(- $.dateUpdated: "2026-11-29T08:15:09.540Z" (29 Nov 2026, 08:15))"_s,
                     uR"(~ $.status: "failed" → "sent" (Failed → Sent))"_s,
                     uR"(- $.userId: "Us1Er2Id3Ab4Cd5Ef6Gh")"_s,
                     uR"(~ $.error: "30007: Message filtered by the carrier" → "")"_s,
                     u"Outside the message:"_s,
                     uR"(- $.traceId: "c41e8f20-7b3a-4d96-a5e0-19f2d8c7b6a4")"_s,
                 });
    QCOMPARE(back.differences().at(0).firstPath, u"$.message.dateUpdated"_s);

    // Without pairing, the bodies are compared as they are: everything moved.
    JsonDiff::Options unpaired = utcOptions();
    unpaired.pairMessages = false;
    const JsonDiff raw = diffOf(flat, live, unpaired);
    QVERIFY(!raw.pairedMessages());
    QCOMPARE(raw.differences().first().part, Part::Body);
    QVERIFY(raw.count(Change::Removed) > 10);
}

void JsonDiffTest::twoLiveAnswers()
{
    const QByteArray second = TestSupport::sampleResponse(u"live-call-completed.json"_s);
    QByteArray first = replaced(second, R"("status": "completed",)", R"("status": "connected",)");
    first = replaced(first, R"("duration": 37)", R"("duration": 12)");
    first = replaced(first, "6b0f3c9e-2d41-4f7a-9c5e-8a1d2b3c4e5f", "00000000-0000-4000-8000-000000000000");
    first = replaced(first, R"("type": 1,)", R"("type": 10,)");

    const JsonDiff diff = diffOf(first, second);
    compareLines(
        diff.toText(),
        {
            uR"(~ $.message.type: 10 → 1 (TYPE_CAMPAIGN_VOICEMAIL → TYPE_CALL))"_s,
            uR"(~ $.message.status: "connected" → "completed" (Connected → Completed))"_s,
            uR"(~ $.message.meta.call.duration: 12 → 37 (0:12 → 0:37))"_s,
            u"Outside the message:"_s,
            uR"(~ $.traceId: "00000000-0000-4000-8000-000000000000" → "6b0f3c9e-2d41-4f7a-9c5e-8a1d2b3c4e5f")"_s,
        });
}

void JsonDiffTest::unknownValuesAndDuplicateKeys()
{
    // unknown-values.json sends "status" twice ("beamed", then "delivered") and values outside every enum.
    const QByteArray first = TestSupport::sampleResponse(u"unknown-values.json"_s);
    QByteArray second = replaced(first, R"("status": "delivered")", R"("status": "read")");
    second = replaced(second, R"("direction": "sideways")", R"("direction": "inbound")");
    second = replaced(second, R"("callStatus": "on-hold")", R"("callStatus": "completed")");
    second = replaced(second, R"("price": 1.50)", R"("price": 1.5)");
    second = replaced(second, R"("type": 42)", R"("type": 2)");
    second = replaced(second, R"("dateAdded": "27/03/2024 18:13")", R"("dateAdded": "2024-03-27T18:13:00Z")");

    const JsonDiff diff = diffOf(first, second);
    compareLines(
        diff.toText(),
        {
            uR"(~ $.type: 42 → 2 (unknown type number → TYPE_SMS))"_s,
            uR"(~ $.dateAdded: "27/03/2024 18:13" → "2024-03-27T18:13:00Z" (not a valid date → 27 Mar 2024, 18:13))"_s,
            uR"(~ $.direction: "sideways" → "inbound" (sideways (unknown value) → Inbound))"_s,
            uR"(~ $.status (occurrence 2 of this key): "delivered" → "read" (Delivered → Read))"_s,
            uR"(~ $.meta.callStatus: "on-hold" → "completed" (on-hold (unknown value) → Completed))"_s,
            uR"(~ $.meta.price: 1.50 → 1.5)"_s,
        });
    const JsonDifference &status = diff.differences().at(3);
    QCOMPARE(status.occurrence, 1);
    QVERIFY(!diff.differences().at(2).firstBadge.known);
    QCOMPARE(diff.differences().at(2).firstBadge.meaning, BadgeMeaning::Unknown);

    // A duplicate that appears only on one side is an added member, not a change of the first one.
    const QByteArray single = removedLine(first, "  \"status\": \"beamed\",\n");
    const JsonDiff dup = diffOf(single, first);
    compareLines(dup.toText(),
                 {
                     uR"(~ $.status: "delivered" → "beamed" (Delivered → beamed (unknown value)))"_s,
                     uR"(+ $.status (occurrence 2 of this key): "delivered" (Delivered))"_s,
                 });
}

void JsonDiffTest::arraysByIndexAndKindChanges()
{
    const QByteArray first =
        R"({"id":"m1","messageType":"TYPE_EMAIL","meta":{"email":{"messageIds":["a","b","c"]}},
        "attachments":["x"],"tags":{"a":1},"n":null})";
    const QByteArray second =
        R"({"id":"m1","messageType":"TYPE_EMAIL","meta":{"email":{"messageIds":["a","B"]}},
        "attachments":["x","y",{"k":[1,2]}],"tags":[1],"n":0})";
    const JsonDiff diff = diffOf(first, second);
    compareLines(diff.toText(), {
                                    uR"(~ $.meta.email.messageIds[1]: "b" → "B")"_s,
                                    uR"(- $.meta.email.messageIds[2]: "c")"_s,
                                    uR"(+ $.attachments[1]: "y")"_s,
                                    uR"(+ $.attachments[2]: {1 field})"_s,
                                    uR"(~ $.tags: {1 field} → [1 item])"_s,
                                    uR"(~ $.n: null → 0)"_s,
                                });
    QCOMPARE(diff.differences().at(4).firstKind, Json::NodeKind::Object);
    QCOMPARE(diff.differences().at(4).secondKind, Json::NodeKind::Array);
}

void JsonDiffTest::serverOrderWithMovedMembers()
{
    // Members are listed in the second body's order; a removed member stays where it was among its
    // neighbours.
    const JsonDiff diff =
        diffOf(R"({"a":1,"gone":2,"b":3,"c":4,"late":5})", R"({"new":0,"b":3,"a":9,"c":4})");
    compareLines(diff.toText(), {
                                    u"+ $.new: 0"_s,
                                    u"- $.gone: 2"_s,
                                    u"~ $.a: 1 → 9"_s,
                                    u"- $.late: 5"_s,
                                });
    // Keys that need quoting keep a path that resolves.
    const JsonDiff odd = diffOf(R"({"odd key":{"x.y":1}})", R"({"odd key":{"x.y":2}})");
    compareLines(odd.toText(), {uR"(~ $['odd key']['x.y']: 1 → 2)"_s});
    const Json::Document second = Json::Document::parse(R"({"odd key":{"x.y":2}})");
    QCOMPARE(second.offsetForPath(odd.differences().first().secondPath),
             odd.differences().first().secondOffset);
}

void JsonDiffTest::escapesAndNumberText()
{
    // The same string with different escapes is the same; control characters never reach the text raw.
    const JsonDiff same = diffOf(R"({"x":"\u00e9t\u00e9"})", "{\"x\":\"\xc3\xa9t\xc3\xa9\"}");
    QVERIFY(same.isIdentical());
    const JsonDiff control = diffOf(R"({"x":"a"})", R"({"x":"line\nnext\u202e"})");
    compareLines(control.toText(), {uR"(~ $.x: "a" → "line\nnext\u202E")"_s});
    // Big numbers are compared as sent, never rounded.
    const JsonDiff big = diffOf(R"({"n":12345678901234567890})", R"({"n":12345678901234567891})");
    compareLines(big.toText(), {u"~ $.n: 12345678901234567890 → 12345678901234567891"_s});
    // Long values are cut.
    JsonDiff::Options options = utcOptions();
    options.maxValueChars = 10;
    const JsonDiff longer =
        diffOf(R"({"x":"short"})", "{\"x\":\"" + QByteArray(100000, 'z') + "\"}", options);
    compareLines(longer.toText(), {uR"(~ $.x: "short" → "zzzzzzzzzz…")"_s});
}

void JsonDiffTest::bodiesWithoutMessage()
{
    // Error answers and other JSON are compared as bodies, with no message meanings.
    const JsonDiff diff =
        diffOf(R"({"statusCode":401,"message":"Invalid JWT","error":"Unauthorized"})",
               R"({"statusCode":403,"message":"The token does not have access to this location."})");
    QVERIFY(!diff.pairedMessages());
    compareLines(diff.toText(),
                 {
                     u"~ $.statusCode: 401 → 403"_s,
                     uR"(~ $.message: "Invalid JWT" → "The token does not have access to this location.")"_s,
                     uR"(- $.error: "Unauthorized")"_s,
                 });
    QCOMPARE(diff.differences().first().part, Part::Body);
    compareLines(diffOf("[1,2]", "[1,2,3]").toText(), {u"+ $[2]: 3"_s});
    compareLines(diffOf("1", "\"1\"").toText(), {uR"(~ $: 1 → "1")"_s});
}

void JsonDiffTest::notJson()
{
    const JsonDiff diff = diffOf("{\"a\":", R"({"a":1})");
    QVERIFY(diff.hasError());
    QVERIFY(!diff.isIdentical());
    QVERIFY2(
        diff.errorString().startsWith(u"The first body cannot be compared field by field: it is not JSON"_s),
        qPrintable(diff.errorString()));
    QCOMPARE(diff.toText().last(), u"The two bodies differ."_s);
    const JsonDiff same = diffOf("not json", "not json");
    QVERIFY(same.hasError());
    QVERIFY(same.isIdentical());
    QVERIFY(diffOf("", R"({"a":1})").errorString().contains(u"first body"_s));
}

void JsonDiffTest::stopsAtTheLimit()
{
    QByteArray first = "[";
    QByteArray second = "[";
    for (int i = 0; i < 500; ++i) {
        first += (i ? "," : "") + QByteArray::number(i);
        second += (i ? "," : "") + QByteArray::number(i + 1);
    }
    first += "]";
    second += "]";
    JsonDiff::Options options = utcOptions();
    options.maxDifferences = 100;
    const JsonDiff diff = diffOf(first, second, options);
    QVERIFY(diff.isTruncated());
    QVERIFY(!diff.isIdentical());
    QCOMPARE(diff.differences().size(), 100);
    QCOMPARE(diff.toText().size(), 101);
    QCOMPARE(diff.toText().last(), u"Stopped after 100 differences: further differences are not listed."_s);
    QCOMPARE(diff.toText().at(99), u"~ $[99]: 99 → 100"_s);
}

void JsonDiffTest::identicalSubtreesAreSkipped()
{
    // A large body with one changed field: identical members are skipped whole, so the walk visits a handful
    // of values, not the 200,000 ids.
    QByteArray ids;
    for (int i = 0; i < 200000; ++i)
        ids += (i ? "," : "") + ("\"id" + QByteArray::number(i) + '"');
    const QByteArray first = R"({"message":{"id":"m1","status":"sent","meta":{"email":{"messageIds":[)" +
                             ids + R"(]}},"direction":"outbound"},"traceId":"t"})";
    const QByteArray second = replaced(first, R"("status":"sent")", R"("status":"delivered")");
    const JsonDiff diff = diffOf(first, second);
    compareLines(diff.toText(), {uR"(~ $.message.status: "sent" → "delivered" (Sent → Delivered))"_s});
    QVERIFY2(diff.valuesCompared() < 20, qPrintable(QString::number(diff.valuesCompared())));

    // One id changed deep in the array: the array is walked, and only there.
    const QByteArray third = replaced(first, "\"id199998\"", "\"changed\"");
    const JsonDiff deep = diffOf(first, third);
    compareLines(deep.toText(), {uR"(~ $.message.meta.email.messageIds[199998]: "id199998" → "changed")"_s});
    QVERIFY(deep.valuesCompared() > 200000 && deep.valuesCompared() < 200020);
}

void JsonDiffTest::startCanBeCancelled()
{
    QByteArray first = "[";
    QByteArray second = "[";
    for (int i = 0; i < 300000; ++i) {
        first += (i ? ",[" : "[") + QByteArray::number(i) + "]";
        second += (i ? ",[" : "[") + QByteArray::number(i) + "]";
    }
    first += ",1]";
    second += ",2]";
    const Json::Document a = Json::Document::parse(first);
    const Json::Document b = Json::Document::parse(second);

    QFuture<JsonDiff> done = JsonDiff::start(a, b, utcOptions());
    done.waitForFinished();
    QCOMPARE(done.resultCount(), 1);
    compareLines(done.result().toText(), {u"~ $[300000]: 1 → 2"_s});

    // A stop question that says yes at once: the walk ends at its first check, incomplete and saying so.
    const JsonDiff stopped = JsonDiff::compare(a, b, utcOptions(), [] { return true; });
    QVERIFY(stopped.isCancelled());
    QVERIFY(!stopped.isIdentical());
    QVERIFY(stopped.valuesCompared() < 10000);
    QCOMPARE(stopped.toText().last(),
             u"The comparison was stopped before the end: the list is incomplete."_s);
}

void JsonDiffTest::modelShowsTheDiff()
{
    JsonDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(JsonDiffModel::ColumnCount));

    const QByteArray live = TestSupport::sampleResponse(u"live-failed-sms.json"_s);
    const QByteArray sent = replaced(live, R"("status": "failed")", R"("status": "sent")");
    const QByteArray moved =
        replaced(sent, R"("source": "workflow",)", R"("source": "workflow", "extra": 1,)");
    model.setDiff(diffOf(moved, live));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex status = model.index(0, JsonDiffModel::PathColumn);
    QCOMPARE(status.data().toString(), u"$.message.status"_s);
    QCOMPARE(model.index(0, JsonDiffModel::ChangeColumn).data().toString(), u"Changed"_s);
    QCOMPARE(model.index(0, JsonDiffModel::FirstColumn).data().toString(), uR"("sent" · Sent)"_s);
    QCOMPARE(model.index(0, JsonDiffModel::SecondColumn).data().toString(), uR"("failed" · Failed)"_s);
    QCOMPARE(status.data(JsonDiffModel::SecondBadgeRole).value<Badge>().meaning, BadgeMeaning::Bad);
    QCOMPARE(status.data(JsonDiffModel::FirstMeaningRole).toString(), u"Sent"_s);
    QCOMPARE(status.data(JsonDiffModel::ChangeRole).toInt(), int(Change::Changed));
    QCOMPARE(model.index(1, JsonDiffModel::ChangeColumn).data().toString(), u"Removed"_s);
    QCOMPARE(model.index(1, JsonDiffModel::SecondColumn).data().toString(), QString());
    QVERIFY(!model.index(1, JsonDiffModel::FirstColumn).data(JsonDiffModel::FirstBadgeRole).isValid());
    QVERIFY(!model.index(2, 0).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
    QCOMPARE(model.differenceAt(QModelIndex()), nullptr);
    QCOMPARE(model.headerData(JsonDiffModel::PathColumn, Qt::Horizontal).toString(), u"Path"_s);

    model.setDiff(diffOf(live, live));
    QCOMPARE(model.rowCount(), 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(JsonDiffTest)
#include "tst_jsondiff.moc"
