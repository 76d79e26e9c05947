// Related lookups end to end against the loopback server, through the session: the exact request of each
// (path, Version, Accept, token), the typed result, paging of a conversation's messages in both shapes and
// its stopping rules, the recording streamed into a private temporary file with its own cap and removed when
// done, failed or abandoned, the scope named on a refusal, and a link with a refused id sending nothing.
#include "message/messageanalysis.h"
#include "related/relatedlinks.h"
#include "related/relatedlookup.h"
#include "session/inspectionsession.h"
#include "store/profilestore.h"

#include "loopbacksession.h"
#include "testserver.h"
#include "testsupport.h"
#include "wavtone.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using TestSupport::LoopbackSession;
using TestSupport::RecordedRequest;
using TestSupport::ScriptedResponse;
using TestSupport::TestServer;
using Kind = RelatedLink::Kind;
using Category = InspectionFailure::Category;

namespace {

QByteArray data(const char *name)
{
    QFile file(TestSupport::sourcePath(u"tests/data/related/"_s + QLatin1StringView(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

RelatedLink linkOf(const char *sample, Kind kind, int index = 0)
{
    const auto links = RelatedLinks::from(
        MessageAnalysis::analyze(TestSupport::sampleResponse(QString::fromLatin1(sample))));
    int seen = 0;
    for (const RelatedLink &link : links) {
        if (link.kind == kind && seen++ == index)
            return link;
    }
    return {};
}

// A page of a conversation's messages: ids m<from>…m<to>, in the given shape.
QByteArray page(int from, int to, bool nextPage, bool wrapped, const QString &lastMessageId = {})
{
    QByteArray messages;
    for (int i = from; i <= to; ++i) {
        messages += (i > from ? "," : "") + QByteArray("{\"id\":\"m") + QByteArray::number(i) +
                    "\",\"direction\":\"outbound\",\"status\":\"delivered\",\"messageType\":\"TYPE_SMS\"}";
    }
    const QByteArray last = lastMessageId.isEmpty() ? "m" + QByteArray::number(to) : lastMessageId.toUtf8();
    const QByteArray inner = "\"lastMessageId\":\"" + last +
                             "\",\"nextPage\":" + (nextPage ? "true" : "false") + ",\"messages\":[" +
                             messages + "]";
    return wrapped ? QByteArray("{\"messages\":{" + inner + "}}") : QByteArray("{" + inner + "}");
}

QStringList ids(const RelatedResult &result)
{
    QStringList list;
    if (result.messages) {
        for (const ConversationMessage &m : result.messages->messages)
            list << m.id;
    }
    return list;
}

// Files of this process open in dir, named or not yet (an O_TMPFILE shows as "dir/#123 (deleted)").
int openFilesIn(const QString &dir)
{
    int count = 0;
    const QDir fds(u"/proc/self/fd"_s);
    for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)) {
        if (QFile::symLinkTarget(fds.filePath(fd)).startsWith(dir + u'/'))
            ++count;
    }
    return count;
}

QList<QByteArray> targets(const TestServer &server)
{
    QList<QByteArray> list;
    for (const RecordedRequest &r : server.requests())
        list << r.target;
    return list;
}

} // namespace

class TestRelatedLookup : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_recordings = std::make_unique<QTemporaryDir>();
        m_loopback = std::make_unique<LoopbackSession>(m_token);
        QVERIFY(m_loopback->isListening());
        QCOMPARE(m_loopback->pointDefaultProfileAtServer(), QString());
        m_options = RelatedLookupOptions();
        m_options.recordingDirectory = m_recordings->path();
    }

    void cleanup()
    {
        m_loopback.reset(); // first: the lookups are children of its session and may write in m_recordings
        m_recordings.reset();
    }

    void anEmailOfTheThread()
    {
        const RelatedLink link = linkOf("outbound-email-thread.json", Kind::EmailMessage);
        QVERIFY(link.available);
        m_loopback->server().enqueue(ScriptedResponse::json(data("email-html.json")).withRateLimitHeaders());
        const RelatedResult r = run(link);
        QVERIFY2(r.ok(), r.failure ? qPrintable(r.failure->toText()) : "");
        expectRequest(0, "GET /conversations/messages/email/Em1Aa2Bb3Cc4Dd5Ee6Ff HTTP/1.1", "2021-04-15");
        QVERIFY(r.email);
        QCOMPARE(r.email->subject, u"Order confirm"_s);
        QVERIFY(r.email->bodyText.contains(u"Hello Dana,"_s));
        QCOMPARE(r.exchanges.size(), 1);
        QVERIFY(r.last()->http);
        QCOMPARE(r.last()->http->rateLimit.burstRemaining, 97);
        QCOMPARE(r.last()->request.source, InspectionRequest::Source::Related);
        QVERIFY(r.last()->analysis.document.isValid()); // the tree and raw views have what they need
        QVERIFY(!r.transcription && !r.contact && !r.messages && !r.recording);
    }

    void aCallsTranscript_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("sentences");
        QTest::addColumn<int>("shape");
        QTest::newRow("one object (schema)")
            << u"transcript-object.json"_s << 1 << int(Transcription::Shape::Object);
        QTest::newRow("a list") << u"transcript-list.json"_s << 2 << int(Transcription::Shape::List);
    }
    void aCallsTranscript()
    {
        QFETCH(QString, file);
        QFETCH(int, sentences);
        QFETCH(int, shape);
        m_loopback->server().enqueue(ScriptedResponse::json(data(file.toLatin1().constData())));
        const RelatedResult r = run(linkOf("live-call-completed.json", Kind::Transcription));
        QVERIFY2(r.ok(), r.failure ? qPrintable(r.failure->toText()) : "");
        expectRequest(
            0,
            "GET /conversations/locations/Lq7Rt2Vx9KmN3pB6sD4f/messages/Lc7Kq2Wn5Rt8Yx1Za4Vb/transcription "
            "HTTP/1.1",
            "2021-04-15");
        QVERIFY(r.transcription);
        QCOMPARE(int(r.transcription->shape), shape);
        QCOMPARE(r.transcription->sentences.size(), sentences);
    }

    void theContactWithItsOwnVersion()
    {
        m_loopback->server().enqueue(ScriptedResponse::json(data("contact-dnd.json")));
        const RelatedResult r = run(linkOf("failed-sms.json", Kind::Contact));
        QVERIFY2(r.ok(), r.failure ? qPrintable(r.failure->toText()) : "");
        expectRequest(0, "GET /contacts/Cn6Vb8Nm0Qa2Ws4Ed6Rf HTTP/1.1", "2021-07-28");
        QVERIFY(r.contact);
        QVERIFY(r.contact->dndFor(u"SMS")->blocks());
    }

    void theConversation()
    {
        m_loopback->server().enqueue(ScriptedResponse::json(data("conversation.json")));
        const RelatedResult r = run(linkOf("failed-sms.json", Kind::Conversation));
        QVERIFY(r.ok());
        expectRequest(0, "GET /conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz HTTP/1.1", "2021-04-15");
        QCOMPARE(r.conversation->typeName(), u"Phone"_s);
    }

    void pagesFlatThenWrapped()
    {
        m_loopback->server().enqueue(ScriptedResponse::json(page(1, 2, true, false)));
        m_loopback->server().enqueue(ScriptedResponse::json(page(3, 4, false, true)));
        const RelatedResult r = run(linkOf("failed-sms.json", Kind::ConversationMessages));
        QVERIFY2(r.ok(), r.failure ? qPrintable(r.failure->toText()) : "");
        QCOMPARE(targets(m_loopback->server()),
                 (QList<QByteArray>{"/conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz/messages",
                                    "/conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz/messages?lastMessageId=m2"}));
        expectRequest(1, "GET /conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz/messages?lastMessageId=m2 HTTP/1.1",
                      "2021-04-15");
        QCOMPARE(ids(r), (QStringList{u"m1"_s, u"m2"_s, u"m3"_s, u"m4"_s}));
        QCOMPARE(r.messages->pages, 2);
        QCOMPARE(r.messages->shapes, (QList<ConversationPage::Shape>{ConversationPage::Shape::Flat,
                                                                     ConversationPage::Shape::Wrapped}));
        QVERIFY(r.messages->complete);
        QCOMPARE(r.exchanges.size(), 2);
    }

    void pagingStopsWhenAPageRepeatsItsLastMessageId()
    {
        // A server that ignores lastMessageId: every page the same.
        m_loopback->server().setFallback(ScriptedResponse::json(page(1, 2, true, true)));
        const RelatedResult r = run(linkOf("failed-sms.json", Kind::ConversationMessages));
        QVERIFY(r.ok());
        QCOMPARE(m_loopback->server().requestCount(), 2);
        QCOMPARE(ids(r), (QStringList{u"m1"_s, u"m2"_s}));
        QVERIFY(!r.messages->complete);
        QVERIFY2(r.messages->stopReason.contains(u"lastMessageId"_s), qPrintable(r.messages->stopReason));
    }

    void pagingStopsAtTheInspectedMessageAndAtTheLimit()
    {
        m_loopback->server().setFallback(ScriptedResponse::json(page(1, 1, true, false)));
        m_loopback->server().setResponder(
            [](const RecordedRequest &request) -> std::optional<ScriptedResponse> {
                const QByteArray target = request.target;
                const int from = target.contains("lastMessageId=m")
                                     ? target.mid(target.lastIndexOf('m') + 1).toInt() + 1
                                     : 1;
                return ScriptedResponse::json(page(from, from + 1, true, false));
            });
        m_options.focusMessageId = u"m4"_s;
        const RelatedResult found = run(linkOf("failed-sms.json", Kind::ConversationMessages));
        QVERIFY(found.ok());
        QCOMPARE(m_loopback->server().requestCount(), 2);
        QCOMPARE(found.messages->focusIndex, 3);

        m_options.focusMessageId = u"not-there"_s;
        m_options.maxPages = 3;
        const RelatedResult limited = run(linkOf("failed-sms.json", Kind::ConversationMessages));
        QVERIFY(limited.ok());
        QCOMPARE(m_loopback->server().requestCount(), 2 + 3);
        QCOMPARE(limited.messages->pages, 3);
        QCOMPARE(limited.messages->focusIndex, -1);
        QVERIFY(limited.messages->stopReason.contains(u"3 pages"_s));
    }

    void aHostileLastMessageIdIsNeverSent()
    {
        m_loopback->server().enqueue(
            ScriptedResponse::json(page(1, 2, true, false, u"m2&locationId=other"_s)));
        const RelatedResult r = run(linkOf("failed-sms.json", Kind::ConversationMessages));
        QVERIFY(r.ok());
        QCOMPARE(m_loopback->server().requestCount(), 1);
        QCOMPARE(ids(r), (QStringList{u"m1"_s, u"m2"_s}));
        QVERIFY(!r.messages->stopReason.contains(u"locationId=other"_s));
    }

    void aPageThatFailsKeepsThePagesBefore()
    {
        m_loopback->server().enqueue(ScriptedResponse::json(page(1, 2, true, false)));
        m_loopback->server().enqueue(
            ScriptedResponse::error(500, "{\"statusCode\":500,\"message\":\"Internal\"}"));
        const RelatedResult r = run(linkOf("failed-sms.json", Kind::ConversationMessages));
        QVERIFY(r.failure);
        QCOMPARE(r.failure->category, Category::ServerError);
        QCOMPARE(ids(r), (QStringList{u"m1"_s, u"m2"_s}));
        QCOMPARE(r.exchanges.size(), 2);
    }

    void theRecordingInAPrivateFileRemovedWhenDone()
    {
        const QByteArray wav = TestSupport::wavTone(500);
        m_loopback->server().enqueue(ScriptedResponse::audio(wav).asChunked());
        QString path;
        {
            RelatedResult r = run(linkOf("live-call-completed.json", Kind::Recording));
            QVERIFY2(r.ok(), r.failure ? qPrintable(r.failure->toText()) : "");
            const RecordedRequest sent = m_loopback->server().requests().constFirst();
            QCOMPARE(
                sent.requestLine,
                QByteArray("GET /conversations/messages/Lc7Kq2Wn5Rt8Yx1Za4Vb/locations/Lq7Rt2Vx9KmN3pB6sD4f/"
                           "recording HTTP/1.1"));
            QCOMPARE(sent.header("Version"), QByteArray("2021-04-15"));
            QCOMPARE(sent.header("Authorization"), "Bearer " + m_token.toUtf8());
            QVERIFY(sent.header("Accept").startsWith("audio/"));
            QVERIFY(r.recording);
            path = r.recording->path();
            QVERIFY(path.startsWith(m_recordings->path()));
            QCOMPARE(r.recording->contentType(), QByteArray("audio/x-wav"));
            QCOMPARE(r.recording->size(), wav.size());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), wav);
            struct stat info
            {};
            QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
            QCOMPARE(info.st_mode & 0777, mode_t(0600));
            QVERIFY(r.last()->body.isEmpty()); // the audio never sat in memory as a body
            QCOMPARE(r.last()->http->size, wav.size());
            QVERIFY(!r.last()->request.sink); // a result does not keep the file alive
        }
        // The lookup let go when it ended; the last result holder was the block above.
        QTRY_VERIFY(!QFile::exists(path));
        QVERIFY(QDir(m_recordings->path()).isEmpty());
        QCOMPARE(openFilesIn(m_recordings->path()), 0);
    }

    void aRecordingOverItsCapLeavesNoFile()
    {
        m_loopback->server().enqueue(
            ScriptedResponse::audio(TestSupport::wavTone(2000)).asChunked().withDrip(4096, 1));
        m_options.maxRecordingBytes = 10'000;
        const RelatedResult r = run(linkOf("live-call-completed.json", Kind::Recording));
        QVERIFY(r.failure);
        QCOMPARE(r.failure->kind, u"too_large"_s);
        QVERIFY(!r.recording);
        QTRY_COMPARE(openFilesIn(m_recordings->path()), 0);
        QTRY_VERIFY(QDir(m_recordings->path()).isEmpty());
    }

    void anAbandonedRecordingLeavesNoFile()
    {
        m_loopback->server().enqueue(ScriptedResponse::audio(TestSupport::wavTone(2000)).withDrip(1024, 50));
        RelatedLookup *lookup = RelatedLookup::start(
            &m_loopback->session(), linkOf("live-call-completed.json", Kind::Recording), {}, m_options);
        QSignalSpy finished(lookup, &RelatedLookup::finished);
        QVERIFY(m_loopback->server().waitForRequests(1));
        // Until somebody asks for its path the file may have no name (O_TMPFILE): it is seen as an open file.
        QTRY_COMPARE(openFilesIn(m_recordings->path()), 1);
        lookup->cancel();
        QCOMPARE(finished.count(), 1);
        const RelatedResult r = finished.takeFirst().first().value<RelatedResult>();
        QCOMPARE(r.failure->category, Category::Cancelled);
        QVERIFY(!r.recording);
        QTRY_COMPARE(openFilesIn(m_recordings->path()), 0);
        QTRY_VERIFY(QDir(m_recordings->path()).isEmpty());
    }

    void aRecordingAnsweredWithJsonIsNoRecording()
    {
        m_loopback->server().enqueue(ScriptedResponse::json("{\"error\":\"no recording\"}"));
        const RelatedResult r = run(linkOf("live-call-completed.json", Kind::Recording));
        QVERIFY(r.failure);
        QCOMPARE(r.failure->kind, u"not_audio"_s);
        QTRY_COMPARE(openFilesIn(m_recordings->path()), 0);
        QTRY_VERIFY(QDir(m_recordings->path()).isEmpty());
    }

    void aRefusalNamesTheScope()
    {
        m_loopback->server().enqueue(ScriptedResponse::error(
            403, "{\"statusCode\":403,\"message\":\"The token is not authorized for this scope.\"}"));
        const RelatedResult r = run(linkOf("failed-sms.json", Kind::Contact));
        QVERIFY(r.failure);
        QCOMPARE(r.failure->category, Category::Authentication);
        QVERIFY2(r.failure->nextStep.contains(u"contacts.readonly"_s), qPrintable(r.failure->nextStep));
        QCOMPARE(r.exchanges.size(), 1);
        QCOMPARE(r.last()->http->httpStatus, 403);
    }

    void anAnswerOfTheWrongShape()
    {
        m_loopback->server().enqueue(ScriptedResponse::json("[1,2,3]"));
        const RelatedResult r = run(linkOf("outbound-email-thread.json", Kind::EmailMessage));
        QVERIFY(r.failure);
        QCOMPARE(r.failure->category, Category::InvalidResponse);
        QCOMPARE(r.failure->kind, u"unexpected_shape"_s);
    }

    void aLinkWithARefusedIdSendsNothing()
    {
        QFile hostile(TestSupport::sourcePath(u"tests/data/related/message-hostile-ids.json"_s));
        QVERIFY(hostile.open(QIODevice::ReadOnly));
        RelatedLink link;
        for (const RelatedLink &l : RelatedLinks::from(MessageAnalysis::analyze(hostile.readAll()))) {
            if (l.kind == Kind::ConversationMessages)
                link = l;
        }
        QVERIFY(!link.available);
        RelatedLookup *lookup = RelatedLookup::start(&m_loopback->session(), link, {}, m_options);
        QSignalSpy finished(lookup, &RelatedLookup::finished);
        QCOMPARE(finished.count(), 0); // never from inside start()
        QVERIFY(finished.wait(5000));
        const RelatedResult r = finished.first().first().value<RelatedResult>();
        QCOMPARE(r.failure->category, Category::Usage);
        QVERIFY(r.failure->cause.contains(u"conversation id"_s));
        QVERIFY(r.exchanges.isEmpty());
        QCOMPARE(m_loopback->server().requestCount(), 0);
    }

    // The CLI's --base-url: the related requests go where the message was looked up, not to the profile's
    // address, under the same rule for the token; its --timeout / --no-retry come as client options.
    void goesWhereTheMessageWasLookedUp()
    {
        TestServer profilesOwn;
        QVERIFY(profilesOwn.listen());
        Profile profile = m_loopback->profiles().defaultProfile();
        profile.baseUrl = QUrl(profilesOwn.baseUrl());
        QCOMPARE(m_loopback->profiles().update(profile), QString());

        m_options.baseUrlOverride = m_loopback->server().baseUrl();
        m_loopback->server().enqueue(ScriptedResponse::json(data("contact-dnd.json")));
        const RelatedResult r = run(linkOf("failed-sms.json", Kind::Contact));
        QVERIFY2(r.ok(), r.failure ? qPrintable(r.failure->toText()) : "");
        expectRequest(0, "GET /contacts/Cn6Vb8Nm0Qa2Ws4Ed6Rf HTTP/1.1", "2021-07-28");
        QCOMPARE(profilesOwn.requestCount(), 0);

        m_options.baseUrlOverride = u"https://api.example.com"_s;
        const RelatedResult refused = run(linkOf("failed-sms.json", Kind::Contact));
        QVERIFY(refused.failure);
        QCOMPARE(refused.failure->kind, InspectionFailure::hostNotAllowedKind);
        QCOMPARE(m_loopback->server().requestCount(), 1);
        QCOMPARE(profilesOwn.requestCount(), 0);

        m_options.baseUrlOverride = m_loopback->server().baseUrl();
        ClientOptions small;
        small.retry.enabled = false;
        small.maxBodyBytes = 16;
        m_options.clientOptions = small;
        m_loopback->server().enqueue(ScriptedResponse::json(data("contact-dnd.json")));
        const RelatedResult capped = run(linkOf("failed-sms.json", Kind::Contact));
        QVERIFY(capped.failure);
        QCOMPARE(capped.failure->kind, u"too_large"_s);
    }

private:
    RelatedResult run(const RelatedLink &link)
    {
        RelatedLookup *lookup = RelatedLookup::start(&m_loopback->session(), link, {}, m_options);
        QSignalSpy finished(lookup, &RelatedLookup::finished);
        if (!finished.wait(15000))
            return {};
        QTest::qWait(20); // a second completion would show here
        if (finished.count() != 1)
            return {};
        return finished.takeFirst().first().value<RelatedResult>();
    }

    void expectRequest(int index, const QByteArray &requestLine, const QByteArray &version)
    {
        QVERIFY(m_loopback->server().requestCount() > index);
        const RecordedRequest sent = m_loopback->server().requests().at(index);
        QCOMPARE(sent.requestLine, requestLine);
        QCOMPARE(sent.header("Version"), version);
        QCOMPARE(sent.header("Authorization"), "Bearer " + m_token.toUtf8());
        QCOMPARE(sent.header("Accept"), QByteArray("application/json"));
    }

    std::unique_ptr<QTemporaryDir> m_recordings;
    std::unique_ptr<LoopbackSession> m_loopback;
    RelatedLookupOptions m_options;
    QString m_token = u"pit-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s;
};

QTEST_GUILESS_MAIN(TestRelatedLookup)
#include "tst_relatedlookup.moc"
