// Why a message failed, as far as the evidence goes: lines from the failed SMS itself (each with the path it
// came from), from its contact when it was looked up (DND for the SMS channel, no phone), the known causes
// the facts point at (with their public sources), and the plain statement that the API does not expose the
// carrier's error code.
#include "message/messageanalysis.h"
#include "related/failureevidence.h"

#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Source = EvidenceLine::Source;

namespace {

MessageAnalysis sample(const char *name)
{
    return MessageAnalysis::analyze(TestSupport::sampleResponse(QString::fromLatin1(name)));
}

Contact contact(const char *name)
{
    QFile file(TestSupport::sourcePath(u"tests/data/related/"_s + QLatin1StringView(name)));
    return Contact::fromDocument(
        Json::Document::parse(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray()));
}

const EvidenceLine *lineWith(const FailureEvidence &e, const QString &text)
{
    for (const EvidenceLine &line : e.lines) {
        if (line.text.contains(text))
            return &line;
    }
    return nullptr;
}

QStringList codes(const QList<const KnownCause *> &causes)
{
    QStringList list;
    for (const KnownCause *cause : causes)
        list << cause->code;
    return list;
}

} // namespace

class TestFailureEvidence : public QObject
{
    Q_OBJECT

private slots:
    void aFailedSmsWithoutItsContact()
    {
        const MessageAnalysis message = sample("live-failed-sms.json");
        QVERIFY(FailureEvidence::appliesTo(message));
        const FailureEvidence e = FailureEvidence::build(message, std::nullopt, {}, QTimeZone::utc());
        QVERIFY(e.applies);
        QCOMPARE(e.status, u"failed"_s);
        QCOMPARE(e.channel, u"SMS"_s);
        QVERIFY(!e.contactChecked);

        const EvidenceLine *status = lineWith(e, u"The status is “failed”."_s);
        QVERIFY(status);
        QCOMPARE(status->source, Source::Message);
        QCOMPARE(status->path, u"$.message.status"_s);
        QCOMPARE(status->origin, u"message $.message.status"_s);

        const EvidenceLine *error = lineWith(e, u"30007: Message filtered by the carrier"_s);
        QVERIFY(error);
        QCOMPARE(error->path, u"$.message.error"_s);
        QVERIFY(error->pointsAtCause);
        QCOMPARE(error->causeCode, u"carrier-filtering"_s);

        QVERIFY(lineWith(e, u"channel SMS (outbound)"_s));
        QCOMPARE(lineWith(e, u"“workflow” (source)"_s)->path, u"$.message.source"_s);
        const EvidenceLine *provider = lineWith(e, u"conversationProviderId is not set"_s);
        QVERIFY(provider);
        QCOMPARE(provider->origin, u"message $.message.conversationProviderId"_s);
        const EvidenceLine *dates = lineWith(e, u"Added 29 Nov 2026, 08:15"_s);
        QVERIFY2(dates, qPrintable(e.toText()));
        QVERIFY2(dates->text.contains(u"last changed 7 s later"_s), qPrintable(dates->text));
        QCOMPARE(dates->path, u"$.message.dateUpdated"_s);

        const EvidenceLine *contactLine = lineWith(e, u"The contact was not looked up"_s);
        QVERIFY(contactLine);
        QCOMPARE(contactLine->source, Source::Contact);
        QVERIFY(contactLine->text.contains(u"contacts.readonly"_s));

        const EvidenceLine *api = lineWith(e, u"carrier's error code"_s);
        QVERIFY(api);
        QCOMPARE(api->source, Source::Api);
        QVERIFY(api->origin.contains(u"highlevel-api-docs #160"_s));

        QCOMPARE(codes(e.pointedAt), QStringList{u"carrier-filtering"_s});
        const EvidenceLine *cause = lineWith(e, u"point at: Carrier filtering"_s);
        QVERIFY(cause);
        QCOMPARE(cause->source, Source::KnownCause);
        QVERIFY(cause->origin.contains(u"help.gohighlevel.com"_s));
        // The rest of the table for SMS, each with its source.
        QCOMPARE(codes(e.otherCauses), (QStringList{u"unreachable-number"_s, u"dnd"_s, u"opt-out"_s,
                                                    u"daily-limit"_s, u"provider-not-connected"_s}));
        for (const KnownCause *other : e.otherCauses)
            QVERIFY(!other->source.isEmpty());

        const QString text = e.toText();
        QVERIFY(text.contains(u"- The status is “failed”.  [message $.message.status]"_s));
        QVERIFY(text.contains(u"Other known causes:"_s));
    }

    void aFailedSmsWithItsContact()
    {
        const FailureEvidence e =
            FailureEvidence::build(sample("failed-sms.json"), contact("contact-dnd.json"),
                                   QUrl(u"https://app.gohighlevel.com/v2/x"_s), QTimeZone::utc());
        QVERIFY(e.contactChecked);
        const EvidenceLine *dnd = lineWith(e, u"DND is on for SMS (status “active”)."_s);
        QVERIFY2(dnd, qPrintable(e.toText()));
        QCOMPARE(dnd->source, Source::Contact);
        QCOMPARE(dnd->path, u"$.contact.dndSettings.SMS.status"_s);
        QVERIFY(dnd->text.contains(u"Replied STOP"_s));
        QCOMPARE(dnd->causeCode, u"dnd"_s);
        const EvidenceLine *phone = lineWith(e, u"phone number is +18832327657"_s);
        QVERIFY(phone);
        QVERIFY(!phone->pointsAtCause);
        // The message's own text names a landline (30006), the contact's setting DND: both, in that order.
        // The DND setting's code (21610) names an opt-out too.
        QCOMPARE(codes(e.pointedAt), (QStringList{u"unreachable-number"_s, u"dnd"_s, u"opt-out"_s}));
        QVERIFY(lineWith(e, u"The conversation in the web app: https://app.gohighlevel.com/v2/x"_s));
        QVERIFY(!lineWith(e, u"not looked up"_s));
        QVERIFY(!lineWith(e, u"dateUpdated"_s) || lineWith(e, u"no dateUpdated"_s)); // the sample has none
    }

    void aContactWithoutAPhone()
    {
        const FailureEvidence e =
            FailureEvidence::build(sample("live-failed-sms.json"), contact("contact-nophone.json"));
        const EvidenceLine *phone = lineWith(e, u"The contact has no phone number."_s);
        QVERIFY(phone);
        QCOMPARE(phone->path, u"$.contact.phone"_s);
        QCOMPARE(phone->causeCode, u"unreachable-number"_s);
        QVERIFY(lineWith(e, u"DND is off for SMS (status “inactive”)."_s));
        QVERIFY(codes(e.pointedAt).contains(u"unreachable-number"_s));
        QVERIFY(!codes(e.pointedAt).contains(u"dnd"_s));
    }

    void aDeliveredMessageIsNotAFailure()
    {
        const MessageAnalysis message = sample("inbound-sms-delivered.json");
        QVERIFY(!FailureEvidence::appliesTo(message));
        const FailureEvidence e = FailureEvidence::build(message);
        QVERIFY(!e.applies);
        QVERIFY(e.toText().startsWith(u"The message did not fail"_s));
    }

    void serverTextIsEscaped()
    {
        const MessageAnalysis message =
            MessageAnalysis::analyze("{\"id\":\"M1\",\"status\":\"undelivered\",\"messageType\":\"TYPE_SMS\","
                                     "\"error\":\"line1\\nline2\\u202e 21610 unsubscribed\"}");
        const FailureEvidence e = FailureEvidence::build(message);
        QVERIFY(e.applies);
        const EvidenceLine *error = lineWith(e, u"error text"_s);
        QVERIFY(error);
        QVERIFY2(!error->text.contains(u'\n') && !error->text.contains(QChar(0x202e)),
                 qPrintable(error->text));
        QCOMPARE(codes(e.pointedAt), QStringList{u"opt-out"_s});
    }

    void knownCausesMatchCodesThenWords()
    {
        QCOMPARE(codes(KnownCauses::matching(u"Error 30006: Landline or unreachable carrier")),
                 QStringList{u"unreachable-number"_s});
        QCOMPARE(codes(KnownCauses::matching(u"Message filtered")), QStringList{u"carrier-filtering"_s});
        QCOMPARE(codes(KnownCauses::matching(u"Contact has DND enabled")), QStringList{u"dnd"_s});
        QCOMPARE(codes(KnownCauses::matching(u"Daily limit reached")), QStringList{u"daily-limit"_s});
        QCOMPARE(codes(KnownCauses::matching(u"No conversation provider found for this message")),
                 QStringList{u"provider-not-connected"_s});
        QVERIFY(KnownCauses::matching(u"stopped 300070 xdndx").isEmpty());
        QVERIFY(KnownCauses::matching(u"").isEmpty());
        for (const KnownCause &cause : KnownCauses::table()) {
            QVERIFY(!cause.title.isEmpty() && !cause.explanation.isEmpty() && !cause.whatToDo.isEmpty());
            QVERIFY2(!cause.source.isEmpty(), qPrintable(cause.code));
        }
    }

    void channels()
    {
        QCOMPARE(FailureEvidence::channelFor(u"TYPE_SMS"), u"SMS"_s);
        QCOMPARE(FailureEvidence::channelFor(u"TYPE_CAMPAIGN_SMS"), u"SMS"_s);
        QCOMPARE(FailureEvidence::channelFor(u"TYPE_CALL"), u"Call"_s);
        QCOMPARE(FailureEvidence::channelFor(u"TYPE_CAMPAIGN_VOICEMAIL"), u"Call"_s);
        QCOMPARE(FailureEvidence::channelFor(u"TYPE_EMAIL"), u"Email"_s);
        QCOMPARE(FailureEvidence::channelFor(u"TYPE_WHATSAPP"), u"WhatsApp"_s);
        QCOMPARE(FailureEvidence::channelFor(u"TYPE_GMB"), u"GMB"_s);
        QCOMPARE(FailureEvidence::channelFor(u"TYPE_FACEBOOK"), u"FB"_s);
        QCOMPARE(FailureEvidence::channelFor(u"TYPE_LIVE_CHAT"), QString());
    }
};

QTEST_GUILESS_MAIN(TestFailureEvidence)
#include "tst_failureevidence.moc"
