// What a message leads to: the emails of its thread (under both documented names), a call's recording and
// transcript, its conversation and messages, its contact; each link says what it is and what it needs, and
// an id found in the message that is missing, not text or hostile gives a link that cannot be fetched and
// says why, without repeating the id.
#include "message/messageanalysis.h"
#include "related/emailmessage.h"
#include "related/relatedlinks.h"

#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = RelatedLink::Kind;

namespace {

MessageAnalysis sample(const char *name)
{
    return MessageAnalysis::analyze(TestSupport::sampleResponse(QString::fromLatin1(name)));
}

MessageAnalysis data(const char *name)
{
    QFile file(TestSupport::sourcePath(u"tests/data/related/"_s + QLatin1StringView(name)));
    return MessageAnalysis::analyze(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
}

QList<RelatedLink> ofKind(const QList<RelatedLink> &links, Kind kind)
{
    QList<RelatedLink> found;
    for (const RelatedLink &link : links) {
        if (link.kind == kind)
            found << link;
    }
    return found;
}

// An email whose thread lists `count` ids: "E0", "E1", ….
MessageAnalysis emailWithThread(int count)
{
    QByteArray body = "{\"id\":\"M1\",\"type\":3,\"meta\":{\"email\":{\"messageIds\":[";
    for (int i = 0; i < count; ++i)
        body += (i ? ",\"E" : "\"E") + QByteArray::number(i) + '"';
    body += "]}}}";
    return MessageAnalysis::analyze(body);
}

} // namespace

class TestRelatedLinks : public QObject
{
    Q_OBJECT

private slots:
    void anEmailLeadsToItsThread()
    {
        const QList<RelatedLink> links = RelatedLinks::from(sample("outbound-email-thread.json"));
        const QList<RelatedLink> emails = ofKind(links, Kind::EmailMessage);
        QCOMPARE(emails.size(), 3);
        QCOMPARE(emails.at(0).label, u"Email 1 of 3 in the thread"_s);
        QCOMPARE(emails.at(0).subjectId(), u"Em1Aa2Bb3Cc4Dd5Ee6Ff"_s);
        QCOMPARE(emails.at(0).sourcePath, u"$.meta.email.messageIds[0]"_s);
        QCOMPARE(emails.at(0).endpoint, Endpoints::emailMessage());
        QCOMPARE(emails.at(0).scope(), u"conversations/message.readonly"_s);
        QVERIFY(emails.at(0).available && emails.at(0).cheap);
        QVERIFY(!emails.at(0).isThisMessage);
        QVERIFY(emails.at(2).isThisMessage); // the thread lists the message itself
        QVERIFY(emails.at(2).label.contains(u"this message"_s));
        QCOMPARE(emails.at(1).request().endpoint, Endpoints::emailMessage());
        QCOMPARE(emails.at(1).request().pathIds,
                 (QList<ApiRequest::Parameter>{{u"id"_s, u"Em7Gg8Hh9Ii0Jj1Kk2Ll"_s}}));
        // Not a call: no recording, no transcript.
        QVERIFY(ofKind(links, Kind::Recording).isEmpty());
        QVERIFY(ofKind(links, Kind::Transcription).isEmpty());
        QCOMPARE(ofKind(links, Kind::Conversation).size(), 1);
        QCOMPARE(ofKind(links, Kind::ConversationMessages).size(), 1);
        QCOMPARE(ofKind(links, Kind::Contact).constFirst().subjectId(), u"Ck8Hj3Wq5Zr1Yt6Nm2Pb"_s);
    }

    void theThreadUnderTheDocumentedExampleName()
    {
        const MessageAnalysis message = data("email-thread-example-shape.json");
        qint64 total = 0;
        const auto thread = RelatedLinks::threadIds(message, &total);
        QCOMPARE(total, 2);
        QCOMPARE(thread.size(), 2);
        QCOMPARE(thread.at(1).path, u"$.meta.email.email.messageIds[1]"_s);
        const QList<RelatedLink> emails = ofKind(RelatedLinks::from(message), Kind::EmailMessage);
        QCOMPARE(emails.size(), 2);
        QCOMPARE(emails.at(1).subjectId(), u"ve9EPs1028kjkvShlRW1KT"_s);
    }

    void aCallLeadsToItsRecordingAndTranscript()
    {
        // The live envelope: the ids are inside "message".
        const MessageAnalysis message = sample("live-call-completed.json");
        QVERIFY(RelatedLinks::isCall(message));
        const QList<RelatedLink> links = RelatedLinks::from(message);
        const RelatedLink recording = ofKind(links, Kind::Recording).value(0);
        QVERIFY(recording.available);
        QVERIFY(!recording.cheap);
        QCOMPARE(recording.request().pathIds,
                 (QList<ApiRequest::Parameter>{{u"messageId"_s, u"Lc7Kq2Wn5Rt8Yx1Za4Vb"_s},
                                               {u"locationId"_s, u"Lq7Rt2Vx9KmN3pB6sD4f"_s}}));
        QCOMPARE(recording.subjectId(), u"Lc7Kq2Wn5Rt8Yx1Za4Vb"_s);
        QVERIFY2(recording.needs.contains(u"message id"_s) && recording.needs.contains(u"location id"_s),
                 qPrintable(recording.needs));
        QCOMPARE(recording.sourcePath, u"$.message.locationId"_s);
        const RelatedLink transcript = ofKind(links, Kind::Transcription).value(0);
        QVERIFY(transcript.available && transcript.cheap);
        QCOMPARE(transcript.endpoint, Endpoints::transcription());
        QCOMPARE(ofKind(links, Kind::Conversation).constFirst().subjectId(), u"Cv9Tg1Yh3Uj5Ik7Ol9Pz"_s);

        QVERIFY(RelatedLinks::isCall(sample("call-voicemail.json")));
        QVERIFY(!RelatedLinks::isCall(sample("failed-sms.json")));
    }

    void idsFoundInTheMessageAreInputToo()
    {
        const QList<RelatedLink> links = RelatedLinks::from(data("message-hostile-ids.json"));
        const auto check = [](const RelatedLink &link, const QString &words, const QString &hostile) {
            QVERIFY2(!link.available, qPrintable(link.label));
            QVERIFY(link.ids.isEmpty());
            QVERIFY(link.request().pathIds.isEmpty());
            QVERIFY(link.subjectId().isEmpty());
            QVERIFY2(link.unavailable.contains(words), qPrintable(link.unavailable));
            if (!hostile.isEmpty())
                QVERIFY2(!link.unavailable.contains(hostile), qPrintable(link.unavailable));
        };
        check(ofKind(links, Kind::Conversation).value(0), u"conversation id"_s, u"contacts/"_s);
        check(ofKind(links, Kind::ConversationMessages).value(0), u"conversation id"_s, u"contacts/"_s);
        check(ofKind(links, Kind::Contact).value(0), u"contact id"_s, u"locationId=other"_s);
        check(ofKind(links, Kind::Recording).value(0), u"location id"_s, QString());
        QVERIFY(ofKind(links, Kind::Recording).value(0).unavailable.contains(u"U+202E"_s));
        check(ofKind(links, Kind::Transcription).value(0), u"location id"_s, QString());

        const QList<RelatedLink> emails = ofKind(links, Kind::EmailMessage);
        QCOMPARE(emails.size(), 5);
        QVERIFY(emails.at(0).available);
        check(emails.at(1), u"email id"_s, QString());             // ".."
        check(emails.at(2), u"not text"_s, QString());             // 42
        check(emails.at(3), u"access token"_s, u"pit-0a1b2c3d"_s); // never repeated
        check(emails.at(4), u"a space"_s, QString());              // "a b"
    }

    void aMissingIdIsSaid()
    {
        const MessageAnalysis message =
            MessageAnalysis::analyze("{\"id\":\"M1\",\"type\":1,\"direction\":\"inbound\"}");
        const QList<RelatedLink> links = RelatedLinks::from(message);
        const RelatedLink recording = ofKind(links, Kind::Recording).value(0);
        QVERIFY(!recording.available);
        QCOMPARE(recording.unavailable, u"The message has no location id."_s);
        QCOMPARE(ofKind(links, Kind::Contact).value(0).unavailable, u"The message has no contact id."_s);
    }

    void notAMessageLeadsNowhere()
    {
        QVERIFY(
            RelatedLinks::from(MessageAnalysis::analyze("{\"statusCode\":401,\"message\":\"x\"}")).isEmpty());
        QVERIFY(RelatedLinks::from(MessageAnalysis::analyze("not json")).isEmpty());
    }

    void aLongThreadIsCountedNotListed()
    {
        const MessageAnalysis message = emailWithThread(150);
        qint64 total = 0;
        QCOMPARE(RelatedLinks::threadIds(message, &total).size(), RelatedLinks::maxThreadEmails);
        QCOMPARE(total, 150);
        const QList<RelatedLink> emails = ofKind(RelatedLinks::from(message), Kind::EmailMessage);
        QCOMPARE(emails.size(), RelatedLinks::maxThreadEmails);
        QCOMPARE(emails.at(0).label, u"Email 1 of 150 in the thread"_s);
    }

    void aHugeThreadIsCountedFromTheParse()
    {
        // Big enough for the parse to keep the list's count: the count is the same as walking it would give.
        const MessageAnalysis message = emailWithThread(200000);
        qint64 total = 0;
        const auto ids = RelatedLinks::threadIds(message, &total);
        QCOMPARE(total, 200000);
        QCOMPARE(ids.size(), RelatedLinks::maxThreadEmails);
        QCOMPARE(ids.last().id, u"E99"_s);
        QCOMPARE(ids.last().path, u"$.meta.email.messageIds[99]"_s);
    }

    void anEmailLeadsOnToItsConversationAndContact()
    {
        EmailMessage email;
        email.conversationId = u"Cv1"_s;
        email.contactId = u"bad/id"_s;
        const QList<RelatedLink> links = RelatedLinks::fromEmail(email);
        QCOMPARE(ofKind(links, Kind::Conversation).value(0).subjectId(), u"Cv1"_s);
        QCOMPARE(ofKind(links, Kind::ConversationMessages).value(0).subjectId(), u"Cv1"_s);
        QVERIFY(!ofKind(links, Kind::Contact).value(0).available);
    }

    void kindNames()
    {
        for (const Kind kind : {Kind::EmailMessage, Kind::Recording, Kind::Transcription, Kind::Conversation,
                                Kind::ConversationMessages, Kind::Contact})
            QCOMPARE(RelatedLink::kindFromName(RelatedLink::kindName(kind)), kind);
        QCOMPARE(RelatedLink::kindFromName(u"thread"), Kind::EmailMessage);
        QCOMPARE(RelatedLink::kindFromName(u"nonsense"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestRelatedLinks)
#include "tst_relatedlinks.moc"
