// The real binary against the loopback server answering in every shape HighLevel is known to use: the
// summary and the json output show the message wherever the shape puts it, with its traceId, and `check`
// passes a normal live-shaped response (known differences are notes) unless --strict.
#include "cliharness.h"
#include "testserver.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

class TestCliShapes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void cleanup()
    {
        QVERIFY(!m_allOutput.contains(m_token.toUtf8()));
        m_allOutput.clear();
    }

    void summaryOfEachShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("live call")
            << TestSupport::sampleResponse(u"live-call-completed.json"_s)
            << QStringList{u"Shape         Live API response (message in an envelope with a traceId)"_s,
                           u"Direction     ⬅ Inbound"_s,
                           u"Status        ✔ Completed"_s,
                           u"Type          ● Call  (type 1 · TYPE_CALL, documented)"_s,
                           u"Date          2 Nov 2026, 15:04 UTC ("_s,
                           u"Text          —"_s,
                           u"Message id    Lc7Kq2Wn5Rt8Yx1Za4Vb"_s,
                           u"Call          ✔ Completed · lasted 0:37"_s,
                           u"Trace id      6b0f3c9e-2d41-4f7a-9c5e-8a1d2b3c4e5f"_s,
                           u"Problems      7 known live-API differences (see --format problems)"_s};
        QTest::newRow("live failed SMS")
            << TestSupport::sampleResponse(u"live-failed-sms.json"_s)
            << QStringList{u"Direction     ➡ Outbound"_s,
                           u"Status        ✖ Failed  error: 30007: Message filtered by the carrier"_s,
                           u"Type          ● SMS  (type 2 · TYPE_SMS, inferred)"_s,
                           u"Date          29 Nov 2026, 08:15 UTC ("_s,
                           u"Text          “Hi Sam, your order #4471 is ready for pickup at the Main St "
                           u"store until 6 "
                           u"pm.”"_s,
                           u"Trace id      c41e8f20-7b3a-4d96-a5e0-19f2d8c7b6a4"_s};
        QTest::newRow("documented") << TestSupport::sampleResponse(u"call-voicemail.json"_s)
                                    << QStringList{u"Shape         Message (documented shape)"_s,
                                                   u"Call          "_s, u"lasted 0:47"_s};
        QTest::newRow("webhook") << TestSupport::sampleResponse(u"webhook-inbound-sms.json"_s)
                                 << QStringList{u"Shape         InboundMessage webhook event"_s,
                                                u"Status        ✔ Delivered"_s, u"Type          ● SMS"_s,
                                                u"Text          “Yes, 3 pm works for me”"_s,
                                                u"Message id    Wh5Mk3Qp8Ls2Dn6Fr9Tb"_s};
    }

    void summaryOfEachShape()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, lines);
        m_server.enqueue(ScriptedResponse::json(body));
        const CliOutcome r = get({u"Lc7Kq2Wn5Rt8Yx1Za4Vb"_s, u"--format"_s, u"summary"_s});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        for (const QString &line : lines)
            QVERIFY2(out.contains(line), qPrintable(line + u"\n---\n"_s + out));
    }

    void jsonNamesTheShapeAndTraceId()
    {
        m_server.enqueue(ScriptedResponse::json(TestSupport::sampleResponse(u"live-failed-sms.json"_s)));
        const CliOutcome r = get({u"Fx2Lv9Sm4Qe7Rt1Yu3Io"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json["shape"_L1].toObject()["kind"_L1].toString(), u"envelope"_s);
        QCOMPARE(json["traceId"_L1].toString(), u"c41e8f20-7b3a-4d96-a5e0-19f2d8c7b6a4"_s);
        const QJsonObject message = json["message"_L1].toObject();
        QCOMPARE(message["path"_L1].toString(), u"$.message"_s);
        QCOMPARE(message["id"_L1].toString(), u"Fx2Lv9Sm4Qe7Rt1Yu3Io"_s);
        QCOMPARE(message["status"_L1].toObject()["meaning"_L1].toString(), u"bad"_s);
        QCOMPARE(message["failure"_L1].toString(), u"30007: Message filtered by the carrier"_s);
        QCOMPARE(message["dateUpdated"_L1].toObject()["value"_L1].toString(), u"2026-11-29T08:15:09.540Z"_s);
    }

    void jsonReadsTheLiveCallFields()
    {
        m_server.enqueue(ScriptedResponse::json(TestSupport::sampleResponse(u"live-call-completed.json"_s)));
        const CliOutcome r = get({u"Lc7Kq2Wn5Rt8Yx1Za4Vb"_s, u"--format"_s, u"json"_s});
        const QJsonObject message = QJsonDocument::fromJson(r.out).object()["message"_L1].toObject();
        QCOMPARE(message["callDurationSeconds"_L1].toInt(), 37);
        QCOMPARE(message["callStatus"_L1].toObject()["value"_L1].toString(), u"completed"_s);
        QCOMPARE(message["status"_L1].toObject()["known"_L1].toBool(), true);
    }

    // A normal live-shaped response passes `check`; --strict fails on the known differences.
    void checkJudgesTheShape()
    {
        m_server.enqueue(ScriptedResponse::json(TestSupport::sampleResponse(u"live-call-completed.json"_s)));
        CliOutcome r = check({u"Lc7Kq2Wn5Rt8Yx1Za4Vb"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("known-difference\t$.message\t"));
        m_server.enqueue(ScriptedResponse::json(TestSupport::sampleResponse(u"live-call-completed.json"_s)));
        r = check({u"Lc7Kq2Wn5Rt8Yx1Za4Vb"_s, u"--strict"_s});
        QCOMPARE(r.exitCode, 1);
        // A real anomaly inside the envelope still fails.
        m_server.enqueue(
            ScriptedResponse::json(R"({"message":{"id":"x","direction":"sideways"},"traceId":"t"})"));
        r = check({u"Lc7Kq2Wn5Rt8Yx1Za4Vb"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("warning\t$.message.direction\t"));
    }

    // An error answer's traceId is in the error text, for the ticket.
    void errorsCarryTheTraceId()
    {
        m_server.enqueue(ScriptedResponse::error(
            403,
            R"({"statusCode":403,"message":"The token does not have access to this location.","traceId":"tr-403"})"));
        const CliOutcome r = get({u"Lc7Kq2Wn5Rt8Yx1Za4Vb"_s, u"--format"_s, u"summary"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("Trace id: tr-403"), r.err.constData());
    }

    // open --lookup: the webhook's message fetched live, and where the two disagree.
    void webhookComparedWithTheLiveMessage()
    {
        QByteArray live = TestSupport::sampleResponse(u"webhook-inbound-sms.json"_s);
        const QString file = m_dir.filePath(u"webhook.json"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(live);
        out.close();
        m_server.enqueue(ScriptedResponse::json(
            R"({"message":{"id":"Wh5Mk3Qp8Ls2Dn6Fr9Tb","type":2,"messageType":"TYPE_SMS","direction":"inbound",)"
            R"("status":"read","body":"Yes, 3 pm works for me","contactId":"Cn6Vb8Nm0Qa2Ws4Ed6Rf",)"
            R"("conversationId":"Cv9Tg1Yh3Uj5Ik7Ol9Pz","locationId":"Lq7Rt2Vx9KmN3pB6sD4f",)"
            R"("dateAdded":"2026-11-30T10:22:41.750Z","contentType":"text/plain","attachments":[]},"traceId":"t"})"));
        const int before = m_server.requestCount();
        CliHarness cli(u"open"_s);
        cli.environment.insert(u"HIGHLEVEL_TOKEN"_s, m_token);
        const CliOutcome r = run(cli, {u"open"_s, file, u"--lookup"_s, u"--format"_s, u"summary"_s,
                                       u"--base-url"_s, m_server.baseUrl()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_server.requestCount(), before + 1);
        QCOMPARE(m_server.requests().constLast().target,
                 QByteArray("/conversations/messages/Wh5Mk3Qp8Ls2Dn6Fr9Tb"));
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(u"Compared      status: Delivered (webhook) → Read (live)"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"Status        ✔ Read"_s), qPrintable(text));
    }

private:
    CliOutcome run(const CliHarness &cli, const QStringList &arguments)
    {
        const CliOutcome r = cli.run(arguments);
        m_allOutput += r.out + r.err;
        return r;
    }
    CliOutcome get(const QStringList &arguments) { return command(u"get"_s, arguments); }
    CliOutcome check(const QStringList &arguments) { return command(u"check"_s, arguments); }
    CliOutcome command(const QString &name, const QStringList &arguments)
    {
        CliHarness cli(name);
        cli.environment.insert(u"HIGHLEVEL_TOKEN"_s, m_token);
        return run(cli, QStringList{name} + arguments + QStringList{u"--base-url"_s, m_server.baseUrl()});
    }

    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_token = makePitToken();
    QByteArray m_allOutput;
};

QTEST_GUILESS_MAIN(TestCliShapes)
#include "tst_clishapes.moc"
