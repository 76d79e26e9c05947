// Setting, replacing and forgetting a profile's token through the window's own dialogs, against the real
// gnome-keyring of the test session: the lookup bar's token state follows, the keychain really holds (or no
// longer holds) the token, the dialog explains a JWT before it is saved, and the token reaches no file.

#include "tst_mainwindow_support.h"

#include "lookupbar.h"
#include "secrets/tokenvault.h"
#include "testserver.h"
#include "tokendialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace WindowTesting;
using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

namespace {

const QString locationId = QStringLiteral("Lq7Rt2Vx9KmN3pB6sD4f");

QToolButton *tokenButton(MainWindow &window)
{
    return window.lookupBar()->findChild<QToolButton *>(QStringLiteral("tokenButton"));
}

QAction *tokenMenuAction(MainWindow &window, const QString &text)
{
    for (QAction *action : tokenButton(window)->menu()->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

QPushButton *saveButton(TokenDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

// What the keychain itself holds for the profile, read by a store of its own (not the window's memory).
TokenStoreResult readKeychain(const QString &service, const QString &profile)
{
    TokenStore store(service);
    QSignalSpy spy(&store, &TokenStore::finished);
    const quint64 id = store.load(profile);
    return waitForResult(spy, id);
}

// Files under dir (recursively) whose bytes contain needle.
QStringList filesUnder(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

} // namespace

class MainWindowTokensTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void setReplaceAndForgetThroughTheDialogs();
    void cancelledDialogChangesNothing();
    void malformedTokenCannotBeSaved();
    void differentTokenInTheKeychainIsOnlyReplacedWhenConfirmed();
    void forgetCanBeDeclined();
    void expiredTokenIsOnlySentWhenConfirmed();

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_tokens;

    QString profile() const { return m_window->lookupBar()->currentProfile(); }
    // Opens the token dialog from the lookup bar's button, enters text and presses Save. Returns the dialog's
    // analysis text as it was before saving.
    QString enterTokenThroughDialog(const QString &token, QString *title = nullptr);
};

void MainWindowTokensTest::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    QVERIFY(m_sandbox->isValid());
    m_window = openWindow(m_sandbox->options());
    QVERIFY(m_window);
}

void MainWindowTokensTest::cleanup()
{
    if (m_window) {
        QSignalSpy spy(m_window->vault(), &TokenVault::finished);
        const quint64 id = m_window->vault()->forget(profile());
        QVERIFY(waitForResult(spy, id).ok());
        m_window->close(); // writes the window state to the settings file, as quitting does
        m_window.reset();
    }
    // Neither the settings, the history nor anything else in the sandbox holds a token that was entered.
    for (const QString &token : std::as_const(m_tokens)) {
        QCOMPARE(filesUnder(m_sandbox->path(), token.toUtf8()), QStringList());
        QCOMPARE(TestSupport::filesContaining(token.toUtf8()), QStringList());
    }
    m_tokens.clear();
    m_sandbox.reset();
}

QString MainWindowTokensTest::enterTokenThroughDialog(const QString &token, QString *title)
{
    auto analysis = std::make_shared<QString>();
    auto windowTitle = std::make_shared<QString>();
    auto done = whenModal<TokenDialog>([token, analysis, windowTitle](TokenDialog *dialog) {
        *windowTitle = dialog->windowTitle();
        QCOMPARE(dialog->entry()->echoMode(), QLineEdit::Password);
        QVERIFY(!saveButton(dialog)->isEnabled());
        QTest::keyClicks(dialog->entry(), token);
        *analysis = dialog->analysisText();
        QVERIFY(saveButton(dialog)->isEnabled());
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(tokenButton(*m_window), Qt::LeftButton);
    if (!*done)
        qWarning("the token dialog did not open");
    if (title)
        *title = *windowTitle;
    return *analysis;
}

void MainWindowTokensTest::setReplaceAndForgetThroughTheDialogs()
{
    const QString service = m_sandbox->keychainService();
    QCOMPARE(m_window->lookupBar()->tokenStateText(), QStringLiteral("No token — set one"));
    QCOMPARE(readKeychain(service, profile()).status, TokenStoreResult::Status::NotFound);

    // Set: a Private Integration Token.
    m_tokens << newPit();
    const QString pit = m_tokens.last();
    QSignalSpy vault(m_window->vault(), &TokenVault::finished);
    QString title;
    const QString pitAnalysis = enterTokenThroughDialog(pit, &title);
    QVERIFY2(title.startsWith(QStringLiteral("Set token")), qPrintable(title));
    QVERIFY2(pitAnalysis.contains(QStringLiteral("Private Integration Token")), qPrintable(pitAnalysis));
    QTRY_COMPARE_WITH_TIMEOUT(vault.count(), 1, 10000);
    QCOMPARE(vault.at(0).at(0).value<TokenStoreResult>().status, TokenStoreResult::Status::Ok);
    QCOMPARE(m_window->lookupBar()->tokenStateText(), QStringLiteral("token in keychain · PIT"));
    TokenStoreResult stored = readKeychain(service, profile());
    QCOMPARE(stored.status, TokenStoreResult::Status::Ok);
    QCOMPARE(stored.token, pit);
    QVERIFY(!tokenButton(*m_window)->toolTip().contains(pit));

    // Replace: a JWT, whose claims the dialog shows before anything is saved.
    m_tokens << newJwt(locationId);
    const QString jwt = m_tokens.last();
    const QString jwtAnalysis = enterTokenThroughDialog(jwt, &title);
    QVERIFY2(title.startsWith(QStringLiteral("Replace token")), qPrintable(title));
    QVERIFY2(jwtAnalysis.contains(QStringLiteral("JWT")), qPrintable(jwtAnalysis));
    QVERIFY2(jwtAnalysis.contains(QStringLiteral("authClassId = ") + locationId), qPrintable(jwtAnalysis));
    QVERIFY2(jwtAnalysis.contains(QStringLiteral("exp = ")), qPrintable(jwtAnalysis));
    QVERIFY2(!jwtAnalysis.contains(jwt), "the dialog explains the token without repeating it");
    QTRY_COMPARE_WITH_TIMEOUT(vault.count(), 2, 10000);
    QCOMPARE(vault.at(1).at(0).value<TokenStoreResult>().status, TokenStoreResult::Status::Ok);
    QCOMPARE(m_window->lookupBar()->tokenStateText(), QStringLiteral("token in keychain · JWT"));
    stored = readKeychain(service, profile());
    QCOMPARE(stored.status, TokenStoreResult::Status::Ok);
    QCOMPARE(stored.token, jwt);

    // The window sends what it holds now.
    TestServer server;
    QVERIFY(server.listen());
    server.enqueue(ScriptedResponse::error(404, R"({"statusCode":404,"message":"Message not found"})"));
    m_window->setBaseUrlOverride(server.baseUrl());
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    m_window->lookUp(QStringLiteral("nXf2TQ8rLm4kPz7VbC1a"));
    QVERIFY(waitForDisplay(displayed));
    QCOMPARE(server.requests().at(0).header("Authorization"), QByteArray("Bearer ") + jwt.toLatin1());

    // Forget, from the token button's menu, confirmed in the question box.
    QAction *forget = tokenMenuAction(*m_window, QStringLiteral("Forget token"));
    QVERIFY(forget);
    auto answered = whenModal<QMessageBox>([](QMessageBox *box) {
        QVERIFY(box->text().contains(QStringLiteral("Remove the token")));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    forget->trigger();
    QVERIFY(*answered);
    QTRY_COMPARE_WITH_TIMEOUT(vault.count(), 3, 10000);
    QCOMPARE(vault.at(2).at(0).value<TokenStoreResult>().operation, TokenStoreResult::Operation::Forget);
    QCOMPARE(vault.at(2).at(0).value<TokenStoreResult>().status, TokenStoreResult::Status::Ok);
    QCOMPARE(m_window->lookupBar()->tokenStateText(), QStringLiteral("No token — set one"));
    QCOMPARE(readKeychain(service, profile()).status, TokenStoreResult::Status::NotFound);
    QCOMPARE(m_window->vault()->token(profile()), QString());
}

void MainWindowTokensTest::cancelledDialogChangesNothing()
{
    m_tokens << newPit();
    const QString pit = m_tokens.last();
    QVERIFY(saveToken(*m_window, pit).ok());
    QSignalSpy vault(m_window->vault(), &TokenVault::finished);

    auto done = whenModal<TokenDialog>([](TokenDialog *dialog) {
        QTest::keyClicks(dialog->entry(), newPit());
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
    });
    QTest::mouseClick(tokenButton(*m_window), Qt::LeftButton);
    QVERIFY(*done);
    QCOMPARE(vault.count(), 0);
    QCOMPARE(m_window->vault()->token(profile()), pit);
    QCOMPARE(readKeychain(m_sandbox->keychainService(), profile()).token, pit);
    QCOMPARE(vault.count(), 0);
}

void MainWindowTokensTest::malformedTokenCannotBeSaved()
{
    auto done = whenModal<TokenDialog>([](TokenDialog *dialog) {
        QTest::keyClicks(dialog->entry(), QStringLiteral("pit-abc def\"<x>"));
        QVERIFY(!dialog->errorText().isEmpty());
        QVERIFY(!saveButton(dialog)->isEnabled());
        // Enter with Save disabled does not accept the dialog either.
        QTest::keyClick(dialog->entry(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        dialog->reject();
    });
    QSignalSpy vault(m_window->vault(), &TokenVault::finished);
    QTest::mouseClick(tokenButton(*m_window), Qt::LeftButton);
    QVERIFY(*done);
    QCOMPARE(vault.count(), 0);
    QCOMPARE(m_window->lookupBar()->tokenStateText(), QStringLiteral("No token — set one"));
}

void MainWindowTokensTest::differentTokenInTheKeychainIsOnlyReplacedWhenConfirmed()
{
    // Another program (here: a store of its own) saved a token after the window looked and found none.
    m_tokens << newPit() << newPit();
    const QString elsewhere = m_tokens.at(0);
    const QString typed = m_tokens.at(1);
    {
        TokenStore other(m_sandbox->keychainService());
        QSignalSpy spy(&other, &TokenStore::finished);
        QVERIFY(waitForResult(spy, other.save(profile(), elsewhere)).ok());
    }
    QCOMPARE(m_window->lookupBar()->tokenStateText(), QStringLiteral("No token — set one"));

    // First attempt: the window asks, the answer is No, and the keychain keeps the other token.
    QSignalSpy vault(m_window->vault(), &TokenVault::finished);
    auto declined = whenModal<QMessageBox>([](QMessageBox *box) {
        QVERIFY(box->text().contains(QStringLiteral("different token")));
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    });
    enterTokenThroughDialog(typed);
    QTRY_VERIFY_WITH_TIMEOUT(*declined, 10000);
    QCOMPARE(vault.at(0).at(0).value<TokenStoreResult>().status, TokenStoreResult::Status::Exists);
    QCOMPARE(readKeychain(m_sandbox->keychainService(), profile()).token, elsewhere);

    // Second attempt: Yes replaces it.
    auto confirmed = whenModal<QMessageBox>(
        [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
    enterTokenThroughDialog(typed);
    QTRY_VERIFY_WITH_TIMEOUT(*confirmed, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(vault.count(), 3, 10000);
    QCOMPARE(vault.at(2).at(0).value<TokenStoreResult>().status, TokenStoreResult::Status::Ok);
    QCOMPARE(readKeychain(m_sandbox->keychainService(), profile()).token, typed);
    QCOMPARE(m_window->lookupBar()->tokenStateText(), QStringLiteral("token in keychain · PIT"));
}

void MainWindowTokensTest::forgetCanBeDeclined()
{
    m_tokens << newPit();
    const QString pit = m_tokens.last();
    QVERIFY(saveToken(*m_window, pit).ok());
    QSignalSpy vault(m_window->vault(), &TokenVault::finished);

    auto answered = whenModal<QMessageBox>(
        [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton); });
    QAction *forget = tokenMenuAction(*m_window, QStringLiteral("Forget token"));
    QVERIFY(forget);
    forget->trigger();
    QVERIFY(*answered);
    QCOMPARE(vault.count(), 0);
    QCOMPARE(m_window->lookupBar()->tokenStateText(), QStringLiteral("token in keychain · PIT"));
    QCOMPARE(readKeychain(m_sandbox->keychainService(), profile()).token, pit);
}

void MainWindowTokensTest::expiredTokenIsOnlySentWhenConfirmed()
{
    m_tokens << newJwt(locationId, -2 * 3600);
    const QString expired = m_tokens.last();
    QVERIFY(saveToken(*m_window, expired).ok());
    QVERIFY2(m_window->lookupBar()->tokenStateText().contains(QStringLiteral("expired")),
             qPrintable(m_window->lookupBar()->tokenStateText()));

    TestServer server;
    QVERIFY(server.listen());
    server.setFallback(ScriptedResponse::error(401, R"({"statusCode":401,"message":"Invalid JWT"})"));
    m_window->setBaseUrlOverride(server.baseUrl());
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);

    // No: nothing is sent.
    auto declined = whenModal<QMessageBox>([](QMessageBox *box) {
        QVERIFY(box->text().contains(QStringLiteral("expired")));
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    });
    m_window->lookUp(QStringLiteral("nXf2TQ8rLm4kPz7VbC1a"));
    QVERIFY(*declined);
    QVERIFY(!m_window->lookupBar()->isBusy());

    // Yes: sent, and the 401 offers to update the token.
    auto confirmed = whenModal<QMessageBox>(
        [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
    m_window->lookUp(QStringLiteral("nXf2TQ8rLm4kPz7VbC1a"));
    QVERIFY(*confirmed);
    QVERIFY(waitForDisplay(displayed));
    QCOMPARE(server.requestCount(), 1); // the declined lookup sent nothing
    QCOMPARE(server.requests().at(0).header("Authorization"), QByteArray("Bearer ") + expired.toLatin1());
    QCOMPARE(m_window->lastResult().error.kind, ErrorKind::Unauthorized);
}

int main(int argc, char *argv[])
{
    prepareEnvironment();
    QApplication app(argc, argv);
    MainWindowTokensTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow_tokens.moc"
