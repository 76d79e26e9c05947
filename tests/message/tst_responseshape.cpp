// Every shape the product meets — the documented message, the live envelope, webhook payloads, error answers,
// other JSON — recognised in one place and read through it: the summary both front ends render, the findings
// (known live differences as notes of their own kind), the tree's decorations on the true paths, and the
// comparison of a webhook with the live message.
#include "message/liveapi.h"
#include "message/messageanalysis.h"
#include "message/messagecomparison.h"
#include "message/messagedecorator.h"
#include "message/messageformatting.h"
#include "message/messagesummary.h"
#include "message/responseshape.h"
#include "json/jsontreemodel.h"
#include "json/treetext.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime now = QDateTime(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc());
const QTimeZone utc = QTimeZone::utc();

MessageAnalysis analysed(const QByteArray &body)
{
    return MessageAnalysis::analyze(body);
}

QStringList findingLines(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << Finding::severityName(f.severity) + u' ' + f.code + u' ' + f.path;
    return lines;
}

} // namespace

class TestResponseShape : public QObject
{
    Q_OBJECT

private slots:
    void recognisesEveryShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("messagePath");
        QTest::addColumn<QString>("event");
        QTest::newRow("documented") << TestSupport::sampleResponse(u"inbound-sms-delivered.json"_s)
                                    << u"message"_s << u"$"_s << QString();
        QTest::newRow("live envelope") << TestSupport::sampleResponse(u"live-call-completed.json"_s)
                                       << u"envelope"_s << u"$.message"_s << QString();
        QTest::newRow("InboundMessage webhook") << TestSupport::sampleResponse(u"webhook-inbound-sms.json"_s)
                                                << u"webhook"_s << u"$"_s << u"InboundMessage"_s;
        QTest::newRow("provider webhook")
            << QByteArray(R"({"contactId":"c1","locationId":"l1","messageId":"m1","type":"SMS",)"
                          R"("phone":"+15550100","message":"Hello","attachments":[],"userId":"u1"})")
            << u"webhook"_s << u"$"_s << u"ProviderOutboundMessage"_s;
        QTest::newRow("error answer") << QByteArray(R"({"statusCode":401,"message":"Invalid JWT"})")
                                      << u"error"_s << QString() << QString();
        QTest::newRow("422 with a list")
            << QByteArray(
                   R"({"statusCode":422,"message":["id must be a string","id is too short"],"error":"Unprocessable Entity"})")
            << u"error"_s << QString() << QString();
        QTest::newRow("other object")
            << QByteArray(R"({"name":"x"})") << u"other"_s << QString() << QString();
        QTest::newRow("array") << QByteArray("[1,2]") << u"other"_s << QString() << QString();
        QTest::newRow("not json") << QByteArray("<html>") << u"not-json"_s << QString() << QString();
        QTest::newRow("empty") << QByteArray() << u"empty"_s << QString() << QString();
    }

    void recognisesEveryShape()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, kind);
        QFETCH(QString, messagePath);
        QFETCH(QString, event);
        const ResponseShape shape = ResponseShape::recognise(Json::Document::parse(body));
        QCOMPARE(shape.kindName(), kind);
        QCOMPARE(shape.messagePath, messagePath);
        QCOMPARE(shape.webhookEvent, event);
        QCOMPARE(shape.hasMessage(), !messagePath.isEmpty());
    }

    void errorAnswersKeepTheServersWords()
    {
        const ResponseShape shape = ResponseShape::recognise(Json::Document::parse(
            R"({"statusCode":422,"message":["id must be a string","id is too short"],"error":"Unprocessable Entity","traceId":"t-1"})"));
        QCOMPARE(shape.errorStatusCode, 422);
        QCOMPARE(shape.errorMessages, (QStringList{u"id must be a string"_s, u"id is too short"_s}));
        QCOMPARE(shape.errorName, u"Unprocessable Entity"_s);
        QCOMPARE(shape.traceId, u"t-1"_s);
        QCOMPARE(ResponseShape::traceIdOf(R"({"statusCode":401,"message":"x","traceId":"abc"})"), u"abc"_s);
        QCOMPARE(ResponseShape::traceIdOf("not json"), QString());
    }

    void pathsStayTrueAndAliasesResolve()
    {
        const ResponseShape live = ResponseShape::recognise(
            Json::Document::parse(TestSupport::sampleResponse(u"live-call-completed.json"_s)));
        QCOMPARE(live.actualPath(u"$.status"), u"$.message.status"_s);
        QCOMPARE(live.canonicalPath(u"$.message.meta.call.duration"), u"$.meta.callDuration"_s);
        QCOMPARE(live.canonicalPath(u"$.message.meta.call.status"), u"$.meta.callStatus"_s);
        QCOMPARE(live.canonicalPath(u"$.message"), u"$"_s);
        QCOMPARE(live.canonicalPath(u"$.traceId"), QString()); // outside the message
        QCOMPARE(live.canonicalPath(u"$.messageX.id"), QString());
        // Webhook names apply only to webhooks.
        QCOMPARE(live.canonicalPath(u"$.message.messageId"), u"$.messageId"_s);
        const ResponseShape hook = ResponseShape::recognise(
            Json::Document::parse(TestSupport::sampleResponse(u"webhook-inbound-sms.json"_s)));
        QCOMPARE(hook.canonicalPath(u"$.messageId"), u"$.id"_s);
        QCOMPARE(hook.canonicalPath(u"$.callDuration"), u"$.meta.callDuration"_s);
        QCOMPARE(hook.canonicalPath(u"$.type"), u"$.type"_s); // the event name, not the channel
    }

    // What a support person reads, per shape: the summary the card and the CLI both render.
    void summaryOfEachShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("live call")
            << TestSupport::sampleResponse(u"live-call-completed.json"_s)
            << QStringList{u"origin: Live API response (message in an envelope with a traceId)"_s,
                           u"direction: Inbound (inbound)"_s,
                           u"status: Completed (good)"_s,
                           u"type: Call (type 1 · TYPE_CALL, documented)"_s,
                           u"when: 2 Nov 2026, 15:04 UTC (28 days ago)"_s,
                           u"text: —"_s,
                           u"id: Lc7Kq2Wn5Rt8Yx1Za4Vb"_s,
                           u"traceId: 6b0f3c9e-2d41-4f7a-9c5e-8a1d2b3c4e5f"_s,
                           u"call: Completed · lasted 0:37"_s,
                           u"failure: "_s,
                           u"facts: Call: Completed · lasted 0:37 | Source: App | Updated 2 Nov 2026, "
                           u"15:04 UTC (28 days ago)"_s};
        QTest::newRow("live failed SMS")
            << TestSupport::sampleResponse(u"live-failed-sms.json"_s)
            << QStringList{
                   u"origin: Live API response (message in an envelope with a traceId)"_s,
                   u"direction: Outbound (outbound)"_s,
                   u"status: Failed (bad)"_s,
                   u"type: SMS (type 2 · TYPE_SMS, inferred)"_s,
                   u"when: 29 Nov 2026, 08:15 UTC (28 hours ago)"_s,
                   u"text: Hi Sam, your order #4471 is ready for pickup at the Main St store until 6 pm."_s,
                   u"id: Fx2Lv9Sm4Qe7Rt1Yu3Io"_s,
                   u"traceId: c41e8f20-7b3a-4d96-a5e0-19f2d8c7b6a4"_s,
                   u"call: "_s,
                   u"failure: 30007: Message filtered by the carrier"_s,
                   u"facts: Source: Workflow | Updated 29 Nov 2026, 08:15 UTC (28 hours ago)"_s};
        QTest::newRow("webhook") << TestSupport::sampleResponse(u"webhook-inbound-sms.json"_s)
                                 << QStringList{u"origin: InboundMessage webhook event"_s,
                                                u"direction: Inbound (inbound)"_s,
                                                u"status: Delivered (good)"_s,
                                                u"type: SMS"_s,
                                                u"when: 30 Nov 2026, 10:22 UTC (2 hours ago)"_s,
                                                u"text: Yes, 3 pm works for me"_s,
                                                u"id: Wh5Mk3Qp8Ls2Dn6Fr9Tb"_s,
                                                u"traceId: "_s,
                                                u"call: "_s,
                                                u"failure: "_s,
                                                u"facts: "_s};
        QTest::newRow("webhook call")
            << QByteArray(
                   R"({"type":"OutboundMessage","messageType":"CALL","messageId":"m1","direction":"outbound",)"
                   R"("status":"completed","callDuration":120,"callStatus":"voicemail","dateAdded":"2024-05-08T11:57:42.250Z"})")
            << QStringList{u"origin: OutboundMessage webhook event"_s,
                           u"direction: Outbound (outbound)"_s,
                           u"status: Completed (good)"_s,
                           u"type: Call"_s,
                           u"when: 8 May 2024, 11:57 UTC (2 years ago)"_s,
                           u"text: —"_s,
                           u"id: m1"_s,
                           u"traceId: "_s,
                           u"call: Voicemail · lasted 2:00"_s,
                           u"failure: "_s,
                           u"facts: Call: Voicemail · lasted 2:00"_s};
        QTest::newRow("email with HTML")
            << QByteArray(
                   R"({"id":"e1","messageType":"TYPE_EMAIL","direction":"outbound","status":"opened",)"
                   R"("body":"<div style='font-family: verdana'><p>Hello&nbsp;Sam,</p><p>See you &amp; bye</p><style>p{}</style></div>"})")
            << QStringList{u"origin: Message (documented shape)"_s,
                           u"direction: Outbound (outbound)"_s,
                           u"status: Opened (good)"_s,
                           u"type: Email"_s,
                           u"when: —"_s,
                           u"text: Hello Sam, See you & bye"_s,
                           u"id: e1"_s,
                           u"traceId: "_s,
                           u"call: "_s,
                           u"failure: "_s,
                           u"facts: "_s};
    }

    void summaryOfEachShape()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, expected);
        const MessageSummary s = MessageSummary::from(analysed(body), now, utc);
        QVERIFY(s.isMessage);
        const auto chip = [](const Badge &b, const QString &text) {
            return b.isBadge() ? b.label + u" ("_s +
                                     (b.meaning == BadgeMeaning::Good       ? u"good"_s
                                      : b.meaning == BadgeMeaning::Bad      ? u"bad"_s
                                      : b.meaning == BadgeMeaning::Inbound  ? u"inbound"_s
                                      : b.meaning == BadgeMeaning::Outbound ? u"outbound"_s
                                                                            : u"other"_s) +
                                     u')'
                               : text;
        };
        QString type = s.messageType.isBadge() ? s.messageType.label : s.messageTypeText;
        if (!s.typeDetail.isEmpty())
            type += u" ("_s + s.typeDetail + u')';
        const QStringList actual{
            u"origin: "_s + s.origin,
            u"direction: "_s + chip(s.direction, s.directionText),
            u"status: "_s + chip(s.status, s.statusText),
            u"type: "_s + type,
            u"when: "_s + s.when,
            u"text: "_s + (s.hasBody ? s.body : MessageSummary::absent()),
            u"id: "_s + s.messageId,
            u"traceId: "_s + s.traceId,
            u"call: "_s + s.call,
            u"failure: "_s + s.failure,
            u"facts: "_s + s.extraFacts.join(u" | "_s),
        };
        QCOMPARE(actual, expected);
    }

    void countsAreExactAboveAThousand()
    {
        QByteArray body = R"({"id":"a1","direction":"inbound","attachments":[)";
        for (int i = 0; i < 65536; ++i)
            body += (i ? ",\"u\"" : "\"u\"");
        body += "]}";
        const MessageSummary s = MessageSummary::from(analysed(body), now, utc);
        QCOMPARE(s.attachmentCount, 65536);
        QVERIFY2(s.extraFacts.contains(u"65,536 attachments"_s) ||
                     s.extraFacts.contains(u"65536 attachments"_s),
                 qPrintable(s.extraFacts.join(u" | "_s)));
    }

    void notAMessageSaysWhy()
    {
        const MessageSummary error = MessageSummary::from(
            analysed(R"({"statusCode":403,"message":"The token does not have access to this location."})"),
            now, utc);
        QVERIFY(!error.isMessage);
        QCOMPARE(
            error.notMessage,
            u"The server answered with an error instead of a message: The token does not have access to this "
            u"location."_s);
        QVERIFY(MessageSummary::from(analysed("{\"a\":"), now, utc)
                    .notMessage.startsWith(u"The body is not valid JSON"_s));
    }

    // A live-shaped response passes the check: its differences are notes of their own kind, with sources.
    void liveShapeGivesKnownDifferencesNotErrors()
    {
        const MessageAnalysis call = analysed(TestSupport::sampleResponse(u"live-call-completed.json"_s));
        QCOMPARE(findingLines(call.findings),
                 (QStringList{u"known-difference live-envelope $.message"_s,
                              u"known-difference live-trace-id $.traceId"_s,
                              u"known-difference live-status-value $.message.status"_s,
                              u"known-difference live-missing-field $.message.contentType"_s,
                              u"known-difference live-meta-call $.message.meta.call.duration"_s,
                              u"known-difference live-meta-call $.message.meta.call.status"_s,
                              u"known-difference live-extra-field $.message.dateUpdated"_s}));
        for (const Finding &f : call.findings) {
            QVERIFY2(!f.source.isEmpty(), qPrintable(f.code));
            QVERIFY(
                f.message.startsWith(u"Differs from the documentation the way the live API is known to"_s));
        }
        // The same message without the envelope: no envelope notes, the rest the same.
        const MessageAnalysis failed = analysed(TestSupport::sampleResponse(u"live-failed-sms.json"_s));
        QCOMPARE(findingLines(failed.findings),
                 (QStringList{u"known-difference live-envelope $.message"_s,
                              u"known-difference live-trace-id $.traceId"_s,
                              u"known-difference live-extra-field $.message.dateUpdated"_s,
                              u"info unknown-field $.message.error"_s}));
    }

    void realAnomaliesInsideTheEnvelopeStayWarnings()
    {
        const MessageAnalysis a = analysed(
            R"({"message":{"id":"x1","type":2,"messageType":"TYPE_SMS","locationId":"l","contactId":"c",)"
            R"("conversationId":"v","dateAdded":"yesterday","direction":"sideways","status":"bounced",)"
            R"("contentType":"text/plain"},"traceId":"t","region":"us"})");
        QCOMPARE(findingLines(a.findings),
                 (QStringList{u"known-difference live-envelope $.message"_s,
                              u"known-difference live-trace-id $.traceId"_s, u"info unknown-field $.region"_s,
                              u"warning invalid-date $.message.dateAdded"_s,
                              u"warning unknown-enum-value $.message.direction"_s,
                              u"warning unknown-enum-value $.message.status"_s}));
    }

    void webhookIsCheckedForValuesOnly()
    {
        const MessageAnalysis hook = analysed(TestSupport::sampleResponse(u"webhook-inbound-sms.json"_s));
        QCOMPARE(
            findingLines(hook.findings),
            (QStringList{u"info webhook-event $"_s, u"known-difference short-message-type $.messageType"_s}));
    }

    // Every row of the knowledge table names a public source.
    void everyKnownDifferenceHasASource()
    {
        QVERIFY(LiveApi::table().size() >= 20);
        for (const LiveApi::KnownDifference &row : LiveApi::table()) {
            QVERIFY2(!row.source.isEmpty(), qPrintable(row.code));
            QVERIFY2(!row.description.isEmpty(), qPrintable(row.code));
            QVERIFY2(row.path.startsWith(u'$'), qPrintable(row.code));
        }
    }

    // The tree decorates the live envelope's fields on their true paths.
    void treeDecoratesTheEnvelope()
    {
        const MessageAnalysis call = analysed(TestSupport::sampleResponse(u"live-call-completed.json"_s));
        Json::JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MessageDecorator decorator;
        decorator.setNow(now);
        decorator.setTimeZone(utc);
        decorator.setShape(call.shape);
        model.setDecorator(&decorator);
        model.setDocument(call.document);
        const QString tree = Json::treeText(&model);
        QVERIFY2(tree.contains(u"\n  type: 1 (number) — 1 · TYPE_CALL (documented)\n"_s), qPrintable(tree));
        QVERIFY2(tree.contains(u"\n  status: completed (string) — Completed\n"_s), qPrintable(tree));
        QVERIFY2(tree.contains(u"\n      duration: 37 (number) — 0:37\n"_s), qPrintable(tree));
        QVERIFY2(tree.contains(u"\n      status: completed (string) — Completed\n"_s), qPrintable(tree));
        QVERIFY2(
            tree.contains(
                u"\n  dateUpdated: 2026-11-02T15:04:52.631Z (string) — 2 Nov 2026, 15:04 (28 days ago)\n"_s),
            qPrintable(tree));
        // The envelope's own traceId is outside the message: no decoration.
        QVERIFY2(tree.endsWith(u"traceId: 6b0f3c9e-2d41-4f7a-9c5e-8a1d2b3c4e5f (string)\n"_s),
                 qPrintable(tree));
        const QModelIndex status = model.indexForPath(u"$.message.status"_s);
        QVERIFY(status.isValid());
        QVERIFY(model.data(status, Json::JsonTreeModel::BadgeRole).value<Badge>().isBadge());
    }

    void webhookComparedWithTheLiveMessage()
    {
        const MessageAnalysis hook = analysed(TestSupport::sampleResponse(u"webhook-inbound-sms.json"_s));
        const MessageAnalysis live = analysed(
            R"({"message":{"id":"Wh5Mk3Qp8Ls2Dn6Fr9Tb","type":2,"messageType":"TYPE_SMS","direction":"inbound",)"
            R"("status":"read","body":"Yes, 3 pm works for me","contactId":"Cn6Vb8Nm0Qa2Ws4Ed6Rf",)"
            R"("conversationId":"Cv9Tg1Yh3Uj5Ik7Ol9Pz","locationId":"Lq7Rt2Vx9KmN3pB6sD4f",)"
            R"("dateAdded":"2026-11-30T10:22:41.750Z","contentType":"text/plain"},"traceId":"t"})");
        const MessageComparison comparison = MessageComparison::compare(hook, live);
        QCOMPARE(comparison.describe(u"webhook"_s, u"live"_s),
                 (QStringList{u"status: Delivered (webhook) → Read (live)"_s,
                              u"attachments: only in the webhook (0)"_s}));
    }
};

QTEST_GUILESS_MAIN(TestResponseShape)
#include "tst_responseshape.moc"
