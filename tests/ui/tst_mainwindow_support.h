#pragma once

// Shared by the main window tests (tst_mainwindow_*.cpp): a sandbox per window, a window that has finished
// its first keychain read, waiting on the window's and the vault's one-completion signals, and driving modal
// dialogs that exec() their own event loop.

#include "appservices.h"
#include "mainwindow.h"
#include "secrets/tokenstore.h"
#include "secrets/tokenvault.h"
#include "testsupport.h"

#include <QApplication>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace WindowTesting {

// Pins the things the window's text depends on (time zone UTC, English number format) and registers the
// metatypes the spies need. Call first in main(), before QApplication exists.
void prepareEnvironment();

// What a test window is made with: the window's own options and the services main() would make, shrunk for
// tests. tokens: an in-memory token source for tests that do not test the keychain (null: the vault).
struct TestWindowOptions
{
    QString settingsFile;
    QString historyPath;
    QString keychainService;
    ClientOptions clientOptions;
    qint64 maxPasteBytes = MainWindowOptions().maxPasteBytes;
    TokenSource *tokens = nullptr;
};

// One window's own world: a settings INI file and a history database in a temporary directory (inside the
// README's test sandbox when the test runs there, so filesContaining() sees them), and a keychain service
// name no other test run uses.
class Sandbox
{
public:
    Sandbox();

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString settingsFile() const;
    QString historyPath() const;
    QString keychainService() const { return m_service; }

    // Product defaults shrunk for tests: retry waits scaled by 0.001, 5 s per attempt, 30 s per lookup.
    TestWindowOptions options() const;

private:
    QTemporaryDir m_dir;
    QString m_service;
};

// A shown window that has finished reading the default profile's token from the keychain, so what a test
// saves afterwards is not overwritten by that first read. Null (and a warning) when the read never ended.
std::unique_ptr<MainWindow> openWindow(const TestWindowOptions &options);
// The window and its services (which the window owns here, as a child, so they outlive it), not yet shown.
std::unique_ptr<MainWindow> makeWindow(const TestWindowOptions &options);

// Waits until spy (on MainWindow::displayFinished) holds count emissions; false after timeoutMs.
bool waitForDisplay(QSignalSpy &spy, int count = 1, int timeoutMs = 10000);

// The one TokenVault/TokenStore result with this id, waiting for it; a default (Failed, id 0) result when it
// did not come within timeoutMs or came twice.
TokenStoreResult waitForResult(QSignalSpy &spy, quint64 id, int timeoutMs = 10000);

// Forgets the token of the window's current profile (memory and keychain) and waits for the keychain's
// answer: tests leave the throwaway keyring as they found it.
TokenStoreResult forgetToken(MainWindow &window);

// Types the text into the message id field and presses Enter, as a person would.
void typeAndLookUp(MainWindow &window, const QString &text);

// Saves the token for the window's current profile through its vault (replacing any) and waits for the
// keychain's answer.
TokenStoreResult saveToken(MainWindow &window, const QString &token);

// A fresh Private Integration Token: "pit-" and a random UUID.
QString newPit();
// A JWT with HighLevel's location claims that expires validForSeconds from now (negative: already expired).
// Its signature is random: nothing checks it locally.
QString newJwt(const QString &locationId, qint64 validForSeconds = 3600);

// Calls action with the first modal widget of type T once one is active (polling from the event loop, since
// exec() blocks the caller). Returns a flag that turns true once the action ran. A dialog the action left
// open (say, a failed check returned early) is rejected, so a failing test never hangs in exec().
template <typename T> std::shared_ptr<bool> whenModal(std::function<void(T *)> action, int timeoutMs = 10000)
{
    auto done = std::make_shared<bool>(false);
    auto *timer = new QTimer;
    auto elapsed = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, action, done, elapsed, timeoutMs] {
        *elapsed += timer->interval();
        if (auto *modal = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            *done = true;
            QPointer<T> guard(modal);
            action(modal);
            if (guard && guard->isVisible())
                QMetaObject::invokeMethod(guard.data(), "reject");
            return;
        }
        if (*elapsed > timeoutMs) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
    return done;
}

// The text of every visible label under widget, in widget order: what a person reading it would see.
QString visibleText(const QWidget *widget);

} // namespace WindowTesting
