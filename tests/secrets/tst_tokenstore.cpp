#include "keyringcontrol.h"
#include "secrets/tokenvault.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "tokenwaiting.h"
#include <QTimer>
#include <QUuid>

using Status = TokenStoreResult::Status;

namespace {

const QString testService = QStringLiteral("message-inspector-test");

using TestSupport::newPit;

TokenStoreResult waitFor(QSignalSpy &spy, quint64 id, int timeoutMs = 30000)
{
    return TestSupport::waitForTokenResult(spy, id, timeoutMs);
}

int countFor(const QSignalSpy &spy, quint64 id)
{
    return TestSupport::countTokenResults(spy, id);
}

// Sends SIGCONT when the test ends, however it ends.
struct ContinueDaemonOnExit
{
    ~ContinueDaemonOnExit() { KeyringControl::continueDaemon(); }
};

} // namespace

class TokenStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void roundTrip();
    void profilesAreSeparate();
    void differentTokenIsOnlyReplacedWhenAsked();
    void moveWritesNewThenRemovesOld();
    void invalidInputIsRefusedWithOneSignal();
    void vaultKeepsStateAndSurvivesRestart();
    void lockedCollectionIsNeverOverwritten();
    void stoppedDaemonHitsTheDeadline();
    void callEndsOnceThroughItsJob();
    void lateSaveShowsAsSaved();
    void lateForgetIsReconciled();
    void moveWhoseRemovalTimesOutKeepsTheToken();
    void noDbusGivesNoKeychainAndSessionOnlyToken();

private:
    QStringList m_tokens; // every token this test used: none may be in any file afterwards
};

void TokenStoreTest::initTestCase()
{
    const QString reason = KeyringControl::unavailableReason();
    if (!reason.isEmpty())
        QFAIL(qPrintable(reason));
    QVERIFY(!KeyringControl::defaultCollectionLocked());
}

void TokenStoreTest::init()
{
    m_tokens.clear();
}

void TokenStoreTest::cleanup()
{
    for (const QString &token : std::as_const(m_tokens)) {
        const QStringList files = TestSupport::filesContaining(token.toUtf8());
        QVERIFY2(files.isEmpty(),
                 qPrintable(QStringLiteral("token found in: ") + files.join(QLatin1String(", "))));
    }
    // Leave the throwaway keyring as found: unlocked, with nothing of ours in it.
    if (KeyringControl::defaultCollectionLocked()) {
        QString error;
        QVERIFY2(KeyringControl::unlockDefaultCollection(&error), qPrintable(error));
    }
}

void TokenStoreTest::roundTrip()
{
    TokenStore store(testService);
    QSignalSpy spy(&store, &TokenStore::finished);
    const QString token = newPit();
    m_tokens << token;
    const QString profile = QStringLiteral("Round trip");

    TokenStoreResult r = waitFor(spy, store.save(profile, token));
    QCOMPARE(statusName(r.status), QStringLiteral("Ok"));
    QCOMPARE(r.operation, TokenStoreResult::Operation::Save);
    QVERIFY(r.token.isEmpty());
    QVERIFY(!r.message.contains(token));

    r = waitFor(spy, store.load(profile));
    QCOMPARE(statusName(r.status), QStringLiteral("Ok"));
    QCOMPARE(r.token, token);
    QVERIFY(!r.message.contains(token));

    r = waitFor(spy, store.forget(profile));
    QCOMPARE(statusName(r.status), QStringLiteral("Ok"));

    r = waitFor(spy, store.load(profile));
    QCOMPARE(statusName(r.status), QStringLiteral("NotFound"));
    QVERIFY(r.token.isEmpty());
    QVERIFY(r.message.contains(profile));

    // Forgetting what is not there is not an error.
    r = waitFor(spy, store.forget(profile));
    QCOMPARE(statusName(r.status), QStringLiteral("Ok"));
    QCOMPARE(store.pendingCount(), 0);
    QCOMPARE(spy.count(), 5);
}

void TokenStoreTest::profilesAreSeparate()
{
    TokenStore store(testService);
    QSignalSpy spy(&store, &TokenStore::finished);
    const QString acme = newPit();
    const QString beta = newPit();
    m_tokens << acme << beta;

    QCOMPARE(statusName(waitFor(spy, store.save(QStringLiteral("Acme"), acme)).status), QStringLiteral("Ok"));
    QCOMPARE(statusName(waitFor(spy, store.save(QStringLiteral("Beta"), beta)).status), QStringLiteral("Ok"));
    QCOMPARE(waitFor(spy, store.load(QStringLiteral("Acme"))).token, acme);
    QCOMPARE(waitFor(spy, store.load(QStringLiteral("Beta"))).token, beta);
    // A profile whose name only differs in case is another profile.
    QCOMPARE(statusName(waitFor(spy, store.load(QStringLiteral("acme"))).status), QStringLiteral("NotFound"));

    QCOMPARE(statusName(waitFor(spy, store.forget(QStringLiteral("Acme"))).status), QStringLiteral("Ok"));
    QCOMPARE(statusName(waitFor(spy, store.load(QStringLiteral("Acme"))).status), QStringLiteral("NotFound"));
    QCOMPARE(waitFor(spy, store.load(QStringLiteral("Beta"))).token, beta);

    // Another service name is another namespace.
    TokenStore other(testService + QStringLiteral("-other"));
    QSignalSpy otherSpy(&other, &TokenStore::finished);
    QCOMPARE(statusName(waitFor(otherSpy, other.load(QStringLiteral("Beta"))).status),
             QStringLiteral("NotFound"));

    QCOMPARE(statusName(waitFor(spy, store.forget(QStringLiteral("Beta"))).status), QStringLiteral("Ok"));
}

void TokenStoreTest::differentTokenIsOnlyReplacedWhenAsked()
{
    TokenStore store(testService);
    QSignalSpy spy(&store, &TokenStore::finished);
    const QString first = newPit();
    const QString second = newPit();
    m_tokens << first << second;
    const QString profile = QStringLiteral("Replace");

    QCOMPARE(statusName(waitFor(spy, store.save(profile, first)).status), QStringLiteral("Ok"));
    // Saving the same token again is fine and changes nothing.
    QCOMPARE(statusName(waitFor(spy, store.save(profile, QStringLiteral("Bearer ") + first)).status),
             QStringLiteral("Ok"));

    TokenStoreResult r = waitFor(spy, store.save(profile, second));
    QCOMPARE(statusName(r.status), QStringLiteral("Exists"));
    QVERIFY(!r.message.contains(second) && !r.message.contains(first));
    QCOMPARE(waitFor(spy, store.load(profile)).token, first);

    r = waitFor(spy, store.save(profile, second, TokenStore::Overwrite::Replace));
    QCOMPARE(statusName(r.status), QStringLiteral("Ok"));
    QCOMPARE(waitFor(spy, store.load(profile)).token, second);

    QCOMPARE(statusName(waitFor(spy, store.forget(profile)).status), QStringLiteral("Ok"));
}

void TokenStoreTest::moveWritesNewThenRemovesOld()
{
    TokenStore store(testService);
    QSignalSpy spy(&store, &TokenStore::finished);
    const QString token = newPit();
    const QString other = newPit();
    m_tokens << token << other;

    QCOMPARE(statusName(waitFor(spy, store.save(QStringLiteral("Old name"), token)).status),
             QStringLiteral("Ok"));
    TokenStoreResult r = waitFor(spy, store.move(QStringLiteral("Old name"), QStringLiteral("New name")));
    QCOMPARE(statusName(r.status), QStringLiteral("Ok"));
    QVERIFY(r.token.isEmpty());
    QCOMPARE(waitFor(spy, store.load(QStringLiteral("New name"))).token, token);
    QCOMPARE(statusName(waitFor(spy, store.load(QStringLiteral("Old name"))).status),
             QStringLiteral("NotFound"));

    // Moving onto a profile that holds a different token changes nothing.
    QCOMPARE(statusName(waitFor(spy, store.save(QStringLiteral("Taken"), other)).status),
             QStringLiteral("Ok"));
    r = waitFor(spy, store.move(QStringLiteral("New name"), QStringLiteral("Taken")));
    QCOMPARE(statusName(r.status), QStringLiteral("Exists"));
    QCOMPARE(waitFor(spy, store.load(QStringLiteral("New name"))).token, token);
    QCOMPARE(waitFor(spy, store.load(QStringLiteral("Taken"))).token, other);

    // Nothing to move is fine.
    QCOMPARE(
        statusName(waitFor(spy, store.move(QStringLiteral("Nobody"), QStringLiteral("Somebody"))).status),
        QStringLiteral("Ok"));
    QCOMPARE(statusName(waitFor(spy, store.load(QStringLiteral("Somebody"))).status),
             QStringLiteral("NotFound"));

    waitFor(spy, store.forget(QStringLiteral("New name")));
    waitFor(spy, store.forget(QStringLiteral("Taken")));
}

void TokenStoreTest::invalidInputIsRefusedWithOneSignal()
{
    TokenStore store(testService);
    QSignalSpy spy(&store, &TokenStore::finished);
    const QString secretPart = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_tokens << secretPart;

    quint64 id = store.save(QStringLiteral("Invalid"), QStringLiteral("abc ") + secretPart);
    QCOMPARE(spy.count(), 0); // never synchronously
    TokenStoreResult r = waitFor(spy, id);
    QCOMPARE(statusName(r.status), QStringLiteral("Invalid"));
    QVERIFY(r.message.contains(QStringLiteral("space")));
    QVERIFY(!r.message.contains(secretPart));

    r = waitFor(spy, store.save(QStringLiteral("Invalid"), QStringLiteral("   ")));
    QCOMPARE(statusName(r.status), QStringLiteral("Invalid"));
    QVERIFY(r.message.contains(QStringLiteral("empty")));

    r = waitFor(spy, store.load(QString()));
    QCOMPARE(statusName(r.status), QStringLiteral("Invalid"));
    // Nothing reached the keychain.
    QCOMPARE(statusName(waitFor(spy, store.load(QStringLiteral("Invalid"))).status),
             QStringLiteral("NotFound"));
    QTest::qWait(50);
    QCOMPARE(spy.count(), 4);
}

void TokenStoreTest::vaultKeepsStateAndSurvivesRestart()
{
    const QString jwtLike = newPit();
    m_tokens << jwtLike;
    const QString profile = QStringLiteral("Vault");
    {
        TokenStore store(testService);
        TokenVault vault(&store);
        QSignalSpy spy(&vault, &TokenVault::finished);
        QSignalSpy changed(&vault, &TokenVault::changed);
        QCOMPARE(vault.state(profile).storage, TokenVault::Storage::Missing);
        const TokenStoreResult r =
            waitFor(spy, vault.save(profile, QStringLiteral("  Bearer ") + jwtLike + u'\n'));
        QCOMPARE(statusName(r.status), QStringLiteral("Ok"));
        QCOMPARE(vault.token(profile), jwtLike);
        const TokenVault::State state = vault.state(profile);
        QCOMPARE(state.storage, TokenVault::Storage::Keychain);
        QCOMPARE(state.kind, TokenInfo::Kind::PrivateIntegrationToken);
        QCOMPARE(state.summary, QStringLiteral("token in keychain · PIT"));
        QVERIFY(!state.hint.contains(jwtLike));
        QVERIFY(changed.count() >= 1);
    }
    {
        // A new session reads it back from the keychain.
        TokenStore store(testService);
        TokenVault vault(&store);
        QSignalSpy spy(&vault, &TokenVault::finished);
        QCOMPARE(vault.token(profile), QString());
        QCOMPARE(statusName(waitFor(spy, vault.load(profile)).status), QStringLiteral("Ok"));
        QCOMPARE(vault.token(profile), jwtLike);
        QCOMPARE(vault.state(profile).storage, TokenVault::Storage::Keychain);

        const quint64 id = vault.forget(profile);
        QCOMPARE(vault.token(profile), QString()); // forgotten in memory at once
        QCOMPARE(statusName(waitFor(spy, id).status), QStringLiteral("Ok"));
        QCOMPARE(statusName(waitFor(spy, vault.load(profile)).status), QStringLiteral("NotFound"));
        QCOMPARE(vault.state(profile).storage, TokenVault::Storage::Missing);
    }
}

void TokenStoreTest::lockedCollectionIsNeverOverwritten()
{
    TokenStore store(testService);
    TokenVault vault(&store);
    QSignalSpy spy(&store, &TokenStore::finished);
    QSignalSpy vaultSpy(&vault, &TokenVault::finished);
    const QString stored = newPit();
    const QString intruder = newPit();
    m_tokens << stored << intruder;
    const QString profile = QStringLiteral("Locked");

    QCOMPARE(statusName(waitFor(spy, store.save(profile, stored)).status), QStringLiteral("Ok"));

    QString error;
    QVERIFY2(KeyringControl::lockDefaultCollection(&error), qPrintable(error));
    QVERIFY(KeyringControl::defaultCollectionLocked());

    // A locked collection reads as "not found" through the keychain library; it must not be taken as such.
    TokenStoreResult r = waitFor(spy, store.load(profile));
    QCOMPARE(statusName(r.status), QStringLiteral("Locked"));
    QVERIFY(r.token.isEmpty());
    QVERIFY(r.message.contains(QStringLiteral("locked")));

    r = waitFor(spy, store.save(profile, intruder));
    QCOMPARE(statusName(r.status), QStringLiteral("Locked"));
    QVERIFY(r.message.contains(QStringLiteral("nothing in the keychain was replaced")));

    // Even with the user's word, a locked collection (no unlock prompt here) takes nothing.
    r = waitFor(spy, store.save(profile, intruder, TokenStore::Overwrite::Replace));
    QVERIFY2(r.status == Status::Locked || r.status == Status::AccessDenied,
             qPrintable(statusName(r.status)));

    r = waitFor(spy, store.forget(profile));
    QCOMPARE(statusName(r.status), QStringLiteral("Locked"));

    // The vault keeps the entered token for this session and says why.
    r = waitFor(vaultSpy, vault.save(profile, intruder));
    QCOMPARE(statusName(r.status), QStringLiteral("Locked"));
    QCOMPARE(vault.state(profile).storage, TokenVault::Storage::SessionOnly);
    QCOMPARE(vault.token(profile), intruder);
    QVERIFY(r.message.contains(QStringLiteral("session only")));

    QVERIFY2(KeyringControl::unlockDefaultCollection(&error), qPrintable(error));
    QVERIFY(!KeyringControl::defaultCollectionLocked());

    r = waitFor(spy, store.load(profile));
    QCOMPARE(statusName(r.status), QStringLiteral("Ok"));
    QCOMPARE(r.token, stored); // the stored token survived every attempt
    QCOMPARE(statusName(waitFor(spy, store.forget(profile)).status), QStringLiteral("Ok"));
}

void TokenStoreTest::stoppedDaemonHitsTheDeadline()
{
    TokenStore store(testService);
    TokenVault vault(&store);
    QSignalSpy spy(&store, &TokenStore::finished);
    const QString token = newPit();
    m_tokens << token;
    const QString profile = QStringLiteral("Stopped");
    QCOMPARE(statusName(waitFor(spy, store.save(profile, token)).status), QStringLiteral("Ok"));

    store.setDeadline(std::chrono::milliseconds(300));
    ContinueDaemonOnExit continueLater;
    QVERIFY(KeyringControl::stopDaemon());

    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(10);

    const quint64 hung = store.load(profile);
    TokenStoreResult r = waitFor(spy, hung);
    QCOMPARE(statusName(r.status), QStringLiteral("TimedOut"));
    QVERIFY(r.token.isEmpty());
    QVERIFY(r.message.contains(QStringLiteral("did not answer")));
    // The event loop kept running while the keychain was silent.
    QVERIFY(ticks > 0);

    // A save while the daemon is stopped keeps the token for this session only.
    QSignalSpy vaultSpy(&vault, &TokenVault::finished);
    const QString sessionToken = newPit();
    m_tokens << sessionToken;
    r = waitFor(vaultSpy, vault.save(QStringLiteral("Stopped too"), sessionToken));
    QCOMPARE(statusName(r.status), QStringLiteral("TimedOut"));
    QCOMPARE(vault.state(QStringLiteral("Stopped too")).storage, TokenVault::Storage::SessionOnly);
    QCOMPARE(vault.token(QStringLiteral("Stopped too")), sessionToken);

    QVERIFY(KeyringControl::continueDaemon());
    // QtKeychain runs one job at a time, so this load only finishes after the late answers to the timed-out
    // jobs arrived; they must not have produced a second signal.
    store.setDeadline(std::chrono::seconds(60));
    r = waitFor(spy, store.load(profile));
    QCOMPARE(statusName(r.status), QStringLiteral("Ok"));
    QCOMPARE(r.token, token);
    QCOMPARE(countFor(spy, hung), 1);
    QCOMPARE(store.pendingCount(), 0);
    waitFor(spy, store.forget(QStringLiteral("Stopped too")));
    waitFor(spy, store.forget(profile));
}

void TokenStoreTest::callEndsOnceThroughItsJob()
{
    TokenStore store(testService);
    TokenVault vault(&store);
    const QString token = newPit();
    m_tokens << token;
    const QString profile = QStringLiteral("Handle");

    const TokenStoreCall call = vault.save(profile, token);
    QVERIFY(call.job());
    QCOMPARE(quint64(call), call.id());
    QSignalSpy jobSpy(call.job(), &TokenStoreJob::finished);
    int calls = 0;
    TokenStoreResult seen;
    TokenVault::Storage storageThen = TokenVault::Storage::Missing;
    call.then(this, [&](const TokenStoreResult &result) {
        ++calls;
        seen = result;
        storageThen = vault.state(profile).storage;
    });
    // A context that is gone before the answer comes is simply not called.
    auto gone = std::make_unique<QObject>();
    bool goneCalled = false;
    call.then(gone.get(), [&goneCalled](const TokenStoreResult &) { goneCalled = true; });
    gone.reset();
    QCOMPARE(calls, 0); // never from inside the call that started it

    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 30000);
    QCOMPARE(statusName(seen.status), QStringLiteral("Ok"));
    QCOMPARE(seen.id, call.id());
    QCOMPARE(seen.operation, TokenStoreResult::Operation::Save);
    // The vault's own state was up to date when its job finished.
    QCOMPARE(storageThen, TokenVault::Storage::Keychain);
    QVERIFY(!goneCalled);
    // The job deletes itself once it has finished.
    QTRY_VERIFY(call.job() == nullptr);
    QCOMPARE(jobSpy.count(), 1);

    // Refused input ends the same way, once, from the event loop.
    const TokenStoreCall invalid = store.load(QString());
    int invalidCalls = 0;
    invalid.then(this, [&](const TokenStoreResult &result) {
        ++invalidCalls;
        seen = result;
    });
    QCOMPARE(invalidCalls, 0);
    QTRY_COMPARE(invalidCalls, 1);
    QCOMPARE(statusName(seen.status), QStringLiteral("Invalid"));

    bool forgotten = false;
    store.forget(profile).then(this,
                               [&forgotten](const TokenStoreResult &result) { forgotten = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(forgotten, 30000);
    QTest::qWait(20);
    QCOMPARE(calls, 1);
    QCOMPARE(invalidCalls, 1);
}

void TokenStoreTest::lateSaveShowsAsSaved()
{
    TokenStore store(testService);
    TokenVault vault(&store);
    QSignalSpy storeSpy(&store, &TokenStore::finished);
    QSignalSpy vaultSpy(&vault, &TokenVault::finished);
    QSignalSpy late(&store, &TokenStore::lateAnswer);
    const QString token = newPit();
    m_tokens << token;
    const QString profile = QStringLiteral("Late save");

    // The keychain stops just as the write goes out (after the check for a different saved token).
    ContinueDaemonOnExit continueLater;
    bool stopped = false;
    connect(&store, &TokenStore::jobStarting, this, [&](TokenStore::Request request, const QString &) {
        if (request == TokenStore::Request::Write && !std::exchange(stopped, true)) {
            store.setDeadline(std::chrono::milliseconds(300));
            QVERIFY(KeyringControl::stopDaemon());
        }
    });
    const quint64 id = vault.save(profile, token);
    TokenStoreResult r = waitFor(vaultSpy, id);
    // What the user is told at the deadline: not saved, kept for this session.
    QCOMPARE(statusName(r.status), QStringLiteral("TimedOut"));
    QCOMPARE(vault.state(profile).storage, TokenVault::Storage::SessionOnly);

    // The keychain wakes up and carries out the write after all.
    QSignalSpy changed(&vault, &TokenVault::changed);
    QVERIFY(KeyringControl::continueDaemon());
    store.setDeadline(std::chrono::seconds(30));
    QVERIFY(late.wait(30000));
    QCOMPARE(late.at(0).at(0).toString(), profile);
    // The vault read the entry again: the state shown is the keychain's.
    QTRY_COMPARE_WITH_TIMEOUT(vault.state(profile).storage, TokenVault::Storage::Keychain, 30000);
    QVERIFY(vault.state(profile).note.isEmpty());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(vault.token(profile), token);
    // Still one result for the save; the re-read is not a second one.
    QCOMPARE(countFor(vaultSpy, id), 1);
    QCOMPARE(countFor(storeSpy, id), 1);
    QCOMPARE(vaultSpy.count(), 1);

    TokenStore fresh(testService);
    QSignalSpy freshSpy(&fresh, &TokenStore::finished);
    QCOMPARE(waitFor(freshSpy, fresh.load(profile)).token, token);
    QCOMPARE(statusName(waitFor(freshSpy, fresh.forget(profile)).status), QStringLiteral("Ok"));
}

void TokenStoreTest::lateForgetIsReconciled()
{
    TokenStore store(testService);
    TokenVault vault(&store);
    QSignalSpy vaultSpy(&vault, &TokenVault::finished);
    QSignalSpy late(&store, &TokenStore::lateAnswer);
    const QString token = newPit();
    m_tokens << token;
    const QString profile = QStringLiteral("Late forget");
    QCOMPARE(statusName(waitFor(vaultSpy, vault.save(profile, token)).status), QStringLiteral("Ok"));

    store.setDeadline(std::chrono::milliseconds(300));
    ContinueDaemonOnExit continueLater;
    QVERIFY(KeyringControl::stopDaemon());
    const quint64 id = vault.forget(profile);
    QCOMPARE(statusName(waitFor(vaultSpy, id).status), QStringLiteral("TimedOut"));
    QCOMPARE(vault.state(profile).storage, TokenVault::Storage::Missing); // forgotten in memory at once

    QVERIFY(KeyringControl::continueDaemon());
    store.setDeadline(std::chrono::seconds(30));
    QVERIFY(late.wait(30000));
    // The re-read finds the entry gone, as the late delete made it: nothing to bring back.
    QSignalSpy reads(&store, &TokenStore::finished);
    QVERIFY(reads.wait(30000));
    QCOMPARE(reads.at(0).at(0).value<TokenStoreResult>().operation, TokenStoreResult::Operation::Load);
    QCOMPARE(statusName(reads.at(0).at(0).value<TokenStoreResult>().status), QStringLiteral("NotFound"));
    QCOMPARE(vault.state(profile).storage, TokenVault::Storage::Missing);
    QCOMPARE(countFor(vaultSpy, id), 1);
}

void TokenStoreTest::moveWhoseRemovalTimesOutKeepsTheToken()
{
    TokenStore store(testService);
    QSignalSpy spy(&store, &TokenStore::finished);
    QSignalSpy late(&store, &TokenStore::lateAnswer);
    const QString token = newPit();
    m_tokens << token;
    const QString from = QStringLiteral("Move from");
    const QString to = QStringLiteral("Move to");
    QCOMPARE(statusName(waitFor(spy, store.save(from, token)).status), QStringLiteral("Ok"));

    // Stop the keychain just as the move removes the old entry: the new one is written by then.
    ContinueDaemonOnExit continueLater;
    QStringList steps;
    bool stopped = false;
    connect(&store, &TokenStore::jobStarting, this, [&](TokenStore::Request request, const QString &profile) {
        steps << QVariant::fromValue(request).toString() + u' ' + profile;
        if (request == TokenStore::Request::Delete && profile == from && !std::exchange(stopped, true)) {
            store.setDeadline(std::chrono::milliseconds(300));
            QVERIFY(KeyringControl::stopDaemon());
        }
    });
    const quint64 id = store.move(from, to);
    const TokenStoreResult r = waitFor(spy, id);
    QCOMPARE(steps, QStringList({QStringLiteral("Read Move from"), QStringLiteral("Read Move to"),
                                 QStringLiteral("Write Move to"), QStringLiteral("Delete Move from")}));
    // The token is safe under the new name, so the move succeeded; the old entry is left for clean-up.
    QCOMPARE(statusName(r.status), QStringLiteral("Ok"));
    QVERIFY(r.sourceKept);
    QVERIFY(r.message.contains(QStringLiteral("could not be removed yet")));
    QVERIFY(!r.message.contains(token) && !r.detail.contains(token));

    QVERIFY(KeyringControl::continueDaemon());
    store.setDeadline(std::chrono::seconds(30));
    QVERIFY(late.wait(30000));
    QCOMPARE(late.at(0).at(0).toString(), from);
    QCOMPARE(waitFor(spy, store.load(to)).token, token);
    QCOMPARE(statusName(waitFor(spy, store.load(from)).status), QStringLiteral("NotFound"));
    QCOMPARE(countFor(spy, id), 1);
    waitFor(spy, store.forget(to));
}

void TokenStoreTest::noDbusGivesNoKeychainAndSessionOnlyToken()
{
    QTemporaryDir runtime; // an empty XDG_RUNTIME_DIR: no "bus" socket to fall back on
    QVERIFY(runtime.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());

    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QStringLiteral(MI_TOKENSTORE_CHILD), {});
    QVERIFY(child.waitForStarted());
    const QString token = newPit();
    m_tokens << token;
    child.write(token.toUtf8());
    child.closeWriteChannel();
    QVERIFY(child.waitForFinished(120000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    const QString err = QString::fromUtf8(child.readAllStandardError());
    qInfo().noquote() << "child output:\n" << out;
    QCOMPARE(child.exitCode(), 0);
    QVERIFY(!out.contains(token));
    QVERIFY(!err.contains(token));

    QVERIFY2(out.contains(QStringLiteral("save NoKeychain SessionOnly")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("usable yes")));
    QVERIFY(out.contains(QStringLiteral("summary token for this session only · PIT")));
    QVERIFY(out.contains(QStringLiteral("keychain-available no")));
    QVERIFY(out.contains(QStringLiteral("session only")));
    QVERIFY(out.contains(QStringLiteral("load NoKeychain SessionOnly")));
    QVERIFY(out.contains(QStringLiteral("usable-after-load yes")));
    QVERIFY(out.contains(QStringLiteral("forget NoKeychain Missing")));
    QVERIFY(out.contains(QStringLiteral("usable-after-forget no")));
    QVERIFY(out.contains(QStringLiteral("signals 3")));
}

QTEST_GUILESS_MAIN(TokenStoreTest)
#include "tst_tokenstore.moc"
