// The typed readings of related answers, from bodies shaped as the documentation and public reports show
// them (tests/data/related): an email (HTML body made plain, nothing loaded), a transcript as one object or
// as a list, a page of a conversation's messages flat or wrapped, a conversation, a contact with DND per
// channel. Broken bodies read as absent fields and problems, never as a crash.
#include "related/contact.h"
#include "related/conversationinfo.h"
#include "related/conversationpage.h"
#include "related/emailmessage.h"
#include "related/transcription.h"
#include "json/jsondocument.h"

#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Json::Document parse(const char *json)
{
    return Json::Document::parse(QByteArray(json));
}

// A body from tests/data/related; a missing file gives an empty document, which fails the test reading it.
Json::Document data(const char *name)
{
    QFile file(TestSupport::sourcePath(u"tests/data/related/"_s + QLatin1StringView(name)));
    return file.open(QIODevice::ReadOnly) ? Json::Document::parse(file.readAll()) : Json::Document();
}

} // namespace

class TestRelatedTypes : public QObject
{
    Q_OBJECT

private slots:
    void emailAsDocumented()
    {
        const EmailMessage e = EmailMessage::fromDocument(data("email-html.json"));
        QVERIFY(e.recognised);
        QCOMPARE(e.id, u"Em1Aa2Bb3Cc4Dd5Ee6Ff"_s);
        QCOMPARE(e.threadId, u"Th1"_s);
        QCOMPARE(e.conversationId, u"Cv3Bn7Mq1Xz8Lk5Jh2Gd"_s);
        QCOMPARE(e.from, u"Acme Dental <front@acme.example>"_s);
        QCOMPARE(e.to, QStringList{u"dana@example.com"_s});
        QCOMPARE(e.cc, (QStringList{u"x@example.com"_s, u"y@example.com"_s}));
        QVERIFY(e.bcc.isEmpty());
        QCOMPARE(e.subject, u"Order confirm"_s);
        QCOMPARE(e.provider, u"mailgun"_s);
        QCOMPARE(e.replyToMessageId, u"Em0"_s);
        QCOMPARE(e.status, u"opened"_s);
        QCOMPARE(e.statusBadge.meaning, BadgeMeaning::Good);
        QCOMPARE(e.directionBadge.meaning, BadgeMeaning::Outbound);
        QCOMPARE(e.date, QDateTime(QDate(2025, 11, 3), QTime(9, 41, 7, 512), Qt::UTC));
        QCOMPARE(e.attachments, QStringList{u"https://cdn.example/a.pdf"_s});
        QVERIFY(e.bodyWasHtml);
        // Tags and styles dropped, entities decoded, the image's address neither loaded nor shown.
        QVERIFY2(e.bodyText.contains(u"Hello Dana,"_s), qPrintable(e.bodyText));
        QVERIFY(e.bodyText.contains(u"See you Thursday."_s));
        QVERIFY(!e.bodyText.contains(u'<'));
        QVERIFY(!e.bodyText.contains(u"color"_s));
        QVERIFY(!e.bodyText.contains(u"tracker"_s));
        QVERIFY(e.body.contains(u"<img"_s)); // the body as sent stays available
        QVERIFY2(e.problems.isEmpty(), qPrintable(e.problems.join(u'\n')));
    }

    void emailWithOddValues()
    {
        const EmailMessage e = EmailMessage::fromDocument(data("email-odd.json"));
        QVERIFY(e.recognised);
        QCOMPARE(e.to, QStringList{u"one@example.com"_s});      // a single address instead of a list
        QCOMPARE(e.statusBadge.meaning, BadgeMeaning::Unknown); // a status the documentation does not list
        QVERIFY(!e.bodyWasHtml);
        QCOMPARE(e.bodyText, u"plain text"_s);
        QVERIFY(!e.date.isValid());
        const QString problems = e.problems.join(u'\n');
        QVERIFY2(problems.contains(u"“to” is not a list"_s), qPrintable(problems));
        QVERIFY(problems.contains(u"“dateAdded” is not a date"_s));
        QVERIFY(problems.contains(u"“threadId” is missing"_s));
    }

    void emailThatIsNotOne()
    {
        QVERIFY(!EmailMessage::fromDocument(parse("[1,2]")).recognised);
        QVERIFY(!EmailMessage::fromDocument(parse("{\"subject\":\"no id\"}")).recognised);
        QVERIFY(!EmailMessage::fromDocument(parse("not json")).recognised);
    }

    void transcriptAsOneObject()
    {
        // The schema: one sentence, its numbers as the schema's own examples send them (strings).
        const Transcription t = Transcription::fromDocument(data("transcript-object.json"));
        QCOMPARE(t.shape, Transcription::Shape::Object);
        QCOMPARE(t.sentences.size(), 1);
        const TranscriptSentence &s = t.sentences.constFirst();
        QCOMPARE(s.channel, 1);
        QCOMPARE(s.index, 1);
        QCOMPARE(s.startMs, 34);
        QCOMPARE(s.endMs, 45);
        QCOMPARE(s.text, u"This call may be recorded."_s);
        QCOMPARE(s.confidence, 0.5);
    }

    void transcriptAsAList()
    {
        const Transcription t = Transcription::fromDocument(data("transcript-list.json"));
        QCOMPARE(t.shape, Transcription::Shape::List);
        QCOMPARE(t.sentences.size(), 2);
        QCOMPARE(t.sentences.at(0).text, u"Hello, Acme Dental."_s);
        QCOMPARE(t.sentences.at(1).channel, 2);
        QCOMPARE(t.sentences.at(1).startMs, 2600);
        QCOMPARE(t.sentences.at(1).confidence, 0.88);
        QCOMPARE(Transcription::timeText(*t.sentences.at(1).endMs), u"1:05"_s);
        QCOMPARE(t.problems.size(), 1); // the item that is no sentence
    }

    void transcriptThatIsNeither()
    {
        const Transcription t = Transcription::fromDocument(parse("{\"statusCode\":404}"));
        QCOMPARE(t.shape, Transcription::Shape::Unknown);
        QVERIFY(t.sentences.isEmpty());
        QVERIFY(!t.problems.isEmpty());
        QCOMPARE(Transcription::fromDocument(parse("[]")).shape, Transcription::Shape::List);
    }

    void pageFlatAsDocumented()
    {
        const ConversationPage p = ConversationPage::fromDocument(data("page-flat.json"));
        QCOMPARE(p.shape, ConversationPage::Shape::Flat);
        QCOMPARE(p.shapeName(), u"flat"_s);
        QCOMPARE(p.lastMessageId, u"m2"_s);
        QVERIFY(p.nextPage);
        QVERIFY(p.nextPageSent);
        QCOMPARE(p.messages.size(), 2);
        QCOMPARE(p.messages.at(0).id, u"m1"_s);
        QCOMPARE(p.messages.at(0).path, u"$.messages[0]"_s);
        QCOMPARE(p.messages.at(0).directionBadge.meaning, BadgeMeaning::Inbound);
        QCOMPARE(p.messages.at(1).statusBadge.meaning, BadgeMeaning::Bad);
        QVERIFY2(!p.messages.at(0).bodyPreview.contains(u'\n'), qPrintable(p.messages.at(0).bodyPreview));
        QVERIFY(p.messages.at(0).date.isValid());
        QVERIFY(p.problems.isEmpty());
    }

    void pageWrappedAsReportedLive()
    {
        const ConversationPage p = ConversationPage::fromDocument(data("page-wrapped.json"));
        QCOMPARE(p.shape, ConversationPage::Shape::Wrapped);
        QCOMPARE(p.shapeName(), u"wrapped"_s);
        QCOMPARE(p.lastMessageId, u"m9"_s);
        QVERIFY(!p.nextPage);
        QVERIFY(p.nextPageSent);
        QCOMPARE(p.messages.size(), 1);
        QCOMPARE(p.messages.at(0).path, u"$.messages.messages[0]"_s);
    }

    void pageWithoutAList()
    {
        QCOMPARE(ConversationPage::fromDocument(parse("{\"lastMessageId\":\"x\"}")).shape,
                 ConversationPage::Shape::Unknown);
        const ConversationPage noFlag = ConversationPage::fromDocument(parse("{\"messages\":[]}"));
        QCOMPARE(noFlag.shape, ConversationPage::Shape::Flat);
        QVERIFY(!noFlag.nextPageSent);
        QVERIFY(!noFlag.problems.isEmpty());
    }

    void conversation()
    {
        const ConversationInfo c = ConversationInfo::fromDocument(data("conversation.json"));
        QVERIFY(c.recognised);
        QCOMPARE(c.id, u"Cv1"_s);
        QCOMPARE(c.type, 1);
        QCOMPARE(c.typeName(), u"Phone"_s);
        QCOMPARE(c.unreadCount, 2);
        QCOMPARE(c.inbox, true);
        QCOMPARE(c.deleted, false);
        QCOMPARE(c.starred, true);
        QVERIFY(c.problems.isEmpty());
        QVERIFY(!ConversationInfo::fromDocument(parse("{\"type\":\"x\"}")).recognised);
    }

    void contactWithDndPerChannel()
    {
        const Contact c = Contact::fromDocument(data("contact-dnd.json"));
        QVERIFY(c.recognised);
        QCOMPARE(c.path, u"$.contact"_s);
        QCOMPARE(c.displayName(), u"rubika deo"_s);
        QCOMPARE(c.phone, u"+18832327657"_s);
        QCOMPARE(c.dnd, false);
        QCOMPARE(c.dndSettings.size(), 3); // "FB" is no object
        QVERIFY(c.dndFor(u"sms")->blocks());
        QCOMPARE(c.dndFor(u"SMS")->code, u"21610"_s);
        QCOMPARE(c.dndFor(u"SMS")->path, u"$.contact.dndSettings.SMS"_s);
        QVERIFY(!c.dndFor(u"Email")->blocks());
        QVERIFY(c.dndFor(u"Call")->blocks()); // permanent
        QVERIFY(!c.dndFor(u"WhatsApp"));
        QVERIFY(c.problems.isEmpty());
    }

    void contactBareOrMissing()
    {
        const Contact bare =
            Contact::fromDocument(parse("{\"id\":\"C1\",\"firstName\":\"Sam\",\"lastName\":\"Lee\"}"));
        QVERIFY(bare.recognised);
        QCOMPARE(bare.path, u"$"_s);
        QCOMPARE(bare.displayName(), u"Sam Lee"_s);
        QVERIFY(!bare.dnd.has_value());
        QVERIFY(!bare.problems.isEmpty()); // not wrapped as documented
        QVERIFY(!Contact::fromDocument(parse("{\"contact\":{\"name\":\"no id\"}}")).recognised);
        QVERIFY(!Contact::fromDocument(parse("{\"contact\":[]}")).recognised);
    }
};

QTEST_GUILESS_MAIN(TestRelatedTypes)
#include "tst_relatedtypes.moc"
