// The Fields tab driven as a person would: the filter (off the UI thread, with its status text), Expand all
// and Collapse all (bounded on huge arrays), the copy actions and the context menu, Ctrl+F per tab, and the
// chips' colours in a light and a dark palette. Through the real window where the window wires things up, and
// on a FieldsView of its own (with QAbstractItemModelTester on every model) where only the view is under
// test.

#include "tst_mainwindow_support.h"

#include "badgegeometry.h"
#include "badgepainter.h"
#include "badgepalette.h"
#include "fieldsview.h"
#include "httpview.h"
#include "message/messagedecorator.h"
#include "palettes.h"
#include "rawjsonview.h"
#include "json/jsonfilterproxymodel.h"
#include "json/jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <vector>

using namespace WindowTesting;
using Json::JsonFilterProxyModel;
using Json::JsonTreeModel;

namespace {

// The rows a person sees in the tree, one per line: two spaces per level, "key: value". Only the children of
// expanded rows are listed, so the dump shows what Expand all, Collapse all and the filter left on screen.
QString visibleRows(const QTreeView *tree)
{
    const QAbstractItemModel *model = tree->model();
    QStringList lines;
    struct Level
    {
        QModelIndex parent;
        int next = 0;
    };
    std::vector<Level> stack{Level{QModelIndex(), 0}};
    while (!stack.empty()) {
        Level &level = stack.back();
        if (level.next >= model->rowCount(level.parent)) {
            stack.pop_back();
            continue;
        }
        const QModelIndex key = model->index(level.next++, JsonTreeModel::KeyColumn, level.parent);
        lines << QString(qsizetype(stack.size() - 1) * 2, QLatin1Char(' ')) + key.data().toString() +
                     QLatin1String(": ") + key.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString();
        if (tree->isExpanded(key))
            stack.push_back(Level{key, 0});
    }
    return lines.join(QLatin1Char('\n'));
}

QString lines(std::initializer_list<const char *> rows)
{
    QStringList out;
    for (const char *row : rows)
        out << QString::fromUtf8(row);
    return out.join(QLatin1Char('\n'));
}

QLabel *filterStatus(const QWidget *root)
{
    return root->findChild<QLabel *>(QStringLiteral("fieldsFilterStatus"));
}

// Types text over whatever the filter box holds (or clears it for an empty text) and waits for the window's
// debounced, off-thread search of exactly that text to finish.
bool filterFor(MainWindow &window, const QString &text)
{
    QLineEdit *edit = window.findChild<QLineEdit *>(QStringLiteral("fieldsFilter"));
    if (!edit)
        return false;
    JsonFilterProxyModel *filter = window.filterModel();
    QSignalSpy finished(filter, &JsonFilterProxyModel::searchFinished);
    if (text.isEmpty()) {
        edit->clear();
    } else {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    const auto done = [&] {
        if (filter->searchText() != text || filter->isSearching())
            return false;
        for (const QList<QVariant> &args : std::as_const(finished))
            if (!args.at(2).toBool())
                return true;
        return false;
    };
    for (int waited = 0; !done(); waited += 50) {
        if (waited > 10000)
            return false;
        finished.wait(50);
    }
    return true;
}

std::unique_ptr<MainWindow> windowShowing(const Sandbox &sandbox, const QByteArray &body,
                                          const QString &origin)
{
    auto window = openWindow(sandbox.options());
    if (!window)
        return nullptr;
    QSignalSpy displayed(window.get(), &MainWindow::displayFinished);
    if (origin.startsWith(QLatin1Char(':')))
        window->openSample(origin);
    else
        window->showBody(body, origin);
    if (!waitForDisplay(displayed))
        return nullptr;
    return window;
}

QModelIndex shownIndex(MainWindow &window, const QString &path, int column = JsonTreeModel::KeyColumn)
{
    return window.filterModel()
        ->mapFromSource(window.treeModel()->indexForPath(path))
        .siblingAtColumn(column);
}

// A FieldsView of its own over a tree model, a filter and the message decorator, wired like the window does
// but without it. The testers are attached before any data is loaded.
struct StandaloneFields
{
    MessageDecorator decorator;
    JsonTreeModel model;
    JsonFilterProxyModel filter;
    QAbstractItemModelTester modelTester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester filterTester{&filter, QAbstractItemModelTester::FailureReportingMode::QtTest};
    FieldsView view;

    explicit StandaloneFields(const QByteArray &body, const QPalette *palette = nullptr)
    {
        if (palette)
            view.setPalette(*palette);
        model.setDecorator(&decorator);
        filter.setSourceModel(&model);
        FieldsView::Roles roles;
        roles.badge = JsonTreeModel::BadgeRole;
        roles.decoded = JsonTreeModel::DecodedValueRole;
        roles.path = JsonTreeModel::JsonPathRole;
        roles.key = JsonTreeModel::KeyRole;
        roles.fullValue = JsonTreeModel::FullValueRole;
        roles.childCount = JsonTreeModel::ChildCountRole;
        view.setModel(&filter, roles);
        model.setDocument(Json::Document::parse(body));
        view.resize(720, 420);
    }

    QModelIndex shown(const QString &path, int column = JsonTreeModel::KeyColumn)
    {
        return filter.mapFromSource(model.indexForPath(path)).siblingAtColumn(column);
    }
};

using TestSupport::darkPalette;
using TestSupport::lightPalette;

const QByteArray exactValuesBody = [] {
    QByteArray body = R"({"id":"Ex4Ct9Vl2Uu7Es5Nn1Bb","status":"delivered","amount":12345678901234567890,)"
                      R"("price":1.50,"body":")";
    for (int i = 0; i < 500; ++i)
        body += "line " + QByteArray::number(i).rightJustified(4, '0') + ". ";
    body += R"(end","meta":{"email":{"messageIds":["Em1Aa","Em2Bb","Em3Cc"]}}})";
    return body;
}();

} // namespace

class FieldsViewTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void filterShowsMatchesWithTheirAncestors_data();
    void filterShowsMatchesWithTheirAncestors();
    void clearingTheFilterShowsEveryRow();
    void theFilterGetsItsClearButtonWithItsFirstText();
    void aLongEmptyTextScrollsInsteadOfGrowingTheView();
    void expandAllOpensNestedContainersAndCollapseAllClosesThem();
    void expandAllLeavesAHugeArrayClosed();
    void expandAllSaysWhatItLeftClosed();
    void filterOpensTheWayToAMatchInALargeArray();
    void copyActionsCopyTheExactValueKeyAndPath();
    void contextMenuOffersTheCopyActions();
    void findShortcutFollowsTheTab();
    void statusChipHasThePaletteColour_data();
    void statusChipHasThePaletteColour();

private:
    std::unique_ptr<Sandbox> m_sandbox;
};

void FieldsViewTest::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    QVERIFY(m_sandbox->isValid());
}

void FieldsViewTest::cleanup()
{
    m_sandbox.reset();
    QApplication::clipboard()->clear();
}

void FieldsViewTest::filterShowsMatchesWithTheirAncestors_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("status");

    QTest::newRow("a key") << QStringLiteral(":/samples/call-voicemail.json") << QStringLiteral("callStatus")
                           << lines({"meta: 2 fields", "  callStatus: voicemail"})
                           << QStringLiteral("1 match");
    QTest::newRow("a value") << QStringLiteral(":/samples/call-voicemail.json") << QStringLiteral("voicemail")
                             << lines({"meta: 2 fields", "  callStatus: voicemail"})
                             << QStringLiteral("1 match");
    QTest::newRow("ignoring case") << QStringLiteral(":/samples/call-voicemail.json")
                                   << QStringLiteral("VOICEMAIL")
                                   << lines({"meta: 2 fields", "  callStatus: voicemail"})
                                   << QStringLiteral("1 match");
    QTest::newRow("deep in an array")
        << QStringLiteral(":/samples/outbound-email-thread.json") << QStringLiteral("Em7Gg8Hh9Ii0Jj1Kk2Ll")
        << lines({"meta: 1 field", "  email: 1 field", "    messageIds: 3 items",
                  "      [1]: Em7Gg8Hh9Ii0Jj1Kk2Ll"})
        << QStringLiteral("1 match");
    QTest::newRow("several") << QStringLiteral(":/samples/outbound-email-thread.json")
                             << QStringLiteral("Lq7Rt2Vx9KmN3pB6sD4f")
                             << lines({"locationId: Lq7Rt2Vx9KmN3pB6sD4f", "attachments: 1 item",
                                       "  [0]: https://storage.example-cdn.com/location/Lq7Rt2Vx9KmN3pB6sD4f/"
                                       "confirmation.pdf"})
                             << QStringLiteral("2 matches");
    QTest::newRow("nothing") << QStringLiteral(":/samples/call-voicemail.json")
                             << QStringLiteral("no field holds this") << QString()
                             << QStringLiteral("No matches");
}

void FieldsViewTest::filterShowsMatchesWithTheirAncestors()
{
    QFETCH(QString, sample);
    QFETCH(QString, text);
    QFETCH(QString, rows);
    QFETCH(QString, status);
    auto window = windowShowing(*m_sandbox, {}, sample);
    QVERIFY(window);
    QVERIFY(filterStatus(window.get()));
    QCOMPARE(filterStatus(window.get())->text(), QString());

    QVERIFY(filterFor(*window, text));
    QCOMPARE(visibleRows(window->fieldsView()->tree()), rows);
    QCOMPARE(filterStatus(window.get())->text(), status);
}

void FieldsViewTest::clearingTheFilterShowsEveryRow()
{
    auto window = windowShowing(*m_sandbox, {}, QStringLiteral(":/samples/call-voicemail.json"));
    QVERIFY(window);
    QTreeView *tree = window->fieldsView()->tree();
    const QString everything = visibleRows(tree);
    QCOMPARE(tree->model()->rowCount(), 14);

    QVERIFY(filterFor(*window, QStringLiteral("callStatus")));
    QCOMPARE(tree->model()->rowCount(), 1);
    QVERIFY(filterFor(*window, QString()));
    QCOMPARE(tree->model()->rowCount(), 14);
    QCOMPARE(filterStatus(window.get())->text(), QString());
    // Every top-level row is back, in the server's order; the filter had expanded meta, which may stay open.
    QStringList topLevel;
    for (const QString &line : visibleRows(tree).split(QLatin1Char('\n')))
        if (!line.startsWith(QLatin1Char(' ')))
            topLevel << line;
    QCOMPARE(topLevel.join(QLatin1Char('\n')), everything);
}

void FieldsViewTest::expandAllOpensNestedContainersAndCollapseAllClosesThem()
{
    auto window = windowShowing(*m_sandbox, {}, QStringLiteral(":/samples/outbound-email-thread.json"));
    QVERIFY(window);
    QTreeView *tree = window->fieldsView()->tree();
    auto *expand = window->findChild<QToolButton *>(QStringLiteral("expandAll"));
    auto *collapse = window->findChild<QToolButton *>(QStringLiteral("collapseAll"));
    QVERIFY(expand && collapse);
    QVERIFY(!tree->isExpanded(shownIndex(*window, QStringLiteral("$.meta"))));

    QTest::mouseClick(expand, Qt::LeftButton);
    QVERIFY(tree->isExpanded(shownIndex(*window, QStringLiteral("$.meta"))));
    QVERIFY(tree->isExpanded(shownIndex(*window, QStringLiteral("$.meta.email"))));
    QVERIFY(tree->isExpanded(shownIndex(*window, QStringLiteral("$.meta.email.messageIds"))));
    QVERIFY(tree->isExpanded(shownIndex(*window, QStringLiteral("$.attachments"))));
    const QString expanded = visibleRows(tree);
    QVERIFY2(expanded.contains(lines({"meta: 1 field", "  email: 1 field", "    messageIds: 3 items",
                                      "      [0]: Em1Aa2Bb3Cc4Dd5Ee6Ff", "      [1]: Em7Gg8Hh9Ii0Jj1Kk2Ll",
                                      "      [2]: Em5Kp9Rt2Vx7Nq3Lb8Hc"})),
             qPrintable(expanded));

    QTest::mouseClick(collapse, Qt::LeftButton);
    QVERIFY(!tree->isExpanded(shownIndex(*window, QStringLiteral("$.meta"))));
    QVERIFY(!tree->isExpanded(shownIndex(*window, QStringLiteral("$.attachments"))));
    const QString collapsed = visibleRows(tree);
    QVERIFY2(!collapsed.contains(QStringLiteral("\n ")), qPrintable(collapsed)); // no child row shown
    QCOMPARE(collapsed.count(QLatin1Char('\n')) + 1, tree->model()->rowCount());
}

void FieldsViewTest::expandAllLeavesAHugeArrayClosed()
{
    constexpr int items = 100'000;
    QByteArray body = R"({"id":"Bg1Ar2Ra3Yy4","meta":{"email":{"messageIds":["Em1Aa"]}},"items":[)";
    for (int i = 0; i < items; ++i) {
        if (i)
            body += ',';
        body += QByteArray::number(i);
    }
    body += R"(],"status":"delivered"})";
    auto window = windowShowing(*m_sandbox, body, QStringLiteral("huge.json"));
    QVERIFY(window);
    QTreeView *tree = window->fieldsView()->tree();
    const QModelIndex array = shownIndex(*window, QStringLiteral("$.items"));
    QCOMPARE(array.data(JsonTreeModel::ChildCountRole).toLongLong(), qint64(items));

    QTest::mouseClick(window->findChild<QToolButton *>(QStringLiteral("expandAll")), Qt::LeftButton);
    QVERIFY(tree->isExpanded(shownIndex(*window, QStringLiteral("$.meta"))));
    QVERIFY(tree->isExpanded(shownIndex(*window, QStringLiteral("$.meta.email"))));
    QVERIFY(tree->isExpanded(shownIndex(*window, QStringLiteral("$.meta.email.messageIds"))));
    QVERIFY(!tree->isExpanded(array));
    QCOMPARE(visibleRows(tree),
             lines({"id: Bg1Ar2Ra3Yy4", "meta: 1 field", "  email: 1 field", "    messageIds: 1 item",
                    "      [0]: Em1Aa", "items: 100,000 items", "status: delivered"}));

    // Still usable: the filter searches all of it off the UI thread, and the array opens on request.
    QVERIFY(filterFor(*window, QStringLiteral("99999")));
    QCOMPARE(filterStatus(window.get())->text(), QStringLiteral("1 match"));
    QVERIFY(filterFor(*window, QString()));
    const QModelIndex reopened = shownIndex(*window, QStringLiteral("$.items"));
    tree->expand(reopened);
    QVERIFY(tree->isExpanded(reopened));
    QCOMPARE(tree->model()->rowCount(reopened), items);
    tree->scrollToBottom();
    const QModelIndex last = shownIndex(*window, QStringLiteral("$.items[99999]"));
    QCOMPARE(last.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("99999"));
    QTest::mouseClick(window->findChild<QToolButton *>(QStringLiteral("collapseAll")), Qt::LeftButton);
    QVERIFY(!tree->isExpanded(reopened));
}

// A message with 65,536 attachments (issue 12): Expand all leaves that array closed and says so, so nobody
// takes it for an empty one; Collapse all and the next document take the note away.
void FieldsViewTest::expandAllSaysWhatItLeftClosed()
{
    constexpr int items = 65'536;
    QByteArray body =
        R"({"id":"At1Ta2Ch3Me4Nt5Ss6A","meta":{"email":{"messageIds":["Em1Aa"]}},"attachments":[)";
    for (int i = 0; i < items; ++i)
        body += (i ? ",\"" : "\"") + QByteArray("https://cdn.example.com/a/") + QByteArray::number(i) + '"';
    body += R"(],"status":"delivered"})";
    auto window = windowShowing(*m_sandbox, body, QStringLiteral("attachments.json"));
    QVERIFY(window);
    FieldsView *fields = window->fieldsView();
    auto *note = fields->findChild<QLabel *>(QStringLiteral("fieldsExpandNote"));
    QVERIFY(note);
    QCOMPARE(fields->expandNote(), QString());

    QTest::mouseClick(window->findChild<QToolButton *>(QStringLiteral("expandAll")), Qt::LeftButton);
    QVERIFY(!fields->tree()->isExpanded(shownIndex(*window, QStringLiteral("$.attachments"))));
    QVERIFY(fields->tree()->isExpanded(shownIndex(*window, QStringLiteral("$.meta.email"))));
    QCOMPARE(fields->expandNote(),
             QStringLiteral("A large array (65,536 items) was not expanded; open it to see its items."));
    QVERIFY(visibleText(fields).contains(QStringLiteral("65,536 items) was not expanded")));

    QTest::mouseClick(window->findChild<QToolButton *>(QStringLiteral("collapseAll")), Qt::LeftButton);
    QCOMPARE(fields->expandNote(), QString());

    // A small message opens completely, with nothing to say.
    QSignalSpy displayed(window.get(), &MainWindow::displayFinished);
    window->openSample(QStringLiteral(":/samples/outbound-email-thread.json"));
    QVERIFY(waitForDisplay(displayed));
    QTest::mouseClick(window->findChild<QToolButton *>(QStringLiteral("expandAll")), Qt::LeftButton);
    QCOMPARE(fields->expandNote(), QString());
}

// A filter match deep inside an array too large for Expand all: the array opens (and nothing else does),
// so the match is on screen instead of behind a closed row.
void FieldsViewTest::filterOpensTheWayToAMatchInALargeArray()
{
    constexpr int items = 65'536;
    QByteArray body = R"({"id":"Bg1Ar2Ra3Yy4","meta":{"email":{"messageIds":["Em1Aa"]}},"attachments":[)";
    for (int i = 0; i < items; ++i)
        body +=
            (i ? ",\"" : "\"") + QByteArray(i == 40'000 ? "needle-" : "file-") + QByteArray::number(i) + '"';
    body += R"(],"status":"delivered"})";
    auto window = windowShowing(*m_sandbox, body, QStringLiteral("attachments.json"));
    QVERIFY(window);
    QTreeView *tree = window->fieldsView()->tree();

    QVERIFY(filterFor(*window, QStringLiteral("needle")));
    QCOMPARE(filterStatus(window.get())->text(), QStringLiteral("1 match"));
    const QModelIndex array = shownIndex(*window, QStringLiteral("$.attachments"));
    QVERIFY(array.isValid());
    QVERIFY2(tree->isExpanded(array), "the array holding the match stayed closed");
    const QModelIndex match = shownIndex(*window, QStringLiteral("$.attachments[40000]"));
    QVERIFY(match.isValid());
    QCOMPARE(match.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(),
             QStringLiteral("needle-40000"));
    tree->scrollTo(match);
    QVERIFY(tree->visualRect(match).isValid());
    QCOMPARE(visibleRows(tree), lines({"attachments: 65,536 items", "  [40000]: needle-40000"}));
}

void FieldsViewTest::copyActionsCopyTheExactValueKeyAndPath()
{
    StandaloneFields fields(exactValuesBody);
    FieldsView &view = fields.view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QClipboard *clipboard = QApplication::clipboard();

    view.tree()->setCurrentIndex(fields.shown(QStringLiteral("$.amount")));
    view.copyValue();
    QCOMPARE(clipboard->text(), QStringLiteral("12345678901234567890"));
    view.copyKey();
    QCOMPARE(clipboard->text(), QStringLiteral("amount"));

    // From the value cell too: the row is what counts, not the column clicked.
    view.tree()->setCurrentIndex(fields.shown(QStringLiteral("$.price"), JsonTreeModel::ValueColumn));
    view.copyValue();
    QCOMPARE(clipboard->text(), QStringLiteral("1.50"));
    view.copyPath();
    QCOMPARE(clipboard->text(), QStringLiteral("$.price"));

    // The tree cuts a long value for display; the copy is whole.
    const QModelIndex body = fields.shown(QStringLiteral("$.body"));
    const QString shown = body.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString();
    QVERIFY2(shown.size() <= JsonTreeModel::displayLimit + 1, qPrintable(QString::number(shown.size())));
    view.tree()->setCurrentIndex(body);
    view.copyValue();
    const QString copied = clipboard->text();
    QCOMPARE(copied.size(), 500 * 11 + 3);
    QVERIFY(copied.startsWith(QStringLiteral("line 0000. line 0001. ")));
    QVERIFY(copied.endsWith(QStringLiteral("line 0499. end")));

    view.selectIndex(fields.shown(QStringLiteral("$.meta.email.messageIds[1]")));
    view.copyPath();
    QCOMPARE(clipboard->text(), QStringLiteral("$.meta.email.messageIds[1]"));
    view.copyValue();
    QCOMPARE(clipboard->text(), QStringLiteral("Em2Bb"));
    view.copyKey();
    QCOMPARE(clipboard->text(), QString()); // array elements have no key

    // Ctrl+C on the tree copies the value.
    clipboard->clear();
    view.selectIndex(fields.shown(QStringLiteral("$.amount")));
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QTest::keyClick(view.tree(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboard->text(), QStringLiteral("12345678901234567890"));
}

void FieldsViewTest::contextMenuOffersTheCopyActions()
{
    StandaloneFields fields(exactValuesBody);
    FieldsView &view = fields.view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QModelIndex target = fields.shown(QStringLiteral("$.meta.email.messageIds[1]"));
    view.selectIndex(target);
    view.tree()->setCurrentIndex(fields.shown(QStringLiteral("$.id"))); // the menu must pick its own row
    const QPoint pos = view.tree()->visualRect(target).center();
    QVERIFY(view.tree()->viewport()->rect().contains(pos));

    // QMenu::exec() runs its own loop: pick the action from inside it, with the keyboard.
    QStringList offered;
    bool picked = false;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        poll.stop();
        QAction *copyPath = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            offered << action->text();
            if (action->text() == QStringLiteral("Copy JSON path"))
                copyPath = action;
        }
        if (!copyPath) {
            menu->close();
            return;
        }
        menu->setActiveAction(copyPath);
        QTest::keyClick(menu, Qt::Key_Return);
        picked = true;
    });
    poll.start();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view.tree()->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view.tree()->viewport(), &event);
    poll.stop();

    QCOMPARE(offered, QStringList({QStringLiteral("Copy value"), QStringLiteral("Copy key"),
                                   QStringLiteral("Copy JSON path"), QStringLiteral("Expand all"),
                                   QStringLiteral("Collapse all")}));
    QVERIFY(picked);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("$.meta.email.messageIds[1]"));
    QCOMPARE(view.tree()->currentIndex().siblingAtColumn(0), target);
}

void FieldsViewTest::findShortcutFollowsTheTab()
{
    auto window = windowShowing(*m_sandbox, {}, QStringLiteral(":/samples/outbound-email-thread.json"));
    QVERIFY(window);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QLineEdit *filter = window->findChild<QLineEdit *>(QStringLiteral("fieldsFilter"));
    QTreeView *tree = window->fieldsView()->tree();

    QCOMPARE(window->tabs()->currentWidget(), window->fieldsView());
    tree->setFocus();
    QVERIFY(!filter->hasFocus());
    QTest::keyClick(tree, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(filter->hasFocus());
    QVERIFY(!window->rawView()->isFindOpen());

    window->tabs()->setCurrentWidget(window->rawView());
    window->rawView()->setFocus();
    QVERIFY(!window->rawView()->isFindOpen());
    QTest::keyClick(window->rawView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window->rawView()->isFindOpen());
    QCOMPARE(window->tabs()->currentWidget(), window->rawView());
    QVERIFY(!filter->hasFocus());

    // From another tab (HTTP), Find brings the Fields filter.
    window->tabs()->setCurrentWidget(window->httpView());
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window->tabs()->currentWidget(), window->fieldsView());
    QVERIFY(filter->hasFocus());
}

void FieldsViewTest::statusChipHasThePaletteColour_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("changedWhileShown");
    QTest::newRow("light") << false << false;
    QTest::newRow("dark") << true << false;
    QTest::newRow("dark after light") << true << true;
    QTest::newRow("light after dark") << false << true;
}

void FieldsViewTest::statusChipHasThePaletteColour()
{
    QFETCH(bool, dark);
    QFETCH(bool, changedWhileShown);
    const QPalette wanted = dark ? darkPalette() : lightPalette();
    const QPalette first = changedWhileShown ? (dark ? lightPalette() : darkPalette()) : wanted;
    QFile sample(QStringLiteral(":/samples/inbound-sms-delivered.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    StandaloneFields fields(sample.readAll(), &first);
    FieldsView &view = fields.view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    if (changedWhileShown) {
        // As when the desktop switches between light and dark while the window is open.
        view.tree()->viewport()->grab();
        view.setPalette(wanted);
    }

    const QModelIndex status = fields.shown(QStringLiteral("$.status"), JsonTreeModel::ValueColumn);
    const Badge badge = status.data(JsonTreeModel::BadgeRole).value<Badge>();
    QCOMPARE(badge.meaning, BadgeMeaning::Good);
    const BadgePalette palette(dark ? BadgePalette::Variant::Dark : BadgePalette::Variant::Light);
    const BadgePalette other(dark ? BadgePalette::Variant::Light : BadgePalette::Variant::Dark);
    const QColor expected = palette.colors(BadgeMeaning::Good).background;
    QVERIFY(expected != other.colors(BadgeMeaning::Good).background);

    const QImage image = view.tree()->viewport()->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const QRect cell = view.tree()->visualRect(status);
    QVERIFY(!cell.isEmpty());
    // Where the delegate puts the chip: left in the cell, same padding and font as it uses.
    const QFontMetricsF metrics(view.tree()->font());
    const BadgeGeometry chip = BadgeGeometry::compute(
        QRectF(cell).adjusted(3, 2, -3, -2), metrics.horizontalAdvance(BadgePainter::chipText(badge)),
        metrics.height(), true);
    const QPoint inside(int(chip.chip.right() - 3), int(chip.chip.center().y()));
    QVERIFY(cell.contains(inside));
    const QColor pixel = image.pixelColor((QPointF(inside) * ratio).toPoint());
    QVERIFY2(pixel.rgb() == expected.rgb(),
             qPrintable(QStringLiteral("%1 instead of %2").arg(pixel.name(), expected.name())));

    // The chip's fill, not a stray pixel: most of the chip's inside has the colour. (The other variant's
    // background is this variant's text colour, so it may appear in the dot and the letters.)
    int same = 0;
    const QRect pixels((chip.chip.topLeft() * ratio).toPoint(), (chip.chip.bottomRight() * ratio).toPoint());
    for (int y = pixels.top(); y <= pixels.bottom(); ++y)
        for (int x = pixels.left(); x <= pixels.right(); ++x)
            same += image.pixel(x, y) == expected.rgb();
    QVERIFY2(same > pixels.width() * pixels.height() / 3,
             qPrintable(QStringLiteral("%1 of %2").arg(same).arg(pixels.width() * pixels.height())));
}

int main(int argc, char *argv[])
{
    prepareEnvironment();
    QApplication app(argc, argv);
    FieldsViewTest test;
    return QTest::qExec(&test, argc, argv);
}

void FieldsViewTest::theFilterGetsItsClearButtonWithItsFirstText()
{
    // Enabled late (it loads the icon theme), but there whenever the field holds text, and it stays.
    FieldsView view;
    QLineEdit *filter = view.filterEdit();
    QVERIFY(!filter->isClearButtonEnabled());
    filter->setText(QStringLiteral("status"));
    QVERIFY(filter->isClearButtonEnabled());
    filter->clear();
    QVERIFY(filter->isClearButtonEnabled());
}

void FieldsViewTest::aLongEmptyTextScrollsInsteadOfGrowingTheView()
{
    FieldsView view;
    view.setEmptyText(QStringLiteral("Short."));
    const int before = view.minimumSizeHint().height();
    QStringList paragraphs;
    for (int i = 0; i < 60; ++i)
        paragraphs << QStringLiteral("<p>Paragraph %1 of a long explanation that wraps.</p>").arg(i);
    view.setEmptyText(paragraphs.join(QString()));
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The view asks for no more room than with a short text (the long one scrolls), and the text is shown.
    QCOMPARE(view.minimumSizeHint().height(), before);
    QCOMPARE(view.hasHeightForWidth(), false);
    auto *area = view.findChild<QScrollArea *>(QStringLiteral("fieldsEmptyArea"));
    QVERIFY(area);
    QVERIFY(area->isVisible());
    QVERIFY(area->verticalScrollBar()->maximum() > 0);
    QVERIFY(WindowTesting::visibleText(&view).contains(QStringLiteral("Paragraph 59")));
}

#include "tst_fieldsview.moc"
