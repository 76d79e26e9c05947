#pragma once

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

// The one way to run cancellable work off the UI thread.
//
// BackgroundTask<T> starts a function on a thread pool and delivers its result to a context QObject on that
// object's thread, through a QFutureWatcher the context owns (never QFuture::then(context, …), which aborts
// in Qt 6.4 debug builds when the context dies first). Every start() ends in exactly one call of its done
// function, unless the run is abandoned (abandon(), a newer start(), the task's or the context's
// destruction). Nothing ever waits for the worker: an abandoned worker finishes on its own, holding only the
// run's shared state and its own copies, and it never reaches the owner again.

namespace Background {

// What one run shares between its owner and its worker. Kept alive by both; the owner's side may go first.
class RunState : public std::enable_shared_from_this<RunState>
{
public:
    explicit RunState(QObject *receiver);

    std::atomic_bool cancelled{false};

    // Owner's thread: nothing more is delivered for this run (posts queued before are dropped on arrival).
    void drop();
    bool isDropped() const;
    // Worker's thread: runs onOwnerThread on the receiver's thread unless the run is cancelled or dropped by
    // then. Returns false when it is already known that it will not run.
    bool post(std::function<void()> onOwnerThread);

private:
    mutable QMutex m_mutex;
    QObject *m_receiver; // the run's watcher; cleared (under the mutex) before it is deleted
    bool m_dropped = false;
};

} // namespace Background

// The worker's side of a run: whether to stop, how far it got, and partial results for the owner.
class TaskControl
{
public:
    TaskControl(std::shared_ptr<Background::RunState> state, std::function<void(int)> setPermille);

    bool isCancelled() const { return m_state->cancelled.load(std::memory_order_relaxed); }
    // For code that takes a plain flag (LineIndex::build, JsonLexer::continuationStates).
    const std::atomic_bool *cancelFlag() const { return &m_state->cancelled; }
    // done of total; delivered to the progress function on the owner's thread (coalesced: only the latest).
    void setProgress(qint64 done, qint64 total);
    // Runs onOwnerThread on the owner's thread, before the run's completion, unless the run was cancelled
    // or abandoned by the time it arrives. It may use the owner: it never runs once the owner is gone.
    void post(std::function<void()> onOwnerThread) const { m_state->post(std::move(onOwnerThread)); }

private:
    std::shared_ptr<Background::RunState> m_state;
    std::function<void(int)> m_setPermille;
};

template <typename T> class BackgroundTask
{
public:
    using Work = std::function<T(TaskControl &)>;
    // The result, or nothing when the run was cancelled (cancel() wins over a result that came too late).
    using Done = std::function<void(std::optional<T>)>;
    using Progress = std::function<void(int permille)>;

    // context: the object on whose thread done and progress run, and which owns the run's watcher.
    // pool: where the work runs (the global pool when null).
    explicit BackgroundTask(QObject *context, QThreadPool *pool = nullptr)
        : m_context(context)
        , m_pool(pool ? pool : QThreadPool::globalInstance())
    {}
    ~BackgroundTask() { abandon(); }
    BackgroundTask(const BackgroundTask &) = delete;
    BackgroundTask &operator=(const BackgroundTask &) = delete;

    // Abandons a run in progress, then starts work. done is called exactly once, on the context's thread,
    // unless this run is abandoned; it may destroy the task.
    void start(Work work, Done done, Progress progress = {})
    {
        abandon();
        auto *watcher = new QFutureWatcher<T>(m_context);
        auto state = std::make_shared<Background::RunState>(watcher);
        m_watcher = watcher;
        m_state = state;
        if (progress) {
            QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, watcher,
                             [state, progress](int permille) {
                                 if (!state->cancelled && !state->isDropped())
                                     progress(permille);
                             });
        }
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [this, watcher, state, done] {
            if (state->isDropped())
                return;
            state->drop();
            m_watcher = nullptr;
            m_state.reset();
            std::optional<T> result;
            if (!state->cancelled && watcher->future().resultCount() > 0)
                result = watcher->future().result();
            watcher->deleteLater();
            done(std::move(result)); // last: it may destroy this task
        });
        watcher->setFuture(QtConcurrent::run(m_pool, [state, work = std::move(work)](QPromise<T> &promise) {
            promise.setProgressRange(0, 1000);
            TaskControl control(state, [&promise](int permille) { promise.setProgressValue(permille); });
            T result = work(control);
            if (!state->cancelled)
                promise.addResult(std::move(result));
        }));
    }

    // Asks the worker to stop at its next check; done still comes, once, with nothing.
    void cancel()
    {
        if (m_state)
            m_state->cancelled = true;
    }

    // Asks the worker to stop and forgets the run: its done is never called. Does not wait.
    void abandon()
    {
        if (m_state) {
            m_state->cancelled = true;
            m_state->drop();
            m_state.reset();
        }
        if (QFutureWatcher<T> *watcher = m_watcher.data()) {
            m_watcher = nullptr;
            watcher->disconnect();
            watcher->deleteLater(); // may be inside one of its own signals; the context deletes it otherwise
        }
    }

    bool isRunning() const { return m_state != nullptr; }

private:
    QObject *m_context;
    QThreadPool *m_pool;
    QPointer<QFutureWatcher<T>> m_watcher;
    std::shared_ptr<Background::RunState> m_state;
};
