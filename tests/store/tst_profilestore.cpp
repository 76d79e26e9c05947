#include "keyringcontrol.h"
#include "secrets/tokenvault.h"
#include "store/profilestore.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "tokenwaiting.h"
#include <QUuid>

namespace {

const QString testService = QStringLiteral("message-inspector-profiles-test");

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

QTEST_GUILESS_MAIN(ProfileStoreTest)
#include "tst_profilestore.moc"
