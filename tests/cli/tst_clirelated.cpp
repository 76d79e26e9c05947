// The real message-inspector-cli binary against the loopback TestServer for issue 13's commands: `related`
// (the exact request line and Version of each related request, the sections it prints, conversation paging,
// a refused scope named with its exit status, the worst failure deciding), `recording` (written byte for
// byte, to a pipe, never over an existing file, the cap, no temporary file left behind) and `why` (each fact
// with its source, the carrier's code not in the API, the web-app link, the contact only when asked).
#include "cliharness.h"
#include "testserver.h"
#include "testsupport.h"
#include "wavtone.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::RecordedRequest;
using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

namespace {

const QString failedSms = u"Fs3Dq7Wr1Te5Ty9Uy2Ia"_s; // resources/samples/failed-sms.json
const QString call = u"Lc7Kq2Wn5Rt8Yx1Za4Vb"_s;      // resources/samples/live-call-completed.json
const QString email = u"Em5Kp9Rt2Vx7Nq3Lb8Hc"_s;     // resources/samples/outbound-email-thread.json
const QString delivered = u"ve9EPM428h8vShlRW1KT"_s; // resources/samples/inbound-sms-delivered.json

QByteArray related(const char *name)
{
    QFile file(TestSupport::sourcePath(u"tests/data/related/"_s + QLatin1StringView(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray sample(const QString &name)
{
    return TestSupport::sampleResponse(name);
}

QByteArray smsJson(const QByteArray &id, const QByteArray &direction, const QByteArray &status,
                   const QByteArray &date)
{
    return "{\"id\":\"" + id + "\",\"direction\":\"" + direction + "\",\"status\":\"" + status +
           "\",\"messageType\":\"TYPE_SMS\",\"dateAdded\":\"" + date + "\"}";
}

// The conversation of failed-sms.json in two pages: the documented flat shape, then the wrapped one reported
// from the live API; the inspected message is on the second.
QByteArray firstPage()
{
    return "{\"lastMessageId\":\"m2\",\"nextPage\":true,\"messages\":[" +
           smsJson("m1", "inbound", "delivered", "2026-10-14T12:50:00.000Z") + "," +
           smsJson("m2", "outbound", "read", "2026-10-14T12:40:00.000Z") + "]}";
}

QByteArray secondPage()
{
    return "{\"messages\":{\"lastMessageId\":\"m3\",\"nextPage\":false,\"messages\":[" +
           smsJson(failedSms.toUtf8(), "outbound", "failed", "2026-10-14T12:30:00.000Z") + "," +
           smsJson("m3", "inbound", "delivered", "2026-10-14T12:20:00.000Z") + "]}}";
}

const QByteArray scopeRefusal =
    "{\"statusCode\":403,\"message\":\"The token is not authorized for this scope.\"}";

QList<QByteArray> requestLines(const QList<RecordedRequest> &requests)
{
    QList<QByteArray> lines;
    for (const RecordedRequest &r : requests)
        lines << r.requestLine;
    return lines;
}

QStringList lines(const QByteArray &out)
{
    return QString::fromUtf8(out).split(u'\n');
}

bool hasLine(const QByteArray &out, const QString &line)
{
    return lines(out).contains(line);
}

} // namespace

class TestCliRelated : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(CliHarness::binary()));
        QVERIFY(m_server.listen());
        QVERIFY(m_files.isValid());
    }

    void init()
    {
        m_server.setFallback(ScriptedResponse::error(404, "{\"statusCode\":404,\"message\":\"Not found\"}"));
        m_routes.clear();
        m_server.setResponder([this](const RecordedRequest &request) -> std::optional<ScriptedResponse> {
            const auto found = m_routes.constFind(request.target);
            if (found == m_routes.constEnd())
                return std::nullopt;
            return *found;
        });
        m_before = m_server.requestCount();
        m_temp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_temp->isValid());
    }

    // Nothing any run printed may contain the token; no recording was left in the temporary folder.
    void cleanup()
    {
        QVERIFY(!m_allOutput.contains(m_token.toUtf8()));
        QVERIFY(!m_allOutput.contains(m_token.mid(4, 20).toUtf8()));
        m_allOutput.clear();
        QVERIFY2(
            QDir(m_temp->path()).isEmpty(),
            qPrintable(QDir(m_temp->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u' ')));
    }

    void cleanupTestCase()
    {
        const QStringList files = TestSupport::filesContaining(m_token.toUtf8());
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u' ')));
    }

    // --- related
    // ---------------------------------------------------------------------------------------------

    void relatedOfAFailedSmsFollowsTheConversationAndTheContact()
    {
        serveFailedSms();
        CliHarness cli(u"related-sms"_s);
        const CliOutcome r = lookup(cli, {u"related"_s, failedSms});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        // The message, then each related request in order, each with the Version its endpoint documents.
        const QList<RecordedRequest> sent = newRequests();
        QCOMPARE(requestLines(sent),
                 (QList<QByteArray>{
                     "GET /conversations/messages/Fs3Dq7Wr1Te5Ty9Uy2Ia HTTP/1.1",
                     "GET /conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz HTTP/1.1",
                     "GET /conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz/messages HTTP/1.1",
                     "GET /conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz/messages?lastMessageId=m2 HTTP/1.1",
                     "GET /contacts/Cn6Vb8Nm0Qa2Ws4Ed6Rf HTTP/1.1",
                 }));
        for (int i = 0; i < sent.size(); ++i) {
            QCOMPARE(sent.at(i).header("Version"), QByteArray(i == 4 ? "2021-07-28" : "2021-04-15"));
            QCOMPARE(sent.at(i).header("Authorization"), "Bearer " + m_token.toUtf8());
            QCOMPARE(sent.at(i).header("Accept"), QByteArray("application/json"));
        }
        QVERIFY(r.out.startsWith(
            "Message Fs3Dq7Wr1Te5Ty9Uy2Ia  ➡ Outbound  ✖ Failed  ● SMS  14 Oct 2026, 12:30 UTC"));
        QVERIFY(hasLine(r.out, u"Conversation Cv9Tg1Yh3Uj5Ik7Ol9Pz"_s));
        QVERIFY(hasLine(r.out, u"  Phone · 2 unread · assigned to U1 · starred"_s));
        QVERIFY(
            hasLine(r.out, u"  Messages around this one (4 messages read from 2 pages, newest first):"_s));
        QVERIFY(hasLine(r.out, u"    14 Oct 2026, 12:50  ⬅ Inbound  ✔ Delivered  ● SMS  m1"_s));
        QVERIFY(hasLine(
            r.out,
            u"  ▶ 14 Oct 2026, 12:30  ➡ Outbound  ✖ Failed  ● SMS  Fs3Dq7Wr1Te5Ty9Uy2Ia  (this message)"_s));
        QVERIFY(hasLine(r.out, u"    14 Oct 2026, 12:20  ⬅ Inbound  ✔ Delivered  ● SMS  m3"_s));
        QVERIFY(hasLine(r.out, u"  That is the whole conversation."_s));
        QVERIFY(hasLine(r.out, u"Contact Cn6Vb8Nm0Qa2Ws4Ed6Rf"_s));
        QVERIFY(hasLine(r.out, u"  Phone  +18832327657"_s));
        QVERIFY(hasLine(r.out, u"  Email  rubika@deos.com"_s));
        QVERIFY(hasLine(r.out, u"  DND    not on for every channel (dnd is false)"_s));
        QVERIFY(hasLine(r.out, u"         SMS: active, blocks this channel (“Replied STOP”, code 21610)"_s));
        QVERIFY(hasLine(r.out, u"         Email: inactive"_s));
        // An SMS has no thread, recording or transcript: nothing is said about them unless asked.
        QVERIFY(!r.out.contains("Email thread"));
        QVERIFY(!r.out.contains("Call recording"));
        QVERIFY(!r.out.contains("Call transcript"));
    }

    void relatedOfAnEmailFollowsItsThread()
    {
        m_routes.insert("/conversations/messages/" + email.toUtf8(),
                        ScriptedResponse::json(sample(u"outbound-email-thread.json"_s)));
        m_routes.insert("/conversations/messages/email/Em1Aa2Bb3Cc4Dd5Ee6Ff",
                        ScriptedResponse::json(related("email-html.json")));
        m_routes.insert("/conversations/messages/email/Em7Gg8Hh9Ii0Jj1Kk2Ll",
                        ScriptedResponse::json(related("email-odd.json")));
        m_routes.insert(
            "/conversations/messages/email/" + email.toUtf8(),
            ScriptedResponse::json("{\"id\":\"Em5Kp9Rt2Vx7Nq3Lb8Hc\",\"subject\":\"Re: Order confirm\","
                                   "\"from\":\"front@acme.example\",\"to\":[\"dana@example.com\"],"
                                   "\"status\":\"delivered\",\"direction\":\"outbound\","
                                   "\"dateAdded\":\"2025-11-03T09:41:07.512Z\",\"body\":\"Done.\"}"));
        CliHarness cli(u"related-thread"_s);
        const CliOutcome r = lookup(cli, {u"related"_s, email, u"--what"_s, u"thread"_s});
        QCOMPARE(r.exitCode, 0);
        const QList<RecordedRequest> sent = newRequests();
        QCOMPARE(requestLines(sent), (QList<QByteArray>{
                                         "GET /conversations/messages/Em5Kp9Rt2Vx7Nq3Lb8Hc HTTP/1.1",
                                         "GET /conversations/messages/email/Em1Aa2Bb3Cc4Dd5Ee6Ff HTTP/1.1",
                                         "GET /conversations/messages/email/Em7Gg8Hh9Ii0Jj1Kk2Ll HTTP/1.1",
                                         "GET /conversations/messages/email/Em5Kp9Rt2Vx7Nq3Lb8Hc HTTP/1.1",
                                     }));
        for (const RecordedRequest &request : sent)
            QCOMPARE(request.header("Version"), QByteArray("2021-04-15"));
        QVERIFY(hasLine(r.out, u"Email thread (3 emails)"_s));
        QVERIFY(hasLine(r.out, u"Email 1 of 3 in the thread"_s));
        QVERIFY(hasLine(r.out, u"  3 Nov 2025, 09:41  ✔ Opened  ➡ Outbound  “Order confirm”"_s));
        QVERIFY(hasLine(r.out, u"    From Acme Dental <front@acme.example>"_s));
        QVERIFY(hasLine(r.out, u"    To dana@example.com"_s));
        QVERIFY(hasLine(r.out, u"    Cc x@example.com, y@example.com"_s));
        // HTML made plain: no markup, no style sheet, nothing fetched.
        QVERIFY(hasLine(r.out, u"    Hello Dana, See you Thursday."_s));
        QVERIFY(hasLine(r.out, u"Email 3 of 3 in the thread (this message)"_s));
        QVERIFY(!r.out.contains("tracker.example"));
        // --what thread asks for nothing else.
        QVERIFY(!r.out.contains("Contact"));
    }

    void relatedOfACallFetchesTheRecordingWhenNamed()
    {
        serveCall(ScriptedResponse::audio(TestSupport::wavTone(700)));
        m_routes.insert(
            "/conversations/locations/Lq7Rt2Vx9KmN3pB6sD4f/messages/Lc7Kq2Wn5Rt8Yx1Za4Vb/transcription",
            ScriptedResponse::json(related("transcript-list.json")));
        CliHarness cli(u"related-call"_s);
        const CliOutcome r = lookup(cli, {u"related"_s, call, u"--what=recording,transcript"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        // Named, the recording is fetched (to check it) and its file removed; then the transcript.
        QCOMPARE(
            requestLines(newRequests()),
            (QList<QByteArray>{
                "GET /conversations/messages/Lc7Kq2Wn5Rt8Yx1Za4Vb HTTP/1.1",
                "GET /conversations/messages/Lc7Kq2Wn5Rt8Yx1Za4Vb/locations/Lq7Rt2Vx9KmN3pB6sD4f/recording "
                "HTTP/1.1",
                "GET "
                "/conversations/locations/Lq7Rt2Vx9KmN3pB6sD4f/messages/Lc7Kq2Wn5Rt8Yx1Za4Vb/transcription "
                "HTTP/1.1",
            }));
        QVERIFY(hasLine(r.out, u"Call recording Lc7Kq2Wn5Rt8Yx1Za4Vb"_s));
        QVERIFY(hasLine(r.out, u"  11,244 bytes, audio/x-wav (fetched to check it, not kept)"_s));
        QVERIFY(hasLine(r.out, u"Call transcript Lc7Kq2Wn5Rt8Yx1Za4Vb"_s));
        QVERIFY(hasLine(r.out, u"  0:00–0:02  channel 1  Hello, Acme Dental.  (93 %)"_s));
        QVERIFY(hasLine(r.out, u"  0:02–1:05  channel 2  Hi, I'd like to move my appointment.  (88 %)"_s));
        // cleanup() checks that the recording's temporary file is gone.
    }

    void relatedAnnouncesTheRecordingByDefault()
    {
        m_routes.insert("/conversations/messages/" + call.toUtf8(),
                        ScriptedResponse::json(sample(u"live-call-completed.json"_s)));
        m_routes.insert(
            "/conversations/locations/Lq7Rt2Vx9KmN3pB6sD4f/messages/Lc7Kq2Wn5Rt8Yx1Za4Vb/transcription",
            ScriptedResponse::json(related("transcript-object.json")));
        m_routes.insert("/conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz",
                        ScriptedResponse::json(related("conversation.json")));
        m_routes.insert("/conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz/messages", ScriptedResponse::json(firstPage()));
        m_routes.insert("/conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz/messages?lastMessageId=m2",
                        ScriptedResponse::json(secondPage()));
        m_routes.insert("/contacts/Cn6Vb8Nm0Qa2Ws4Ed6Rf",
                        ScriptedResponse::json(related("contact-nophone.json")));
        CliHarness cli(u"related-call-default"_s);
        const CliOutcome r = lookup(cli, {u"related"_s, call});
        QCOMPARE(r.exitCode, 0);
        for (const RecordedRequest &request : newRequests())
            QVERIFY2(!request.target.endsWith("/recording"), request.target.constData());
        QVERIFY(hasLine(r.out, u"Call recording"_s));
        QVERIFY(hasLine(r.out, u"  Available; save it with: message-inspector-cli recording "
                               "Lc7Kq2Wn5Rt8Yx1Za4Vb -o recording.wav"_s));
        QVERIFY(hasLine(r.out, u"Call transcript Lc7Kq2Wn5Rt8Yx1Za4Vb"_s));
        // The inspected call is not in that conversation's pages: said, and the newest shown.
        QVERIFY(hasLine(r.out, u"  This message is not among the 4 newest messages read."_s));
    }

    void aRefusedScopeIsNamedAndTheWorstFailureDecides()
    {
        serveFailedSms();
        m_routes.insert("/contacts/Cn6Vb8Nm0Qa2Ws4Ed6Rf", ScriptedResponse::error(403, scopeRefusal));
        m_routes.insert("/conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz",
                        ScriptedResponse::error(500, "{\"statusCode\":500,\"message\":\"Internal\"}"));
        CliHarness cli(u"related-scope"_s);
        const CliOutcome r = lookup(cli, {u"related"_s, failedSms, u"--no-retry"_s});
        // 403 (authentication, 3) is worse than 500 (server error, 7) in the table of several results.
        QCOMPARE(r.exitCode, 3);
        QVERIFY(hasLine(r.out, u"Contact Cn6Vb8Nm0Qa2Ws4Ed6Rf"_s));
        QVERIFY(hasLine(r.out, u"  failed: Access denied (403) (exit status 3; details on stderr)"_s));
        QVERIFY(r.out.contains("  failed: ") && r.out.contains("(exit status 7; details on stderr)"));
        // What did work is still shown.
        QVERIFY(
            hasLine(r.out, u"  Messages around this one (4 messages read from 2 pages, newest first):"_s));
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(u"error: Contact: Access denied (403)"_s), qPrintable(err));
        QVERIFY2(err.contains(u"This lookup needs the scope “contacts.readonly”"_s), qPrintable(err));
        QVERIFY2(err.contains(u"Server message: The token is not authorized for this scope."_s),
                 qPrintable(err));

        CliHarness json(u"related-scope-json"_s);
        const CliOutcome j =
            lookup(json, {u"related"_s, failedSms, u"--no-retry"_s, u"--format"_s, u"json"_s});
        QCOMPARE(j.exitCode, 3);
        const QJsonObject object = QJsonDocument::fromJson(j.out).object();
        QCOMPARE(object.value(u"exitCode"_s).toInt(), 3);
        QCOMPARE(object.value(u"messageId"_s).toString(), failedSms);
        const QJsonArray results = object.value(u"results"_s).toArray();
        QCOMPARE(results.size(), 3);
        const QJsonObject conversation = results.at(0).toObject();
        QCOMPARE(conversation.value(u"kind"_s).toString(), u"conversation"_s);
        QCOMPARE(conversation.value(u"httpStatus"_s).toInt(), 500);
        QCOMPARE(conversation.value(u"error"_s).toObject().value(u"exitCode"_s).toInt(), 7);
        const QJsonObject messages = results.at(1).toObject();
        QCOMPARE(messages.value(u"kind"_s).toString(), u"messages"_s);
        QVERIFY(messages.value(u"ok"_s).toBool());
        QCOMPARE(messages.value(u"requests"_s).toInt(), 2);
        QCOMPARE(messages.value(u"request"_s).toString(),
                 u"GET /conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz/messages?lastMessageId=m2"_s);
        const QJsonObject pages = messages.value(u"messages"_s).toObject();
        QCOMPARE(pages.value(u"pages"_s).toInt(), 2);
        QCOMPARE(pages.value(u"pageShapes"_s).toArray(), (QJsonArray{u"flat"_s, u"wrapped"_s}));
        QVERIFY(pages.value(u"complete"_s).toBool());
        QCOMPARE(pages.value(u"thisMessageIndex"_s).toInt(), 2);
        QCOMPARE(pages.value(u"messages"_s).toArray().size(), 4);
        QVERIFY(pages.value(u"messages"_s).toArray().at(2).toObject().value(u"thisMessage"_s).toBool());
        const QJsonObject contact = results.at(2).toObject();
        QCOMPARE(contact.value(u"kind"_s).toString(), u"contact"_s);
        QCOMPARE(contact.value(u"request"_s).toString(), u"GET /contacts/Cn6Vb8Nm0Qa2Ws4Ed6Rf"_s);
        QCOMPARE(contact.value(u"scope"_s).toString(), u"contacts.readonly"_s);
        QCOMPARE(contact.value(u"httpStatus"_s).toInt(), 403);
        QVERIFY(!contact.value(u"ok"_s).toBool());
        QVERIFY(contact.value(u"contact"_s).isNull());
        const QJsonObject error = contact.value(u"error"_s).toObject();
        QCOMPARE(error.value(u"exitCode"_s).toInt(), 3);
        QVERIFY(error.value(u"nextStep"_s).toString().contains(u"contacts.readonly"_s));
    }

    void aKindTheMessageDoesNotHaveIsAUsageError()
    {
        serveFailedSms();
        CliHarness cli(u"related-missing"_s);
        const CliOutcome r = lookup(cli, {u"related"_s, failedSms, u"--what=transcript"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(m_server.requestCount(), m_before + 1); // the message only
        QVERIFY(hasLine(r.out, u"Call transcript"_s));
        QVERIFY(hasLine(r.out,
                        u"  none: The message is not a call: only calls and voicemails have a recording "
                        "and a transcript."_s));
        QVERIFY(r.err.contains("error: Call transcript: The message is not a call"));
        // "all" takes what the message has, without complaining about the rest.
        CliHarness all(u"related-all"_s);
        const CliOutcome a = lookup(all, {u"related"_s, failedSms, u"--what=all"_s});
        QCOMPARE(a.exitCode, 0);
        QVERIFY(!a.out.contains("Call transcript"));
    }

    void theMessagesOwnFailureEndsIt()
    {
        CliHarness cli(u"related-404"_s);
        const CliOutcome r = lookup(cli, {u"related"_s, u"Nf0Aa1Bb2Cc3Dd4Ee5Ff"_s});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(m_server.requestCount(), m_before + 1);
        QVERIFY(r.err.startsWith("error: "));
    }

    void ctrlCStopsItWith130()
    {
        serveFailedSms();
        m_routes.insert("/conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz",
                        ScriptedResponse::json("{\"id\":\"Cv9Tg1Yh3Uj5Ik7Ol9Pz\"}").withDelay(10'000));
        CliHarness cli(u"related-interrupt"_s);
        cli.environment.insert(u"HIGHLEVEL_TOKEN"_s, m_token);
        const CliOutcome r = cli.runAndInterrupt(
            {u"related"_s, failedSms, u"--base-url"_s, m_server.baseUrl()}, "Message Fs3Dq7Wr1Te5Ty9Uy2Ia");
        m_allOutput += r.out + r.err;
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 130);
        // Stopped once the message was shown, at the latest while the conversation was asked for (the
        // signal may come before that request leaves): nothing after it was sent.
        const QList<QByteArray> lines = requestLines(newRequests());
        QVERIFY(!lines.isEmpty() && lines.size() <= 2);
        QCOMPARE(lines.constFirst(), QByteArray("GET /conversations/messages/Fs3Dq7Wr1Te5Ty9Uy2Ia HTTP/1.1"));
        if (lines.size() == 2)
            QCOMPARE(lines.constLast(), QByteArray("GET /conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz HTTP/1.1"));
        QVERIFY(r.err.contains("cancelled"));
    }

    // --- recording
    // -------------------------------------------------------------------------------------------

    void theRecordingIsWrittenByteForByte()
    {
        const QByteArray wav = TestSupport::wavTone(700);
        serveCall(ScriptedResponse::audio(wav).asChunked());
        const QString target = m_files.filePath(u"call.wav"_s);
        CliHarness cli(u"recording"_s);
        const CliOutcome r = lookup(cli, {u"recording"_s, call, u"-o"_s, target});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(QString::fromUtf8(r.err),
                 u"Saved the recording of Lc7Kq2Wn5Rt8Yx1Za4Vb to %1 (11,244 bytes, "
                 "audio/x-wav).\n"_s.arg(target));
        QCOMPARE(wav.size(), 11'244);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), wav);
        const QList<RecordedRequest> sent = newRequests();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(
            sent.at(1).requestLine,
            QByteArray(
                "GET /conversations/messages/Lc7Kq2Wn5Rt8Yx1Za4Vb/locations/Lq7Rt2Vx9KmN3pB6sD4f/recording "
                "HTTP/1.1"));
        QCOMPARE(sent.at(1).header("Version"), QByteArray("2021-04-15"));
        QCOMPARE(sent.at(1).header("Authorization"), "Bearer " + m_token.toUtf8());
        QVERIFY(sent.at(1).header("Accept").startsWith("audio/"));
    }

    void theRecordingGoesToAPipe()
    {
        const QByteArray wav = TestSupport::wavTone(300);
        serveCall(ScriptedResponse::audio(wav));
        CliHarness cli(u"recording-stdout"_s);
        const CliOutcome r = lookup(cli, {u"recording"_s, call, u"-o"_s, u"-"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, wav);
        QVERIFY(r.err.contains("to standard output"));
    }

    void anExistingFileIsNeverReplacedUnlessForced()
    {
        const QString target = m_files.filePath(u"kept.wav"_s);
        {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep me");
        }
        const QByteArray wav = TestSupport::wavTone(200);
        serveCall(ScriptedResponse::audio(wav));
        CliHarness cli(u"recording-exists"_s);
        const CliOutcome refused = lookup(cli, {u"recording"_s, call, u"-o"_s, target});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("already exists; nothing was sent"));
        QVERIFY(refused.err.contains("--force"));
        QCOMPARE(m_server.requestCount(), m_before); // refused before anything was sent
        QFile kept(target);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));
        kept.close();

        const CliOutcome forced = lookup(cli, {u"recording"_s, call, u"-o"_s, target, u"--force"_s});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), wav);
    }

    void aRecordingOverTheCapIsRefusedAndLeavesNothing()
    {
        // 2 s of audio is 32,044 bytes; the cap is 10 KiB. Sent in pieces without a length, so it is stopped
        // while downloading, not from a header.
        serveCall(ScriptedResponse::audio(TestSupport::wavTone(2000)).asChunked().withDrip(4096, 1));
        const QString target = m_files.filePath(u"too-large.wav"_s);
        CliHarness cli(u"recording-cap"_s);
        const CliOutcome r = lookup(cli, {u"recording"_s, call, u"-o"_s, target, u"--max-size"_s, u"10K"_s});
        QCOMPARE(r.exitCode, 8);
        QVERIFY(!QFile::exists(target));
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(u"larger than the limit of 10.00 KiB"_s), qPrintable(err));
        QVERIFY2(err.contains(u"--max-size"_s), qPrintable(err));
        // cleanup() checks that the temporary folder (TMPDIR) is empty.
    }

    void aMessageThatIsNotACallHasNoRecording()
    {
        serveFailedSms();
        const QString target = m_files.filePath(u"sms.wav"_s);
        CliHarness cli(u"recording-sms"_s);
        const CliOutcome r = lookup(cli, {u"recording"_s, failedSms, u"-o"_s, target});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(m_server.requestCount(), m_before + 1);
        QVERIFY(!QFile::exists(target));
        QVERIFY(r.err.startsWith(
            "error: The message Fs3Dq7Wr1Te5Ty9Uy2Ia is not a call, so it has no recording\n"));
        QVERIFY(r.err.contains("Its type is SMS"));
    }

    void aRefusedRecordingNamesTheScope()
    {
        serveCall(ScriptedResponse::error(401,
                                          "{\"statusCode\":401,\"message\":\"The token is not authorized for "
                                          "this scope.\"}"));
        const QString target = m_files.filePath(u"refused.wav"_s);
        CliHarness cli(u"recording-401"_s);
        const CliOutcome r = lookup(cli, {u"recording"_s, call, u"-o"_s, target});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFile::exists(target));
        QVERIFY(r.err.contains("conversations/message.readonly"));
    }

    // --- why
    // -------------------------------------------------------------------------------------------------

    void whyStatesTheFactsWithTheirSources()
    {
        serveFailedSms();
        CliHarness cli(u"why"_s);
        const CliOutcome r = lookup(cli, {u"why"_s, failedSms});
        QCOMPARE(r.exitCode, 0);                         // it could explain: the failure is the answer
        QCOMPARE(m_server.requestCount(), m_before + 1); // the contact only with --contact
        QCOMPARE(lines(r.out).first(),
                 u"Why the message Fs3Dq7Wr1Te5Ty9Uy2Ia did not arrive (status “failed”), "
                 "fact by fact, each with its source:"_s);
        QVERIFY(hasLine(r.out, u"- The status is “failed”.  [message $.status]"_s));
        QVERIFY(hasLine(r.out, u"- It carries the error text “30006: Landline or unreachable carrier”.  "
                               "[message $.error]"_s));
        QVERIFY(hasLine(r.out, u"- It names no conversation provider (conversationProviderId is not set).  "
                               "[message $.conversationProviderId]"_s));
        QVERIFY(r.out.contains("- The contact was not looked up"));
        // What the API does not tell, with its source, and where it can be seen.
        QVERIFY(r.out.contains("The API does not give the carrier's error code"));
        QVERIFY(r.out.contains("highlevel-api-docs #160"));
        QVERIFY(hasLine(r.out, u"- The conversation in the web app: https://app.gohighlevel.com/v2/location/"
                               "Lq7Rt2Vx9KmN3pB6sD4f/conversations/conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz  "
                               "[the profile's web-app address]"_s));
        QVERIFY(r.out.contains("- The facts above point at: Landline or unreachable number."));
        QVERIFY(r.out.contains("Other known causes:\n- Carrier filtering: "));
    }

    void whyLooksTheContactUpWhenAsked()
    {
        serveFailedSms();
        CliHarness cli(u"why-contact"_s);
        const CliOutcome r = lookup(cli, {u"why"_s, failedSms, u"--contact"_s});
        QCOMPARE(r.exitCode, 0);
        const QList<RecordedRequest> sent = newRequests();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(1).requestLine, QByteArray("GET /contacts/Cn6Vb8Nm0Qa2Ws4Ed6Rf HTTP/1.1"));
        QCOMPARE(sent.at(1).header("Version"), QByteArray("2021-07-28"));
        QVERIFY(hasLine(r.out, u"- DND is on for SMS (status “active”). Its note: “Replied STOP”.  "
                               "[contact $.contact.dndSettings.SMS.status]"_s));
        QVERIFY(r.out.contains("- The facts above point at: Do Not Disturb."));
        QVERIFY(!r.out.contains("The contact was not looked up"));

        // Refused: the explanation without the contact, and the refusal's status.
        m_routes.insert("/contacts/Cn6Vb8Nm0Qa2Ws4Ed6Rf", ScriptedResponse::error(403, scopeRefusal));
        const CliOutcome refused = lookup(cli, {u"why"_s, failedSms, u"--contact"_s, u"--format=json"_s});
        QCOMPARE(refused.exitCode, 3);
        const QJsonObject object = QJsonDocument::fromJson(refused.out).object();
        QVERIFY(object.value(u"failed"_s).toBool());
        QVERIFY(!object.value(u"contactChecked"_s).toBool());
        QCOMPARE(object.value(u"exitCode"_s).toInt(), 3);
        QVERIFY(object.value(u"contactError"_s)
                    .toObject()
                    .value(u"nextStep"_s)
                    .toString()
                    .contains(u"contacts.readonly"_s));
        QVERIFY(refused.err.contains("error: Contact: Access denied (403)"));
    }

    void whyAsJson()
    {
        serveFailedSms();
        CliHarness cli(u"why-json"_s);
        const CliOutcome r = lookup(cli, {u"why"_s, failedSms, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(object.value(u"messageId"_s).toString(), failedSms);
        QVERIFY(object.value(u"failed"_s).toBool());
        QCOMPARE(object.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(object.value(u"channel"_s).toString(), u"SMS"_s);
        QCOMPARE(object.value(u"pointedAt"_s).toArray().at(0).toObject().value(u"code"_s).toString(),
                 u"unreachable-number"_s);
        const QJsonObject carrier = object.value(u"carrierErrorCode"_s).toObject();
        QCOMPARE(carrier.value(u"exposedByApi"_s).toBool(true), false);
        QVERIFY(carrier.value(u"source"_s).toString().contains(u"#160"_s));
        QCOMPARE(object.value(u"conversationLink"_s).toString(),
                 u"https://app.gohighlevel.com/v2/location/Lq7Rt2Vx9KmN3pB6sD4f/conversations/conversations/"
                 "Cv9Tg1Yh3Uj5Ik7Ol9Pz"_s);
        const QJsonObject first = object.value(u"lines"_s).toArray().at(0).toObject();
        QCOMPARE(first.value(u"source"_s).toString(), u"message"_s);
        QCOMPARE(first.value(u"path"_s).toString(), u"$.status"_s);
        QVERIFY(object.value(u"contactError"_s).isNull());
    }

    void whyOfAMessageThatDidNotFail()
    {
        m_routes.insert("/conversations/messages/" + delivered.toUtf8(),
                        ScriptedResponse::json(sample(u"inbound-sms-delivered.json"_s)));
        CliHarness cli(u"why-delivered"_s);
        const CliOutcome r = lookup(cli, {u"why"_s, delivered, u"--contact"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_server.requestCount(), m_before + 1); // nothing to explain: no contact lookup
        QCOMPARE(lines(r.out).first(),
                 u"The message ve9EPM428h8vShlRW1KT did not fail: its status is “delivered”."_s);
    }

private:
    void serveFailedSms()
    {
        m_routes.insert("/conversations/messages/" + failedSms.toUtf8(),
                        ScriptedResponse::json(sample(u"failed-sms.json"_s)));
        m_routes.insert(
            "/conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz",
            ScriptedResponse::json("{\"id\":\"Cv9Tg1Yh3Uj5Ik7Ol9Pz\",\"contactId\":\"Cn6Vb8Nm0Qa2Ws4Ed6Rf\","
                                   "\"locationId\":\"Lq7Rt2Vx9KmN3pB6sD4f\",\"type\":1,\"unreadCount\":2,"
                                   "\"assignedTo\":\"U1\",\"starred\":true,\"inbox\":true}"));
        m_routes.insert("/conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz/messages", ScriptedResponse::json(firstPage()));
        m_routes.insert("/conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz/messages?lastMessageId=m2",
                        ScriptedResponse::json(secondPage()));
        m_routes.insert("/contacts/Cn6Vb8Nm0Qa2Ws4Ed6Rf",
                        ScriptedResponse::json(related("contact-dnd.json")));
    }

    void serveCall(const ScriptedResponse &recording)
    {
        m_routes.insert("/conversations/messages/" + call.toUtf8(),
                        ScriptedResponse::json(sample(u"live-call-completed.json"_s)));
        m_routes.insert(
            "/conversations/messages/Lc7Kq2Wn5Rt8Yx1Za4Vb/locations/Lq7Rt2Vx9KmN3pB6sD4f/recording",
            recording);
    }

    QList<RecordedRequest> newRequests() const { return m_server.requests().mid(m_before); }

    CliOutcome lookup(CliHarness &cli, const QStringList &arguments)
    {
        cli.environment.insert(u"HIGHLEVEL_TOKEN"_s, m_token);
        cli.environment.insert(u"TZ"_s, u"UTC"_s);
        cli.environment.insert(u"LANG"_s, u"C.UTF-8"_s); // dates and numbers as the expectations spell them
        cli.environment.remove(u"LC_ALL"_s);
        cli.environment.insert(u"TMPDIR"_s, m_temp->path()); // where a recording's temporary file goes
        const CliOutcome r = cli.run(arguments + QStringList{u"--base-url"_s, m_server.baseUrl()});
        m_allOutput += r.out + r.err;
        if (!r.finished)
            qWarning() << "the CLI did not finish:" << arguments;
        return r;
    }

    TestServer m_server;
    QHash<QByteArray, ScriptedResponse> m_routes;
    QTemporaryDir m_files;
    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_token = makePitToken();
    QByteArray m_allOutput;
    int m_before = 0;
};

QTEST_GUILESS_MAIN(TestCliRelated)
#include "tst_clirelated.moc"
