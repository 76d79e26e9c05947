// A message watched against a loopback server whose answer changes over time: the timeline lists each change
// (not each poll), the watch stops on a final status, pauses on 429, gives up at its time limit, stops on a
// failure that repeating cannot fix, and ends exactly once. The pacing rules are tested as a table.
#include "session/fixedtokensource.h"
#include "session/inspectionsession.h"
#include "store/profilestore.h"
#include "watch/messagewatch.h"

#include "testserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

namespace {

QByteArray messageWith(const QByteArray &status, const QByteArray &updated = "2026-11-30T10:00:00.000Z")
{
    return R"({"message":{"id":"Wt1Ch2Me3Ss4Ag5Ee6Xx","type":2,"messageType":"TYPE_SMS","direction":"outbound",)"
           R"("status":")" +
           status + R"(","dateAdded":"2026-11-30T09:59:58.000Z","dateUpdated":")" + updated +
           R"(","contactId":"c","conversationId":"v","locationId":"l","contentType":"text/plain"},"traceId":"t"})";
}

ScriptedResponse answer(const QByteArray &status, const QByteArray &updated = "2026-11-30T10:00:00.000Z")
{
    return ScriptedResponse::json(messageWith(status, updated));
}

} // namespace

class TestMessageWatch : public QObject
{
    Q_OBJECT

private slots:
    void pacing_data()
    {
        QTest::addColumn<int>("poll");
        QTest::addColumn<qint64>("max");
        QTest::addColumn<qint64>("remaining");
        QTest::addColumn<qint64>("interval");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("first, no headers") << 0 << qint64(-1) << qint64(-1) << qint64(-1) << qint64(2000);
        QTest::newRow("grows") << 2 << qint64(-1) << qint64(-1) << qint64(-1) << qint64(5120);
        QTest::newRow("capped at 60 s") << 20 << qint64(-1) << qint64(-1) << qint64(-1) << qint64(60000);
        // 5 % of 100 per 10 s = 5 requests per 10 s: never closer than 2 s.
        QTest::newRow("share of the burst")
            << 0 << qint64(100) << qint64(97) << qint64(10000) << qint64(2000);
        QTest::newRow("small burst") << 0 << qint64(10) << qint64(10) << qint64(10000) << qint64(10000);
        QTest::newRow("budget nearly spent")
            << 0 << qint64(100) << qint64(3) << qint64(10000) << qint64(10000);
    }

    void pacing()
    {
        QFETCH(int, poll);
        QFETCH(qint64, max);
        QFETCH(qint64, remaining);
        QFETCH(qint64, interval);
        QFETCH(qint64, expected);
        RateLimitInfo limits;
        if (max >= 0) {
            limits.burstMax = max;
            limits.burstRemaining = remaining;
            limits.intervalMs = interval;
        }
        QCOMPARE(WatchPacing().nextDelayMs(poll, limits), expected);
    }

    void pauseAfter429()
    {
        WatchPacing pacing;
        QCOMPARE(pacing.delayAfterRateLimitMs(7, {}), 7000);
        RateLimitInfo limits;
        limits.intervalMs = 10000;
        QCOMPARE(pacing.delayAfterRateLimitMs(std::nullopt, limits), 10000);
        QCOMPARE(pacing.delayAfterRateLimitMs(std::nullopt, {}), 10000);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->listen());
        m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"settings.ini"_s));
        m_tokens = std::make_unique<FixedTokenSource>(u"pit-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s);
        SessionServices services;
        services.profiles = m_profiles.get();
        services.tokens = m_tokens.get();
        m_session = std::make_unique<InspectionSession>(services);
    }

    void cleanup()
    {
        m_session.reset();
        m_tokens.reset();
        m_profiles.reset();
        m_server.reset();
        m_dir.reset();
    }

    void stopsWhenDelivered()
    {
        m_server->enqueue(answer("pending", "2026-11-30T10:00:00.000Z"));
        m_server->enqueue(answer("pending", "2026-11-30T10:00:00.000Z"));
        m_server->enqueue(answer("sent", "2026-11-30T10:00:02.000Z"));
        m_server->enqueue(answer("delivered", "2026-11-30T10:00:05.000Z"));
        MessageWatch watch(m_session.get(), request(), fastOptions());
        QSignalSpy finished(&watch, &MessageWatch::finished);
        QSignalSpy changed(&watch, &MessageWatch::changed);
        watch.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<MessageWatch::Outcome>(), MessageWatch::Outcome::Delivered);
        QCOMPARE(watch.polls(), 4);
        QCOMPARE(m_server->requestCount(), 4);
        // One entry per change, not per poll: the second "pending" adds nothing.
        QCOMPARE(timeline(watch), timelineExpected());
        QCOMPARE(changed.size(), 3);
        QTest::qWait(100);
        QCOMPARE(m_server->requestCount(), 4); // nothing after the final status
    }

    void stopsWhenFailed()
    {
        m_server->enqueue(answer("sent"));
        m_server->enqueue(answer("failed", "2026-11-30T10:00:09.000Z"));
        MessageWatch watch(m_session.get(), request(), fastOptions());
        QSignalSpy finished(&watch, &MessageWatch::finished);
        watch.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<MessageWatch::Outcome>(), MessageWatch::Outcome::Failed);
        QCOMPARE(watch.timeline().constLast().statusLabel, u"Failed"_s);
    }

    void untilAStatus()
    {
        m_server->enqueue(answer("pending"));
        m_server->enqueue(answer("sent"));
        MessageWatch::Options options = fastOptions();
        options.untilStatus = u"sent"_s;
        MessageWatch watch(m_session.get(), request(), options);
        QSignalSpy finished(&watch, &MessageWatch::finished);
        watch.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<MessageWatch::Outcome>(), MessageWatch::Outcome::Reached);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void aFailureEndsAWatchForAnotherStatus()
    {
        m_server->enqueue(answer("pending"));
        m_server->enqueue(answer("failed"));
        m_server->setFallback(answer("failed"));
        MessageWatch::Options options = fastOptions();
        options.untilStatus = u"delivered"_s;
        MessageWatch watch(m_session.get(), request(), options);
        QSignalSpy finished(&watch, &MessageWatch::finished);
        watch.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<MessageWatch::Outcome>(), MessageWatch::Outcome::Failed);
        QCOMPARE(m_server->requestCount(), 2); // it stopped at the failure, not at the time limit
    }

    void pausesOn429AndGoesOn()
    {
        m_server->enqueue(answer("pending"));
        m_server->enqueue(ScriptedResponse::error(429, R"({"statusCode":429,"message":"Too many"})")
                              .withHeader("Retry-After", "0"));
        m_server->enqueue(answer("delivered"));
        MessageWatch watch(m_session.get(), request(), fastOptions());
        QSignalSpy finished(&watch, &MessageWatch::finished);
        QSignalSpy paused(&watch, &MessageWatch::paused);
        watch.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(paused.size(), 1);
        QVERIFY2(paused.at(0).at(0).toString().contains(u"429"_s), qPrintable(paused.at(0).at(0).toString()));
        QCOMPARE(finished.at(0).at(0).value<MessageWatch::Outcome>(), MessageWatch::Outcome::Delivered);
        QCOMPARE(m_server->requestCount(), 3); // the client did not retry on its own
    }

    void givesUpAtTheTimeLimit()
    {
        m_server->setFallback(answer("pending"));
        MessageWatch::Options options = fastOptions();
        options.timeoutMs = 300;
        MessageWatch watch(m_session.get(), request(), options);
        QSignalSpy finished(&watch, &MessageWatch::finished);
        watch.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<MessageWatch::Outcome>(), MessageWatch::Outcome::TimedOut);
        QCOMPARE(watch.timeline().size(), 1);
    }

    void stopsOnAFailureRepeatingCannotFix()
    {
        m_server->enqueue(ScriptedResponse::error(401, R"({"statusCode":401,"message":"Invalid JWT"})"));
        MessageWatch watch(m_session.get(), request(), fastOptions());
        QSignalSpy finished(&watch, &MessageWatch::finished);
        watch.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<MessageWatch::Outcome>(), MessageWatch::Outcome::Error);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void stopEndsOnce()
    {
        m_server->setFallback(answer("pending"));
        MessageWatch watch(m_session.get(), request(), fastOptions());
        QSignalSpy finished(&watch, &MessageWatch::finished);
        watch.start();
        QTRY_VERIFY(m_server->requestCount() >= 1);
        watch.stop();
        watch.stop();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<MessageWatch::Outcome>(), MessageWatch::Outcome::Stopped);
        // A request already on the wire when stop() came may still reach the server; nothing after it.
        QTest::qWait(50);
        const int sent = m_server->requestCount();
        QTest::qWait(150);
        QCOMPARE(m_server->requestCount(), sent);
    }

private:
    static QStringList timelineExpected()
    {
        return {u"Pending"_s, u"Sent | status: Pending (before) → Sent (now)"_s,
                u"Delivered | status: Sent (before) → Delivered (now)"_s};
    }
    static QStringList timeline(const MessageWatch &watch)
    {
        QStringList lines;
        for (const MessageWatch::Entry &e : watch.timeline())
            lines << (e.changes.isEmpty() ? e.statusLabel
                                          : e.statusLabel + u" | "_s + e.changes.join(u"; "_s));
        return lines;
    }
    static MessageWatch::Options fastOptions()
    {
        MessageWatch::Options options;
        options.pacing.firstIntervalMs = 10;
        options.pacing.maxIntervalMs = 20;
        options.pacing.burstShare = 0; // no rate-limit headers here anyway
        options.timeoutMs = 10000;
        return options;
    }
    InspectionRequest request() const
    {
        InspectionRequest r = InspectionRequest::lookup(u"Wt1Ch2Me3Ss4Ag5Ee6Xx"_s);
        r.baseUrlOverride = m_server->baseUrl();
        return r;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<FixedTokenSource> m_tokens;
    std::unique_ptr<InspectionSession> m_session;
};

QTEST_GUILESS_MAIN(TestMessageWatch)
#include "tst_messagewatch.moc"
