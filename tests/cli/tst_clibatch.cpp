// The real message-inspector-cli binary against the loopback TestServer for issue 15's commands: `batch` on a
// mixed list (a message, a 404, a 401 for another location; a duplicate and an invalid entry listed before
// anything is sent), its JSON Lines and CSV output byte for byte with a formula neutralised, the tally on
// stderr, the exit status and Ctrl+C; `report` masking personal data and never showing the token, which the
// server put in the body and in an error message on purpose.
#include "cliharness.h"
#include "testserver.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::RecordedRequest;
using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

namespace {

const QByteArray found = "Ba1Kq2Vx9MmN3pB6sD4f";
const QByteArray missing = "Ba2Kq2Vx9MmN3pB6sD4f";
const QByteArray denied = "Ba3Kq2Vx9MmN3pB6sD4f";
const QByteArray silent = "Ba4Kq2Vx9MmN3pB6sD4f";

// A documented (flat) message whose text a spreadsheet would run as a formula.
QByteArray foundBody()
{
    return "{\"id\":\"" + found +
           "\",\"type\":2,\"messageType\":\"TYPE_SMS\",\"direction\":\"inbound\",\"status\":\"delivered\","
           "\"locationId\":\"Lq7Rt2Vx9KmN3pB6sD4f\",\"contactId\":\"Ck8Hj3Wq5Zr1Yt6Nm2Pb\","
           "\"conversationId\":\"Cv3Bn7Mq1Xz8Lk5Jh2Gd\",\"dateAdded\":\"2024-03-27T18:13:49.000Z\","
           "\"body\":\"=HYPERLINK(\\\"http://evil.test\\\",\\\"click\\\")\"}";
}

// Answers by id, since two lookups are in flight at once and may arrive in either order.
std::optional<ScriptedResponse> byId(const RecordedRequest &request)
{
    const QByteArray id = request.target.mid(request.target.lastIndexOf('/') + 1);
    if (id == found)
        return ScriptedResponse::json(foundBody());
    if (id == missing)
        return ScriptedResponse::error(404, "{\"statusCode\":404,\"message\":\"Message not found\"}");
    if (id == denied)
        return ScriptedResponse::error(
            401, "{\"statusCode\":401,\"message\":\"The token is not authorized for this scope.\"}");
    if (id == silent)
        return ScriptedResponse::silence();
    return std::nullopt;
}

// A live answer whose text holds a phone number, an email address and the token itself.
ScriptedResponse reportAnswer(const QString &token)
{
    return ScriptedResponse::json(
        "{\"message\":{\"id\":\"Rp1Kq2Vx9MmN3pB6sD4f\",\"type\":2,\"messageType\":\"TYPE_SMS\","
        "\"direction\":\"outbound\",\"status\":\"failed\",\"locationId\":\"Lq7Rt2Vx9KmN3pB6sD4f\","
        "\"contactId\":\"Ck8Hj3Wq5Zr1Yt6Nm2Pb\",\"conversationId\":\"Cv3Bn7Mq1Xz8Lk5Jh2Gd\","
        "\"dateAdded\":\"2026-03-01T12:00:58.000Z\",\"body\":\"Call +1 415 555 0142 or mail "
        "jane.doe@example.com; debug token " +
        token.toUtf8() + "\"},\"traceId\":\"6b0f3c9e-2d41-4f7a-9c5e-8a1d2b3c4e5f\"}");
}

} // namespace

class TestCliBatch : public QObject
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
        m_server.setResponder(byId);
        m_server.setFallback(ScriptedResponse::error(599, "{\"message\":\"No scripted response\"}"));
        m_requestsBefore = m_server.requestCount();
    }

    // Nothing any run printed may contain the token.
    void cleanup()
    {
        QVERIFY(!m_allOutput.contains(m_token.toUtf8()));
        QVERIFY(!m_allOutput.contains(m_token.mid(4, 20).toUtf8()));
        m_allOutput.clear();
        m_server.setResponder({});
    }

    void cleanupTestCase()
    {
        const QStringList files = TestSupport::filesContaining(m_token.toUtf8());
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u' ')));
    }

    // --- batch -------------------------------------------------------------------------------------------

    void aMixedListAsJsonLines()
    {
        const QByteArray list = found + "\n" + missing + " " + denied + "\n" + found + "\nabc!def\n";
        CliHarness cli(u"batch-ndjson"_s);
        const CliOutcome r = lookup(cli, {u"batch"_s, u"-"_s, u"--format"_s, u"ndjson"_s}, list);
        QCOMPARE(r.exitCode, 1); // not every lookup returned a message
        QCOMPARE(
            r.out,
            "{\"id\":\"" + found +
                "\",\"outcome\":\"found\",\"http_status\":200,\"direction\":\"inbound\",\"status\":"
                "\"delivered\",\"type\":\"TYPE_SMS\",\"date\":\"2024-03-27T18:13:49.000Z\",\"contact_id\":"
                "\"Ck8Hj3Wq5Zr1Yt6Nm2Pb\",\"conversation_id\":\"Cv3Bn7Mq1Xz8Lk5Jh2Gd\",\"location_id\":"
                "\"Lq7Rt2Vx9KmN3pB6sD4f\",\"text\":\"=HYPERLINK(\\\"http://evil.test\\\",\\\"click\\\")\","
                "\"trace_id\":null,\"error\":null}\n"
                "{\"id\":\"" +
                missing +
                "\",\"outcome\":\"not_found\",\"http_status\":404,\"direction\":null,\"status\":null,"
                "\"type\":null,\"date\":null,\"contact_id\":null,\"conversation_id\":null,\"location_id\":"
                "null,\"text\":null,\"trace_id\":null,\"error\":\"Message not found (404)\"}\n"
                "{\"id\":\"" +
                denied +
                "\",\"outcome\":\"no_access\",\"http_status\":401,\"direction\":null,\"status\":null,"
                "\"type\":null,\"date\":null,\"contact_id\":null,\"conversation_id\":null,\"location_id\":"
                "null,\"text\":null,\"trace_id\":null,\"error\":\"The token was not accepted (401)\"}\n");
        // Before anything was sent: what is not sent and why; at the end: the tally.
        const QStringList err = QString::fromUtf8(r.err).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(err.size(), 4);
        QCOMPARE(err.at(0), u"3 ids · 1 duplicate · 1 invalid; not sent:"_s);
        QCOMPARE(err.at(1),
                 u"  line 3 (“"_s + QString::fromLatin1(found) + u"”): Already in the list (line 1)."_s);
        QVERIFY2(err.at(2).startsWith(u"  line 4 (“abc!def”): "_s), qPrintable(err.at(2)));
        QCOMPARE(err.at(3), u"1 delivered · 1 not found · 1 no access"_s);
        // Each valid id was sent once; the duplicate and the invalid entry never.
        QCOMPARE(m_server.requestCount(), m_requestsBefore + 3);
        for (const RecordedRequest &request : m_server.requests().mid(m_requestsBefore))
            QVERIFY(!request.target.contains("abc"));
    }

    void aMixedListAsCsvWithTheFormulaNeutralised()
    {
        const QString file = write(u"ids.csv"_s, "note,message id\r\nfirst," + found + "\r\ngone," + missing +
                                                     "\r\nelsewhere," + denied + "\r\n");
        CliHarness cli(u"batch-csv"_s);
        const CliOutcome r =
            lookup(cli, {u"batch"_s, file, u"--column"_s, u"Message ID"_s, u"--format=csv"_s}, {});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(
            r.out,
            "id,outcome,http_status,direction,status,type,date,contact_id,conversation_id,location_id,text,"
            "trace_id,error\r\n" +
                found +
                ",found,200,inbound,delivered,TYPE_SMS,2024-03-27T18:13:49.000Z,Ck8Hj3Wq5Zr1Yt6Nm2Pb,"
                "Cv3Bn7Mq1Xz8Lk5Jh2Gd,Lq7Rt2Vx9KmN3pB6sD4f,\"'=HYPERLINK(\"\"http://"
                "evil.test\"\",\"\"click\"\")\",,"
                "\r\n" +
                missing + ",not_found,404,,,,,,,,,,Message not found (404)\r\n" + denied +
                ",no_access,401,,,,,,,,,,The token was not accepted (401)\r\n");
        QCOMPARE(r.err, QByteArray("1 delivered · 1 not found · 1 no access\n"));
    }

    void everyIdFoundExitsZero()
    {
        CliHarness cli(u"batch-table"_s);
        const CliOutcome r = lookup(cli, {u"batch"_s, u"--format"_s, u"table"_s}, found + "\n");
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(u"ID                    RESULT"_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QString::fromLatin1(found) +
                                        u"  Found        200   Inbound    Delivered"_s),
                 qPrintable(lines.at(1)));
        QCOMPARE(r.err, QByteArray("1 delivered\n"));
    }

    void aListWithNoIdSendsNothing()
    {
        CliHarness cli(u"batch-empty"_s);
        const CliOutcome r = lookup(cli, {u"batch"_s}, "not-an-id! ???\n");
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.err.contains("error: There is no message id in standard input; nothing was sent"),
                 r.err.constData());
        QCOMPARE(m_server.requestCount(), m_requestsBefore);
    }

    void ctrlCCancelsTheBatchWith130()
    {
        CliHarness cli(u"batch-interrupt"_s);
        cli.environment.insert(u"HIGHLEVEL_TOKEN"_s, m_token);
        const QString file = write(u"two.txt"_s, found + "\n" + silent + "\n");
        // The second lookup never gets an answer: Ctrl+C comes once the first one's line is out.
        const CliOutcome r = cli.runAndInterrupt(
            {u"batch"_s, file, u"--format"_s, u"ndjson"_s, u"--base-url"_s, m_server.baseUrl()},
            "\"outcome\":\"found\"");
        m_allOutput += r.out + r.err;
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 130);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"outcome"_s).toString(),
                 u"cancelled"_s);
    }

    // --- report ------------------------------------------------------------------------------------------

    void reportMasksPersonalDataAndNeverShowsTheToken_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("markdown") << QStringList{};
        QTest::newRow("html") << QStringList{u"--format"_s, u"html"_s};
        QTest::newRow("json") << QStringList{u"--format"_s, u"json"_s};
        QTest::newRow("text shown") << QStringList{u"--unmask"_s, u"text"_s};
        QTest::newRow("all shown") << QStringList{u"--unmask"_s, u"phone,email,text,names"_s};
    }

    void reportMasksPersonalDataAndNeverShowsTheToken()
    {
        QFETCH(QStringList, options);
        m_server.enqueue(reportAnswer(m_token));
        CliHarness cli(u"report"_s);
        const CliOutcome r = lookup(cli, QStringList{u"report"_s, u"Rp1Kq2Vx9MmN3pB6sD4f"_s} + options, {});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QVERIFY(r.out.contains("Rp1Kq2Vx9MmN3pB6sD4f"));
        QVERIFY(
            r.out.contains("6b0f3c9e-2d41-4f7a-9c5e-8a1d2b3c4e5f")); // the traceId, for HighLevel's support
        QVERIFY(!r.out.contains(m_token.toUtf8()));
        QVERIFY(!r.out.contains(m_token.mid(4, 20).toUtf8()));
        QVERIFY(!r.out.contains("<redacted>")); // the report removed it itself, before the last scrub
        const bool textShown = options.contains(u"text"_s) || options.contains(u"phone,email,text,names"_s);
        const bool allShown = options.contains(u"phone,email,text,names"_s);
        QCOMPARE(r.out.contains("debug token"), textShown);
        QCOMPARE(r.out.contains("token removed"), textShown);
        QCOMPARE(r.out.contains("+1 415 555 0142"), allShown);
        QCOMPARE(r.out.contains("jane.doe@example.com"), allShown);
        if (textShown && !allShown) {
            QVERIFY2(r.out.contains(
                         "Masked for sharing: phone numbers (1), email addresses (1). Shown as sent, on "
                         "request: message text."),
                     r.out.constData());
        } else if (!textShown) {
            QVERIFY2(r.out.contains("Masked for sharing: message text."), r.out.constData());
        }
        if (options.contains(u"json"_s)) {
            const QJsonObject o = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(o.value(u"title"_s).toString(), u"Message Rp1Kq2Vx9MmN3pB6sD4f"_s);
            QCOMPARE(o.value(u"masking"_s).toString(), u"Masked for sharing: message text."_s);
            QCOMPARE(
                o.value(u"link"_s).toString(),
                u"https://app.gohighlevel.com/v2/location/Lq7Rt2Vx9KmN3pB6sD4f/conversations/conversations/"
                "Cv3Bn7Mq1Xz8Lk5Jh2Gd"_s);
        }
        if (options.contains(u"html"_s))
            QVERIFY(r.out.startsWith("<!DOCTYPE html>\n"));
    }

    void reportOfAFailedLookupSaysWhyWithoutTheToken()
    {
        // A server that echoes the token in its error message.
        m_server.enqueue(ScriptedResponse::error(401, "{\"statusCode\":401,\"message\":\"Invalid token " +
                                                          m_token.toUtf8() + "\"}"));
        CliHarness cli(u"report-failed"_s);
        const CliOutcome r = lookup(cli, {u"report"_s, u"Rp2Kq2Vx9MmN3pB6sD4f"_s}, {});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.startsWith("## Lookup of message Rp2Kq2Vx9MmN3pB6sD4f failed\n"), r.out.constData());
        QVERIFY(r.out.contains("### Why it failed"));
        QVERIFY(r.out.contains("Server message: “Invalid token"));
        QVERIFY(!r.out.contains(m_token.mid(4, 20).toUtf8()));
        QVERIFY(r.err.startsWith("error: "));
    }

    void reportRefusesAnUnknownUnmask()
    {
        CliHarness cli(u"report-usage"_s);
        const CliOutcome r = run(cli, {u"report"_s, u"Rp2Kq2Vx9MmN3pB6sD4f"_s, u"--unmask"_s, u"ssn"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--unmask"));
    }

private:
    CliOutcome run(const CliHarness &cli, const QStringList &arguments, const QByteArray &input = {})
    {
        const CliOutcome r = cli.run(arguments, input);
        m_allOutput += r.out + r.err;
        if (!r.finished)
            qWarning() << "the CLI did not finish:" << arguments.value(0);
        return r;
    }

    // A command that looks up, against the loopback server with the token in HIGHLEVEL_TOKEN.
    CliOutcome lookup(CliHarness &cli, const QStringList &arguments, const QByteArray &input)
    {
        cli.environment.insert(u"HIGHLEVEL_TOKEN"_s, m_token);
        return run(cli, arguments + QStringList{u"--base-url"_s, m_server.baseUrl()}, input);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_files.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

    TestServer m_server;
    QTemporaryDir m_files;
    QString m_token = makePitToken();
    QByteArray m_allOutput;
    int m_requestsBefore = 0;
};

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_clibatch.moc"
