// The real message-inspector-cli binary against the loopback TestServer for issue 14's commands: `watch` (a
// message whose status moves from answer to answer: its lines, the pause on 429, the exit statuses, the time
// limit and Ctrl+C), `history` (what the lookups left behind) and `diff` (files, a live lookup and kept
// answers).
#include "cliharness.h"
#include "testserver.h"
#include "testsupport.h"

#include "store/lookuphistory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

namespace {

const QString watchedId = u"Wt7Kq2Vx9MmN3pB6sD4f"_s;

// The live API's answer for the watched message with this status (and dateUpdated when given).
ScriptedResponse answer(const QByteArray &status, const QByteArray &dateUpdated = {})
{
    QByteArray message = R"({"id":"Wt7Kq2Vx9MmN3pB6sD4f","type":2,"messageType":"TYPE_SMS",)"
                         R"("direction":"outbound","status":")" +
                         status +
                         R"(","locationId":"Lq7Rt2Vx9KmN3pB6sD4f","contactId":"Ck8Hj3Wq5Zr1Yt6Nm2Pb",)"
                         R"("conversationId":"Cv3Bn7Mq1Xz8Lk5Jh2Gd","dateAdded":"2026-03-01T12:00:58.000Z")";
    if (!dateUpdated.isEmpty())
        message += R"(,"dateUpdated":")" + dateUpdated + '"';
    message += '}';
    return ScriptedResponse::json(R"({"message":)" + message +
                                  R"(,"traceId":"6b0f3c9e-2d41-4f7a-9c5e-8a1d2b3c4e5f"})");
}

// The watch's stdout lines without their time of day ("12:01:03  "), which is the clock's, not the test's.
QStringList withoutTimes(const QByteArray &out)
{
    static const QRegularExpression time(u"^\\d\\d:\\d\\d:\\d\\d  "_s);
    QStringList lines;
    for (const QString &line : QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts)) {
        if (!time.match(line).hasMatch())
            return {u"line without a time: "_s + line};
        lines << line.mid(10);
    }
    return lines;
}

QByteArray readSample(const QString &name)
{
    QFile file(TestSupport::sourcePath(u"resources/samples/"_s + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The history file the CLI uses under the harness's XDG_DATA_HOME (organisation and application name are
// both "message-inspector").
QString historyFile(const CliHarness &cli)
{
    return cli.dataDir() + u"/message-inspector/message-inspector/history.sqlite"_s;
}

} // namespace

class TestCliWatch : public QObject
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
        m_server.setFallback(ScriptedResponse::error(599, "{\"message\":\"No scripted response\"}"));
        m_requestsBefore = m_server.requestCount();
    }

    // Nothing any run printed may contain the token.
    void cleanup()
    {
        QVERIFY(!m_allOutput.contains(m_token.toUtf8()));
        QVERIFY(!m_allOutput.contains(m_token.mid(4, 20).toUtf8()));
        m_allOutput.clear();
    }

    void cleanupTestCase()
    {
        const QStringList files = TestSupport::filesContaining(m_token.toUtf8());
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u' ')));
    }

    // --- watch -------------------------------------------------------------------------------------------

    void watchPrintsOneLinePerChangeUntilDelivered()
    {
        m_server.enqueue(answer("pending"));
        m_server.enqueue(answer("pending")); // no change: no line
        m_server.enqueue(answer("sent", "2026-03-01T12:01:05.000Z"));
        m_server.enqueue(answer("delivered", "2026-03-01T12:01:20.000Z"));
        CliHarness cli(u"watch-delivered"_s);
        const CliOutcome r = lookup(cli, {u"watch"_s, watchedId, u"--interval"_s, u"0.1"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(withoutTimes(r.out),
                 (QStringList{u"Pending"_s, u"Pending → Sent  (dateUpdated 2026-03-01T12:01:05.000Z)"_s,
                              u"Sent → Delivered  (dateUpdated 2026-03-01T12:01:20.000Z)"_s}));
        QCOMPARE(r.err, QByteArray("Final status: Delivered (4 lookups).\n"));
        QCOMPARE(m_server.requestCount(), m_requestsBefore + 4); // it stopped at the final status
        const auto request = m_server.requests().constLast();
        QCOMPARE(request.target, QByteArray("/conversations/messages/") + watchedId.toUtf8());
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer ") + m_token.toUtf8());
    }

    void watchEndsWithOneWhenTheMessageFailsAndPausesOn429()
    {
        m_server.enqueue(answer("pending"));
        m_server.enqueue(
            ScriptedResponse::error(429, "{\"statusCode\":429,\"message\":\"Too many requests\"}")
                .withHeader("Retry-After", "0"));
        m_server.enqueue(answer("failed", "2026-03-01T12:02:00.000Z"));
        CliHarness cli(u"watch-failed"_s);
        const CliOutcome r = lookup(cli, {u"watch"_s, watchedId, u"--interval=0.1"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(withoutTimes(r.out),
                 (QStringList{u"Pending"_s, u"Pending → Failed  (dateUpdated 2026-03-01T12:02:00.000Z)"_s}));
        // The pause is said on stderr, with the time and the reason; a 429 is never a line of the timeline.
        const QStringList err = QString::fromUtf8(r.err).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(err.size(), 2);
        QVERIFY2(QRegularExpression(u"^\\d\\d:\\d\\d:\\d\\d  paused: Rate limited by HighLevel \\(429\\)"_s)
                     .match(err.at(0))
                     .hasMatch(),
                 qPrintable(err.at(0)));
        QCOMPARE(err.at(1), u"Final status: Failed (3 lookups)."_s);
        QCOMPARE(m_server.requestCount(), m_requestsBefore + 3);
    }

    void watchUntilAStatus()
    {
        m_server.enqueue(answer("pending"));
        m_server.enqueue(answer("sent"));
        CliHarness cli(u"watch-until"_s);
        const CliOutcome r =
            lookup(cli, {u"watch"_s, watchedId, u"--until"_s, u"sent"_s, u"--interval"_s, u"0.1"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(withoutTimes(r.out), (QStringList{u"Pending"_s, u"Pending → Sent"_s}));
        QCOMPARE(r.err, QByteArray("Reached Sent (2 lookups).\n"));
    }

    void watchGivesUpWithSixAtTheTimeLimit()
    {
        m_server.setFallback(answer("pending"));
        CliHarness cli(u"watch-timeout"_s);
        // The next lookup would come after the limit: the watch gives up instead of waiting for nothing.
        const CliOutcome r =
            lookup(cli, {u"watch"_s, watchedId, u"--interval"_s, u"5"_s, u"--timeout"_s, u"1"_s});
        QCOMPARE(r.exitCode, 6);
        QCOMPARE(withoutTimes(r.out), QStringList{u"Pending"_s});
        QCOMPARE(r.err,
                 QByteArray("Gave up: the time limit passed and the status is still Pending (1 lookup).\n"));
        QCOMPARE(m_server.requestCount(), m_requestsBefore + 1);
    }

    void watchAsJsonLines()
    {
        m_server.enqueue(answer("sent"));
        m_server.enqueue(answer("delivered", "2026-03-01T12:01:20.000Z"));
        CliHarness cli(u"watch-json"_s);
        const CliOutcome r =
            lookup(cli, {u"watch"_s, watchedId, u"--interval"_s, u"0.1"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(first.value(u"status"_s).toString(), u"sent"_s);
        QVERIFY(first.value(u"previousStatus"_s).isNull());
        QCOMPARE(first.value(u"httpStatus"_s).toInt(), 200);
        const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(second.value(u"status"_s).toString(), u"delivered"_s);
        QCOMPARE(second.value(u"previousStatus"_s).toString(), u"sent"_s);
        QCOMPARE(second.value(u"dateUpdated"_s).toString(), u"2026-03-01T12:01:20.000Z"_s);
        const QJsonObject end = QJsonDocument::fromJson(lines.at(2)).object();
        QCOMPARE(end.value(u"outcome"_s).toString(), u"delivered"_s);
        QCOMPARE(end.value(u"exitCode"_s).toInt(-1), 0);
        QCOMPARE(end.value(u"lookups"_s).toInt(), 2);
    }

    void watchOfAMissingMessageExitsLikeGet()
    {
        m_server.enqueue(
            ScriptedResponse::error(404, "{\"statusCode\":404,\"message\":\"Message not found\"}"));
        CliHarness cli(u"watch-404"_s);
        const CliOutcome r = lookup(cli, {u"watch"_s, watchedId});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.err.startsWith("error: Message not found (404)"), r.err.constData());
        QCOMPARE(m_server.requestCount(), m_requestsBefore + 1);
    }

    void ctrlCStopsTheWatchWith130()
    {
        m_server.setFallback(answer("pending"));
        CliHarness cli(u"watch-interrupt"_s);
        cli.environment.insert(u"HIGHLEVEL_TOKEN"_s, m_token);
        // A long interval: the watch is waiting for its second lookup when Ctrl+C comes.
        const CliOutcome r = cli.runAndInterrupt(
            {u"watch"_s, watchedId, u"--interval"_s, u"60"_s, u"--base-url"_s, m_server.baseUrl()},
            "Pending\n");
        m_allOutput += r.out + r.err;
        QVERIFY(r.finished); // it ended itself, not killed by the signal
        QCOMPARE(r.exitCode, 130);
        QCOMPARE(withoutTimes(r.out), QStringList{u"Pending"_s});
        QCOMPARE(r.err, QByteArray("Stopped; the status was Pending (1 lookup).\n"));
    }

    void aWatchIsOneLookupInTheHistory()
    {
        m_server.enqueue(answer("pending"));
        m_server.enqueue(answer("delivered"));
        CliHarness cli(u"watch-history"_s);
        QCOMPARE(lookup(cli, {u"watch"_s, watchedId, u"--interval"_s, u"0.1"_s}).exitCode, 0);
        const CliOutcome h = run(cli, {u"history"_s, u"--format"_s, u"json"_s});
        QCOMPARE(h.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(h.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0)[u"messageId"_s].toString(), watchedId);
        QCOMPARE(rows.at(0)[u"outcome"_s].toString(), u"ok"_s);
        QCOMPARE(rows.at(0)[u"summary"_s].toString(), u"Outbound · Delivered · SMS · watched, 2 lookups"_s);
    }

    // --- history -----------------------------------------------------------------------------------------

    void historyListsLookupsNewestFirstAligned()
    {
        const QString first = u"Hs1Kq2Vx9MmN3pB6sD4f"_s;
        const QString second = u"Hs2Kq2Vx9MmN3pB6sD4f"_s;
        m_server.enqueue(answer("delivered"));
        m_server.enqueue(
            ScriptedResponse::error(404, "{\"statusCode\":404,\"message\":\"Message not found\"}"));
        CliHarness cli(u"history"_s);
        const CliOutcome empty = run(cli, {u"history"_s});
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(empty.out, QByteArray());
        QCOMPARE(empty.err, QByteArray("The history holds no lookups yet.\n"));

        QCOMPARE(lookup(cli, {u"get"_s, first}).exitCode, 0);
        QCOMPARE(lookup(cli, {u"get"_s, second}).exitCode, 4);

        const CliOutcome r = run(cli, {u"history"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QString &header = lines.at(0);
        QVERIFY2(header.startsWith(u"ROW  TIME"_s), qPrintable(header));
        // Newest first, every column starting where its heading does.
        QVERIFY2(lines.at(1).contains(second), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(first), qPrintable(lines.at(2)));
        const auto cell = [&](int line, const QString &heading, qsizetype width) {
            return lines.at(line).mid(header.indexOf(heading), width);
        };
        QCOMPARE(cell(1, u"MESSAGE ID"_s, 20), second);
        QCOMPARE(cell(2, u"MESSAGE ID"_s, 20), first);
        QCOMPARE(cell(1, u"HTTP"_s, 4), u"404 "_s);
        QCOMPARE(cell(2, u"HTTP"_s, 4), u"200 "_s);
        QCOMPARE(cell(1, u"OUTCOME"_s, 10), u"not_found "_s);
        QCOMPARE(cell(2, u"OUTCOME"_s, 10), u"ok        "_s);
        QCOMPARE(cell(2, u"PROFILE"_s, 8), u"Default "_s);
        QVERIFY(lines.at(2).endsWith(u"Outbound · Delivered · SMS"_s));
        // The row numbers are what diff @history:N takes.
        QVERIFY(QRegularExpression(u"^\\d+ "_s).match(lines.at(1)).hasMatch());

        const CliOutcome json = run(cli, {u"history"_s, u"--format=json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0)[u"messageId"_s].toString(), second);
        QCOMPARE(rows.at(0)[u"httpStatus"_s].toInt(), 404);
        QCOMPARE(rows.at(0)[u"outcome"_s].toString(), u"not_found"_s);
        QCOMPARE(rows.at(1)[u"messageId"_s].toString(), first);
        QCOMPARE(rows.at(1)[u"profile"_s].toString(), u"Default"_s);
        QVERIFY(rows.at(1)[u"keptBodyBytes"_s].isNull());
        QVERIFY(rows.at(0)[u"row"_s].toInt() > rows.at(1)[u"row"_s].toInt());

        // Searching: an outcome, a part of the summary, a limit, a profile with nothing.
        const CliOutcome byOutcome = run(cli, {u"history"_s, u"--search"_s, u"not_found"_s});
        QCOMPARE(byOutcome.out.count('\n'), 2);
        QVERIFY(byOutcome.out.contains(second.toUtf8()));
        const CliOutcome bySummary = run(cli, {u"history"_s, u"--search"_s, u"delivered"_s});
        QCOMPARE(bySummary.out.count('\n'), 2);
        QVERIFY(bySummary.out.contains(first.toUtf8()));
        const CliOutcome limited = run(cli, {u"history"_s, u"--limit"_s, u"1"_s});
        QCOMPARE(limited.out.count('\n'), 2);
        QVERIFY(limited.out.contains(second.toUtf8()));
        const CliOutcome otherProfile = run(cli, {u"history"_s, u"--profile"_s, u"Elsewhere"_s});
        QCOMPARE(otherProfile.exitCode, 0);
        QCOMPARE(otherProfile.out, QByteArray());
        QCOMPARE(otherProfile.err, QByteArray("No lookup in the history matches.\n"));
    }

    // --- diff --------------------------------------------------------------------------------------------

    void diffOfTwoFiles()
    {
        const QByteArray before = readSample(u"inbound-sms-delivered.json"_s);
        QVERIFY(!before.isEmpty());
        QByteArray after = before;
        after.replace("\"status\": \"delivered\"", "\"status\": \"sent\"");
        after.replace("  \"altId\": \"SM4f1c2e9a7b3d40c5a1e8f6d2b9c0a7e3\",\n", "");
        after.replace("\"source\": \"app\",",
                      "\"source\": \"app\",\n  \"userId\": \"Us1Ex9Kq2Wm7Rt4Yp3Zn\",");
        const QString a = write(u"before.json"_s, before);
        const QString b = write(u"after.json"_s, after);
        CliHarness cli(u"diff-files"_s);

        const CliOutcome same = run(cli, {u"diff"_s, a, a});
        QCOMPARE(same.exitCode, 0);
        QCOMPARE(same.out, (u"--- file "_s + a + u"\n+++ file "_s + a + u"\nNo differences.\n"_s).toUtf8());
        QCOMPARE(same.err, QByteArray());

        const CliOutcome different = run(cli, {u"diff"_s, a, b});
        QCOMPARE(different.exitCode, 1);
        QCOMPARE(QString::fromUtf8(different.out),
                 u"--- file "_s + a + u"\n+++ file "_s + b +
                     u"\n"
                     "- $.altId: \"SM4f1c2e9a7b3d40c5a1e8f6d2b9c0a7e3\"\n"
                     "~ $.status: \"delivered\" → \"sent\" (Delivered → Sent)\n"
                     "+ $.userId: \"Us1Ex9Kq2Wm7Rt4Yp3Zn\"\n"_s);
        QCOMPARE(different.err, QByteArray());

        const CliOutcome json = run(cli, {u"diff"_s, a, b, u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(u"identical"_s).toBool(true), false);
        const QJsonArray differences = o.value(u"differences"_s).toArray();
        QCOMPARE(differences.size(), 3);
        QCOMPARE(differences.at(1)[u"change"_s].toString(), u"changed"_s);
        QCOMPARE(differences.at(1)[u"path"_s].toString(), u"$.status"_s);
        QCOMPARE(differences.at(1)[u"firstMeaning"_s].toString(), u"Delivered"_s);
        QCOMPARE(differences.at(1)[u"secondMeaning"_s].toString(), u"Sent"_s);
        QCOMPARE(differences.at(0)[u"change"_s].toString(), u"removed"_s);
        QVERIFY(differences.at(0)[u"secondValue"_s].isNull());
    }

    void diffOfAnIdAndAFile()
    {
        // The saved file is the documented flat shape; the live answer is an envelope: the messages are
        // paired wherever each keeps it, and the envelope's traceId is listed apart.
        const QString id = u"Df7Kq2Vx9MmN3pB6sD4f"_s;
        const QByteArray message =
            "{\"id\":\"Df7Kq2Vx9MmN3pB6sD4f\",\"direction\":\"outbound\",\"status\":\"";
        const QString file = write(u"saved.json"_s, message + "sent\"}");
        m_server.enqueue(
            ScriptedResponse::json("{\"message\":" + message + "delivered\"},\"traceId\":\"tr-1234\"}"));
        CliHarness cli(u"diff-id-file"_s);
        const CliOutcome r = lookup(cli, {u"diff"_s, file, id});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QString::fromUtf8(r.out),
                 u"--- file "_s + file + u"\n+++ message "_s + id +
                     u" (looked up)\n"
                     "Compared the messages: the first body's at $ (Message (documented shape)), the second "
                     "body's at $.message (Live API response (message in an envelope with a traceId)).\n"
                     "~ $.message.status: \"sent\" → \"delivered\" (Sent → Delivered)\n"
                     "Outside the message:\n"
                     "+ $.traceId: \"tr-1234\"\n"_s);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(m_server.requestCount(), m_requestsBefore + 1);
        QCOMPARE(m_server.requests().constLast().target,
                 QByteArray("/conversations/messages/") + id.toUtf8());
    }

    void diffOfAKeptAnswer()
    {
        CliHarness cli(u"diff-history"_s);
        const QByteArray kept = "{\"id\":\"Kp7Kq2Vx9MmN3pB6sD4f\",\"status\":\"pending\"}";
        qint64 keptRow = -1;
        {
            // Written as the window does when the profile keeps answers (the CLI itself never keeps them).
            QDir().mkpath(QFileInfo(historyFile(cli)).path());
            LookupHistory history(historyFile(cli));
            LookupRecord record;
            record.messageId = u"Kp7Kq2Vx9MmN3pB6sD4f"_s;
            record.profile = u"Default"_s;
            record.httpStatus = 200;
            record.outcome = u"ok"_s;
            QFuture<HistoryWrite> written =
                history.record(record, KeptAnswer{kept, {{"Content-Type", "application/json"}}, {}});
            QTRY_VERIFY(written.isFinished());
            QCOMPARE(written.result().status, HistoryWrite::Status::Saved);
            keptRow = written.result().rowId;
        }
        QVERIFY(keptRow > 0);
        const QString now =
            write(u"now.json"_s, "{\"id\":\"Kp7Kq2Vx9MmN3pB6sD4f\",\"status\":\"delivered\"}");
        const QString row = u"@history:"_s + QString::number(keptRow);
        const CliOutcome r = run(cli, {u"diff"_s, row, now});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QString::fromUtf8(r.out),
                 u"--- history row "_s + QString::number(keptRow) + u"\n+++ file "_s + now +
                     u"\n~ $.status: \"pending\" → \"delivered\" (Pending → Delivered)\n"_s);

        // A lookup the CLI recorded keeps no body: a clear error, nothing on stdout.
        m_server.enqueue(answer("delivered"));
        QCOMPARE(lookup(cli, {u"get"_s, watchedId}).exitCode, 0);
        const CliOutcome rows = run(cli, {u"history"_s, u"--format"_s, u"json"_s});
        const int lookupRow = QJsonDocument::fromJson(rows.out).array().at(0)[u"row"_s].toInt();
        QVERIFY(lookupRow > keptRow);
        const CliOutcome noBody = run(cli, {u"diff"_s, u"@history:"_s + QString::number(lookupRow), now});
        QCOMPARE(noBody.exitCode, 2);
        QCOMPARE(noBody.out, QByteArray());
        QVERIFY2(noBody.err.startsWith(QByteArray("error: A: Row " + QByteArray::number(lookupRow) +
                                                  " of the history kept no response body\n")),
                 noBody.err.constData());

        const CliOutcome missing = run(cli, {u"diff"_s, now, u"@history:999999"_s});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.startsWith("error: B: There is no row 999999 in the history\n"),
                 missing.err.constData());
    }

    void diffOfAFileAndStandardInput()
    {
        const QByteArray body = "{\"id\":\"Si7Kq2Vx9MmN3pB6sD4f\",\"status\":\"read\"}";
        const QString file = write(u"piped.json"_s, body);
        CliHarness cli(u"diff-stdin"_s);
        const CliOutcome r = run(cli, {u"diff"_s, file, u"-"_s}, body);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, (u"--- file "_s + file + u"\n+++ standard input\nNo differences.\n"_s).toUtf8());
        const CliOutcome both = run(cli, {u"diff"_s, u"-"_s, u"-"_s}, body);
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.startsWith("error: Only one side of a diff can be standard input"),
                 both.err.constData());
    }

    void diffOfAnUnreadableSide()
    {
        CliHarness cli(u"diff-missing"_s);
        const QString a = write(u"exists.json"_s, "{\"id\":\"x\"}");
        const CliOutcome r = run(cli, {u"diff"_s, a, m_files.filePath(u"nothing-here.json"_s)});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.err.startsWith("error: B: "), r.err.constData());
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
    CliOutcome lookup(CliHarness &cli, const QStringList &arguments)
    {
        cli.environment.insert(u"HIGHLEVEL_TOKEN"_s, m_token);
        return run(cli, arguments + QStringList{u"--base-url"_s, m_server.baseUrl()});
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

QTEST_GUILESS_MAIN(TestCliWatch)
#include "tst_cliwatch.moc"
