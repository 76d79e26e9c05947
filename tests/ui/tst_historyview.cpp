// The History view and the id drop-down, offscreen, on a real history file in a temporary folder: the list
// newest first with its chips, search and filters, open / show kept answer / compare, delete and clear with
// confirmation and undo (and what reaches the file), the kept-answer limits, and the drop-down's lines.
#include "badgepainter.h"
#include "historytablemodel.h"
#include "historyview.h"
#include "lookupbar.h"
#include "recentidsmodel.h"

#include "store/lookuphistory.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using Tester = QAbstractItemModelTester;

namespace {

// "Now" for the tests: 27 Mar 2024, 19:30 UTC.
const QDateTime now(QDate(2024, 3, 27), QTime(19, 30), Qt::UTC);

LookupRecord lookup(const QString &id, int minutesAgo, const QString &profile, const QString &outcome,
                    const QString &status = {})
{
    LookupRecord r;
    r.messageId = id;
    r.profile = profile;
    r.time = now.addSecs(-60 * minutesAgo);
    r.httpStatus = outcome == u"ok"_s ? 200 : 404;
    r.outcome = outcome;
    if (!status.isEmpty()) {
        r.direction = u"outbound"_s;
        r.status = status;
        r.messageType = u"TYPE_SMS"_s;
        r.summary = u"Outbound · "_s + status + u" · SMS"_s;
    }
    return r;
}

template <typename T> T *child(const QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

QStringList column(const QAbstractItemModel *model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data(role).toString();
    return values;
}

QStringList ids(const HistoryView &view)
{
    return column(view.model(), HistoryTableModel::MessageIdColumn);
}

QStringList storedIds(LookupHistory &history)
{
    QStringList result;
    for (const LookupRecord &r : history.recent(100).result())
        result << r.messageId;
    return result;
}

void selectRows(const HistoryView &view, const QList<int> &rows)
{
    QItemSelection selection;
    for (const int row : rows)
        selection.select(view.model()->index(row, 0),
                         view.model()->index(row, HistoryTableModel::ColumnCount - 1));
    view.table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

// Keys reach the list's own shortcuts only when it has the focus in the active window.
bool focusTable(HistoryView &view)
{
    view.activateWindow();
    if (!QTest::qWaitForWindowActive(&view))
        return false;
    view.table()->setFocus();
    return QTest::qWaitFor([&view] { return view.table()->hasFocus(); });
}

// The one confirmation box the view opened (window-modal, not exec()); null when none is open.
QMessageBox *confirmation(const HistoryView &view, const char *name)
{
    for (int i = 0; i < 100; ++i) {
        auto *box = view.findChild<QMessageBox *>(QString::fromLatin1(name));
        if (box && box->isVisible())
            return box;
        QTest::qWait(20);
    }
    return nullptr;
}

} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelHandlesInvalidIndexes();
    void listsNewestFirstWithChips();
    void searchFindsIdSummaryAndOutcome();
    void filtersByProfileAndPeriod();
    void openEmitsTheRightRow();
    void showKeptAnswerReadsIt();
    void compareEmitsTwoRowsOlderFirst();
    void deleteOneWithUndo();
    void clearAllAsksAndCanBeUndone();
    void clearAllSparesLookupsMadeDuringTheUndoWindow();
    void keptAnswerLimitsAndDeletingThem();
    void dropDownShowsOutcomeAndTime();

private:
    // The view on m_history, shown, with a tester on its model attached before any row arrived.
    std::unique_ptr<HistoryView> openView();
    static bool waitForRefresh(HistoryView &view, QSignalSpy &spy);
    QString path() const { return m_dir->filePath(u"history.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LookupHistory> m_history;
    std::unique_ptr<Tester> m_tester;
    qint64 m_keptRow = -1;
};

void TestHistoryView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_history = std::make_unique<LookupHistory>(path());
    const QList<LookupRecord> lookups = {
        lookup(u"aaaDelivered0001SMSa"_s, 90, u"Acme"_s, u"ok"_s, u"delivered"_s),
        lookup(u"bbbFailed00002SMSbbb"_s, 60, u"Beta"_s, u"ok"_s, u"failed"_s),
        lookup(u"cccMissing0003xxxccc"_s, 30, u"Acme"_s, u"not_found"_s),
        lookup(u"dddPending0004SMSddd"_s, 10, u"Beta"_s, u"ok"_s, u"pending"_s),
        // Yesterday, recorded by the first release (no values kept, the old outcome name).
        [] {
            LookupRecord old = lookup(u"eeeOld00000005eeeeee"_s, 60 * 24, u"Acme"_s, u"Ok"_s);
            old.summary = u"inbound · delivered · SMS"_s;
            return old;
        }(),
    };
    for (const LookupRecord &r : lookups) {
        std::optional<KeptAnswer> answer;
        if (r.messageId.startsWith(u"bbb"))
            answer = KeptAnswer{R"({"id":"bbbFailed00002SMSbbb","status":"failed"})", {{"X-Test", "1"}}, {}};
        const HistoryWrite written = m_history->record(r, answer).result();
        QCOMPARE(int(written.status), int(HistoryWrite::Status::Saved));
        if (answer)
            m_keptRow = written.rowId;
    }
}

void TestHistoryView::cleanup()
{
    m_tester.reset();
    m_history.reset();
    m_dir.reset();
}

std::unique_ptr<HistoryView> TestHistoryView::openView()
{
    auto view = std::make_unique<HistoryView>(m_history.get());
    // Attached before any row arrived: the first answer comes through the event loop.
    m_tester = std::make_unique<Tester>(view->model(), Tester::FailureReportingMode::QtTest);
    view->setClock(now, QTimeZone::utc());
    view->setProfiles({u"Acme"_s, u"Beta"_s});
    view->resize(1000, 500);
    view->show();
    return view;
}

bool TestHistoryView::waitForRefresh(HistoryView &view, QSignalSpy &spy)
{
    Q_UNUSED(view);
    return spy.wait(10000);
}

void TestHistoryView::modelHandlesInvalidIndexes()
{
    HistoryTableModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setRecords(m_history->recent(10).result());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(HistoryTableModel::ColumnCount));
    QVERIFY(!model.data(QModelIndex()).isValid());
    QVERIFY(!model.data(model.index(99, 0)).isValid());
    QVERIFY(!model.data(model.index(0, HistoryTableModel::ColumnCount)).isValid());
    QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    QVERIFY(!model.headerData(-1, Qt::Horizontal).isValid());
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    QCOMPARE(model.record(-1).rowId, -1);
    QCOMPARE(model.record(5).messageId, QString());
    QCOMPARE(model.rowOf(-1), -1);
    QCOMPARE(model.rowOf(m_keptRow), 2);
    model.setRecords({});
    QCOMPARE(model.rowCount(), 0);
}

void TestHistoryView::listsNewestFirstWithChips()
{
    auto view = openView();
    QSignalSpy refreshed(view.get(), &HistoryView::refreshed);
    QVERIFY(waitForRefresh(*view, refreshed));
    const HistoryTableModel *model = view->model();
    QCOMPARE(ids(*view),
             QStringList({u"dddPending0004SMSddd"_s, u"cccMissing0003xxxccc"_s, u"bbbFailed00002SMSbbb"_s,
                          u"aaaDelivered0001SMSa"_s, u"eeeOld00000005eeeeee"_s}));
    QCOMPARE(column(model, HistoryTableModel::TimeColumn),
             QStringList({u"19:20"_s, u"19:00"_s, u"18:30"_s, u"18:00"_s, u"26 Mar, 19:30"_s}));
    QCOMPARE(column(model, HistoryTableModel::ProfileColumn),
             QStringList({u"Beta"_s, u"Acme"_s, u"Beta"_s, u"Acme"_s, u"Acme"_s}));
    QCOMPARE(column(model, HistoryTableModel::OutcomeColumn),
             QStringList({u"OK"_s, u"Not found"_s, u"OK"_s, u"OK"_s, u"OK"_s}));
    QCOMPARE(column(model, HistoryTableModel::StatusColumn),
             QStringList({u"Pending"_s, QString(), u"Failed"_s, u"Delivered"_s, QString()}));

    // Chips carry their meaning for the painter (colour and text, never colour alone).
    const auto chip = [model](int row, int col) {
        return model->index(row, col).data(HistoryTableModel::BadgeRole).value<Badge>();
    };
    QCOMPARE(chip(0, HistoryTableModel::StatusColumn).meaning, BadgeMeaning::Waiting);
    QCOMPARE(chip(1, HistoryTableModel::OutcomeColumn).meaning, BadgeMeaning::Bad);
    QCOMPARE(chip(2, HistoryTableModel::StatusColumn).meaning, BadgeMeaning::Bad);
    QCOMPARE(chip(3, HistoryTableModel::StatusColumn).meaning, BadgeMeaning::Good);
    QCOMPARE(chip(3, HistoryTableModel::DirectionColumn).meaning, BadgeMeaning::Outbound);
    QCOMPARE(chip(3, HistoryTableModel::TypeColumn).label, u"SMS"_s);
    QCOMPARE(chip(4, HistoryTableModel::OutcomeColumn).meaning, BadgeMeaning::Good);
    // The first release's row: its summary, no chips guessed from it.
    QVERIFY(!chip(4, HistoryTableModel::StatusColumn).isBadge());
    QCOMPARE(model->index(4, HistoryTableModel::SummaryColumn).data().toString(),
             u"inbound · delivered · SMS"_s);
    QCOMPARE(model->index(1, HistoryTableModel::SummaryColumn).data().toString(), u"HTTP 404"_s);
    // With chips of its own, the row's summary (their words) is in the tooltip; the cell says the HTTP
    // status.
    QCOMPARE(model->index(3, HistoryTableModel::SummaryColumn).data().toString(), u"HTTP 200"_s);
    QCOMPARE(model->index(3, HistoryTableModel::SummaryColumn).data(Qt::ToolTipRole).toString(),
             u"Outbound · delivered · SMS (HTTP 200)"_s);
    QVERIFY(!chip(0, HistoryTableModel::ProfileColumn).isBadge());

    // The kept answer's size; the roles every action reads.
    QVERIFY(!model->index(2, HistoryTableModel::KeptAnswerColumn).data().toString().isEmpty());
    QVERIFY(model->index(0, HistoryTableModel::KeptAnswerColumn).data().toString().isEmpty());
    QVERIFY(model->index(2, 0).data(HistoryTableModel::HasKeptAnswerRole).toBool());
    QCOMPARE(model->index(2, 5).data(HistoryTableModel::RowIdRole).toLongLong(), m_keptRow);
    QCOMPARE(model->index(0, HistoryTableModel::TimeColumn).data(Qt::ToolTipRole).toString(),
             u"27 Mar 2024, 19:20:00 (10 minutes ago)"_s);
    QCOMPARE(view->statusText(), u"5 lookups"_s);

    // A new lookup shows up by itself.
    QVERIFY(m_history->record(lookup(u"fffNew000000006fffff"_s, 1, u"Acme"_s, u"ok"_s, u"sent"_s))
                .result()
                .kept());
    QVERIFY(waitForRefresh(*view, refreshed));
    QCOMPARE(ids(*view).value(0), u"fffNew000000006fffff"_s);
}

void TestHistoryView::searchFindsIdSummaryAndOutcome()
{
    auto view = openView();
    QSignalSpy refreshed(view.get(), &HistoryView::refreshed);
    QVERIFY(waitForRefresh(*view, refreshed));
    auto *search = child<QLineEdit>(view.get(), "historySearch");
    QVERIFY(search);
    const auto searchFor = [&](const QString &text) {
        refreshed.clear();
        search->clear();
        QTest::keyClicks(search, text);
        return waitForRefresh(*view, refreshed) ? ids(*view) : QStringList{u"no answer"_s};
    };
    QCOMPARE(searchFor(u"cccmiss"_s), QStringList{u"cccMissing0003xxxccc"_s});   // part of an id, any case
    QCOMPARE(searchFor(u"failed"_s), QStringList{u"bbbFailed00002SMSbbb"_s});    // the summary
    QCOMPARE(searchFor(u"not_found"_s), QStringList{u"cccMissing0003xxxccc"_s}); // the outcome as stored
    QCOMPARE(searchFor(u"nothing like this"_s), QStringList());
    QCOMPARE(view->statusText(), u"No lookups match."_s);
    QCOMPARE(searchFor(QString()).size(), 5);
}

void TestHistoryView::filtersByProfileAndPeriod()
{
    auto view = openView();
    QSignalSpy refreshed(view.get(), &HistoryView::refreshed);
    QVERIFY(waitForRefresh(*view, refreshed));
    auto *profile = child<QComboBox>(view.get(), "historyProfile");
    auto *period = child<QComboBox>(view.get(), "historyPeriod");
    QVERIFY(profile && period);
    QCOMPARE(profile->itemText(0), u"All profiles"_s);

    refreshed.clear();
    profile->setCurrentIndex(profile->findData(u"Beta"_s));
    QVERIFY(waitForRefresh(*view, refreshed));
    QCOMPARE(ids(*view), QStringList({u"dddPending0004SMSddd"_s, u"bbbFailed00002SMSbbb"_s}));
    // The profile list changes (a profile was added): the choice stays.
    view->setProfiles({u"Acme"_s, u"Beta"_s, u"Gamma"_s});
    QCOMPARE(profile->currentData().toString(), u"Beta"_s);

    refreshed.clear();
    profile->setCurrentIndex(0);
    QVERIFY(waitForRefresh(*view, refreshed));
    refreshed.clear();
    period->setCurrentIndex(period->findText(u"Last hour"_s));
    QVERIFY(waitForRefresh(*view, refreshed));
    QCOMPARE(ids(*view),
             QStringList({u"dddPending0004SMSddd"_s, u"cccMissing0003xxxccc"_s, u"bbbFailed00002SMSbbb"_s}));
    refreshed.clear();
    period->setCurrentIndex(period->findText(u"Today"_s));
    QVERIFY(waitForRefresh(*view, refreshed));
    QCOMPARE(ids(*view).size(), 4);
    QVERIFY(!ids(*view).contains(u"eeeOld00000005eeeeee"_s));

    // Between two days, both included.
    refreshed.clear();
    period->setCurrentIndex(period->findText(u"Between…"_s));
    QVERIFY(waitForRefresh(*view, refreshed));
    auto *from = child<QDateEdit>(view.get(), "historyFrom");
    auto *until = child<QDateEdit>(view.get(), "historyUntil");
    QVERIFY(from && until && from->isVisible());
    refreshed.clear();
    from->setDate(QDate(2024, 3, 26));
    until->setDate(QDate(2024, 3, 26));
    QTRY_COMPARE(ids(*view), QStringList{u"eeeOld00000005eeeeee"_s});
    const HistoryQuery query = view->currentQuery();
    QCOMPARE(query.from, QDateTime(QDate(2024, 3, 26), QTime(0, 0), Qt::UTC));
    QCOMPARE(query.until, QDateTime(QDate(2024, 3, 27), QTime(0, 0), Qt::UTC));
}

void TestHistoryView::openEmitsTheRightRow()
{
    auto view = openView();
    QSignalSpy refreshed(view.get(), &HistoryView::refreshed);
    QVERIFY(waitForRefresh(*view, refreshed));
    QSignalSpy opened(view.get(), &HistoryView::openRequested);
    auto *open = child<QPushButton>(view.get(), "historyOpen");
    QVERIFY(!open->isEnabled());
    selectRows(*view, {2});
    QVERIFY(open->isEnabled());
    open->click();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), m_keptRow);
    QCOMPARE(opened.at(0).at(1).toString(), u"bbbFailed00002SMSbbb"_s);
    QCOMPARE(opened.at(0).at(2).toString(), u"Beta"_s);
    QCOMPARE(opened.at(0).at(3).toBool(), true);

    // Enter on the list opens the selected row too.
    selectRows(*view, {1});
    QVERIFY(focusTable(*view));
    QTest::keyClick(view->table(), Qt::Key_Return);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(1).at(1).toString(), u"cccMissing0003xxxccc"_s);
    QCOMPARE(opened.at(1).at(2).toString(), u"Acme"_s);
    QCOMPARE(opened.at(1).at(3).toBool(), false);

    // Two rows are not one to open.
    selectRows(*view, {0, 1});
    QVERIFY(!open->isEnabled());
    view->openSelected();
    QCOMPARE(opened.size(), 2);
}

void TestHistoryView::showKeptAnswerReadsIt()
{
    auto view = openView();
    QSignalSpy refreshed(view.get(), &HistoryView::refreshed);
    QVERIFY(waitForRefresh(*view, refreshed));
    auto *show = child<QPushButton>(view.get(), "historyShowAnswer");
    selectRows(*view, {1});
    QVERIFY(!show->isEnabled()); // nothing kept with that one
    selectRows(*view, {2});
    QVERIFY(show->isEnabled());
    QSignalSpy ready(view.get(), &HistoryView::keptAnswerReady);
    show->click();
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.at(0).at(0).value<LookupRecord>().rowId, m_keptRow);
    const KeptAnswer answer = ready.at(0).at(1).value<KeptAnswer>();
    QCOMPARE(answer.body, QByteArray(R"({"id":"bbbFailed00002SMSbbb","status":"failed"})"));
    QCOMPARE(answer.headers, HttpHeaders({{"X-Test", "1"}}));
}

void TestHistoryView::compareEmitsTwoRowsOlderFirst()
{
    auto view = openView();
    QSignalSpy refreshed(view.get(), &HistoryView::refreshed);
    QVERIFY(waitForRefresh(*view, refreshed));
    auto *compare = child<QPushButton>(view.get(), "historyCompare");
    selectRows(*view, {0});
    QVERIFY(!compare->isEnabled());
    selectRows(*view, {0, 3});
    QVERIFY(compare->isEnabled());
    QSignalSpy compared(view.get(), &HistoryView::compareRequested);
    compare->click();
    QCOMPARE(compared.size(), 1);
    const qint64 older = view->model()->record(3).rowId;
    const qint64 newer = view->model()->record(0).rowId;
    QCOMPARE(compared.at(0).at(0).toLongLong(), older);
    QCOMPARE(compared.at(0).at(1).toLongLong(), newer);
    selectRows(*view, {0, 1, 2});
    QVERIFY(!compare->isEnabled());
}

void TestHistoryView::deleteOneWithUndo()
{
    auto view = openView();
    view->setUndoWindow(std::chrono::hours(1)); // only Undo or a commit ends it here
    QSignalSpy refreshed(view.get(), &HistoryView::refreshed);
    QVERIFY(waitForRefresh(*view, refreshed));
    auto *undoBar = child<QFrame>(view.get(), "historyUndoBar");
    QVERIFY(!undoBar->isVisible());

    selectRows(*view, {2});
    child<QPushButton>(view.get(), "historyDelete")->click();
    // Gone from the list at once, still in the file while it can be undone.
    QVERIFY(!ids(*view).contains(u"bbbFailed00002SMSbbb"_s));
    QCOMPARE(ids(*view).size(), 4);
    QVERIFY(undoBar->isVisible());
    QCOMPARE(child<QLabel>(view.get(), "historyUndoText")->text(), u"1 lookup deleted."_s);
    QVERIFY(storedIds(*m_history).contains(u"bbbFailed00002SMSbbb"_s));
    // A refresh meanwhile (another lookup) does not bring it back.
    refreshed.clear();
    view->refresh();
    QVERIFY(waitForRefresh(*view, refreshed));
    QVERIFY(!ids(*view).contains(u"bbbFailed00002SMSbbb"_s));

    refreshed.clear();
    child<QPushButton>(view.get(), "historyUndo")->click();
    QVERIFY(!undoBar->isVisible());
    QVERIFY(waitForRefresh(*view, refreshed));
    QCOMPARE(ids(*view).size(), 5);
    QVERIFY(m_history->keptAnswer(m_keptRow).result().has_value());

    // Delete with the key, then let the window pass: now it is gone from the file, its answer too.
    selectRows(*view, {2});
    QVERIFY(focusTable(*view));
    QTest::keyClick(view->table(), Qt::Key_Delete);
    QVERIFY(view->hasPendingDeletion());
    view->commitPendingDeletion();
    QVERIFY(!undoBar->isVisible());
    QTRY_VERIFY(!storedIds(*m_history).contains(u"bbbFailed00002SMSbbb"_s));
    QCOMPARE(storedIds(*m_history).size(), 4);
    QVERIFY(!m_history->keptAnswer(m_keptRow).result().has_value());
    QTRY_COMPARE(ids(*view).size(), 4);
}

void TestHistoryView::clearAllAsksAndCanBeUndone()
{
    auto view = openView();
    view->setUndoWindow(std::chrono::hours(1));
    QSignalSpy refreshed(view.get(), &HistoryView::refreshed);
    QVERIFY(waitForRefresh(*view, refreshed));
    auto *clearAll = child<QPushButton>(view.get(), "historyClearAll");
    QVERIFY(clearAll->isEnabled());

    // Cancelled: nothing happens.
    clearAll->click();
    QMessageBox *box = confirmation(*view, "clearHistoryConfirmation");
    QVERIFY(box);
    QVERIFY(box->text().contains(u"every lookup"_s));
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(ids(*view).size(), 5);
    QVERIFY(!view->hasPendingDeletion());

    // Confirmed: the list empties at once; Undo brings everything back, and the file never lost a row.
    clearAll->click();
    box = confirmation(*view, "clearHistoryConfirmation");
    QVERIFY(box);
    child<QPushButton>(box, "confirmClearHistory")->click();
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(child<QFrame>(view.get(), "historyUndoBar")->isVisible());
    QCOMPARE(child<QLabel>(view.get(), "historyUndoText")->text(), u"The history was cleared."_s);
    QCOMPARE(storedIds(*m_history).size(), 5);
    refreshed.clear();
    view->undo();
    QVERIFY(waitForRefresh(*view, refreshed));
    QCOMPARE(ids(*view).size(), 5);
    QCOMPARE(storedIds(*m_history).size(), 5);

    // Confirmed and not undone: when the window passes, the file is empty.
    view->setUndoWindow(std::chrono::milliseconds(50));
    clearAll->click();
    box = confirmation(*view, "clearHistoryConfirmation");
    QVERIFY(box);
    child<QPushButton>(box, "confirmClearHistory")->click();
    QTRY_VERIFY(!view->hasPendingDeletion());
    QTRY_COMPARE(m_history->count().result(), 0);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(!m_history->keptAnswer(m_keptRow).result().has_value());
}

void TestHistoryView::clearAllSparesLookupsMadeDuringTheUndoWindow()
{
    {
        auto view = openView();
        view->setUndoWindow(std::chrono::hours(1));
        QSignalSpy refreshed(view.get(), &HistoryView::refreshed);
        QVERIFY(waitForRefresh(*view, refreshed));
        child<QPushButton>(view.get(), "historyClearAll")->click();
        QMessageBox *box = confirmation(*view, "clearHistoryConfirmation");
        QVERIFY(box);
        child<QPushButton>(box, "confirmClearHistory")->click();
        QTest::qWait(5); // the next lookup is made after the confirmation, as a user's would be

        LookupRecord later = lookup(u"gggDuringUndo07ggggg"_s, 0, u"Acme"_s, u"ok"_s, u"sent"_s);
        later.time = QDateTime(); // stamped now, like a real lookup
        QVERIFY(m_history->record(later).result().kept());
        QTRY_COMPARE(ids(*view), QStringList{u"gggDuringUndo07ggggg"_s});
        // The view goes before the window passed: the clear is carried out, not forgotten.
    }
    QTRY_COMPARE(storedIds(*m_history), QStringList{u"gggDuringUndo07ggggg"_s});
}

void TestHistoryView::keptAnswerLimitsAndDeletingThem()
{
    auto view = openView();
    QSignalSpy refreshed(view.get(), &HistoryView::refreshed);
    QVERIFY(waitForRefresh(*view, refreshed));
    child<QToolButton>(view.get(), "historyKeptSettings")->click();
    auto *maxAnswer = child<QSpinBox>(view.get(), "historyMaxAnswer");
    auto *maxTotal = child<QSpinBox>(view.get(), "historyMaxTotal");
    auto *maxAge = child<QSpinBox>(view.get(), "historyMaxAge");
    QVERIFY(maxAnswer && maxTotal && maxAge && maxAge->isVisible());
    // The history's limits (AnswerRetention's defaults here).
    QCOMPARE(maxAnswer->value(), 2048);
    QCOMPARE(maxTotal->value(), 100);
    QCOMPARE(maxAge->value(), 30);

    QSignalSpy retention(view.get(), &HistoryView::answerRetentionChanged);
    maxAge->setValue(7);
    QCOMPARE(retention.size(), 1);
    QCOMPARE(retention.at(0).at(0).value<AnswerRetention>().maxAge,
             std::chrono::milliseconds(std::chrono::hours(24 * 7)));
    QCOMPARE(m_history->answerRetention().maxAge, std::chrono::milliseconds(std::chrono::hours(24 * 7)));
    maxAnswer->setValue(64);
    QCOMPARE(m_history->answerRetention().maxBodyBytes, qint64(64 * 1024));
    // Shown from outside (the saved settings at start): no signal.
    view->setAnswerRetention(AnswerRetention{});
    QCOMPARE(retention.size(), 2);
    QCOMPARE(maxAge->value(), 30);

    // Delete all kept bodies, after a confirmation; the lookups stay.
    QVERIFY(m_history->keptAnswer(m_keptRow).result().has_value());
    child<QPushButton>(view.get(), "historyDeleteAnswers")->click();
    QMessageBox *box = confirmation(*view, "deleteAnswersConfirmation");
    QVERIFY(box);
    child<QPushButton>(box, "confirmDeleteAnswers")->click();
    QTRY_VERIFY(!m_history->keptAnswer(m_keptRow).result().has_value());
    QCOMPARE(m_history->count().result(), 5);
    QTRY_VERIFY(!view->model()->index(2, 0).data(HistoryTableModel::HasKeptAnswerRole).toBool());
    QTRY_VERIFY(view->statusText().contains(u"Every kept answer was deleted."_s));
}

void TestHistoryView::dropDownShowsOutcomeAndTime()
{
    // Looked up again later with another outcome: the drop-down shows the latest.
    QVERIFY(
        m_history->record(lookup(u"aaaDelivered0001SMSa"_s, 5, u"Acme"_s, u"not_found"_s)).result().kept());
    RecentIdsModel model(m_history.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setClock(now, QTimeZone::utc());
    QSignalSpy refreshed(&model, &RecentIdsModel::refreshed);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(column(&model, 0),
             QStringList(
                 {u"aaaDelivered0001SMSa   Not found · 19:25"_s, u"dddPending0004SMSddd   Pending · 19:20"_s,
                  u"cccMissing0003xxxccc   Not found · 19:00"_s, u"bbbFailed00002SMSbbb   Failed · 18:30"_s,
                  u"eeeOld00000005eeeeee   OK · 26 Mar, 19:30"_s}));
    QCOMPARE(column(&model, 0, Qt::EditRole).value(1), u"dddPending0004SMSddd"_s);
    QVERIFY(!model.data(QModelIndex()).isValid());
    QVERIFY(!model.data(model.index(9, 0)).isValid());

    // In the lookup bar: the popup shows the lines, choosing one puts only the id in the field, and what
    // the user typed survives the model's updates.
    LookupBar bar;
    bar.setRecentIdsModel(&model);
    bar.show();
    auto *combo = child<QComboBox>(&bar, "messageIdEdit");
    QVERIFY(combo);
    bar.setMessageIdInput(u"typed-but-not-sent"_s);
    refreshed.clear();
    QVERIFY(m_history->record(lookup(u"hhhAnother0008hhhhhh"_s, 0, u"Acme"_s, u"ok"_s, u"read"_s))
                .result()
                .kept());
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(model.messageId(0), u"hhhAnother0008hhhhhh"_s);
    QCOMPARE(bar.messageIdInput(), u"typed-but-not-sent"_s);
    QCOMPARE(combo->itemText(0), u"hhhAnother0008hhhhhh"_s); // the field's text for an entry: the id
    combo->setCurrentIndex(2);
    QCOMPARE(bar.messageIdInput(), u"dddPending0004SMSddd"_s);
    QCOMPARE(combo->view()->model()->index(2, 0).data().toString(),
             u"dddPending0004SMSddd   Pending · 19:20"_s);
}

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
