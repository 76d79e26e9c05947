// A batch against the loopback server, which answers by id: found messages, a 404, a 401 (another
// location's message), 429 bursts with Retry-After, a slow answer, a server error. The pacing is measured at
// the server (request arrival times), then the tally, cancel, resume and the exports byte for byte. The
// pacing bookkeeping itself is tested as a table without waiting.
#include "batch/batchexport.h"
#include "batch/batchrun.h"
#include "session/inspectionsession.h"

#include "loopbacksession.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using TestSupport::LoopbackSession;
using TestSupport::LoopbackSessionOptions;
using TestSupport::RecordedRequest;
using TestSupport::ScriptedResponse;

namespace {

// The figures the server reports: 10 per second, so a share of 0.5 allows 5 sends per second.
constexpr qint64 burstMax = 10;
constexpr qint64 intervalMs = 1000;

ScriptedResponse withLimits(ScriptedResponse response)
{
    return response.withHeader("X-RateLimit-Max", QByteArray::number(burstMax))
        .withHeader("X-RateLimit-Remaining", "8")
        .withHeader("X-RateLimit-Interval-Milliseconds", QByteArray::number(intervalMs))
        .withHeader("X-RateLimit-Limit-Daily", "200000")
        .withHeader("X-RateLimit-Daily-Remaining", "199000");
}

ScriptedResponse message(const QByteArray &id, const QByteArray &status, const QByteArray &body = "Hello")
{
    return withLimits(
        ScriptedResponse::json(R"({"message":{"id":")" + id +
                               R"(","type":2,"messageType":"TYPE_SMS","direction":"outbound","status":")" +
                               status + R"(","dateAdded":"2026-11-30T09:59:58.000Z","contactId":"ct-)" + id +
                               R"(","conversationId":"cv-)" + id + R"(","locationId":"loc1","body":")" +
                               body + R"(","contentType":"text/plain"},"traceId":"tr-)" + id + R"("})"));
}

QByteArray idOf(const RecordedRequest &request)
{
    return request.target.mid(request.target.lastIndexOf('/') + 1);
}

// The most requests that arrived within any window of `window` ms.
int busiestWindow(QList<qint64> times, qint64 window)
{
    std::sort(times.begin(), times.end());
    int most = 0;
    for (qsizetype i = 0; i < times.size(); ++i) {
        const auto end = std::lower_bound(times.begin() + i, times.end(), times.at(i) + window);
        most = std::max(most, int(end - (times.begin() + i)));
    }
    return most;
}

} // namespace

class TestBatchRun : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // Retries on, as in the product's session: the batch must turn them off for its own requests and
        // wait out a 429 itself, which the tally and the requests the server saw show.
        m_loopback = std::make_unique<LoopbackSession>(u"pit-11111111-2222-3333-4444-555555555555"_s,
                                                       LoopbackSessionOptions{.retry = true});
        QVERIFY(m_loopback->isListening());
        m_loopback->server().setResponder([this](const RecordedRequest &r) { return answer(idOf(r)); });
        m_seen.clear();
        m_failUntilResumed = true;
    }

    void cleanup() { m_loopback.reset(); }

    void pacingTable_data()
    {
        QTest::addColumn<QList<qint64>>("sends");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("expected");
        // Before any answer: 100 per 10 s assumed, half of it = 50 per 10 s (+ 500 ms margin).
        QTest::newRow("empty") << QList<qint64>{} << qint64(0) << qint64(0);
        QList<qint64> fifty;
        for (int i = 0; i < 50; ++i)
            fifty.append(i * 10);
        QTest::newRow("49 sent, room for one") << fifty.mid(0, 49) << qint64(600) << qint64(0);
        QTest::newRow("50 sent: the oldest must leave the window")
            << fifty << qint64(600) << qint64(0 + 10000 + 500 - 600);
        QTest::newRow("old sends have left") << fifty << qint64(20000) << qint64(0);
    }

    void pacingTable()
    {
        QFETCH(QList<qint64>, sends);
        QFETCH(qint64, now);
        QFETCH(qint64, expected);
        BatchPacing pacing;
        QCOMPARE(pacing.budget(), 50);
        for (const qint64 t : sends)
            pacing.recordSend(t);
        QCOMPARE(pacing.delayBeforeSend(now), expected);
    }

    void pacingFollowsTheHeadersAndTheUsersRate()
    {
        BatchPacing::Options options;
        options.burstShare = 0.3;
        options.maxPerWindow = 2;
        options.userWindowMs = 10000;
        BatchPacing pacing(options);
        RateLimitInfo limits;
        limits.burstMax = 10;
        limits.intervalMs = 1000;
        limits.burstRemaining = 9;
        pacing.update(limits, 0);
        QCOMPARE(pacing.budget(), 3);
        QCOMPARE(pacing.intervalMs(), 1000);
        pacing.recordSend(0);
        QCOMPARE(pacing.delayBeforeSend(1), 0);
        pacing.recordSend(1);
        // The user's 2 per 10 s is stricter than 3 per second.
        QCOMPARE(pacing.delayBeforeSend(2), 10000 + 500 - 2);

        // A spent budget (others use it too) waits out the interval.
        BatchPacing spent;
        limits.burstRemaining = 0;
        spent.update(limits, 100);
        QCOMPARE(spent.delayBeforeSend(100), 1000 + 50);
        // A 429: as long as the server asked (capped), else the interval.
        QCOMPARE(spent.delayAfterRateLimitMs(7), 7000);
        QCOMPARE(spent.delayAfterRateLimitMs(100000), 600000);
        QCOMPARE(spent.delayAfterRateLimitMs(std::nullopt), 1000);
    }

    void mixedListIsPacedAndTallied()
    {
        const QStringList ids = mixedList();
        BatchRun run(&m_loopback->session(), ids, options());
        QSignalSpy finished(&run, &BatchRun::finished);
        QSignalSpy rows(&run, &BatchRun::rowFinished);
        QSignalSpy paused(&run, &BatchRun::paused);
        int mostInFlight = 0;
        connect(&run, &BatchRun::rowStarted, this,
                [&] { mostInFlight = std::max(mostInFlight, run.inFlight()); });
        run.start();
        QVERIFY(finished.wait(60000));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<BatchRun::Outcome>(), BatchRun::Outcome::Completed);
        QCOMPARE(rows.count(), ids.size());
        QCOMPARE(mostInFlight, 2);
        QCOMPARE(paused.count(), 2); // two 429s for rl1, then it answered

        // Every id once, the 429 one three times; nothing more.
        const QList<RecordedRequest> requests = m_loopback->server().requests();
        QCOMPARE(requests.size(), ids.size() + 2);
        QList<qint64> arrivals;
        for (const RecordedRequest &r : requests)
            arrivals.append(r.receivedAtMs);
        // Measured at the server: never more than half the burst in any interval.
        QCOMPARE(busiestWindow(arrivals, intervalMs), int(burstMax / 2));

        // After each 429 nothing new arrived before its Retry-After had passed (the other lookup in flight
        // may arrive right after it).
        QList<qint64> limited;
        for (const RecordedRequest &r : requests) {
            if (idOf(r) == "rl1")
                limited.append(r.receivedAtMs);
        }
        QCOMPARE(limited.size(), 3);
        for (int i = 0; i < 2; ++i) {
            const qint64 t = limited.at(i);
            for (const qint64 a : arrivals)
                QVERIFY2(a <= t + 100 || a >= t + 1000, "a request arrived during a Retry-After pause");
        }

        QCOMPARE(run.tally().text(), u"11 delivered · 2 failed · 1 not found · 1 no access"_s);
        QVERIFY(!run.allFound());
        const auto &result = run.rows();
        QCOMPARE(result.size(), size_t(ids.size()));
        for (size_t i = 0; i < result.size(); ++i)
            QCOMPARE(result[i].id, ids.at(qsizetype(i))); // in list order, whatever order they finished in
        const BatchRow &notFound = result[size_t(ids.indexOf(u"nf1"_s))];
        QCOMPARE(notFound.outcome, BatchRow::Outcome::NotFound);
        QCOMPARE(notFound.httpStatus, 404);
        QCOMPARE(notFound.outcomeText, u"404 Not Found"_s);
        QCOMPARE(notFound.traceId, u"tr-404"_s);
        const BatchRow &noAccess = result[size_t(ids.indexOf(u"auth1"_s))];
        QCOMPARE(noAccess.outcome, BatchRow::Outcome::NoAccess);
        QVERIFY(!noAccess.isSettled());
        const BatchRow &slow = result[size_t(ids.indexOf(u"slow1"_s))];
        QCOMPARE(slow.outcome, BatchRow::Outcome::Found);
        QCOMPARE(slow.status.rawValue, u"delivered"_s);
        QCOMPARE(slow.direction.meaning, BadgeMeaning::Outbound);
        QCOMPARE(slow.status.meaning, BadgeMeaning::Good);
        QCOMPARE(slow.messageType.rawValue, u"TYPE_SMS"_s);
        QCOMPARE(slow.date, QDateTime(QDate(2026, 11, 30), QTime(9, 59, 58), Qt::UTC));

        // The token went only where it belongs.
        QVERIFY(!run.tally().text().contains(u"pit-"_s));
    }

    void exportsOfARunByteForByte()
    {
        const QStringList ids{u"ok1"_s, u"formula1"_s, u"nf1"_s, u"auth1"_s};
        BatchRun run(&m_loopback->session(), ids, options());
        QSignalSpy finished(&run, &BatchRun::finished);
        run.start();
        QVERIFY(finished.wait(30000));
        const QList<BatchColumn> columns{BatchColumn::Id,     BatchColumn::Outcome, BatchColumn::HttpStatus,
                                         BatchColumn::Status, BatchColumn::Date,    BatchColumn::Text,
                                         BatchColumn::TraceId};
        const QByteArray csv("id,outcome,http_status,status,date,text,trace_id\r\n"
                             "ok1,found,200,delivered,2026-11-30T09:59:58.000Z,Hello,tr-ok1\r\n"
                             "formula1,found,200,delivered,2026-11-30T09:59:58.000Z,"
                             "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"open\"\")\",tr-formula1\r\n"
                             "nf1,not_found,404,,,,tr-404\r\n"
                             "auth1,no_access,401,,,,\r\n");
        QCOMPARE(BatchExport::toCsv(run.rows(), columns), csv);
        // The text keeps its formula as it is: JSON Lines are read by programs, not spreadsheets.
        const QByteArray jsonLines(
            "{\"id\":\"ok1\",\"outcome\":\"found\",\"http_status\":200,\"status\":\"delivered\",\"date\":"
            "\"2026-11-30T09:59:58.000Z\",\"text\":\"Hello\",\"trace_id\":\"tr-ok1\"}\n"
            "{\"id\":\"formula1\",\"outcome\":\"found\",\"http_status\":200,\"status\":\"delivered\","
            "\"date\":\"2026-11-30T09:59:58.000Z\",\"text\":\"=HYPERLINK(\\\"http://"
            "x.example\\\",\\\"open\\\")\",\"trace_id\":\"tr-formula1\"}\n"
            "{\"id\":\"nf1\",\"outcome\":\"not_found\",\"http_status\":404,\"status\":null,\"date\":null,"
            "\"text\":null,\"trace_id\":\"tr-404\"}\n"
            "{\"id\":\"auth1\",\"outcome\":\"no_access\",\"http_status\":401,\"status\":null,\"date\":null,"
            "\"text\":null,\"trace_id\":null}\n");
        QCOMPARE(BatchExport::toJsonLines(run.rows(), columns), jsonLines);
    }

    void resumeSkipsWhatIsSettled()
    {
        // flaky1 and flaky2 fail with 503 in the first run; the resumed run asks only for them (and the 401).
        const QStringList ids{u"ok1"_s, u"flaky1"_s, u"nf1"_s, u"flaky2"_s, u"auth1"_s, u"ok2"_s};
        BatchRun first(&m_loopback->session(), ids, options());
        QSignalSpy firstDone(&first, &BatchRun::finished);
        first.start();
        QVERIFY(firstDone.wait(30000));
        QCOMPARE(first.tally().text(), u"2 delivered · 1 not found · 1 no access · 2 lookup failed"_s);
        const int before = m_loopback->server().requestCount();
        QCOMPARE(before, 6);

        m_failUntilResumed = false;
        BatchRun resumed(&m_loopback->session(), first.rows(), options());
        QCOMPARE(resumed.tally().text(), u"2 delivered · 1 not found · 3 to go"_s);
        QSignalSpy progress(&resumed, &BatchRun::progress);
        QSignalSpy resumedDone(&resumed, &BatchRun::finished);
        resumed.start();
        QVERIFY(resumedDone.wait(30000));
        QCOMPARE(resumedDone.count(), 1);
        QStringList asked;
        for (const RecordedRequest &r : m_loopback->server().requests().mid(before))
            asked.append(QString::fromLatin1(idOf(r)));
        asked.sort();
        QCOMPARE(asked, (QStringList{u"auth1"_s, u"flaky1"_s, u"flaky2"_s}));
        QCOMPARE(resumed.tally().text(), u"4 delivered · 1 not found · 1 no access"_s);
        QCOMPARE(progress.constLast().at(0).toLongLong(), 6);
        QCOMPARE(progress.constLast().at(1).toLongLong(), 6);
    }

    void cancelEndsOnceAndCanBeResumed()
    {
        QStringList ids;
        for (int i = 0; i < 12; ++i)
            ids.append(u"ok"_s + QString::number(i));
        BatchRun run(&m_loopback->session(), ids, options());
        QSignalSpy finished(&run, &BatchRun::finished);
        QSignalSpy rows(&run, &BatchRun::rowFinished);
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(rows.count() >= 3, 30000);
        run.cancel();
        run.cancel();
        QVERIFY(finished.wait(10000));
        QTest::qWait(100);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<BatchRun::Outcome>(), BatchRun::Outcome::Cancelled);
        QCOMPARE(run.inFlight(), 0);
        const qsizetype done = run.tally().found();
        QVERIFY(done >= 3 && done < ids.size());
        const int sent = m_loopback->server().requestCount();

        BatchRun resumed(&m_loopback->session(), run.rows(), options());
        QSignalSpy resumedDone(&resumed, &BatchRun::finished);
        resumed.start();
        QVERIFY(resumedDone.wait(30000));
        QCOMPARE(resumed.tally().found(), ids.size());
        QVERIFY(resumed.allFound());
        QCOMPARE(m_loopback->server().requestCount() - sent,
                 ids.size() - done); // in-flight ones that were cut: again
    }

    void destroyingARunMidwaySendsNothingMore()
    {
        QStringList ids;
        for (int i = 0; i < 8; ++i)
            ids.append(u"slow"_s + QString::number(i));
        auto run = std::make_unique<BatchRun>(&m_loopback->session(), ids, options());
        run->start();
        QVERIFY(m_loopback->server().waitForRequests(2));
        run.reset(); // the two in flight are cancelled; the six still queued are never sent
        QTest::qWait(800);
        QCOMPARE(m_loopback->server().requestCount(), 2);
    }

    void cancelBeforeStartAndAnEmptyListEndOnce()
    {
        BatchRun empty(&m_loopback->session(), QStringList{}, options());
        QSignalSpy emptyDone(&empty, &BatchRun::finished);
        empty.start();
        QVERIFY(emptyDone.wait(5000));
        QCOMPARE(emptyDone.count(), 1);
        QCOMPARE(empty.tally().text(), u"nothing yet"_s);

        BatchRun never(&m_loopback->session(), QStringList{u"ok1"_s}, options());
        QSignalSpy neverDone(&never, &BatchRun::finished);
        never.cancel();
        QVERIFY(neverDone.wait(5000));
        never.start();
        QTest::qWait(50);
        QCOMPARE(neverDone.count(), 1);
        QCOMPARE(m_loopback->server().requestCount(), 0);
    }

    void aFailureNoIdCanGetPastStopsTheRun()
    {
        BatchRun::Options o = options();
        o.profile = u"Nobody"_s;
        BatchRun run(&m_loopback->session(), QStringList{u"ok1"_s, u"ok2"_s, u"ok3"_s, u"ok4"_s}, o);
        QSignalSpy finished(&run, &BatchRun::finished);
        run.start();
        QVERIFY(finished.wait(10000));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<BatchRun::Outcome>(), BatchRun::Outcome::Stopped);
        QVERIFY(run.stopFailure());
        QCOMPARE(run.stopFailure()->kind, u"profile"_s);
        QCOMPARE(run.tally().pending(), 4); // all still to go: a resume with a fixed profile does them all
        QCOMPARE(m_loopback->server().requestCount(), 0);
    }

    void invalidIdsAreRefusedWithoutSending()
    {
        BatchRun run(&m_loopback->session(), QStringList{u"ok1"_s, u"bad/id"_s, u" ok2"_s}, options());
        QCOMPARE(run.rows()[1].outcome, BatchRow::Outcome::Refused);
        QVERIFY(run.rows()[1].error.contains(u"slash"_s));
        QCOMPARE(run.rows()[2].outcome, BatchRow::Outcome::Refused);
        QSignalSpy finished(&run, &BatchRun::finished);
        run.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_loopback->server().requestCount(), 1);
        QCOMPARE(run.tally().text(), u"1 delivered · 2 refused"_s);
    }

private:
    static QStringList mixedList()
    {
        QStringList ids;
        for (int i = 1; i <= 8; ++i)
            ids.append(u"ok"_s + QString::number(i));
        ids << u"nf1"_s << u"fail1"_s << u"rl1"_s << u"auth1"_s << u"slow1"_s << u"fail2"_s << u"ok9"_s;
        return ids;
    }

    BatchRun::Options options() const
    {
        BatchRun::Options o;
        o.baseUrlOverride = m_loopback->server().baseUrl();
        return o;
    }

    // What the server answers for an id; the 429s and 503s depend on what it saw before.
    std::optional<ScriptedResponse> answer(const QByteArray &id)
    {
        const int seen = m_seen[id]++;
        if (id == "nf1")
            return withLimits(ScriptedResponse::error(
                404, R"({"statusCode":404,"message":"Message not found","traceId":"tr-404"})"));
        if (id == "auth1")
            return withLimits(ScriptedResponse::error(
                401, R"({"statusCode":401,"message":"The token does not have access to this location."})"));
        if (id == "rl1" && seen < 2)
            return withLimits(
                       ScriptedResponse::error(429, R"({"statusCode":429,"message":"Too many requests"})"))
                .withHeader("Retry-After", "1");
        if (id.startsWith("flaky") && m_failUntilResumed)
            return withLimits(ScriptedResponse::error(503, R"({"statusCode":503,"message":"Unavailable"})"));
        if (id.startsWith("fail"))
            return message(id, "failed");
        if (id.startsWith("slow"))
            return message(id, "delivered").withDelay(600);
        if (id == "formula1")
            return message(id, "delivered", "=HYPERLINK(\\\"http://x.example\\\",\\\"open\\\")");
        return message(id, "delivered");
    }

    std::unique_ptr<LoopbackSession> m_loopback;
    QHash<QByteArray, int> m_seen;
    bool m_failUntilResumed = true;
};

QTEST_GUILESS_MAIN(TestBatchRun)
#include "tst_batchrun.moc"
