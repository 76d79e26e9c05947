#include "keyringcontrol.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>

#include <csignal>
#include <sys/types.h>

namespace KeyringControl {
namespace {

const QString service = QStringLiteral("org.freedesktop.secrets");
const QString servicePath = QStringLiteral("/org/freedesktop/secrets");
const QString serviceInterface = QStringLiteral("org.freedesktop.Secret.Service");
const QString defaultAlias = QStringLiteral("/org/freedesktop/secrets/aliases/default");

QDBusMessage call(const QString &path, const QString &interface, const QString &method,
                  const QVariantList &arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(service, path, interface, method);
    message.setArguments(arguments);
    return QDBusConnection::sessionBus().call(message, QDBus::Block, 10000);
}

pid_t daemonPid()
{
    bool ok = false;
    const qint64 pid = qEnvironmentVariable("MI_TEST_KEYRING_PID").toLongLong(&ok);
    return ok && pid > 1 ? pid_t(pid) : pid_t(0);
}

} // namespace

QString unavailableReason()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return QStringLiteral("no D-Bus session: run the tests with scripts/test.sh");
    if (daemonPid() == 0 || qEnvironmentVariableIsEmpty("MI_TEST_KEYRING_PASSWORD"))
        return QStringLiteral("no test keyring: run the tests with scripts/test.sh");
    return {};
}

bool lockDefaultCollection(QString *error)
{
    const QDBusMessage reply =
        call(servicePath, serviceInterface, QStringLiteral("Lock"),
             {QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(defaultAlias)})});
    if (reply.type() == QDBusMessage::ErrorMessage) {
        *error = reply.errorMessage();
        return false;
    }
    return true;
}

bool unlockDefaultCollection(QString *error)
{
    const QDBusMessage opened = call(servicePath, serviceInterface, QStringLiteral("OpenSession"),
                                     {QStringLiteral("plain"), QVariant::fromValue(QDBusVariant(QString()))});
    if (opened.type() == QDBusMessage::ErrorMessage || opened.arguments().size() != 2) {
        *error = QStringLiteral("OpenSession: ") + opened.errorMessage();
        return false;
    }
    const auto session = opened.arguments().at(1).value<QDBusObjectPath>();
    const QDBusMessage alias =
        call(servicePath, serviceInterface, QStringLiteral("ReadAlias"), {QStringLiteral("default")});
    if (alias.type() == QDBusMessage::ErrorMessage || alias.arguments().isEmpty()) {
        *error = QStringLiteral("ReadAlias: ") + alias.errorMessage();
        return false;
    }
    const auto collection = alias.arguments().at(0).value<QDBusObjectPath>();

    QDBusArgument secret;
    secret.beginStructure();
    secret << session << QByteArray() << qEnvironmentVariable("MI_TEST_KEYRING_PASSWORD").toUtf8()
           << QStringLiteral("text/plain");
    secret.endStructure();
    const QDBusMessage unlocked =
        call(servicePath, QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
             QStringLiteral("UnlockWithMasterPassword"),
             {QVariant::fromValue(collection), QVariant::fromValue(secret)});
    call(session.path(), QStringLiteral("org.freedesktop.Secret.Session"), QStringLiteral("Close"), {});
    if (unlocked.type() == QDBusMessage::ErrorMessage) {
        *error = QStringLiteral("UnlockWithMasterPassword: ") + unlocked.errorMessage();
        return false;
    }
    return true;
}

bool defaultCollectionLocked()
{
    const QDBusMessage reply =
        call(defaultAlias, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
             {QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked")});
    if (reply.type() == QDBusMessage::ErrorMessage || reply.arguments().isEmpty())
        return false;
    return reply.arguments().at(0).value<QDBusVariant>().variant().toBool();
}

bool stopDaemon()
{
    const pid_t pid = daemonPid();
    return pid != 0 && ::kill(pid, SIGSTOP) == 0;
}

bool continueDaemon()
{
    const pid_t pid = daemonPid();
    return pid != 0 && ::kill(pid, SIGCONT) == 0;
}

} // namespace KeyringControl
