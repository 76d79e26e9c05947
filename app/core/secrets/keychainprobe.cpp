#include "keychainprobe.h"

#include "common/logging.h"

#include <QMetaObject>

#include <algorithm>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
#define MI_SECRET_SERVICE 1
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

namespace {

void answerLater(QObject *context, std::function<void(KeychainProbe::Answer)> done,
                 KeychainProbe::Answer answer)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), answer] { done(answer); }, Qt::QueuedConnection);
}

} // namespace

void KeychainProbe::ask(QObject *context, std::chrono::milliseconds deadline,
                        std::function<void(Answer)> done)
{
#ifdef MI_SECRET_SERVICE
    // The connection attempt is local (a Unix socket, or an immediate failure without an address).
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCDebug(lcSecrets) << "probe: no D-Bus session bus";
        answerLater(context, std::move(done), Answer::NoBus);
        return;
    }
    QDBusMessage get = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const int timeoutMs = int(std::clamp<qint64>(deadline.count(), 1, 3600 * 1000));
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(get, timeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *watcher;
        if (reply.isError()) {
            const QDBusError::ErrorType type = reply.error().type();
            qCDebug(lcSecrets) << "probe: D-Bus error" << reply.error().name();
            if (type == QDBusError::ServiceUnknown || type == QDBusError::NoServer ||
                type == QDBusError::Disconnected)
                done(Answer::NoService);
            else
                done(Answer::Unknown);
            return;
        }
        const QVariant locked = reply.value().variant();
        if (locked.typeId() != QMetaType::Bool) {
            done(Answer::Unknown);
            return;
        }
        done(locked.toBool() ? Answer::Locked : Answer::Unlocked);
    });
#else
    Q_UNUSED(deadline)
    answerLater(context, std::move(done), Answer::Unknown);
#endif
}
