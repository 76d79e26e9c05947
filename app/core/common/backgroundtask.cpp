#include "common/backgroundtask.h"

#include <QMetaObject>

#include <algorithm>

namespace Background {

RunState::RunState(QObject *receiver)
    : m_receiver(receiver)
{}

void RunState::drop()
{
    const QMutexLocker lock(&m_mutex);
    m_dropped = true;
    m_receiver = nullptr;
}

bool RunState::isDropped() const
{
    const QMutexLocker lock(&m_mutex);
    return m_dropped;
}

bool RunState::post(std::function<void()> onOwnerThread)
{
    if (cancelled)
        return false;
    // Under the mutex: the receiver cannot be deleted between the check and the post (drop() clears it
    // first), and an event posted to an object that is deleted later is discarded with it.
    const QMutexLocker lock(&m_mutex);
    if (!m_receiver)
        return false;
    QMetaObject::invokeMethod(
        m_receiver,
        [self = shared_from_this(), onOwnerThread = std::move(onOwnerThread)] {
            if (!self->cancelled && !self->isDropped())
                onOwnerThread();
        },
        Qt::QueuedConnection);
    return true;
}

} // namespace Background

TaskControl::TaskControl(std::shared_ptr<Background::RunState> state, std::function<void(int)> setPermille)
    : m_state(std::move(state))
    , m_setPermille(std::move(setPermille))
{}

void TaskControl::setProgress(qint64 done, qint64 total)
{
    if (!m_setPermille)
        return;
    const qint64 whole = std::max<qint64>(1, total);
    m_setPermille(int(std::clamp<qint64>(done, 0, whole) * 1000 / whole));
}
