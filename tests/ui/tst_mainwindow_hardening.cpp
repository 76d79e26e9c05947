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

#include "badgelabel.h"
#include "errorbanner.h"
#include "httpview.h"
#include "problemsview.h"
#include "store/lookuphistory.h"
#include "store/profilestore.h"
#include "summarycard.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>
#include <QTreeView>
#include <QTreeWidget>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

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
    void tokenPastedIntoTheIdFieldIsRefusedAndNotKept_data();
    void tokenPastedIntoTheIdFieldIsRefusedAndNotKept();
    void copyCurlWithTokenUsesTheProfileThatMadeTheResult();
    void anotherHostGetsTheTokenOnlyAfterAsking();
    void theWindowBinaryForbidsCoreDumps();
    void untrustedTextShowsLiterally();
    void pastedTextHasABound();

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    QString m_token;

    // A window whose default profile has a token and whose lookups go to the loopback server.
    bool start(const TestWindowOptions &options);
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

bool MainWindowHardeningTest::start(const TestWindowOptions &options)
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
    TestWindowOptions options = m_sandbox->options();
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
    m_window->cancelLookup();
    QVERIFY(waitForDisplay(displayed));
}

// Issue 10: a token pasted into the id field is refused before anything is sent, the field is emptied, and
// nothing keeps it: not the server, not the history, not a file.
void MainWindowHardeningTest::tokenPastedIntoTheIdFieldIsRefusedAndNotKept_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("kind");
    QTest::newRow("pit") << newPit() << u"Private Integration Token"_qs;
    QTest::newRow("Bearer jwt") << u"Bearer "_qs + newJwt(u"Lc4Tn0Id8Wq2Er5Ty7Ui"_qs) << u"JWT"_qs;
}
void MainWindowHardeningTest::tokenPastedIntoTheIdFieldIsRefusedAndNotKept()
{
    QFETCH(QString, pasted);
    QFETCH(QString, kind);
    QVERIFY(start(m_sandbox->options()));
    typeAndLookUp(*m_window, pasted);
    QTRY_COMPARE(m_window->lookupBar()->messageIdInput(), QString());
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(!m_window->isLookingUp());
    const QString shown = visibleText(m_window->lookupBar());
    QVERIFY2(shown.contains(u"looks like an access token") && shown.contains(kind), qPrintable(shown));
    const QString secret = pasted.mid(pasted.indexOf(u' ') + 1);
    QVERIFY(!shown.contains(secret.left(12)));
    QVERIFY(!m_window->lastResult().url.toString().contains(secret.left(12)));
    LookupHistory history(m_sandbox->historyPath());
    QVERIFY(history.recentMessageIds().result().isEmpty());
    QCOMPARE(TestSupport::filesContaining(secret.toUtf8()), QStringList());
}

// Issue 10: "Copy as cURL with token" pairs the result's request with the token of the profile that made it,
// even after another profile (with another token) was selected.
void MainWindowHardeningTest::copyCurlWithTokenUsesTheProfileThatMadeTheResult()
{
    QVERIFY(start(m_sandbox->options()));
    const QString first = m_window->profiles()->defaultProfileName();
    m_server->enqueue(ScriptedResponse::json(decoratedBody));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    typeAndLookUp(*m_window, QStringLiteral("Tz4Rd0wn1Xx2Yy3Zz4Aa"));
    QVERIFY(waitForDisplay(displayed));
    QVERIFY(m_window->lastResult().ok());
    QCOMPARE(m_window->lastResult().profile, first);

    Profile other;
    other.name = QStringLiteral("Other sub-account");
    QCOMPARE(m_window->profiles()->create(other), QString());
    QVERIFY(m_window->selectProfile(other.name));
    const QString otherToken = newPit();
    QVERIFY(saveToken(*m_window, otherToken).ok());

    auto answered = whenModal<QMessageBox>(
        [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
    auto *copy = m_window->httpView()->findChild<QAbstractButton *>(QStringLiteral("copyCurlWithToken"));
    QVERIFY(copy);
    QApplication::clipboard()->clear();
    copy->click();
    QVERIFY(*answered);
    const QString copied = QApplication::clipboard()->text();
    QApplication::clipboard()->clear();
    QVERIFY2(copied.contains(m_token), "the token of the profile that made the result");
    QVERIFY(!copied.contains(otherToken));
    QVERIFY(copied.contains(m_server->baseUrl()));

    // Leave the keyring as found: the other profile's token here, the first one's in cleanup().
    QVERIFY(forgetToken(*m_window).ok());
    QVERIFY(m_window->selectProfile(first));
    QCOMPARE(TestSupport::filesContaining(otherToken.toUtf8()), QStringList());
}

// Issue 10: an API address from the command line that is neither HighLevel's nor loopback gets the token only
// after the user agreed, once per profile and address; declining sends nothing.
void MainWindowHardeningTest::anotherHostGetsTheTokenOnlyAfterAsking()
{
    QVERIFY(start(m_sandbox->options()));
    m_window->setBaseUrlOverride(QStringLiteral("https://api.example.invalid"));
    QString asked;
    auto declined = whenModal<QMessageBox>([&asked](QMessageBox *box) {
        asked = box->text();
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QVERIFY(box->defaultButton() == box->button(QMessageBox::No));
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    });
    typeAndLookUp(*m_window, QStringLiteral("Hs7Tq2Nw4Ok6Pl8Mj0Nh"));
    // The session refuses to send the token there; the window then asks.
    QTRY_VERIFY(*declined);
    QTRY_VERIFY(visibleText(m_window->lookupBar()).contains(u"Not sent"));
    QVERIFY2(asked.contains(u"api.example.invalid") && asked.contains(u"Default"), qPrintable(asked));
    QVERIFY(!m_window->isLookingUp());
    QVERIFY(m_window->lastResult().url.isEmpty());
    QVERIFY(visibleText(m_window->lookupBar()).contains(u"Not sent"));

    // Declining is not remembered: the next lookup asks again. Agreeing sends (the lookup starts) …
    auto agreed = whenModal<QMessageBox>(
        [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
    typeAndLookUp(*m_window, QStringLiteral("Hs7Tq2Nw4Ok6Pl8Mj0Nh"));
    QTRY_VERIFY(*agreed);
    QTRY_VERIFY(m_window->isLookingUp());
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    m_window->cancelLookup();
    QVERIFY(waitForDisplay(displayed));

    // … and is remembered for this profile and address: no second question.
    typeAndLookUp(*m_window, QStringLiteral("Hs7Tq2Nw4Ok6Pl8Mj0Nh"));
    QVERIFY(m_window->isLookingUp());
    QVERIFY(!QApplication::activeModalWidget());
    m_window->cancelLookup();
    QVERIFY(waitForDisplay(displayed, 2));
}

namespace {

QByteArray coreLimitOf(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : limits.readAll().split('\n')) {
        if (line.startsWith("Max core file size"))
            return line.simplified();
    }
    return {};
}

} // namespace

namespace {

// What a person sees for text shown with this format: Qt renders AutoText as rich text when it looks like
// HTML, and a tooltip is always AutoText.
QString rendered(const QString &text, Qt::TextFormat format = Qt::AutoText)
{
    if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text)))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// The tooltip a view shows at pos of its viewport, as rendered.
QString toolTipAt(QAbstractItemView *view, const QPoint &pos)
{
    QToolTip::hideText();
    QHelpEvent event(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view->viewport(), &event);
    const QString shown = rendered(QToolTip::text());
    QToolTip::hideText();
    return shown;
}

QTreeWidgetItem *findItem(QTreeWidget *tree, int column, const QString &text)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(column) == text)
            return *it;
    }
    return nullptr;
}

QPoint cellCentre(QTreeWidget *tree, QTreeWidgetItem *item, int column)
{
    const QRect row = tree->visualItemRect(item);
    return {tree->header()->sectionViewportPosition(column) + 4, row.center().y()};
}

} // namespace

// Issue 10: text from the response (keys, values, header values, the reason phrase, what the findings quote)
// is shown exactly as sent in labels and tooltips, never rendered as markup.
void MainWindowHardeningTest::untrustedTextShowsLiterally()
{
    QVERIFY(start(m_sandbox->options()));
    const QString value = QStringLiteral("<b>bold</b><img src=\"x.png\"> & more");
    const QString status = QStringLiteral("<i>queued</i>");
    const QByteArray body = R"({"id":"Ht5Ml0Lt7Xx2Yy3Zz4Aa","status":"<i>queued</i>",)"
                            R"("note":"<b>bold</b><img src=\"x.png\"> & more","<u>key</u>":1})";
    ScriptedResponse response = ScriptedResponse::json(body).withHeader("X-Evil", "<b>header</b>&amp;");
    response.reason = "<b>Fine</b>";
    m_server->enqueue(response);
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    typeAndLookUp(*m_window, QStringLiteral("Ht5Ml0Lt7Xx2Yy3Zz4Aa"));
    QVERIFY(waitForDisplay(displayed));
    QVERIFY2(m_window->lastResult().ok(), qPrintable(m_window->lastResult().error.title));

    // The status bar quotes the reason phrase.
    auto *statusHttp = m_window->findChild<QLabel *>(QStringLiteral("statusHttp"));
    QVERIFY(statusHttp);
    QVERIFY2(rendered(statusHttp->text(), statusHttp->textFormat()).contains(u"<b>Fine</b>"),
             qPrintable(statusHttp->text()));

    // HTTP tab: a header value's tooltip.
    m_window->tabs()->setCurrentWidget(m_window->httpView());
    auto *http = m_window->httpView()->findChild<QTreeWidget *>(QStringLiteral("httpTree"));
    QVERIFY(http);
    http->expandAll();
    QTreeWidgetItem *evil = findItem(http, 0, QStringLiteral("X-Evil"));
    QVERIFY(evil);
    QCOMPARE(toolTipAt(http, cellCentre(http, evil, 1)), QStringLiteral("<b>header</b>&amp;"));

    // Fields tab: a value's and a key's tooltip.
    m_window->tabs()->setCurrentWidget(m_window->fieldsView());
    auto *tree = m_window->fieldsView()->findChild<QTreeView *>(QStringLiteral("fieldsTree"));
    QVERIFY(tree);
    const QAbstractItemModel *model = tree->model();
    QModelIndex noteValue;
    QModelIndex oddKey;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex key = model->index(row, Json::JsonTreeModel::KeyColumn);
        if (key.data().toString() == u"note")
            noteValue = key.siblingAtColumn(Json::JsonTreeModel::ValueColumn);
        if (key.data().toString() == u"<u>key</u>")
            oddKey = key;
    }
    QVERIFY(noteValue.isValid() && oddKey.isValid());
    QVERIFY2(toolTipAt(tree, tree->visualRect(noteValue).center()).contains(value),
             qPrintable(toolTipAt(tree, tree->visualRect(noteValue).center())));
    QCOMPARE(toolTipAt(tree, tree->visualRect(oddKey).center()), QStringLiteral("<u>key</u>"));

    // Problems tab: the finding quotes the unknown status value.
    m_window->tabs()->setCurrentWidget(m_window->problemsView());
    auto *problems = m_window->problemsView()->findChild<QTreeWidget *>(QStringLiteral("problemsList"));
    QVERIFY(problems);
    QTreeWidgetItem *finding = findItem(problems, 1, QStringLiteral("$.status"));
    QVERIFY(finding);
    QVERIFY2(toolTipAt(problems, cellCentre(problems, finding, 2)).contains(u"\"<i>queued</i>\""),
             qPrintable(toolTipAt(problems, cellCentre(problems, finding, 2))));

    // The summary card's status chip: "Sent as …" with the raw value.
    bool chipChecked = false;
    for (const BadgeLabel *chip : m_window->summaryCard()->findChildren<BadgeLabel *>()) {
        if (!chip->toolTip().isEmpty() && rendered(chip->toolTip()).contains(status)) {
            QCOMPARE(rendered(chip->toolTip()), QStringLiteral("Sent as “<i>queued</i>”"));
            chipChecked = true;
        }
    }
    QVERIFY(chipChecked);
}

// Pasted response text has the same bound as a body from the network (shrunk here to 1,000 bytes): at the
// bound it opens, one byte more is refused with a banner and changes nothing.
void MainWindowHardeningTest::pastedTextHasABound()
{
    TestWindowOptions options = m_sandbox->options();
    options.maxPasteBytes = 1000;
    auto window = openWindow(options);
    QVERIFY(window);
    QAction *paste = nullptr;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text() == u"&Paste response from clipboard")
            paste = action;
    }
    QVERIFY(paste);
    const auto bodyOfSize = [](qsizetype size) {
        // Two-byte UTF-8 characters, so the bound is on bytes, not characters.
        const QByteArray head = R"({"note":")";
        const QByteArray tail = "\"}";
        const qsizetype fill = size - head.size() - tail.size();
        QByteArray body = head;
        body.reserve(size);
        for (qsizetype i = 0; i < fill / 2; ++i)
            body.append("\xC3\xA9", 2); // é
        if (fill % 2)
            body.append('x');
        body.append(tail);
        return body;
    };
    QSignalSpy displayed(window.get(), &MainWindow::displayFinished);
    QApplication::clipboard()->setText(QString::fromUtf8(bodyOfSize(1000)));
    paste->trigger();
    QVERIFY(waitForDisplay(displayed));
    QVERIFY(window->treeModel()->rowCount() == 1);

    QApplication::clipboard()->setText(QString::fromUtf8(bodyOfSize(1001)));
    paste->trigger();
    QApplication::clipboard()->clear();
    QVERIFY(window->banner()->isVisible());
    QVERIFY2(visibleText(window->banner()).contains(u"too large"), qPrintable(visibleText(window->banner())));
    QVERIFY(window->treeModel()->rowCount() == 1); // what was shown stays
}

// Issue 10: the real window binary forbids core dumps first thing (release builds, like this test build).
void MainWindowHardeningTest::theWindowBinaryForbidsCoreDumps()
{
#if defined(Q_OS_LINUX) && defined(NDEBUG)
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_sandbox->path() + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_sandbox->path() + QStringLiteral("/data"));
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([] {
        rlimit limit{};
        if (::getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_max != 0) {
            limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 1 << 20);
            ::setrlimit(RLIMIT_CORE, &limit);
        }
    });
    process.start(QStringLiteral(MI_GUI_BINARY), {});
    QVERIFY(process.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(coreLimitOf(process.processId()), QByteArray("Max core file size 0 0 bytes"),
                              10'000);
    process.kill();
    process.waitForFinished();
#endif
}

int main(int argc, char *argv[])
{
    prepareEnvironment();
    QApplication app(argc, argv);
    MainWindowHardeningTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow_hardening.moc"
