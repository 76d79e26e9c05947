// The window against what issue 10 found: its teardown order (the models must not outlive the decorator they
// call), token hygiene (ids that look like tokens, "Copy as cURL with token" after a profile switch, a base
// URL outside HighLevel) and untrusted text shown as plain text in labels and tooltips.

#include "tst_mainwindow_support.h"

#include "fieldsview.h"
#include "json/jsonfilterproxymodel.h"
#include "json/jsontreemodel.h"

#include <QEvent>
#include <QTest>
#include <QTreeView>

using namespace WindowTesting;

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

private:
    std::unique_ptr<Sandbox> m_sandbox;
};

void MainWindowHardeningTest::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    QVERIFY(m_sandbox->isValid());
}

void MainWindowHardeningTest::cleanup()
{
    m_sandbox.reset();
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

int main(int argc, char *argv[])
{
    prepareEnvironment();
    QApplication app(argc, argv);
    MainWindowHardeningTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow_hardening.moc"
