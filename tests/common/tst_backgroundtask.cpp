#include "common/backgroundtask.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <memory>

namespace {

// Lets a test hold a worker at a known point and see where it got.
struct Gate
{
    QSemaphore started;
    QSemaphore open;
    QSemaphore ended;
    std::atomic_bool openedInTime{false};
    std::atomic_bool sawCancel{false};
};

// How long a held worker waits for the test before giving up. Only reached when the code under test blocks
// (a destructor waiting for the worker): the test then fails instead of hanging.
constexpr int giveUpMs = 30000;

} // namespace

class tst_BackgroundTask : public QObject
{
    Q_OBJECT

private slots:
    void deliversExactlyOneCompletion()
    {
        QObject owner;
        BackgroundTask<int> task(&owner);
        int calls = 0;
        std::optional<int> got;
        task.start([](TaskControl &) { return 42; },
                   [&](std::optional<int> result) {
                       ++calls;
                       got = result;
                   });
        QVERIFY(task.isRunning());
        QTRY_COMPARE(calls, 1);
        QCOMPARE(got, std::optional<int>(42));
        QVERIFY(!task.isRunning());
        // Nothing else arrives later.
        QCoreApplication::processEvents();
        QTest::qWait(0);
        QCOMPARE(calls, 1);
    }

    void cancelEndsOnceWithNothing()
    {
        QObject owner;
        BackgroundTask<int> task(&owner);
        auto gate = std::make_shared<Gate>();
        int calls = 0;
        std::optional<int> got = 0;
        task.start(
            [gate](TaskControl &control) {
                gate->started.release();
                gate->openedInTime = gate->open.tryAcquire(1, giveUpMs);
                gate->sawCancel = control.isCancelled();
                return 7;
            },
            [&](std::optional<int> result) {
                ++calls;
                got = result;
            });
        gate->started.acquire();
        task.cancel();
        gate->open.release();
        QTRY_COMPARE(calls, 1);
        QVERIFY(gate->openedInTime);
        QVERIFY(gate->sawCancel);
        QCOMPARE(got, std::nullopt); // the worker's late 7 is not delivered
        QTest::qWait(0);
        QCOMPARE(calls, 1);
    }

    void ownerDestroyedWhileRunningNeitherBlocksNorCallsBack()
    {
        auto gate = std::make_shared<Gate>();
        bool called = false;
        bool posted = false;
        {
            auto owner = std::make_unique<QObject>();
            auto task = std::make_unique<BackgroundTask<int>>(owner.get());
            task->start(
                [gate, &posted](TaskControl &control) {
                    gate->started.release();
                    // Held until the test has destroyed the owner: if destruction waited for this worker,
                    // the gate would never open in time.
                    gate->openedInTime = gate->open.tryAcquire(1, giveUpMs);
                    gate->sawCancel = control.isCancelled();
                    control.post([&posted] { posted = true; });
                    control.setProgress(1, 2);
                    gate->ended.release();
                    return 1;
                },
                [&called](std::optional<int>) { called = true; });
            gate->started.acquire();
            task.reset();
            owner.reset();
        }
        gate->open.release(); // reached only because the destruction above returned
        QVERIFY(gate->ended.tryAcquire(1, giveUpMs));
        QVERIFY(gate->openedInTime);
        QVERIFY(gate->sawCancel);
        QVERIFY(QThreadPool::globalInstance()->waitForDone(giveUpMs));
        QTest::qWait(0);
        QVERIFY(!called);
        QVERIFY(!posted);
    }

    void contextDestroyedFirstIsSafe()
    {
        // The task outlives its context (not the usual shape): the watcher went with the context, and the
        // task's own destruction must not touch it.
        auto gate = std::make_shared<Gate>();
        bool called = false;
        auto owner = std::make_unique<QObject>();
        BackgroundTask<int> task(owner.get());
        task.start(
            [gate](TaskControl &) {
                gate->started.release();
                gate->openedInTime = gate->open.tryAcquire(1, giveUpMs);
                gate->ended.release();
                return 1;
            },
            [&called](std::optional<int>) { called = true; });
        gate->started.acquire();
        owner.reset();
        gate->open.release();
        QVERIFY(gate->ended.tryAcquire(1, giveUpMs));
        QVERIFY(gate->openedInTime);
        QVERIFY(QThreadPool::globalInstance()->waitForDone(giveUpMs));
        QTest::qWait(0);
        QVERIFY(!called);
    }

    void progressAndPostsArriveBeforeTheCompletion()
    {
        QObject owner;
        BackgroundTask<QString> task(&owner);
        QList<int> progress;
        QStringList events;
        task.start(
            [](TaskControl &control) {
                for (int i = 1; i <= 4; ++i) {
                    control.setProgress(i, 4);
                    control.post([] {});
                }
                return QStringLiteral("done");
            },
            [&](std::optional<QString> result) { events << result.value_or(QStringLiteral("nothing")); },
            [&](int permille) {
                QVERIFY(events.isEmpty()); // progress never comes after the completion
                progress << permille;
            });
        QTRY_COMPARE(events.size(), 1);
        QCOMPARE(events.first(), QStringLiteral("done"));
        QVERIFY(!progress.isEmpty()); // coalesced: at least one, never more than reported
        QVERIFY(progress.size() <= 4);
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress[i] > progress[i - 1]);
        QVERIFY(progress.last() <= 1000);
    }

    void postsArriveInOrderBeforeTheCompletion()
    {
        QObject owner;
        BackgroundTask<int> task(&owner);
        QList<int> seen;
        task.start(
            [&seen](TaskControl &control) {
                // The posted functions run on the owner's thread; only they touch seen.
                for (int i = 0; i < 100; ++i)
                    control.post([i, &seen] { seen << i; });
                return 100;
            },
            [&](std::optional<int> result) { seen << result.value_or(-1); });
        QTRY_COMPARE(seen.size(), 101);
        for (int i = 0; i <= 100; ++i)
            QCOMPARE(seen[i], i);
    }

    void newerStartAbandonsTheOlderRun()
    {
        QObject owner;
        BackgroundTask<int> task(&owner);
        auto gate = std::make_shared<Gate>();
        QList<int> completions;
        task.start(
            [gate](TaskControl &control) {
                gate->started.release();
                gate->openedInTime = gate->open.tryAcquire(1, giveUpMs);
                control.post([] { QFAIL("a post of an abandoned run arrived"); });
                gate->ended.release();
                return 1;
            },
            [&](std::optional<int> result) { completions << result.value_or(-1); });
        gate->started.acquire();
        task.start([](TaskControl &) { return 2; },
                   [&](std::optional<int> result) { completions << result.value_or(-1); });
        gate->open.release();
        QVERIFY(gate->ended.tryAcquire(1, giveUpMs));
        QTRY_COMPARE(completions, QList<int>{2});
        QVERIFY(QThreadPool::globalInstance()->waitForDone(giveUpMs));
        QTest::qWait(0);
        QCOMPARE(completions, QList<int>{2});
    }

    void doneMayStartTheNextRun()
    {
        QObject owner;
        BackgroundTask<int> task(&owner);
        QList<int> completions;
        std::function<void(std::optional<int>)> done = [&](std::optional<int> result) {
            completions << result.value_or(-1);
            if (completions.size() < 3)
                task.start([n = completions.size()](TaskControl &) { return int(n); }, done);
        };
        task.start([](TaskControl &) { return 0; }, done);
        QTRY_COMPARE(completions, (QList<int>{0, 1, 2}));
        QVERIFY(!task.isRunning());
    }
};

QTEST_GUILESS_MAIN(tst_BackgroundTask)
#include "tst_backgroundtask.moc"
