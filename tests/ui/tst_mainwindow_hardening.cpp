// The window against what issue 10 found: its teardown order (the models must not outlive the decorator they
// call), token hygiene (ids that look like tokens, "Copy as cURL with token" after a profile switch, a base
// URL outside HighLevel) and untrusted text shown as plain text in labels and tooltips.

#include "tst_mainwindow_support.h"

#include "api/highlevelclient.h"
#include "fieldsview.h"
#include "lookupbar.h"
#include "testserver.h"
#include "json/jsonfilterproxymodel.h"
#include "json/jsontreemodel.h"

#include <QEvent>
#include <QLabel>
#include <QTest>
#include <QTreeView>

using namespace WindowTesting;
using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

namespace {

const QByteArray decoratedBody = R"({"id":"Tz4Rd0wn1Xx2Yy3Zz4Aa","type":2,"status":"delivered",)"
                                 R"("direction":"inbound","dateAdded":"2024-03-27T18:13:49.000Z"})";

// Records how many rows a view could still reach through its model each time it is hidden.
class HideProbe : public QObject
{
public:
    explicit HideProbe(QAbstractItemView *view)
        : m_view(view)
    {
        view->installEventFilter(this);
    }
    QList<int> rowsWhenHidden;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::Hide) {
            // No model at all (the view's built-in empty one) counts as nothing reachable.
            const QAbstractItemModel *model = m_view->model();
            int rows = model ? model->rowCount() : 0;
            if (rows > 0)
                rows += model->rowCount(model->index(0, 0));
            rowsWhenHidden << rows;
        }
        return false;
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

class MainWindowHardeningTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void closingTheWindowEmptiesTheViewsBeforeTheDecoratorGoes();
    void progressTextSaysWhenTheLookupGivesUp();

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    QString m_token;

    // A window whose default profile has a token and whose lookups go to the loopback server.
    bool start(const MainWindowOptions &options);
};

void MainWindowHardeningTest::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    QVERIFY(m_sandbox->isValid());
}

void MainWindowHardeningTest::cleanup()
{
    if (m_window) {
        // Leave the throwaway keyring as found, and prove the token reached no file on the way.
        QVERIFY(forgetToken(*m_window).ok());
        m_window.reset();
    }
    if (!m_token.isEmpty())
        QCOMPARE(TestSupport::filesContaining(m_token.toUtf8()), QStringList());
    m_server.reset();
    m_sandbox.reset();
    m_token.clear();
}

bool MainWindowHardeningTest::start(const MainWindowOptions &options)
{
    m_server = std::make_unique<TestServer>();
    if (!m_server->listen())
        return false;
    m_window = openWindow(options);
    if (!m_window)
        return false;
    m_window->setBaseUrlOverride(m_server->baseUrl());
    m_token = newPit();
    return saveToken(*m_window, m_token).ok();
}

// ~QWidget closes the window and hides every view, and a tree view relayouts when hidden: it asks its model
// for decoded values, which the model gets from the window's MessageDecorator. The window's members (the
// decorator among them) are already destroyed by then, so the models must be gone first and the views must
// fall back to an empty model. (Before the fix, the hidden tree still reached every row, and the relayout
// called a destroyed decorator: "pure virtual method called" in a Debug ASan build.)
void MainWindowHardeningTest::closingTheWindowEmptiesTheViewsBeforeTheDecoratorGoes()
{
    auto window = openWindow(m_sandbox->options());
    QVERIFY(window);
    QSignalSpy displayed(window.get(), &MainWindow::displayFinished);
    window->showBody(decoratedBody, QStringLiteral("test"));
    QVERIFY(waitForDisplay(displayed));
    QTreeView *tree = window->fieldsView()->findChild<QTreeView *>();
    QVERIFY(tree);
    QVERIFY(tree->isVisible());
    QVERIFY(tree->model()->rowCount() > 0);
    // The decoded column is filled from the decorator: it is in use.
    const QModelIndex type =
        window->filterModel()->mapFromSource(window->treeModel()->indexForPath(QStringLiteral("$.type")));
    QVERIFY(!type.siblingAtColumn(Json::JsonTreeModel::ValueColumn)
                 .data(Json::JsonTreeModel::DecodedValueRole)
                 .toString()
                 .isEmpty());

    HideProbe probe(tree);
    window.reset();
    QVERIFY(!probe.rowsWhenHidden.isEmpty());
    for (const int rows : std::as_const(probe.rowsWhenHidden))
        QCOMPARE(rows, 0);
}

// One deadline covers the whole lookup, and the progress text says how long it may still take.
void MainWindowHardeningTest::progressTextSaysWhenTheLookupGivesUp()
{
    MainWindowOptions options = m_sandbox->options();
    options.clientOptions.deadlineMs = 40'000;
    QVERIFY(start(options));
    m_server->setFallback(ScriptedResponse::silence());
    QLabel *progress = m_window->lookupBar()->findChild<QLabel *>(QStringLiteral("lookupProgressText"));
    QVERIFY(progress);
    typeAndLookUp(*m_window, QStringLiteral("Pr0gr3ssTxt4Dl9Wq2Ee"));
    QVERIFY(m_server->waitForRequests(1));
    QVERIFY2(progress->text().contains(u"gives up in 40 s") || progress->text().contains(u"gives up in 39 s"),
             qPrintable(progress->text()));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    m_window->client()->cancel();
    QVERIFY(waitForDisplay(displayed));
}

int main(int argc, char *argv[])
{
    prepareEnvironment();
    QApplication app(argc, argv);
    MainWindowHardeningTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow_hardening.moc"
