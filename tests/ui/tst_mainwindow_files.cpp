// The window without a network: saved responses opened from files, the bundled samples, a response pasted
// from the clipboard, the command-line forms (an id to look up, a file to open, a profile), and the window's
// own state (geometry, tab) kept across two windows.

#include "tst_mainwindow_support.h"

#include "errorbanner.h"
#include "httpview.h"
#include "jsonl/jsonlinesmodel.h"
#include "jsonlinesview.h"
#include "lookupbar.h"
#include "problemsview.h"
#include "rawjsonview.h"
#include "secrets/tokenvault.h"
#include "startupoptions.h"
#include "store/profilestore.h"
#include "summarycard.h"
#include "testserver.h"
#include "json/jsontreemodel.h"

#include <QClipboard>
#include <QDragEnterEvent>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace WindowTesting;
using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

namespace {

QByteArray sample(const QString &name)
{
    return TestSupport::sampleResponse(name);
}

// The File menu's action with this text (mnemonics ignored), including those in sub-menus.
QAction *fileMenuAction(MainWindow &window, const QString &text)
{
    const auto matches = [&text](const QAction *action) {
        QString plain = action->text();
        plain.remove(QLatin1Char('&'));
        return plain == text;
    };
    for (QAction *top : window.menuBar()->actions()) {
        if (!top->menu() || top->text().remove(QLatin1Char('&')) != QStringLiteral("File"))
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (matches(action))
                return action;
            if (action->menu())
                for (QAction *inner : action->menu()->actions())
                    if (matches(inner))
                        return inner;
        }
    }
    return nullptr;
}

QString statusHttp(MainWindow &window)
{
    return window.findChild<QLabel *>(QStringLiteral("statusHttp"))->text();
}

TokenStoreResult saveInKeychain(const QString &service, const QString &profile, const QString &token)
{
    TokenStore store(service);
    QSignalSpy spy(&store, &TokenStore::finished);
    return waitForResult(spy, store.save(profile, token, TokenStore::Overwrite::Replace));
}

TokenStoreResult forgetInKeychain(const QString &service, const QString &profile)
{
    TokenStore store(service);
    QSignalSpy spy(&store, &TokenStore::finished);
    return waitForResult(spy, store.forget(profile));
}

} // namespace

class MainWindowFilesTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void openFileShowsTheResponse();
    void openFileThatCannotBeRead_data();
    void openFileThatCannotBeRead();
    void openFileThatIsNotJson();
    void samplesShowEverything_data();
    void samplesShowEverything();
    void unknownValuesSampleHasProblems();
    void pasteFromClipboard();
    void pasteWithEmptyClipboardChangesNothing();
    void commandLineIdIsLookedUpOnceTheTokenIsRead();
    void commandLineProfileAndFile();
    void droppedFileAndJsonTextAreShown();
    void windowStateIsRestored();
    void jsonLinesFileOpensAsRecords();
    void bigFileShowsProgressAndCanBeCancelled();

private:
    std::unique_ptr<Sandbox> m_sandbox;
};

void MainWindowFilesTest::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    QVERIFY(m_sandbox->isValid());
}

void MainWindowFilesTest::cleanup()
{
    m_sandbox.reset();
}

void MainWindowFilesTest::openFileShowsTheResponse()
{
    auto window = openWindow(m_sandbox->options());
    QVERIFY(window);
    const QByteArray body = sample(QStringLiteral("outbound-email-thread.json"));
    const QString path = m_sandbox->path() + QStringLiteral("/saved response.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(body);
    file.close();

    QSignalSpy displayed(window.get(), &MainWindow::displayFinished);
    window->openFile(path);
    QVERIFY(waitForDisplay(displayed));
    QVERIFY(!window->banner()->isVisible());
    QVERIFY(window->summaryCard()->isVisible());
    QCOMPARE(window->summaryCard()->content().direction.meaning, BadgeMeaning::Outbound);
    QCOMPARE(window->rawView()->rawBytes(), body);
    QVERIFY(window->rawView()->isPrettyAvailable());
    QVERIFY(window->treeModel()->rowCount() > 0);
    QCOMPARE(statusHttp(*window), QStringLiteral("Opened saved response.json"));
    // Nothing was sent, so there is no HTTP exchange to show.
    QCOMPARE(window->httpView()->text(), QString());
}

void MainWindowFilesTest::openFileThatCannotBeRead_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("missing") << QStringLiteral("no-such-file.json");
    QTest::newRow("a directory") << QStringLiteral("folder.json");
}

void MainWindowFilesTest::openFileThatCannotBeRead()
{
    QFETCH(QString, name);
    auto window = openWindow(m_sandbox->options());
    QVERIFY(window);
    QVERIFY(QDir(m_sandbox->path()).mkdir(QStringLiteral("folder.json")));
    // Something on screen before: a failed open must not wipe it.
    QSignalSpy displayed(window.get(), &MainWindow::displayFinished);
    window->openSample(QStringLiteral(":/samples/failed-sms.json"));
    QVERIFY(waitForDisplay(displayed));

    window->openFile(m_sandbox->path() + QLatin1Char('/') + name);
    QVERIFY(waitForDisplay(displayed, 2)); // read off the UI thread by the session
    QVERIFY(window->banner()->isVisible());
    const QString title = window->banner()->content().title;
    QVERIFY2(title.contains(QStringLiteral("could not be opened")) && title.contains(name),
             qPrintable(title));
    QVERIFY(!window->banner()->content().cause.isEmpty());
    QVERIFY(window->summaryCard()->isVisible());
    QCOMPARE(window->rawView()->rawBytes(), sample(QStringLiteral("failed-sms.json")));
}

void MainWindowFilesTest::openFileThatIsNotJson()
{
    auto window = openWindow(m_sandbox->options());
    QVERIFY(window);
    const QByteArray text = "id,status\nabc,delivered\n";
    const QString path = m_sandbox->path() + QStringLiteral("/export.csv");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();

    QSignalSpy displayed(window.get(), &MainWindow::displayFinished);
    window->openFile(path);
    QVERIFY(waitForDisplay(displayed));
    QVERIFY(window->banner()->isVisible());
    QCOMPARE(window->banner()->content().title, QStringLiteral("The response is not valid JSON"));
    QCOMPARE(window->banner()->content().tone, BannerContent::Tone::Warning);
    QCOMPARE(window->rawView()->rawBytes(), text);
    QVERIFY(!window->rawView()->isPrettyAvailable());
    QVERIFY(!window->summaryCard()->isVisible());
    QCOMPARE(window->treeModel()->rowCount(), 0);
}

void MainWindowFilesTest::samplesShowEverything_data()
{
    QTest::addColumn<QString>("menuText");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("direction"); // BadgeMeaning
    // The live shapes come first in the menu: they are what a lookup really returns.
    QTest::newRow("live call") << u"Call, as the live API sends it (envelope, traceId)"_qs
                               << u"live-call-completed.json"_qs << int(BadgeMeaning::Inbound);
    QTest::newRow("live failed sms") << u"Failed SMS, as the live API sends it"_qs
                                     << u"live-failed-sms.json"_qs << int(BadgeMeaning::Outbound);
    QTest::newRow("webhook") << u"InboundMessage webhook payload"_qs << u"webhook-inbound-sms.json"_qs
                             << int(BadgeMeaning::Inbound);
    QTest::newRow("inbound sms") << u"Inbound SMS, delivered (documented shape)"_qs
                                 << u"inbound-sms-delivered.json"_qs << int(BadgeMeaning::Inbound);
    QTest::newRow("email thread") << u"Outbound email with a thread"_qs << u"outbound-email-thread.json"_qs
                                  << int(BadgeMeaning::Outbound);
    QTest::newRow("voicemail") << u"Call that went to voicemail"_qs << u"call-voicemail.json"_qs
                               << int(BadgeMeaning::Outbound);
    QTest::newRow("failed sms") << u"Failed SMS"_qs << u"failed-sms.json"_qs << int(BadgeMeaning::Outbound);
    QTest::newRow("unknown values") << u"Values the schema does not know"_qs << u"unknown-values.json"_qs
                                    << int(BadgeMeaning::Unknown);
}

void MainWindowFilesTest::samplesShowEverything()
{
    QFETCH(QString, menuText);
    QFETCH(QString, file);
    QFETCH(int, direction);
    auto window = openWindow(m_sandbox->options());
    QVERIFY(window);

    // From File → Open sample, as a newcomer would.
    QAction *action = fileMenuAction(*window, menuText);
    QVERIFY2(action, qPrintable(menuText));
    QSignalSpy displayed(window.get(), &MainWindow::displayFinished);
    action->trigger();
    QVERIFY(waitForDisplay(displayed));

    QVERIFY(!window->banner()->isVisible());
    QVERIFY(window->summaryCard()->isVisible());
    const SummaryContent &summary = window->summaryCard()->content();
    QCOMPARE(summary.direction.meaning, BadgeMeaning(direction));
    QVERIFY(summary.status.isBadge());
    QVERIFY(summary.messageType.isBadge());
    QVERIFY(!summary.when.isEmpty());
    QVERIFY(!summary.contactId.isEmpty());
    QCOMPARE(window->rawView()->rawBytes(), sample(file));
    // Every field of the message is in the tree (inside the envelope's "message" for the live shape).
    const QModelIndex message = window->treeModel()->indexForPath(window->analysis().shape.messagePath);
    QVERIFY(window->treeModel()->rowCount(message.isValid() ? message : QModelIndex()) > 5);
    QVERIFY(!summary.messageId.isEmpty());
    QVERIFY2(statusHttp(*window).startsWith(QStringLiteral("Sample: ")), qPrintable(statusHttp(*window)));
    QCOMPARE(window->problemsView()->count(), window->analysis().findings.size());
}

void MainWindowFilesTest::unknownValuesSampleHasProblems()
{
    auto window = openWindow(m_sandbox->options());
    QVERIFY(window);
    QSignalSpy displayed(window.get(), &MainWindow::displayFinished);
    window->openSample(QStringLiteral(":/samples/unknown-values.json"));
    QVERIFY(waitForDisplay(displayed));

    QStringList codes;
    for (const Finding &finding : window->analysis().findings)
        codes << finding.code + QLatin1Char(' ') + finding.path;
    QVERIFY2(codes.contains(QStringLiteral("duplicate-key $.status")), qPrintable(codes.join(u'\n')));
    const QString problems = window->problemsView()->text();
    QVERIFY2(problems.contains(QStringLiteral("$.status")), qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("$.direction")), qPrintable(problems));
    QCOMPARE(window->tabs()->tabText(window->tabs()->indexOf(window->problemsView())),
             QStringLiteral("Problems (%1)").arg(window->problemsView()->count()));
    // Values the schema does not list are shown, marked, never hidden.
    QCOMPARE(window->summaryCard()->content().direction.meaning, BadgeMeaning::Unknown);
    QVERIFY(!window->summaryCard()->content().direction.known);
    // The big number and the exact decimal keep their text.
    QVERIFY(window->rawView()->prettyBytes().contains("12345678901234567890"));
    QVERIFY(window->rawView()->prettyBytes().contains("1.50"));
}

void MainWindowFilesTest::pasteFromClipboard()
{
    auto window = openWindow(m_sandbox->options());
    QVERIFY(window);
    const QByteArray body = sample(QStringLiteral("call-voicemail.json"));
    QApplication::clipboard()->setText(QString::fromUtf8(body));
    QAction *paste = fileMenuAction(*window, QStringLiteral("Paste response from clipboard"));
    QVERIFY(paste);
    QCOMPARE(paste->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));

    QSignalSpy displayed(window.get(), &MainWindow::displayFinished);
    paste->trigger();
    QVERIFY(waitForDisplay(displayed));
    QCOMPARE(window->rawView()->rawBytes(), body);
    QVERIFY(window->summaryCard()->isVisible());
    QCOMPARE(statusHttp(*window), QStringLiteral("Pasted from the clipboard"));
}

void MainWindowFilesTest::pasteWithEmptyClipboardChangesNothing()
{
    auto window = openWindow(m_sandbox->options());
    QVERIFY(window);
    QSignalSpy displayed(window.get(), &MainWindow::displayFinished);
    window->openSample(QStringLiteral(":/samples/inbound-sms-delivered.json"));
    QVERIFY(waitForDisplay(displayed));

    QApplication::clipboard()->setText(QStringLiteral("   \n"));
    fileMenuAction(*window, QStringLiteral("Paste response from clipboard"))->trigger();
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("no text")));
    QCOMPARE(window->rawView()->rawBytes(), sample(QStringLiteral("inbound-sms-delivered.json")));
    QVERIFY(window->summaryCard()->isVisible());
    QCOMPARE(displayed.count(), 1);
}

void MainWindowFilesTest::commandLineIdIsLookedUpOnceTheTokenIsRead()
{
    TestServer server;
    QVERIFY(server.listen());
    server.enqueue(ScriptedResponse::json(sample(QStringLiteral("inbound-sms-delivered.json"))));
    // The token was saved in an earlier session; this window must read it before sending.
    const QString token = newPit();
    QVERIFY(saveInKeychain(m_sandbox->keychainService(), Profile::firstRunName(), token).ok());

    const StartupOptions options = StartupOptions::parse(
        {u"message-inspector"_qs, u"--base-url"_qs, server.baseUrl(),
         u"https://app.gohighlevel.com/v2/location/x/conversations/messages/nXf2TQ8rLm4kPz7VbC1a"_qs});
    QCOMPARE(options.action, StartupOptions::Action::LookUp);

    const auto made = makeWindow(m_sandbox->options());
    MainWindow &window = *made;
    QSignalSpy displayed(&window, &MainWindow::displayFinished);
    window.show();
    window.applyStartup(options); // at once: the keychain read is still in flight
    QVERIFY(waitForDisplay(displayed));
    QVERIFY2(window.lastResult().ok(), qPrintable(window.lastResult().error.title));
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.requests().at(0).target, QByteArray("/conversations/messages/nXf2TQ8rLm4kPz7VbC1a"));
    QCOMPARE(server.requests().at(0).header("Authorization"), QByteArray("Bearer ") + token.toLatin1());
    QCOMPARE(window.lookupBar()->messageIdInput(), QStringLiteral("nXf2TQ8rLm4kPz7VbC1a"));
    QVERIFY(window.summaryCard()->isVisible());

    QVERIFY(forgetInKeychain(m_sandbox->keychainService(), Profile::firstRunName()).ok());
    QCOMPARE(TestSupport::filesContaining(token.toUtf8()), QStringList());
}

void MainWindowFilesTest::commandLineProfileAndFile()
{
    // A second profile, made in an earlier session.
    {
        ProfileStore profiles(m_sandbox->settingsFile());
        Profile clinic;
        clinic.name = QStringLiteral("Acme Dental");
        QCOMPARE(profiles.create(clinic), QString());
    }
    const QString path = m_sandbox->path() + QStringLiteral("/voicemail.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(sample(QStringLiteral("call-voicemail.json")));
    file.close();

    const StartupOptions options =
        StartupOptions::parse({u"message-inspector"_qs, u"--profile"_qs, u"Acme Dental"_qs, path});
    QCOMPARE(options.action, StartupOptions::Action::OpenFile);
    auto window = openWindow(m_sandbox->options());
    QVERIFY(window);
    QSignalSpy displayed(window.get(), &MainWindow::displayFinished);
    window->applyStartup(options);
    QVERIFY(waitForDisplay(displayed));
    QCOMPARE(window->lookupBar()->currentProfile(), QStringLiteral("Acme Dental"));
    QCOMPARE(window->rawView()->rawBytes(), sample(QStringLiteral("call-voicemail.json")));
    QVERIFY(window->summaryCard()->isVisible());

    // An unknown profile is said so, and the window keeps the one it has.
    QVERIFY(!window->selectProfile(QStringLiteral("Nobody")));
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("Nobody")));
    QCOMPARE(window->lookupBar()->currentProfile(), QStringLiteral("Acme Dental"));
}

void MainWindowFilesTest::droppedFileAndJsonTextAreShown()
{
    auto window = openWindow(m_sandbox->options());
    QVERIFY(window);
    const QString path = m_sandbox->path() + QStringLiteral("/dropped.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(sample(QStringLiteral("failed-sms.json")));
    file.close();

    const auto drop = [&window](QMimeData *mime) {
        const QPoint at = window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &dropped);
        return true;
    };

    QSignalSpy displayed(window.get(), &MainWindow::displayFinished);
    QMimeData fileData;
    fileData.setUrls({QUrl::fromLocalFile(path)});
    QVERIFY(drop(&fileData));
    QVERIFY(waitForDisplay(displayed));
    QCOMPARE(window->rawView()->rawBytes(), sample(QStringLiteral("failed-sms.json")));
    QCOMPARE(statusHttp(*window), QStringLiteral("Opened dropped.json"));

    QMimeData textData;
    textData.setText(QString::fromUtf8(sample(QStringLiteral("inbound-sms-delivered.json"))));
    QVERIFY(drop(&textData));
    QVERIFY(waitForDisplay(displayed, 2));
    QCOMPARE(window->summaryCard()->content().direction.meaning, BadgeMeaning::Inbound);
}

void MainWindowFilesTest::windowStateIsRestored()
{
    {
        auto first = openWindow(m_sandbox->options());
        QVERIFY(first);
        first->resize(900, 640);
        first->tabs()->setCurrentIndex(2);
        first->close();
    }
    auto second = openWindow(m_sandbox->options());
    QVERIFY(second);
    QCOMPARE(second->size(), QSize(900, 640));
    QCOMPARE(second->tabs()->currentIndex(), 2);
    QCOMPARE(second->tabs()->tabText(2), QStringLiteral("HTTP"));
}

int main(int argc, char *argv[])
{
    prepareEnvironment();
    QApplication app(argc, argv);
    MainWindowFilesTest test;
    return QTest::qExec(&test, argc, argv);
}

// A .jsonl file is a list of records in the Records dock; a picked record is inspected like any body, and
// says where it came from.
void MainWindowFilesTest::jsonLinesFileOpensAsRecords()
{
    auto window = openWindow(m_sandbox->options());
    QVERIFY(window);
    const QString path = m_sandbox->path() + QStringLiteral("/hooks.jsonl");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"id": "line1msg", "direction": "inbound", "status": "delivered", "body": "one"})"
                   "\n");
        file.write("not json at all\n");
        file.write(R"({"id": "line3msg", "direction": "outbound", "status": "failed", "body": "three"})"
                   "\n");
    }
    QSignalSpy displayed(window.get(), &MainWindow::displayFinished);
    window->openFile(path);
    QVERIFY(waitForDisplay(displayed));
    auto *records = window->findChild<JsonLinesView *>();
    QVERIFY(records);
    QVERIFY(records->isVisible());
    QCOMPARE(records->model()->rowCount(), 3);
    QVERIFY(records->summaryText().contains(QStringLiteral("3 records")));
    // Nothing else changed: no card yet.
    QVERIFY(!window->summaryCard()->isVisible());

    QVERIFY(records->chooseLine(3));
    QVERIFY(waitForDisplay(displayed, 2));
    QVERIFY(window->summaryCard()->isVisible());
    QCOMPARE(window->summaryCard()->content().messageId, QStringLiteral("line3msg"));
    QCOMPARE(window->summaryCard()->content().status.meaning, BadgeMeaning::Bad);
    QCOMPARE(statusHttp(*window), QStringLiteral("line 3 of hooks.jsonl"));
    QVERIFY(window->windowTitle().contains(QStringLiteral("line 3 of hooks.jsonl")));
}

// A body of tens of megabytes shows its reading progress in the status bar with Cancel; cancelling keeps
// what was on screen, and the progress goes away.
void MainWindowFilesTest::bigFileShowsProgressAndCanBeCancelled()
{
    auto window = openWindow(m_sandbox->options());
    QVERIFY(window);
    QSignalSpy displayed(window.get(), &MainWindow::displayFinished);
    const QString small = m_sandbox->path() + QStringLiteral("/small.json");
    {
        QFile file(small);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(sample(QStringLiteral("failed-sms.json")));
    }
    window->openFile(small);
    QVERIFY(waitForDisplay(displayed));
    const QString shownId = window->summaryCard()->content().messageId;
    QVERIFY(!shownId.isEmpty());

    auto *bar = window->findChild<QProgressBar *>(QStringLiteral("workProgress"));
    auto *cancel = window->findChild<QToolButton *>(QStringLiteral("workCancel"));
    QVERIFY(bar && cancel);
    QVERIFY(!bar->isVisible());
    const QString path = m_sandbox->path() + QStringLiteral("/big.json");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray item = "\"ve9EPM428h8vShlRW1KT\",";
        file.write(R"({"id": "bigmsg", "ids": [)");
        file.write(item.repeated(60 * 1024 * 1024 / item.size()));
        file.write("\"z\"]}");
    }
    window->openFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 60000);
    QVERIFY(cancel->isVisible());
    QVERIFY(bar->text().contains(QStringLiteral(" of ")));
    cancel->click();
    QVERIFY(waitForDisplay(displayed, 2));
    QVERIFY(!bar->isVisible());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(window->summaryCard()->content().messageId, shownId);
}

#include "tst_mainwindow_files.moc"
