// Runs the keychain scenario in a process of its own, so the test can start it without a D-Bus session
// (QtDBus and libsecret keep their bus connection for the life of a process). Reads the token from stdin,
// never from the command line, and prints one line per step: "<step> <status> <storage>". It never prints
// the token.
#include "secrets/tokenvault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace {

QString storageName(TokenVault::Storage storage)
{
    switch (storage) {
    case TokenVault::Storage::Missing:
        return QStringLiteral("Missing");
    case TokenVault::Storage::Keychain:
        return QStringLiteral("Keychain");
    case TokenVault::Storage::SessionOnly:
        return QStringLiteral("SessionOnly");
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return 2;
    const QString token = QString::fromUtf8(input.readAll()).trimmed();

    TokenStore store(QStringLiteral("message-inspector-test"));
    // Generous on purpose: the answer must come from the missing bus, not from the deadline.
    store.setDeadline(std::chrono::seconds(30));
    TokenVault vault(&store);
    QTextStream out(stdout);
    const QString profile = QStringLiteral("Default");

    int signalCount = 0;
    QObject::connect(&vault, &TokenVault::finished, [&signalCount] { ++signalCount; });
    TokenStoreResult last;
    const auto run = [&](const char *step, const TokenStoreCall &call) {
        QElapsedTimer timer;
        timer.start();
        QEventLoop loop;
        call.then(&loop, [&](const TokenStoreResult &result) {
            last = result;
            loop.quit();
        });
        loop.exec();
        out << step << ' ' << statusName(last.status) << ' ' << storageName(vault.state(profile).storage)
            << ' ' << timer.elapsed() << "ms\n";
        out << "message " << last.message << '\n';
        out.flush();
    };

    run("save", vault.save(profile, token));
    out << "usable " << (vault.token(profile) == token ? "yes" : "no") << '\n';
    out << "summary " << vault.state(profile).summary << '\n';
    out << "keychain-available " << (vault.keychainAvailable() ? "yes" : "no") << '\n';
    run("load", vault.load(profile));
    out << "usable-after-load " << (vault.token(profile) == token ? "yes" : "no") << '\n';
    run("forget", vault.forget(profile));
    out << "usable-after-forget " << (vault.token(profile).isEmpty() ? "no" : "yes") << '\n';
    out << "signals " << signalCount << '\n';
    out.flush();
    return 0;
}
