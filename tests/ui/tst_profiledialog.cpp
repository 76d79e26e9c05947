// The profile dialog on the window's own ProfileStore, against the throwaway keyring: creating, renaming
// (the token moves to the new name in the keychain), deleting (its entry goes), choosing the default,
// refusing bad input without changing anything, and the window's profile list following a rename of the
// profile in use while the dialog runs modally from the token button's menu. No token is ever written to a
// file.

#include "tst_mainwindow_support.h"

#include "lookupbar.h"
#include "profiledialog.h"
#include "secrets/tokenstore.h"
#include "secrets/tokenvault.h"
#include "store/profilestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace WindowTesting;

namespace {

template <typename T> T *child(const QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

void click(const QWidget *dialog, const char *button)
{
    QTest::mouseClick(child<QPushButton>(dialog, button), Qt::LeftButton);
}

// What a keychain client of its own (not the window's) reads for the profile.
TokenStoreResult loadFromKeychain(const QString &service, const QString &profile)
{
    TokenStore store(service);
    QSignalSpy spy(&store, &TokenStore::finished);
    return waitForResult(spy, store.load(profile));
}

// The one ProfileStore::changeFinished the spy is waiting for; a failed, empty change when none came.
ProfileChange waitForChange(QSignalSpy &spy)
{
    for (int waited = 0; spy.isEmpty() && waited < 10000; waited += 50)
        spy.wait(50);
    if (spy.count() != 1) {
        qWarning("expected one changeFinished, got %d", int(spy.count()));
        return {};
    }
    return spy.at(0).at(0).value<ProfileChange>();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList comboItems(const QComboBox *combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    return items;
}

} // namespace

class ProfileDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createRenameAndDeleteMoveTheToken();
    void useAsDefault();
    void validEditIsSaved();
    void keepResponseBodiesIsAChoicePerProfile();
    void cheapRelatedLookupsAreAChoicePerProfile();
    void theLargestAnswerIsSetInMebibytes();
    void invalidInputChangesNothing_data();
    void invalidInputChangesNothing();
    void windowFollowsARenameOfTheProfileInUse();

private:
    QString service() const { return m_sandbox->keychainService(); }
    ProfileStore *store() const { return m_window->profiles(); }
    // Saves a token for any profile through the window's vault, remembering it for the file check.
    bool saveFor(const QString &profile, const QString &token);

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_tokens;
};

void ProfileDialogTest::initTestCase()
{
    qRegisterMetaType<ProfileChange>();
    // The last check of every test reads every file of the README's sandbox for the tokens.
    QVERIFY2(!TestSupport::sandboxDir().isEmpty(), "run through scripts/test.sh (MI_TEST_SANDBOX)");
}

void ProfileDialogTest::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    QVERIFY(m_sandbox->isValid());
    QVERIFY(m_sandbox->path().startsWith(TestSupport::sandboxDir()));
    m_window = openWindow(m_sandbox->options());
    QVERIFY(m_window);
    QCOMPARE(store()->names(), QStringList{QStringLiteral("Default")});
}

void ProfileDialogTest::cleanup()
{
    if (m_window) {
        for (const QString &name : store()->names()) {
            QSignalSpy spy(m_window->vault(), &TokenVault::finished);
            QVERIFY(waitForResult(spy, m_window->vault()->forget(name)).ok());
        }
        m_window->close();
        m_window.reset();
    }
    for (const QString &token : std::as_const(m_tokens))
        QCOMPARE(TestSupport::filesContaining(token.toUtf8()), QStringList());
    m_tokens.clear();
    m_sandbox.reset();
}

bool ProfileDialogTest::saveFor(const QString &profile, const QString &token)
{
    m_tokens << token;
    QSignalSpy spy(m_window->vault(), &TokenVault::finished);
    return waitForResult(spy, m_window->vault()->save(profile, token, TokenStore::Overwrite::Replace)).ok();
}

void ProfileDialogTest::createRenameAndDeleteMoveTheToken()
{
    ProfileDialog dialog(store(), QStringLiteral("Default"), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QListWidget>(&dialog, "profileList");
    auto *name = child<QLineEdit>(&dialog, "profileName");
    auto *remove = child<QPushButton>(&dialog, "profileRemove");
    auto *combo = child<QComboBox>(m_window.get(), "profileCombo");
    QVERIFY(list && name && remove && combo);
    QVERIFY(!remove->isEnabled()); // the only profile cannot go

    click(&dialog, "profileAdd");
    QCOMPARE(store()->names(), QStringList({QStringLiteral("Default"), QStringLiteral("New profile")}));
    QCOMPARE(list->currentItem()->text(), QStringLiteral("New profile"));
    QCOMPARE(name->text(), QStringLiteral("New profile"));
    QVERIFY2(dialog.messageText().startsWith(QStringLiteral("Created “New profile”")),
             qPrintable(dialog.messageText()));
    QVERIFY(remove->isEnabled());
    const QString token = newPit();
    QVERIFY(saveFor(QStringLiteral("New profile"), token));

    // The new name is typed over the selected one, as the dialog leaves it after New profile.
    QVERIFY(name->hasFocus() || name->hasSelectedText());
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Acme Dental"));
    QSignalSpy changed(store(), &ProfileStore::changeFinished);
    click(&dialog, "profileApply");
    QCOMPARE(dialog.messageText(),
             QStringLiteral("Renaming… the token moves to the new name in the keychain."));
    ProfileChange change = waitForChange(changed);
    QVERIFY(change.ok);
    QCOMPARE(change.kind, ProfileChange::Kind::Rename);
    QCOMPARE(change.newName, QStringLiteral("Acme Dental"));
    QCOMPARE(dialog.messageText(), QStringLiteral("The profile “New profile” is now called “Acme Dental”."));
    QCOMPARE(store()->names(), QStringList({QStringLiteral("Default"), QStringLiteral("Acme Dental")}));
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Acme Dental"));
    QCOMPARE(dialog.selectedProfile(), QStringLiteral("Acme Dental"));
    QCOMPARE(ProfileStore(m_sandbox->settingsFile()).names(), store()->names());
    QCOMPARE(comboItems(combo), store()->names());
    QCOMPARE(combo->currentText(), QStringLiteral("Default"));

    const TokenStoreResult moved = loadFromKeychain(service(), QStringLiteral("Acme Dental"));
    QVERIFY2(moved.ok(), qPrintable(moved.message));
    QVERIFY(moved.token == token);
    QCOMPARE(loadFromKeychain(service(), QStringLiteral("New profile")).status,
             TokenStoreResult::Status::NotFound);

    // Delete asks first; No keeps everything.
    auto declined = whenModal<QMessageBox>([](QMessageBox *box) {
        QVERIFY(box->text().contains(QStringLiteral("Acme Dental")));
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    });
    click(&dialog, "profileRemove");
    QVERIFY(*declined);
    QCOMPARE(store()->names(), QStringList({QStringLiteral("Default"), QStringLiteral("Acme Dental")}));

    changed.clear();
    auto confirmed = whenModal<QMessageBox>(
        [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
    click(&dialog, "profileRemove");
    QVERIFY(*confirmed);
    QCOMPARE(dialog.messageText(), QStringLiteral("Deleting… its token is removed from the keychain."));
    change = waitForChange(changed);
    QVERIFY(change.ok);
    QCOMPARE(change.kind, ProfileChange::Kind::Remove);
    QCOMPARE(dialog.messageText(),
             QStringLiteral("The profile “Acme Dental” and its saved token were removed."));
    QCOMPARE(store()->names(), QStringList{QStringLiteral("Default")});
    QCOMPARE(ProfileStore(m_sandbox->settingsFile()).names(), store()->names());
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Default"));
    QVERIFY(!remove->isEnabled());
    QCOMPARE(comboItems(combo), store()->names());
    QCOMPARE(loadFromKeychain(service(), QStringLiteral("Acme Dental")).status,
             TokenStoreResult::Status::NotFound);
}

void ProfileDialogTest::useAsDefault()
{
    ProfileDialog dialog(store(), QStringLiteral("Default"), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QListWidget>(&dialog, "profileList");
    auto *makeDefault = child<QPushButton>(&dialog, "profileDefault");
    QVERIFY(list && makeDefault);
    QVERIFY(!makeDefault->isEnabled()); // already the default

    click(&dialog, "profileAdd");
    QVERIFY(makeDefault->isEnabled());
    click(&dialog, "profileDefault");
    QCOMPARE(store()->defaultProfileName(), QStringLiteral("New profile"));
    QCOMPARE(ProfileStore(m_sandbox->settingsFile()).defaultProfileName(), QStringLiteral("New profile"));
    QCOMPARE(list->currentItem()->text(), QStringLiteral("New profile"));
    QVERIFY(!makeDefault->isEnabled());

    list->setCurrentItem(list->findItems(QStringLiteral("Default"), Qt::MatchExactly).value(0));
    QCOMPARE(dialog.selectedProfile(), QStringLiteral("Default"));
    QVERIFY(makeDefault->isEnabled());
}

void ProfileDialogTest::validEditIsSaved()
{
    ProfileDialog dialog(store(), QStringLiteral("Default"), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *baseUrl = child<QLineEdit>(&dialog, "profileBaseUrl");
    auto *version = child<QLineEdit>(&dialog, "profileApiVersion");
    auto *note = child<QPlainTextEdit>(&dialog, "profileNote");
    QVERIFY(baseUrl && version && note);

    baseUrl->setText(QStringLiteral("http://127.0.0.1:8443")); // plain http is fine on loopback
    version->setText(QStringLiteral("2021-07-28"));
    note->setPlainText(QStringLiteral("Front desk account"));
    QSignalSpy changed(store(), &ProfileStore::changeFinished);
    click(&dialog, "profileApply");
    QCOMPARE(dialog.messageText(), QStringLiteral("Saved."));
    QCOMPARE(changed.count(), 0); // no rename: nothing asynchronous started
    const auto saved = ProfileStore(m_sandbox->settingsFile()).profile(QStringLiteral("Default"));
    QVERIFY(saved);
    QCOMPARE(saved->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8443")));
    QCOMPARE(saved->apiVersion, QStringLiteral("2021-07-28"));
    QCOMPARE(saved->note, QStringLiteral("Front desk account"));
    QCOMPARE(store()->profile(QStringLiteral("Default")), saved);
}

void ProfileDialogTest::keepResponseBodiesIsAChoicePerProfile()
{
    Profile other;
    other.name = QStringLiteral("Other");
    QCOMPARE(store()->create(other), QString());
    ProfileDialog dialog(store(), QStringLiteral("Default"), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *keep = child<QCheckBox>(&dialog, "profileKeepBodies");
    auto *note = child<QLabel>(&dialog, "profileKeepBodiesNote");
    QVERIFY(keep && note);
    // Off until chosen, with what it means said beside it.
    QVERIFY(!keep->isChecked());
    QVERIFY(note->text().contains(QStringLiteral("customers' messages")));
    QVERIFY(note->text().contains(QStringLiteral("never the token")));

    keep->setChecked(true);
    click(&dialog, "profileApply");
    QCOMPARE(dialog.messageText(), QStringLiteral("Saved."));
    QVERIFY(store()->profile(QStringLiteral("Default"))->keepResponseBodies);
    QVERIFY(ProfileStore(m_sandbox->settingsFile()).profile(QStringLiteral("Default"))->keepResponseBodies);
    QVERIFY(!store()->profile(QStringLiteral("Other"))->keepResponseBodies);

    // Another profile shows its own choice; going back shows this one's.
    auto *list = child<QListWidget>(&dialog, "profileList");
    list->setCurrentItem(list->findItems(QStringLiteral("Other"), Qt::MatchExactly).value(0));
    QVERIFY(!keep->isChecked());
    list->setCurrentItem(list->findItems(QStringLiteral("Default"), Qt::MatchExactly).value(0));
    QVERIFY(keep->isChecked());
    keep->setChecked(false);
    click(&dialog, "profileApply");
    QVERIFY(!store()->profile(QStringLiteral("Default"))->keepResponseBodies);
}

void ProfileDialogTest::cheapRelatedLookupsAreAChoicePerProfile()
{
    Profile other;
    other.name = QStringLiteral("Other");
    QCOMPARE(store()->create(other), QString());
    ProfileDialog dialog(store(), QStringLiteral("Default"), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *fetch = child<QCheckBox>(&dialog, "profileFetchCheapRelated");
    QVERIFY(fetch);
    QVERIFY(!fetch->isChecked());
    // What it does is said where the user decides: never a recording.
    QVERIFY(fetch->toolTip().contains(QStringLiteral("recording")));
    fetch->setChecked(true);
    click(&dialog, "profileApply");
    QCOMPARE(dialog.messageText(), QStringLiteral("Saved."));
    QVERIFY(store()->profile(QStringLiteral("Default"))->fetchCheapRelatedAutomatically);
    QVERIFY(ProfileStore(m_sandbox->settingsFile())
                .profile(QStringLiteral("Default"))
                ->fetchCheapRelatedAutomatically);
    QVERIFY(!store()->profile(QStringLiteral("Other"))->fetchCheapRelatedAutomatically);
    auto *list = child<QListWidget>(&dialog, "profileList");
    list->setCurrentItem(list->findItems(QStringLiteral("Other"), Qt::MatchExactly).value(0));
    QVERIFY(!fetch->isChecked());
}

void ProfileDialogTest::theLargestAnswerIsSetInMebibytes()
{
    // A cap set elsewhere in other units (the CLI's --max-response 100K) survives an edit of another field.
    Profile odd;
    odd.name = QStringLiteral("Odd");
    odd.maxResponseBytes = 100 * 1024;
    QCOMPARE(store()->create(odd), QString());
    ProfileDialog dialog(store(), QStringLiteral("Default"), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *cap = child<QSpinBox>(&dialog, "profileMaxResponse");
    QVERIFY(cap);
    QCOMPARE(cap->value(), 64);
    QVERIFY(cap->toolTip().contains(QStringLiteral("stopped while downloading")));
    cap->setValue(512);
    click(&dialog, "profileApply");
    QCOMPARE(dialog.messageText(), QStringLiteral("Saved."));
    QCOMPARE(ProfileStore(m_sandbox->settingsFile()).profile(QStringLiteral("Default"))->maxResponseBytes,
             512LL * 1024 * 1024);
    auto *list = child<QListWidget>(&dialog, "profileList");
    list->setCurrentItem(list->findItems(QStringLiteral("Odd"), Qt::MatchExactly).value(0));
    child<QPlainTextEdit>(&dialog, "profileNote")->setPlainText(QStringLiteral("exports"));
    click(&dialog, "profileApply");
    QCOMPARE(dialog.messageText(), QStringLiteral("Saved."));
    QCOMPARE(store()->profile(QStringLiteral("Odd"))->maxResponseBytes, qint64(100 * 1024));
    QCOMPARE(store()->profile(QStringLiteral("Odd"))->note, QStringLiteral("exports"));
}

void ProfileDialogTest::invalidInputChangesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("note"); // also typed into the note (empty: left alone)
    QTest::addColumn<QString>("message");

    const QString name = QStringLiteral("profileName");
    const QString base = QStringLiteral("profileBaseUrl");
    const QString version = QStringLiteral("profileApiVersion");
    QTest::newRow("empty name") << name << QString() << QString()
                                << QStringLiteral(
                                       "Enter a profile name, for example the sub-account's name.");
    QTest::newRow("blank name") << name << QStringLiteral("   ") << QString()
                                << QStringLiteral(
                                       "Enter a profile name, for example the sub-account's name.");
    QTest::newRow("name taken, other case")
        << name << QStringLiteral("default") << QString()
        << QStringLiteral("A profile called “Default” already exists. Choose another name.");
    QTest::newRow("name too long") << name << QString(65, QLatin1Char('a')) << QString()
                                   << QStringLiteral(
                                          "The profile name is too long (65 characters; at most 64).");
    QTest::newRow("http to another host")
        << base << QStringLiteral("http://services.leadconnectorhq.com") << QString()
        << QStringLiteral("The API address must start with https://.");
    QTest::newRow("not an address") << base << QStringLiteral("https://") << QString() << QString();
    QTest::newRow("API version not a date")
        << version << QStringLiteral("v2") << QString()
        << QStringLiteral("The API version is a date like 2021-04-15 (the value HighLevel documents for "
                          "this endpoint); “v2” is not one.");
    QTest::newRow("API version without leading zeros") << version << QStringLiteral("2021-4-15") << QString()
                                                       << QStringLiteral("The API version is a date like");
    QTest::newRow("web app over http")
        << QStringLiteral("profileWebApp") << QStringLiteral("http://app.example.com") << QString()
        << QStringLiteral("The web-app address must be an https:// address");
    // A good note typed along with a bad name: the note is not saved either.
    QTest::newRow("empty name with a new note")
        << name << QString() << QStringLiteral("Call Dana before 5")
        << QStringLiteral("Enter a profile name, for example the sub-account's name.");
    QTest::newRow("http address with a new note")
        << base << QStringLiteral("http://example.com") << QStringLiteral("Call Dana before 5")
        << QStringLiteral("The API address must start with https://.");
}

void ProfileDialogTest::invalidInputChangesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, note);
    QFETCH(QString, message);

    ProfileDialog dialog(store(), QStringLiteral("Default"), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    click(&dialog, "profileAdd");
    const QString token = newPit();
    QVERIFY(saveFor(QStringLiteral("New profile"), token));
    const QList<Profile> before = store()->profiles();
    const QByteArray settingsBefore = fileBytes(m_sandbox->settingsFile());
    QVERIFY(settingsBefore.contains("New profile"));
    auto *combo = child<QComboBox>(m_window.get(), "profileCombo");
    const QStringList comboBefore = comboItems(combo);

    auto *edit = dialog.findChild<QLineEdit *>(field);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
    if (!note.isEmpty())
        child<QPlainTextEdit>(&dialog, "profileNote")->setPlainText(note);
    QSignalSpy changed(store(), &ProfileStore::changeFinished);
    click(&dialog, "profileApply");

    const QString shown = dialog.messageText();
    QVERIFY2(!shown.isEmpty() && shown != QStringLiteral("Saved.") &&
                 !shown.startsWith(QStringLiteral("Renaming")),
             qPrintable(shown));
    QVERIFY2(shown.startsWith(message), qPrintable(shown));
    QVERIFY(child<QLabel>(&dialog, "profileMessage")->isVisible());
    QCOMPARE(store()->profiles(), before);
    QCOMPARE(fileBytes(m_sandbox->settingsFile()), settingsBefore);
    QCOMPARE(ProfileStore(m_sandbox->settingsFile()).profiles(), before);
    QCOMPARE(comboItems(combo), comboBefore);
    QCOMPARE(changed.count(), 0);
    // The token stays where it was.
    const TokenStoreResult kept = loadFromKeychain(service(), QStringLiteral("New profile"));
    QVERIFY2(kept.ok(), qPrintable(kept.message));
    QVERIFY(kept.token == token);
    // What was typed stays in the field, so it can be corrected.
    QCOMPARE(edit->text(), text);
}

void ProfileDialogTest::windowFollowsARenameOfTheProfileInUse()
{
    const QString token = newPit();
    m_tokens << token;
    QVERIFY(saveToken(*m_window, token).ok());
    auto *combo = child<QComboBox>(m_window.get(), "profileCombo");
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("Default"));
    QCOMPARE(m_window->vault()->state(QStringLiteral("Default")).storage, TokenVault::Storage::Keychain);

    // Opened from the token button's menu, as a person would; the dialog runs modally in exec().
    auto *tokenButton = child<QToolButton>(m_window.get(), "tokenButton");
    QVERIFY(tokenButton && tokenButton->menu());
    QAction *manage = nullptr;
    for (QAction *action : tokenButton->menu()->actions())
        if (action->text() == QStringLiteral("Manage profiles…"))
            manage = action;
    QVERIFY(manage);

    QString comboWhileOpen;
    QStringList itemsWhileOpen;
    ProfileChange change;
    auto ran = whenModal<ProfileDialog>([&](ProfileDialog *dialog) {
        QCOMPARE(dialog->selectedProfile(), QStringLiteral("Default")); // opens on the profile in use
        auto *name = child<QLineEdit>(dialog, "profileName");
        QVERIFY(name);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Acme Dental"));
        QSignalSpy changed(store(), &ProfileStore::changeFinished);
        click(dialog, "profileApply");
        change = waitForChange(changed);
        comboWhileOpen = combo->currentText();
        itemsWhileOpen = comboItems(combo);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
    });
    manage->trigger();
    QVERIFY(*ran);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(!QApplication::activeModalWidget());

    QVERIFY(change.ok);
    QCOMPARE(change.name, QStringLiteral("Default"));
    QCOMPARE(comboWhileOpen, QStringLiteral("Acme Dental"));
    QCOMPARE(itemsWhileOpen, QStringList{QStringLiteral("Acme Dental")});
    QCOMPARE(combo->currentText(), QStringLiteral("Acme Dental"));
    QCOMPARE(m_window->lookupBar()->currentProfile(), QStringLiteral("Acme Dental"));
    QCOMPARE(store()->defaultProfileName(), QStringLiteral("Acme Dental"));
    // The window still holds the token for the renamed profile, and the keychain has it under the new name.
    QCOMPARE(m_window->vault()->state(QStringLiteral("Acme Dental")).storage, TokenVault::Storage::Keychain);
    QVERIFY(m_window->vault()->token(QStringLiteral("Acme Dental")) == token);
    QVERIFY2(m_window->lookupBar()->tokenStateText().contains(QStringLiteral("keychain")),
             qPrintable(m_window->lookupBar()->tokenStateText()));
    const TokenStoreResult moved = loadFromKeychain(service(), QStringLiteral("Acme Dental"));
    QVERIFY2(moved.ok(), qPrintable(moved.message));
    QVERIFY(moved.token == token);
    QCOMPARE(loadFromKeychain(service(), QStringLiteral("Default")).status,
             TokenStoreResult::Status::NotFound);
    QVERIFY(!m_window->windowTitle().contains(token));
}

int main(int argc, char *argv[])
{
    prepareEnvironment();
    QApplication app(argc, argv);
    ProfileDialogTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profiledialog.moc"
