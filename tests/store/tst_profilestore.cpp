#include "keyringcontrol.h"
#include "secrets/tokenvault.h"
#include "store/profilestore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "tokenwaiting.h"
#include <QUuid>

namespace {

const QString testService = QStringLiteral("message-inspector-profiles-test");
using Status = TokenStoreResult::Status;

using TestSupport::newPit;

TokenStoreResult waitFor(QSignalSpy &spy, quint64 id)
{
    return TestSupport::waitForTokenResult(spy, id);
}

ProfileChange waitForChange(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(30000))
        return {};
    return spy.takeFirst().at(0).value<ProfileChange>();
}

QString settingsText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Sends SIGCONT when the test ends, however it ends.
struct ContinueDaemonOnExit
{
    ~ContinueDaemonOnExit() { KeyringControl::continueDaemon(); }
};

// Stops the keychain daemon the first time `store` is about to send `request` for `profile`, and gives that
// request (and what follows) a short deadline, so the operation hits it at exactly that step.
void stopKeychainAt(QObject *context, TokenStore &store, TokenStore::Request request, const QString &profile)
{
    auto stopped = std::make_shared<bool>(false);
    QObject::connect(&store, &TokenStore::jobStarting, context,
                     [&store, request, profile, stopped](TokenStore::Request next, const QString &about) {
                         if (next != request || about != profile || std::exchange(*stopped, true))
                             return;
                         store.setDeadline(std::chrono::milliseconds(300));
                         QVERIFY(KeyringControl::stopDaemon());
                     });
}

// The token saved under `profile` in the test keychain, read by a store of its own; empty when none.
QString keychainToken(const QString &profile, Status *status = nullptr)
{
    TokenStore fresh(testService);
    QSignalSpy spy(&fresh, &TokenStore::finished);
    const TokenStoreResult result = TestSupport::waitForTokenResult(spy, fresh.load(profile));
    if (status)
        *status = result.status;
    return result.token;
}

} // namespace

class ProfileStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstRunHasOneDefaultProfile();
    void createValidates_data();
    void createValidates();
    void createUpdateAndDefaultPersist();
    void renameAndRemoveWithoutVault();
    void renameMovesTheKeychainEntry();
    void removeForgetsTheKeychainEntry();
    void lockedKeychainLeavesProfilesUnchanged();
    void renameRollsBackWhenSettingsCannotBeWritten();
    void renameWhoseRemovalTimesOutCleansUpLater();
    void renameWhoseWriteTimesOutRemovesTheLateCopy();
    void staleEntriesFromAnEarlierSessionAreRemoved();
    void newProfileDoesNotInheritAStaleToken();
    void keepResponseBodiesIsOffUntilChosen();
    void cheapRelatedLookupsAreManualUntilChosen();
    void theLargestAnswerIsTheProfilesOwn();

private:
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("profiles.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_tokens;
};

void ProfileStoreTest::init()
{
    // Under the sandbox HOME when run through the README's test command, so the token scan covers it.
    const QString base = TestSupport::sandboxDir().isEmpty() ? QDir::tempPath() : TestSupport::sandboxDir();
    m_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/profiles-XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_tokens.clear();
}

void ProfileStoreTest::cleanup()
{
    for (const QString &token : std::as_const(m_tokens)) {
        const QStringList files = TestSupport::filesContaining(token.toUtf8());
        QVERIFY2(files.isEmpty(),
                 qPrintable(QStringLiteral("token found in: ") + files.join(QLatin1String(", "))));
        QVERIFY(!settingsText(settingsPath()).contains(token));
    }
    if (!KeyringControl::unavailableReason().isEmpty())
        return;
    if (KeyringControl::defaultCollectionLocked()) {
        QString error;
        QVERIFY2(KeyringControl::unlockDefaultCollection(&error), qPrintable(error));
    }
}

void ProfileStoreTest::firstRunHasOneDefaultProfile()
{
    {
        ProfileStore store(settingsPath());
        QCOMPARE(store.names(), QStringList{QStringLiteral("Default")});
        QCOMPARE(store.defaultProfileName(), QStringLiteral("Default"));
        const Profile p = store.defaultProfile();
        QCOMPARE(p.baseUrl, QUrl(QStringLiteral("https://services.leadconnectorhq.com")));
        QCOMPARE(p.apiVersion, QStringLiteral("2021-04-15"));
        QCOMPARE(p.webAppUrl, QUrl(QStringLiteral("https://app.gohighlevel.com")));
        QVERIFY(p.note.isEmpty());
    }
    QVERIFY(settingsText(settingsPath()).contains(QStringLiteral("Default")));
    ProfileStore again(settingsPath());
    QCOMPARE(again.names(), QStringList{QStringLiteral("Default")});
    // Removing the only profile is refused.
    QVERIFY(again.remove(QStringLiteral("Default")).contains(QStringLiteral("only profile")));
}

void ProfileStoreTest::createValidates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<QString>("webApp");
    QTest::addColumn<QString>("error");
    const QString base = QStringLiteral("https://services.leadconnectorhq.com");
    const QString web = QStringLiteral("https://app.gohighlevel.com");
    const QString version = QStringLiteral("2021-04-15");
    QTest::newRow("empty name") << QStringLiteral("   ") << base << version << web
                                << QStringLiteral("Enter a profile name");
    QTest::newRow("long name") << QString(65, u'x') << base << version << web << QStringLiteral("too long");
    QTest::newRow("control char") << QStringLiteral("a\tb") << base << version << web
                                  << QStringLiteral("control character");
    QTest::newRow("duplicate") << QStringLiteral("default") << base << version << web
                               << QStringLiteral("already exists");
    QTest::newRow("plain http") << QStringLiteral("Acme") << QStringLiteral("http://example.com") << version
                                << web << QStringLiteral("https://");
    QTest::newRow("version") << QStringLiteral("Acme") << base << QStringLiteral("2021-4-15") << web
                             << QStringLiteral("API version");
    QTest::newRow("web app") << QStringLiteral("Acme") << base << version
                             << QStringLiteral("ftp://agency.example") << QStringLiteral("web-app address");
}

void ProfileStoreTest::createValidates()
{
    QFETCH(QString, name);
    QFETCH(QString, baseUrl);
    QFETCH(QString, apiVersion);
    QFETCH(QString, webApp);
    QFETCH(QString, error);
    ProfileStore store(settingsPath());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    const QString before = settingsText(settingsPath());
    Profile p;
    p.name = name;
    p.baseUrl = QUrl(baseUrl);
    p.apiVersion = apiVersion;
    p.webAppUrl = QUrl(webApp);
    const QString message = store.create(p);
    QVERIFY2(message.contains(error), qPrintable(message));
    QCOMPARE(store.names(), QStringList{QStringLiteral("Default")});
    QCOMPARE(changed.count(), 0);
    QCOMPARE(settingsText(settingsPath()), before);
}

void ProfileStoreTest::createUpdateAndDefaultPersist()
{
    {
        ProfileStore store(settingsPath());
        Profile p;
        p.name = QStringLiteral("  Acme Dental ");
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8443/"));
        p.note = QStringLiteral("Front desk SMS");
        p.webAppUrl = QUrl(QStringLiteral("https://crm.agency.example"));
        QCOMPARE(store.create(p), QString());
        QCOMPARE(store.names(), QStringList({QStringLiteral("Default"), QStringLiteral("Acme Dental")}));
        QCOMPARE(store.setDefaultProfile(QStringLiteral("Acme Dental")), QString());
        QVERIFY(!store.setDefaultProfile(QStringLiteral("Nobody")).isEmpty());

        Profile edited = *store.profile(QStringLiteral("Acme Dental"));
        edited.apiVersion = QStringLiteral("2021-07-28");
        QCOMPARE(store.update(edited), QString());
    }
    ProfileStore store(settingsPath());
    QCOMPARE(store.defaultProfileName(), QStringLiteral("Acme Dental"));
    const Profile p = *store.profile(QStringLiteral("Acme Dental"));
    QCOMPARE(p.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8443"))); // trailing slash removed
    QCOMPARE(p.apiVersion, QStringLiteral("2021-07-28"));
    QCOMPARE(p.note, QStringLiteral("Front desk SMS"));
    QCOMPARE(p.webAppUrl, QUrl(QStringLiteral("https://crm.agency.example")));
}

void ProfileStoreTest::keepResponseBodiesIsOffUntilChosen()
{
    {
        ProfileStore store(settingsPath());
        // Bodies hold customers' messages: neither the first profile nor a new one keeps them.
        QVERIFY(!store.defaultProfile().keepResponseBodies);
        Profile p;
        p.name = QStringLiteral("Keeper");
        QCOMPARE(store.create(p), QString());
        QVERIFY(!store.profile(QStringLiteral("Keeper"))->keepResponseBodies);
        p.keepResponseBodies = true;
        QCOMPARE(store.update(p), QString());
    }
    {
        ProfileStore store(settingsPath());
        QVERIFY(store.profile(QStringLiteral("Keeper"))->keepResponseBodies);
        QVERIFY(!store.profile(QStringLiteral("Default"))->keepResponseBodies);
    }
    // A hand-edited value that is not plainly "true" keeps nothing.
    {
        QString text = settingsText(settingsPath());
        QVERIFY(text.contains(QStringLiteral("keepResponseBodies=true")));
        text.replace(QStringLiteral("keepResponseBodies=true"),
                     QStringLiteral("keepResponseBodies=yes please"));
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
    }
    ProfileStore store(settingsPath());
    QVERIFY(store.contains(QStringLiteral("Keeper")));
    QVERIFY(!store.profile(QStringLiteral("Keeper"))->keepResponseBodies);
}

void ProfileStoreTest::cheapRelatedLookupsAreManualUntilChosen()
{
    {
        ProfileStore store(settingsPath());
        // Each automatic lookup sends the token without a click: neither the first profile nor a new one
        // does.
        QVERIFY(!store.defaultProfile().fetchCheapRelatedAutomatically);
        Profile p;
        p.name = QStringLiteral("Busy desk");
        QCOMPARE(store.create(p), QString());
        QVERIFY(!store.profile(QStringLiteral("Busy desk"))->fetchCheapRelatedAutomatically);
        p.fetchCheapRelatedAutomatically = true;
        QCOMPARE(store.update(p), QString());
    }
    {
        ProfileStore store(settingsPath());
        QVERIFY(store.profile(QStringLiteral("Busy desk"))->fetchCheapRelatedAutomatically);
        QVERIFY(!store.profile(QStringLiteral("Default"))->fetchCheapRelatedAutomatically);
    }
    // A hand-edited value that is not plainly "true" leaves the lookups to the user.
    {
        QString text = settingsText(settingsPath());
        QVERIFY(text.contains(QStringLiteral("fetchCheapRelatedAutomatically=true")));
        text.replace(QStringLiteral("fetchCheapRelatedAutomatically=true"),
                     QStringLiteral("fetchCheapRelatedAutomatically=1"));
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
    }
    ProfileStore store(settingsPath());
    QVERIFY(store.contains(QStringLiteral("Busy desk")));
    QVERIFY(!store.profile(QStringLiteral("Busy desk"))->fetchCheapRelatedAutomatically);
}

void ProfileStoreTest::theLargestAnswerIsTheProfilesOwn()
{
    const qint64 raised = 512LL * 1024 * 1024;
    {
        ProfileStore store(settingsPath());
        QCOMPARE(store.defaultProfile().maxResponseBytes, Profile::defaultMaxResponseBytes());
        Profile p;
        p.name = QStringLiteral("Exports");
        p.maxResponseBytes = raised;
        QCOMPARE(store.create(p), QString());
        // Out of its bounds, a cap is refused with the bounds, and nothing changes.
        for (const qint64 wrong :
             {qint64(0), Profile::minMaxResponseBytes() - 1, Profile::maxMaxResponseBytes() + 1}) {
            Profile bad = p;
            bad.maxResponseBytes = wrong;
            const QString error = store.update(bad);
            QVERIFY2(error.contains(QStringLiteral("largest answer")), qPrintable(error));
            QCOMPARE(store.profile(p.name)->maxResponseBytes, raised);
        }
    }
    {
        ProfileStore store(settingsPath());
        QCOMPARE(store.profile(QStringLiteral("Exports"))->maxResponseBytes, raised);
        // The default is not written: a later version may choose another.
        QVERIFY(
            !settingsText(settingsPath())
                 .contains(QStringLiteral("maxResponseBytes=%1").arg(Profile::defaultMaxResponseBytes())));
    }
    // A hand-edited cap that is not a size within the bounds gives the default, and the profile stays.
    for (const QString &edited :
         {QStringLiteral("lots"), QStringLiteral("-5"), QStringLiteral("99999999999999")}) {
        QString text = settingsText(settingsPath());
        text.replace(QRegularExpression(QStringLiteral("maxResponseBytes=[^\\n]*")),
                     QStringLiteral("maxResponseBytes=") + edited);
        QVERIFY(text.contains(QStringLiteral("maxResponseBytes=") + edited));
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        ProfileStore store(settingsPath());
        QVERIFY(store.contains(QStringLiteral("Exports")));
        QCOMPARE(store.profile(QStringLiteral("Exports"))->maxResponseBytes,
                 Profile::defaultMaxResponseBytes());
    }
}

void ProfileStoreTest::renameAndRemoveWithoutVault()
{
    ProfileStore store(settingsPath());
    QSignalSpy spy(&store, &ProfileStore::changeFinished);
    Profile p;
    p.name = QStringLiteral("Beta");
    QCOMPARE(store.create(p), QString());
    QVERIFY(store.rename(QStringLiteral("Beta"), QStringLiteral("default"))
                .contains(QStringLiteral("already exists")));
    QVERIFY(!store.rename(QStringLiteral("Nobody"), QStringLiteral("X")).isEmpty());
    QCOMPARE(spy.count(), 0);

    QCOMPARE(store.rename(QStringLiteral("Default"), QStringLiteral("Main")), QString());
    QCOMPARE(spy.count(), 0); // never synchronously
    ProfileChange change = waitForChange(spy);
    QVERIFY2(change.ok, qPrintable(change.message));
    QCOMPARE(store.names(), QStringList({QStringLiteral("Main"), QStringLiteral("Beta")}));
    QCOMPARE(store.defaultProfileName(), QStringLiteral("Main")); // the default follows its profile

    QCOMPARE(store.remove(QStringLiteral("Main")), QString());
    change = waitForChange(spy);
    QVERIFY(change.ok);
    QCOMPARE(store.names(), QStringList{QStringLiteral("Beta")});
    QCOMPARE(store.defaultProfileName(), QStringLiteral("Beta"));
    QTest::qWait(20);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(ProfileStore(settingsPath()).names(), QStringList{QStringLiteral("Beta")});
}

void ProfileStoreTest::renameMovesTheKeychainEntry()
{
    if (const QString reason = KeyringControl::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    TokenStore tokens(testService);
    TokenVault vault(&tokens);
    QSignalSpy vaultSpy(&vault, &TokenVault::finished);
    ProfileStore store(settingsPath());
    store.setVault(&vault);
    QSignalSpy spy(&store, &ProfileStore::changeFinished);
    const QString token = newPit();
    m_tokens << token;

    QCOMPARE(statusName(waitFor(vaultSpy, vault.save(QStringLiteral("Default"), token)).status),
             QStringLiteral("Ok"));
    QCOMPARE(store.rename(QStringLiteral("Default"), QStringLiteral("Acme Dental")), QString());
    // While the keychain works, the profile is busy and cannot be renamed again.
    QVERIFY(!store.rename(QStringLiteral("Default"), QStringLiteral("Other")).isEmpty());
    const ProfileChange change = waitForChange(spy);
    QVERIFY2(change.ok, qPrintable(change.message));
    QCOMPARE(change.keychain.operation, TokenStoreResult::Operation::Move);
    QCOMPARE(store.names(), QStringList{QStringLiteral("Acme Dental")});
    QCOMPARE(vault.token(QStringLiteral("Acme Dental")), token);
    QCOMPARE(vault.token(QStringLiteral("Default")), QString());

    // A fresh store reads the keychain itself: the entry moved.
    TokenStore fresh(testService);
    QSignalSpy freshSpy(&fresh, &TokenStore::finished);
    QCOMPARE(waitFor(freshSpy, fresh.load(QStringLiteral("Acme Dental"))).token, token);
    QCOMPARE(statusName(waitFor(freshSpy, fresh.load(QStringLiteral("Default"))).status),
             QStringLiteral("NotFound"));
    waitFor(freshSpy, fresh.forget(QStringLiteral("Acme Dental")));
}

void ProfileStoreTest::removeForgetsTheKeychainEntry()
{
    if (const QString reason = KeyringControl::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    TokenStore tokens(testService);
    TokenVault vault(&tokens);
    QSignalSpy vaultSpy(&vault, &TokenVault::finished);
    ProfileStore store(settingsPath());
    store.setVault(&vault);
    QSignalSpy spy(&store, &ProfileStore::changeFinished);
    const QString token = newPit();
    const QString keep = newPit();
    m_tokens << token << keep;
    Profile p;
    p.name = QStringLiteral("Temporary");
    QCOMPARE(store.create(p), QString());
    QCOMPARE(statusName(waitFor(vaultSpy, vault.save(QStringLiteral("Temporary"), token)).status),
             QStringLiteral("Ok"));
    QCOMPARE(statusName(waitFor(vaultSpy, vault.save(QStringLiteral("Default"), keep)).status),
             QStringLiteral("Ok"));

    QCOMPARE(store.remove(QStringLiteral("Temporary")), QString());
    const ProfileChange change = waitForChange(spy);
    QVERIFY2(change.ok, qPrintable(change.message));
    QCOMPARE(store.names(), QStringList{QStringLiteral("Default")});

    TokenStore fresh(testService);
    QSignalSpy freshSpy(&fresh, &TokenStore::finished);
    QCOMPARE(statusName(waitFor(freshSpy, fresh.load(QStringLiteral("Temporary"))).status),
             QStringLiteral("NotFound"));
    QCOMPARE(waitFor(freshSpy, fresh.load(QStringLiteral("Default"))).token, keep);
    waitFor(freshSpy, fresh.forget(QStringLiteral("Default")));
}

void ProfileStoreTest::lockedKeychainLeavesProfilesUnchanged()
{
    if (const QString reason = KeyringControl::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    TokenStore tokens(testService);
    TokenVault vault(&tokens);
    QSignalSpy vaultSpy(&vault, &TokenVault::finished);
    ProfileStore store(settingsPath());
    store.setVault(&vault);
    QSignalSpy spy(&store, &ProfileStore::changeFinished);
    const QString token = newPit();
    m_tokens << token;
    QCOMPARE(statusName(waitFor(vaultSpy, vault.save(QStringLiteral("Default"), token)).status),
             QStringLiteral("Ok"));

    QString error;
    QVERIFY2(KeyringControl::lockDefaultCollection(&error), qPrintable(error));
    QCOMPARE(store.rename(QStringLiteral("Default"), QStringLiteral("Renamed")), QString());
    ProfileChange change = waitForChange(spy);
    QVERIFY(!change.ok);
    QCOMPARE(statusName(change.keychain.status), QStringLiteral("Locked"));
    QVERIFY(change.message.contains(QStringLiteral("locked")));
    QCOMPARE(store.names(), QStringList{QStringLiteral("Default")});

    Profile p;
    p.name = QStringLiteral("Second");
    QCOMPARE(store.create(p), QString());
    QCOMPARE(store.remove(QStringLiteral("Default")), QString());
    change = waitForChange(spy);
    QVERIFY(!change.ok);
    QCOMPARE(store.names(), QStringList({QStringLiteral("Default"), QStringLiteral("Second")}));

    QVERIFY2(KeyringControl::unlockDefaultCollection(&error), qPrintable(error));
    TokenStore fresh(testService);
    QSignalSpy freshSpy(&fresh, &TokenStore::finished);
    QCOMPARE(waitFor(freshSpy, fresh.load(QStringLiteral("Default"))).token, token);
    waitFor(freshSpy, fresh.forget(QStringLiteral("Default")));
}

void ProfileStoreTest::renameRollsBackWhenSettingsCannotBeWritten()
{
    if (const QString reason = KeyringControl::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    const QString folder = m_dir->filePath(QStringLiteral("config"));
    const QString settings = folder + QStringLiteral("/profiles.ini");
    TokenStore tokens(testService);
    TokenVault vault(&tokens);
    QSignalSpy vaultSpy(&vault, &TokenVault::finished);
    const QString token = newPit();
    m_tokens << token;
    {
        ProfileStore store(settings);
        store.setVault(&vault);
        QSignalSpy spy(&store, &ProfileStore::changeFinished);
        QCOMPARE(statusName(waitFor(vaultSpy, vault.save(QStringLiteral("Default"), token)).status),
                 QStringLiteral("Ok"));
        const QString before = settingsText(settings);

        QCOMPARE(store.rename(QStringLiteral("Default"), QStringLiteral("Renamed")), QString());
        // While the keychain moves the token, the settings become unwritable — even for root, which read-only
        // permission bits do not stop: their folder is replaced by a plain file.
        QVERIFY(QDir(m_dir->path()).rename(QStringLiteral("config"), QStringLiteral("config-away")));
        {
            QFile blocker(folder);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        const ProfileChange change = waitForChange(spy);
        QVERIFY(!change.ok);
        QVERIFY2(change.message.contains(QStringLiteral("was not renamed")) &&
                     change.message.contains(QStringLiteral("could not be saved")) &&
                     change.message.contains(QStringLiteral("Its token stays with it")),
                 qPrintable(change.message));
        QCOMPARE(change.keychain.operation, TokenStoreResult::Operation::Move); // the move back
        QCOMPARE(statusName(change.keychain.status), QStringLiteral("Ok"));
        // This session goes on with the old name and its token.
        QCOMPARE(store.names(), QStringList{QStringLiteral("Default")});
        QCOMPARE(store.defaultProfileName(), QStringLiteral("Default"));
        QCOMPARE(vault.token(QStringLiteral("Default")), token);
        QCOMPARE(vault.token(QStringLiteral("Renamed")), QString());
        QVERIFY(store.staleKeychainEntries().isEmpty());

        QVERIFY(QFile::remove(folder));
        QVERIFY(QDir(m_dir->path()).rename(QStringLiteral("config-away"), QStringLiteral("config")));
        QCOMPARE(settingsText(settings), before);
    }
    // The next start finds the profile under its old name, with its token in the keychain.
    QCOMPARE(ProfileStore(settings).names(), QStringList{QStringLiteral("Default")});
    QCOMPARE(keychainToken(QStringLiteral("Default")), token);
    Status status = Status::Ok;
    QCOMPARE(keychainToken(QStringLiteral("Renamed"), &status), QString());
    QCOMPARE(statusName(status), QStringLiteral("NotFound"));
    waitFor(vaultSpy, vault.forget(QStringLiteral("Default")));
}

void ProfileStoreTest::renameWhoseRemovalTimesOutCleansUpLater()
{
    if (const QString reason = KeyringControl::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    TokenStore tokens(testService);
    TokenVault vault(&tokens);
    QSignalSpy vaultSpy(&vault, &TokenVault::finished);
    ProfileStore store(settingsPath());
    store.setVault(&vault);
    QSignalSpy spy(&store, &ProfileStore::changeFinished);
    const QString token = newPit();
    m_tokens << token;
    QCOMPARE(statusName(waitFor(vaultSpy, vault.save(QStringLiteral("Default"), token)).status),
             QStringLiteral("Ok"));

    // The new entry is written, then the keychain stops as the old one is removed.
    ContinueDaemonOnExit continueLater;
    stopKeychainAt(this, tokens, TokenStore::Request::Delete, QStringLiteral("Default"));
    QCOMPARE(store.rename(QStringLiteral("Default"), QStringLiteral("Acme Dental")), QString());
    const ProfileChange change = waitForChange(spy);
    // The token is saved under the new name, so the rename holds (before, it failed and the profile kept a
    // name whose entry the late delete then removed: the token was gone on the next start).
    QVERIFY2(change.ok, qPrintable(change.message));
    QVERIFY(change.keychain.sourceKept);
    QCOMPARE(store.names(), QStringList{QStringLiteral("Acme Dental")});
    QCOMPARE(vault.token(QStringLiteral("Acme Dental")), token);
    // The old entry is remembered (by name only) for removal, in this session and the next.
    QCOMPARE(store.staleKeychainEntries(), QStringList{QStringLiteral("Default")});
    QVERIFY(settingsText(settingsPath()).contains(QStringLiteral("staleKeychainEntries")));
    QCOMPARE(ProfileStore(settingsPath()).staleKeychainEntries(), QStringList{QStringLiteral("Default")});

    QVERIFY(KeyringControl::continueDaemon());
    tokens.setDeadline(std::chrono::seconds(30));
    QTRY_VERIFY_WITH_TIMEOUT(store.staleKeychainEntries().isEmpty(), 60000);
    QVERIFY(!settingsText(settingsPath()).contains(QStringLiteral("staleKeychainEntries")));
    QCOMPARE(keychainToken(QStringLiteral("Acme Dental")), token);
    Status status = Status::Ok;
    keychainToken(QStringLiteral("Default"), &status);
    QCOMPARE(statusName(status), QStringLiteral("NotFound"));
    waitFor(vaultSpy, vault.forget(QStringLiteral("Acme Dental")));
}

void ProfileStoreTest::renameWhoseWriteTimesOutRemovesTheLateCopy()
{
    if (const QString reason = KeyringControl::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    TokenStore tokens(testService);
    TokenVault vault(&tokens);
    QSignalSpy vaultSpy(&vault, &TokenVault::finished);
    ProfileStore store(settingsPath());
    store.setVault(&vault);
    QSignalSpy spy(&store, &ProfileStore::changeFinished);
    const QString token = newPit();
    m_tokens << token;
    QCOMPARE(statusName(waitFor(vaultSpy, vault.save(QStringLiteral("Default"), token)).status),
             QStringLiteral("Ok"));

    ContinueDaemonOnExit continueLater;
    stopKeychainAt(this, tokens, TokenStore::Request::Write, QStringLiteral("Elsewhere"));
    QCOMPARE(store.rename(QStringLiteral("Default"), QStringLiteral("Elsewhere")), QString());
    const ProfileChange change = waitForChange(spy);
    QVERIFY(!change.ok);
    QCOMPARE(statusName(change.keychain.status), QStringLiteral("TimedOut"));
    QCOMPARE(store.names(), QStringList{QStringLiteral("Default")});
    // The write may still land under a name no profile has: remembered for removal.
    QCOMPARE(store.staleKeychainEntries(), QStringList{QStringLiteral("Elsewhere")});

    QVERIFY(KeyringControl::continueDaemon());
    tokens.setDeadline(std::chrono::seconds(30));
    QTRY_VERIFY_WITH_TIMEOUT(store.staleKeychainEntries().isEmpty(), 60000);
    Status status = Status::Ok;
    keychainToken(QStringLiteral("Elsewhere"), &status);
    QCOMPARE(statusName(status), QStringLiteral("NotFound"));
    QCOMPARE(keychainToken(QStringLiteral("Default")), token);
    waitFor(vaultSpy, vault.forget(QStringLiteral("Default")));
}

void ProfileStoreTest::staleEntriesFromAnEarlierSessionAreRemoved()
{
    if (const QString reason = KeyringControl::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    const QString leftover = newPit();
    const QString kept = newPit();
    m_tokens << leftover << kept;
    TokenStore tokens(testService);
    QSignalSpy tokenSpy(&tokens, &TokenStore::finished);
    QCOMPARE(statusName(waitFor(tokenSpy, tokens.save(QStringLiteral("Leftover"), leftover)).status),
             QStringLiteral("Ok"));
    QCOMPARE(statusName(waitFor(tokenSpy, tokens.save(QStringLiteral("Default"), kept)).status),
             QStringLiteral("Ok"));
    ProfileStore(settingsPath()).names(); // writes the first-run profile
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        // "Default" is a profile's name: whatever is saved under it is that profile's, never removed.
        settings.setValue(QStringLiteral("staleKeychainEntries"),
                          QStringList({QStringLiteral("Leftover"), QStringLiteral("Default")}));
    }

    TokenVault vault(&tokens);
    ProfileStore store(settingsPath());
    QCOMPARE(store.staleKeychainEntries(), QStringList{QStringLiteral("Leftover")});
    store.setVault(&vault);
    QTRY_VERIFY_WITH_TIMEOUT(store.staleKeychainEntries().isEmpty(), 30000);
    Status status = Status::Ok;
    keychainToken(QStringLiteral("Leftover"), &status);
    QCOMPARE(statusName(status), QStringLiteral("NotFound"));
    QCOMPARE(keychainToken(QStringLiteral("Default")), kept);
    QVERIFY(!settingsText(settingsPath()).contains(QStringLiteral("staleKeychainEntries")));
    waitFor(tokenSpy, tokens.forget(QStringLiteral("Default")));
}

void ProfileStoreTest::newProfileDoesNotInheritAStaleToken()
{
    if (const QString reason = KeyringControl::unavailableReason(); !reason.isEmpty())
        QFAIL(qPrintable(reason));
    const QString stale = newPit();
    const QString fresh = newPit();
    m_tokens << stale << fresh;
    TokenStore tokens(testService);
    QSignalSpy tokenSpy(&tokens, &TokenStore::finished);
    QCOMPARE(statusName(waitFor(tokenSpy, tokens.save(QStringLiteral("Taken"), stale)).status),
             QStringLiteral("Ok"));
    ProfileStore(settingsPath()).names();
    QSettings(settingsPath(), QSettings::IniFormat)
        .setValue(QStringLiteral("staleKeychainEntries"), QStringList{QStringLiteral("Taken")});

    TokenVault vault(&tokens);
    QSignalSpy vaultSpy(&vault, &TokenVault::finished);
    ProfileStore store(settingsPath());
    store.setVault(&vault);
    Profile p;
    p.name = QStringLiteral("Taken");
    QCOMPARE(store.create(p), QString());
    // The stale entry's removal went to the keychain before anything the new profile does, so saving a
    // token for it finds nothing in the way (no "a different token is already saved").
    const TokenStoreResult saved = waitFor(vaultSpy, vault.save(QStringLiteral("Taken"), fresh));
    QCOMPARE(statusName(saved.status), QStringLiteral("Ok"));
    QCOMPARE(keychainToken(QStringLiteral("Taken")), fresh);
    QTRY_VERIFY_WITH_TIMEOUT(store.staleKeychainEntries().isEmpty(), 30000);
    QCOMPARE(keychainToken(QStringLiteral("Taken")), fresh);
    waitFor(vaultSpy, vault.forget(QStringLiteral("Taken")));
}

QTEST_GUILESS_MAIN(ProfileStoreTest)
#include "tst_profilestore.moc"
