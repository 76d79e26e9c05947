// The real message-inspector-cli binary with several ids (`get A B …`, `get -` reading standard input)
// against the loopback TestServer: every id checked before anything is sent, one result per id in every
// format, the worst exit status, and a run that stops when the rest would fail the same way. Also: every
// command the CLI suggests can be pasted into a POSIX shell as it is (checked by a real /bin/sh), and an id
// pasted from a sentence is trimmed of its full stop.
#include "cliharness.h"
#include "exitcode.h"
#include "idlist.h"
#include "jsonlines.h"
#include "suggestedcommand.h"
#include "testserver.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUuid>

using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

namespace {

QByteArray readSample(const QString &name)
{
    QFile file(TestSupport::sourcePath(QStringLiteral("resources/samples/") + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A message body whose id is the given one, so each result can be told apart.
QByteArray messageBody(const QString &id)
{
    return R"({"id":")" + id.toUtf8() +
           R"(","type":2,"messageType":"TYPE_SMS","direction":"inbound","status":"delivered",)"
           R"("locationId":"Lq7Rt2Vx9KmN3pB6sD4f","contactId":"Ck8Hj3Wq5Zr1Yt6Nm2Pb",)"
           R"("conversationId":"Cv3Bn7Mq1Xz8Lk5Jh2Gd","dateAdded":"2024-03-27T18:13:49.000Z","body":"Hi"})";
}

const QByteArray notFound = R"({"statusCode":404,"message":"Message not found","error":"Not Found"})";
const QByteArray serverError = R"({"statusCode":500,"message":"Internal server error"})";
const QByteArray unauthorized = R"({"statusCode":401,"message":"Invalid JWT","error":"Unauthorized"})";

// What /bin/sh makes of a command line: each word it would pass to the program, one per line.
QStringList wordsAsTheShellSeesThem(const QString &commandLine)
{
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s\\n' ") +
                                                                   commandLine.section(QLatin1Char(' '), 1)});
    if (!sh.waitForFinished(30000))
        return {};
    return QString::fromUtf8(sh.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestCliManyIds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(CliHarness::binary()));
        QVERIFY(m_server.listen());
    }

    void init()
    {
        m_server.setFallback(ScriptedResponse::error(599, R"({"message":"No scripted response"})"));
        m_requestsBefore = m_server.requestCount();
    }

    void cleanup()
    {
        QVERIFY(!m_allOutput.contains(m_token.toUtf8()));
        m_allOutput.clear();
    }

    void cleanupTestCase()
    {
        const QStringList files = TestSupport::filesContaining(m_token.toUtf8());
        QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
    }

    // --- suggested commands --------------------------------------------------------------------------------

    void suggestedWordsSurviveTheShell_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << u"Default"_qs << u"Default"_qs;
        QTest::newRow("option") << u"--profile"_qs << u"--profile"_qs;
        QTest::newRow("spaces and parentheses") << u"Acme Dental (US)"_qs << u"'Acme Dental (US)'"_qs;
        QTest::newRow("apostrophe") << u"Bob's Dental"_qs << u"'Bob'\\''s Dental'"_qs;
        QTest::newRow("dollar and backquote") << u"$HOME `id`"_qs << u"'$HOME `id`'"_qs;
        QTest::newRow("glob") << u"*"_qs << u"'*'"_qs;
        QTest::newRow("semicolon") << u"a;rm -rf x"_qs << u"'a;rm -rf x'"_qs;
        QTest::newRow("empty") << QString() << u"''"_qs;
        QTest::newRow("non-ASCII") << u"Zahnärzte München"_qs << u"'Zahnärzte München'"_qs;
    }
    void suggestedWordsSurviveTheShell()
    {
        QFETCH(QString, word);
        QFETCH(QString, written);
        QCOMPARE(SuggestedCommand::quoteWord(word), written);
        const QString line = SuggestedCommand::cli({u"token"_qs, u"set"_qs, u"--profile"_qs, word});
        QVERIFY(line.startsWith(u"message-inspector-cli token set --profile "_qs));
        const QStringList expected{u"token"_qs, u"set"_qs, u"--profile"_qs, word};
        if (word.isEmpty()) // printf prints an empty line for the empty word, which the split drops
            QCOMPARE(wordsAsTheShellSeesThem(line), expected.mid(0, 3));
        else
            QCOMPARE(wordsAsTheShellSeesThem(line), expected);
    }

    // The hint printed when a profile has no token can be pasted as it is.
    void noTokenHintIsQuotedForTheShell()
    {
        CliHarness cli(QStringLiteral("quoted"));
        const QString profile =
            QStringLiteral("Acme Dental (US) ") + QUuid::createUuid().toString(QUuid::Id128).left(6);
        QCOMPARE(run(cli, {u"profile"_qs, u"add"_qs, profile}).exitCode, 0);
        const CliOutcome r = run(cli, {u"get"_qs, u"nXf2TQ8rLm4kPz7VbC1a"_qs, u"--profile"_qs, profile,
                                       u"--base-url"_qs, m_server.baseUrl()});
        QCOMPARE(r.exitCode, 3);
        const QString err = QString::fromUtf8(r.err);
        const QString expected = u"message-inspector-cli token set --profile '"_qs + profile + u"'"_qs;
        QVERIFY2(err.contains(u"“"_qs + expected + u"”"_qs), qPrintable(err));
        QCOMPARE(wordsAsTheShellSeesThem(expected),
                 (QStringList{u"token"_qs, u"set"_qs, u"--profile"_qs, profile}));
        QCOMPARE(m_server.requestCount(), m_requestsBefore);

        // So can the one for a profile that does not exist.
        const QString missing = u"Bob's Clinic"_qs;
        const CliOutcome m = run(cli, {u"get"_qs, u"nXf2TQ8rLm4kPz7VbC1a"_qs, u"--profile"_qs, missing});
        QCOMPARE(m.exitCode, 2);
        QVERIFY2(m.err.contains("message-inspector-cli profile add 'Bob'\\''s Clinic'"), m.err.constData());
        QCOMPARE(run(cli, {u"profile"_qs, u"remove"_qs, profile}).exitCode, 0);
    }

    // --- several ids ---------------------------------------------------------------------------------------

    void dashReadsIdsFromStandardInput()
    {
        const QStringList ids{u"Aa1111111111111111aa"_qs, u"Bb2222222222222222bb"_qs,
                              u"Cc3333333333333333cc"_qs};
        for (const QString &id : ids)
            m_server.enqueue(ScriptedResponse::json(messageBody(id)));
        // One per line, blank lines, surrounding spaces, and two on one line: any whitespace separates.
        const QByteArray input =
            "\n" + ids.at(0).toUtf8() + "\n\n  " + ids.at(1).toUtf8() + " \t" + ids.at(2).toUtf8() + "\n";
        const CliOutcome r = get({u"-"_qs, u"--format=raw"_qs}, input);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(sentTargets(), (QList<QByteArray>{"/conversations/messages/" + ids.at(0).toUtf8(),
                                                   "/conversations/messages/" + ids.at(1).toUtf8(),
                                                   "/conversations/messages/" + ids.at(2).toUtf8()}));
        // raw: one body per id, each on its own line.
        QCOMPARE(r.out, messageBody(ids.at(0)) + '\n' + messageBody(ids.at(1)) + '\n' +
                            messageBody(ids.at(2)) + '\n');
    }

    void severalIdsGiveOneSummaryBlockEach()
    {
        const QString first = u"Aa1111111111111111aa"_qs;
        const QString second = u"Bb2222222222222222bb"_qs;
        m_server.enqueue(
            {ScriptedResponse::json(messageBody(first)), ScriptedResponse::json(messageBody(second))});
        const CliOutcome r = get({first, second, u"--format=summary"_qs});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        const QStringList blocks = out.split(u"\n\n"_qs, Qt::SkipEmptyParts);
        QCOMPARE(blocks.size(), 2);
        QVERIFY2(blocks.at(0).contains(u"Message id    "_qs + first), qPrintable(out));
        QVERIFY2(blocks.at(1).contains(u"Message id    "_qs + second), qPrintable(out));
        QVERIFY(blocks.at(0).startsWith(u"Shape"_qs));
        QVERIFY(blocks.at(1).startsWith(u"Shape"_qs));
    }

    void prettyWritesOneBodyPerId()
    {
        const QString first = u"Aa1111111111111111aa"_qs;
        const QString second = u"Bb2222222222222222bb"_qs;
        m_server.enqueue(
            {ScriptedResponse::json(messageBody(first)), ScriptedResponse::json(messageBody(second))});
        const CliOutcome r = get({first, second, u"--format=pretty"_qs});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count("{\n  \"id\": "), 2);
        QVERIFY(r.out.indexOf(first.toUtf8()) < r.out.indexOf(second.toUtf8()));
    }

    // json: JSON Lines, one object per id, in order; the exit status is the worst of them.
    void jsonIsOneLinePerIdAndTheExitIsTheWorst()
    {
        const QStringList ids{u"Aa1111111111111111aa"_qs, u"Missing0000000000000"_qs,
                              u"Broken00000000000000"_qs};
        m_server.enqueue({ScriptedResponse::json(messageBody(ids.at(0))),
                          ScriptedResponse::error(404, notFound), ScriptedResponse::error(500, serverError)});
        m_server.setFallback(ScriptedResponse::error(500, serverError)); // the retries of the 500
        const CliOutcome r = get({ids.at(0), ids.at(1), ids.at(2), u"--format=json"_qs});
        QCOMPARE(r.exitCode, ExitCodes::value(ExitCode::ServerError)); // 500 is worse than 404
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.size(), 4); // three lines, each ended by '\n'
        QCOMPARE(lines.at(3), QByteArray());
        QList<int> exits;
        for (int i = 0; i < 3; ++i) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(lines.at(i), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(o.value(u"request"_qs).toObject().value(u"messageId"_qs).toString(), ids.at(i));
            exits << o.value(u"exitCode"_qs).toInt(-1);
        }
        QCOMPARE(exits, (QList<int>{0, 4, 7}));
        // The failures are on stderr, each naming its id.
        QVERIFY2(r.err.contains(QByteArray(ids.at(1).toUtf8() + ": ")), r.err.constData());
        QVERIFY2(r.err.contains(QByteArray(ids.at(2).toUtf8() + ": ")), r.err.constData());
    }

    void notFoundAmongSuccessesExitsWithNotFound()
    {
        m_server.enqueue({ScriptedResponse::error(404, notFound),
                          ScriptedResponse::json(messageBody(u"Bb2222222222222222bb"_qs))});
        const CliOutcome r =
            get({u"Missing0000000000000"_qs, u"Bb2222222222222222bb"_qs, u"--format=raw"_qs});
        QCOMPARE(r.exitCode, ExitCodes::value(ExitCode::NotFound));
        QCOMPARE(r.out, messageBody(u"Bb2222222222222222bb"_qs) + '\n'); // the found one is still written
        QCOMPARE(m_server.requestCount(), m_requestsBefore + 2);
    }

    // One refused entry anywhere in the list: every refused entry is named, and nothing is sent.
    void refusedIdsAreReportedBeforeAnythingIsSent()
    {
        const CliOutcome r =
            get({u"Aa1111111111111111aa"_qs, u"ab/cd"_qs, u"Cc3333333333333333cc"_qs, u"x y"_qs});
        QCOMPARE(r.exitCode, ExitCodes::value(ExitCode::Usage));
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.err.contains("nothing was sent"), r.err.constData());
        QVERIFY2(r.err.contains("2 (“ab/cd”)"), r.err.constData());
        QVERIFY2(r.err.contains("4 (“x y”)"), r.err.constData());
        QVERIFY(!r.err.contains("1 (“Aa"));
        QCOMPARE(m_server.requestCount(), m_requestsBefore);

        const CliOutcome piped = get({u"-"_qs}, "Aa1111111111111111aa\nbad/id\n");
        QCOMPARE(piped.exitCode, ExitCodes::value(ExitCode::Usage));
        QVERIFY2(piped.err.contains("2 (“bad/id”)"), piped.err.constData());
        QCOMPARE(m_server.requestCount(), m_requestsBefore);
    }

    void tooManyIdsSendNothing()
    {
        QByteArray input;
        for (int i = 0; i <= IdList::maxIds; ++i)
            input += "Id" + QByteArray::number(i).rightJustified(18, '0') + '\n';
        const CliOutcome r = get({u"-"_qs}, input);
        QCOMPARE(r.exitCode, ExitCodes::value(ExitCode::Usage));
        QVERIFY2(r.err.contains("at most 1,000"), r.err.constData());
        QCOMPARE(m_server.requestCount(), m_requestsBefore);

        const CliOutcome empty = get({u"-"_qs}, " \n\n");
        QCOMPARE(empty.exitCode, ExitCodes::value(ExitCode::Usage));
        QVERIFY2(empty.err.contains("No message ids"), empty.err.constData());
    }

    void dashComesAlone()
    {
        const CliOutcome r = get({u"Aa1111111111111111aa"_qs, u"-"_qs});
        QCOMPARE(r.exitCode, ExitCodes::value(ExitCode::Usage));
        QVERIFY2(r.err.contains("“-” alone"), r.err.constData());
        QCOMPARE(m_server.requestCount(), m_requestsBefore);
    }

    // A 401 would repeat for every id: the rest are not sent, and say so (one JSON object each).
    void authenticationFailureStopsTheRun()
    {
        m_server.enqueue(ScriptedResponse::error(401, unauthorized));
        const QStringList ids{u"Aa1111111111111111aa"_qs, u"Bb2222222222222222bb"_qs,
                              u"Cc3333333333333333cc"_qs};
        const CliOutcome r = get({ids.at(0), ids.at(1), ids.at(2), u"--format=json"_qs});
        QCOMPARE(r.exitCode, ExitCodes::value(ExitCode::Authentication));
        QCOMPARE(m_server.requestCount(), m_requestsBefore + 1);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QJsonObject skipped = QJsonDocument::fromJson(lines.at(2)).object();
        QCOMPARE(skipped.value(u"ok"_qs).toBool(true), false);
        const QJsonObject error = skipped.value(u"error"_qs).toObject();
        QCOMPARE(error.value(u"kind"_qs).toString(), u"not_sent"_qs);
        QVERIFY(error.value(u"detail"_qs).toString().contains(ids.at(2)));
        QVERIFY2(r.err.contains("2 ids were not looked up"), r.err.constData());
    }

    // `get -` never sends "-" as an id, and one id read from standard input works like `get ID`.
    void oneIdFromStandardInput()
    {
        m_server.enqueue(ScriptedResponse::json(messageBody(u"Aa1111111111111111aa"_qs)));
        const CliOutcome r = get({u"-"_qs, u"--format=raw"_qs}, "Aa1111111111111111aa\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sentTargets(), QList<QByteArray>{"/conversations/messages/Aa1111111111111111aa"});
    }

    void idPastedFromASentenceIsTrimmed()
    {
        m_server.enqueue(ScriptedResponse::json(readSample(u"inbound-sms-delivered.json"_qs)));
        const CliOutcome r = get({u"nXf2TQ8rLm4kPz7VbC1a."_qs, u"--format=raw"_qs});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sentTargets(), QList<QByteArray>{"/conversations/messages/nXf2TQ8rLm4kPz7VbC1a"});
    }

    // --- pure parts ----------------------------------------------------------------------------------------

    void jsonLinesKeepStringsAndNumbers()
    {
        const QByteArray json = "{\n  \"a\": \"x  y\\n\\\"z\\\" \",\n  \"n\": 12345678901234567890,\n"
                                "  \"d\": 1.50,\n  \"b\": [ 1 , 2 ]\n}";
        QCOMPARE(
            JsonLines::line(json),
            QByteArray("{\"a\":\"x  y\\n\\\"z\\\" \",\"n\":12345678901234567890,\"d\":1.50,\"b\":[1,2]}\n"));
    }

    void worstExitCode()
    {
        QCOMPARE(ExitCodes::worst(ExitCode::Success, ExitCode::NotFound), ExitCode::NotFound);
        QCOMPARE(ExitCodes::worst(ExitCode::ServerError, ExitCode::NotFound), ExitCode::ServerError);
        QCOMPARE(ExitCodes::worst(ExitCode::Authentication, ExitCode::Network), ExitCode::Authentication);
        QCOMPARE(ExitCodes::worst(ExitCode::ProblemsFound, ExitCode::Success), ExitCode::ProblemsFound);
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

    // `get` against the loopback server with the token in HIGHLEVEL_TOKEN.
    CliOutcome get(const QStringList &arguments, const QByteArray &input = {})
    {
        CliHarness cli(QStringLiteral("many"));
        cli.environment.insert(QStringLiteral("HIGHLEVEL_TOKEN"), m_token);
        return run(cli,
                   QStringList{QStringLiteral("get")} + arguments +
                       QStringList{QStringLiteral("--base-url"), m_server.baseUrl()},
                   input);
    }

    // The request targets the server saw in this test.
    QList<QByteArray> sentTargets() const
    {
        QList<QByteArray> targets;
        const auto requests = m_server.requests();
        for (qsizetype i = m_requestsBefore; i < requests.size(); ++i)
            targets << requests.at(i).target;
        return targets;
    }

    TestServer m_server;
    QString m_token = makePitToken();
    QByteArray m_allOutput;
    int m_requestsBefore = 0;
};

QTEST_GUILESS_MAIN(TestCliManyIds)
#include "tst_climanyids.moc"
