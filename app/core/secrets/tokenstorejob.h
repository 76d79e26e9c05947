#pragma once

#include "secrets/tokenstoreresult.h"

#include <QObject>
#include <QPointer>

#include <utility>

// One keychain operation in flight (started by TokenStore or TokenVault). finished() is emitted exactly
// once, from the event loop and never from inside the call that started the operation; the job then deletes
// itself. A job whose store is destroyed first goes with it, without a signal.
class TokenStoreJob : public QObject
{
    Q_OBJECT

public:
    TokenStoreJob(quint64 id, QObject *parent);

    quint64 id() const { return m_id; }
    bool isFinished() const { return m_finished; }
    // Emits finished() the first time; later calls are ignored.
    void finish(const TokenStoreResult &result);

signals:
    void finished(const TokenStoreResult &result);

private:
    quint64 m_id;
    bool m_finished = false;
};

// What TokenStore's and TokenVault's load/save/forget/move return: the operation's id and its job.
//
//     vault->save(profile, token).then(this, [this](const TokenStoreResult &result) { … });
//
// The id is also carried by the shared finished() signals, for observers that show every outcome.
class TokenStoreCall
{
public:
    TokenStoreCall(quint64 id, TokenStoreJob *job)
        : m_id(id)
        , m_job(job)
    {}

    quint64 id() const { return m_id; }
    // Null once the operation finished and its job was deleted.
    TokenStoreJob *job() const { return m_job; }
    // For callers that still match the shared finished() signal by id.
    operator quint64() const { return m_id; }

    // Calls `callback(const TokenStoreResult &)` on `context`'s thread when the operation ends; not at all
    // when `context` is destroyed first. Connect right after starting the operation (its end always comes
    // from the event loop, so nothing is missed).
    template <typename Callback>
    QMetaObject::Connection then(const QObject *context, Callback &&callback) const
    {
        if (!m_job)
            return {};
        return QObject::connect(m_job.data(), &TokenStoreJob::finished, context,
                                std::forward<Callback>(callback), Qt::SingleShotConnection);
    }

private:
    quint64 m_id;
    QPointer<TokenStoreJob> m_job;
};
