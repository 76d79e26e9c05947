#include "historyview.h"

#include "badgedelegate.h"
#include "badgepainter.h"
#include "badgepalette.h"
#include "historytablemodel.h"
#include "viewcolors.h"

#include "message/messageschema.h"
#include "store/answerretentionsettings.h"
#include "store/lookupdisplay.h"
#include "store/lookuphistory.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

enum class Period
{
    Any,
    LastHour,
    Today,
    Last7Days,
    Last30Days,
    Between,
};

constexpr qint64 kb = 1024;
constexpr qint64 mb = 1024 * 1024;
constexpr qint64 msPerDay = 24LL * 60 * 60 * 1000;

QDateTime startOfDay(const QDate &date, const QTimeZone &zone)
{
    return date.startOfDay(zone).toUTC();
}

} // namespace

HistoryView::HistoryView(LookupHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_model(new HistoryTableModel(this))
    , m_badges(new BadgeDelegate(HistoryTableModel::BadgeRole, BadgePalette::forPalette(palette()), this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_profile(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_until(new QDateEdit(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_showAnswer(new QPushButton(tr("Show &kept answer"), this))
    , m_compare(new QPushButton(tr("Co&mpare"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_clearAll(new QPushButton(tr("C&lear all…"), this))
    , m_settingsButton(new QToolButton(this))
    , m_retentionPanel(new QFrame(this))
    , m_maxAnswerKb(new QSpinBox(this))
    , m_maxTotalMb(new QSpinBox(this))
    , m_maxAgeDays(new QSpinBox(this))
    , m_deleteAnswers(new QPushButton(tr("Delete all kept &bodies…"), this))
    , m_undoBar(new QFrame(this))
    , m_undoText(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo"), this))
    , m_status(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
    , m_undoTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("historyView"));
    setWindowTitle(tr("History"));

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Past lookups"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->hide();
    // Every row has room for a chip, and all rows are equally tall (cheap to lay out with many rows).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    for (const int column : {HistoryTableModel::OutcomeColumn, HistoryTableModel::DirectionColumn,
                             HistoryTableModel::StatusColumn, HistoryTableModel::TypeColumn})
        m_table->setItemDelegateForColumn(column, m_badges);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Room for the common values without measuring every row: "26 Mar, 19:30", a 20-character id, and the
    // widest chip of the usual values of each chip column.
    const QFontMetrics metrics = fontMetrics();
    const auto chipWidth = [this](QStringView path, const QStringList &values) {
        qreal widest = 0;
        for (const QString &value : values) {
            LookupRecord outcome;
            outcome.outcome = value;
            const Badge badge =
                path.isEmpty() ? LookupDisplay::outcome(outcome) : MessageSchema::badgeFor(path, value);
            widest = std::max(widest, BadgePainter::preferredWidth(badge, font()));
        }
        return int(std::ceil(widest)) + 12;
    };
    header->resizeSection(HistoryTableModel::TimeColumn,
                          metrics.horizontalAdvance(QStringLiteral("26 Mar 2024, 19:30")) + 16);
    header->resizeSection(HistoryTableModel::ProfileColumn,
                          metrics.horizontalAdvance(QStringLiteral("Bright Smiles")) + 16);
    header->resizeSection(HistoryTableModel::MessageIdColumn,
                          QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont))
                                  .horizontalAdvance(QStringLiteral("ve9EPM428h8vShlRW1KT")) +
                              16);
    header->resizeSection(HistoryTableModel::OutcomeColumn,
                          chipWidth({}, {QStringLiteral("not_found"), QStringLiteral("unauthorized"),
                                         QStringLiteral("rate_limited"), QStringLiteral("server_error")}));
    header->resizeSection(HistoryTableModel::DirectionColumn,
                          chipWidth(u"$.direction", {QStringLiteral("inbound"), QStringLiteral("outbound")}));
    header->resizeSection(HistoryTableModel::StatusColumn,
                          chipWidth(u"$.status", {QStringLiteral("delivered"), QStringLiteral("undelivered"),
                                                  QStringLiteral("opt_out"), QStringLiteral("voicemail")}));
    header->resizeSection(
        HistoryTableModel::TypeColumn,
        chipWidth(u"$.messageType",
                  {QStringLiteral("TYPE_SMS"), QStringLiteral("TYPE_EMAIL"), QStringLiteral("TYPE_CALL")}));
    header->resizeSection(HistoryTableModel::KeptAnswerColumn,
                          metrics.horizontalAdvance(QStringLiteral("1,023 bytes")) + 16);

    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setTextFormat(Qt::PlainText); // it may quote the history's error text
    m_status->setWordWrap(true);

    m_undoBar->setObjectName(QStringLiteral("historyUndoBar"));
    m_undoBar->setFrameShape(QFrame::StyledPanel);
    m_undoText->setObjectName(QStringLiteral("historyUndoText"));
    m_undo->setObjectName(QStringLiteral("historyUndo"));
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(8, 4, 8, 4);
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(m_undo);
    m_undoBar->hide();

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    m_undoTimer->setSingleShot(true);

    buildFilters();
    buildActions();
    buildRetention();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_profile);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(m_until);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_open);
    actions->addWidget(m_showAnswer);
    actions->addWidget(m_compare);
    actions->addStretch();
    actions->addWidget(m_delete);
    actions->addWidget(m_clearAll);
    actions->addWidget(m_settingsButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_undoBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(actions);
    layout->addWidget(m_retentionPanel);

    connect(m_refreshTimer, &QTimer::timeout, this, &HistoryView::refresh);
    connect(m_undoTimer, &QTimer::timeout, this, &HistoryView::commitPendingDeletion);
    connect(m_undo, &QPushButton::clicked, this, &HistoryView::undo);
    connect(m_table, &QTableView::doubleClicked, this, &HistoryView::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryView::updateActions);
    if (m_history) {
        connect(m_history, &LookupHistory::changed, this, &HistoryView::scheduleRefresh);
        connect(m_history, &LookupHistory::availabilityChanged, this, &HistoryView::refresh);
        setAnswerRetention(m_history->answerRetention());
    }
    applyPalette();
    updateActions();
    refresh();
}

HistoryView::~HistoryView()
{
    // Asked for and not undone: carried out, without following the answers (nothing is left to show them).
    if (m_pending && m_history) {
        if (m_pending->clearUpTo)
            m_history->clear(*m_pending->clearUpTo);
        for (const qint64 rowId : std::as_const(m_pending->rowIds))
            m_history->deleteEntry(rowId);
    }
}

void HistoryView::buildFilters()
{
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search id, summary or outcome"));
    m_search->setAccessibleName(tr("Search the history"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(HistoryQuery::maxTextLength);

    m_profile->setObjectName(QStringLiteral("historyProfile"));
    m_profile->setAccessibleName(tr("Profile"));
    m_profile->setToolTip(tr("Show the lookups of one profile only"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profile->addItem(tr("All profiles"), QString());

    m_period->setObjectName(QStringLiteral("historyPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Any time"), int(Period::Any));
    m_period->addItem(tr("Last hour"), int(Period::LastHour));
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_period->addItem(tr("Between…"), int(Period::Between));

    for (QDateEdit *edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->setDate(now().toTimeZone(m_zone).date());
        edit->hide();
    }
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_from->setAccessibleName(tr("From (first day)"));
    m_until->setObjectName(QStringLiteral("historyUntil"));
    m_until->setAccessibleName(tr("Until (last day, included)"));

    connect(m_search, &QLineEdit::textChanged, this, &HistoryView::scheduleRefresh);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &HistoryView::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodEditors();
        refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryView::refresh);
    connect(m_until, &QDateEdit::dateChanged, this, &HistoryView::refresh);
}

void HistoryView::buildActions()
{
    m_open->setObjectName(QStringLiteral("historyOpen"));
    m_open->setToolTip(tr("Look the message up again, or show its kept answer (Enter, or double-click)"));
    m_showAnswer->setObjectName(QStringLiteral("historyShowAnswer"));
    m_showAnswer->setToolTip(tr("Show the answer kept with this lookup, as the server sent it then"));
    m_compare->setObjectName(QStringLiteral("historyCompare"));
    m_compare->setToolTip(tr("Compare the two selected lookups"));
    m_delete->setObjectName(QStringLiteral("historyDelete"));
    m_delete->setToolTip(tr("Delete the selected lookups and their kept answers (Del); you can undo it"));
    m_clearAll->setObjectName(QStringLiteral("historyClearAll"));
    m_clearAll->setToolTip(tr("Delete every lookup in the history; you can undo it"));
    m_settingsButton->setObjectName(QStringLiteral("historyKeptSettings"));
    m_settingsButton->setText(tr("Kept answers"));
    m_settingsButton->setToolTip(tr("How long and how much of the answers are kept"));
    m_settingsButton->setCheckable(true);
    m_settingsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    connect(m_open, &QPushButton::clicked, this, &HistoryView::openSelected);
    connect(m_showAnswer, &QPushButton::clicked, this, &HistoryView::showKeptAnswerOfSelected);
    connect(m_compare, &QPushButton::clicked, this, &HistoryView::compareSelected);
    connect(m_delete, &QPushButton::clicked, this, &HistoryView::deleteSelected);
    connect(m_clearAll, &QPushButton::clicked, this, &HistoryView::requestClearAll);
    connect(m_settingsButton, &QToolButton::toggled, this, &HistoryView::showRetentionSettings);

    // The same actions on the list itself: its context menu and keys.
    const auto addTableAction = [this](const QString &text, const QKeySequence &key,
                                       void (HistoryView::*slot)()) {
        auto *action = new QAction(text, m_table);
        if (!key.isEmpty()) {
            // Enter on the keypad opens too.
            action->setShortcuts(key == QKeySequence(Qt::Key_Return)
                                     ? QList<QKeySequence>{key, QKeySequence(Qt::Key_Enter)}
                                     : QList<QKeySequence>{key});
            action->setShortcutContext(Qt::WidgetShortcut);
        }
        connect(action, &QAction::triggered, this, slot);
        m_table->addAction(action);
        return action;
    };
    addTableAction(tr("Open"), QKeySequence(Qt::Key_Return), &HistoryView::openSelected);
    addTableAction(tr("Show kept answer"), {}, &HistoryView::showKeptAnswerOfSelected);
    addTableAction(tr("Compare"), {}, &HistoryView::compareSelected);
    addTableAction(tr("Delete"), QKeySequence(QKeySequence::Delete), &HistoryView::deleteSelected);
}

void HistoryView::buildRetention()
{
    m_retentionPanel->setObjectName(QStringLiteral("historyRetention"));
    m_retentionPanel->setFrameShape(QFrame::StyledPanel);
    auto *explain =
        new QLabel(tr("Answers are kept only for profiles with “Keep response bodies” turned on "
                      "(Manage profiles). They hold customers' messages and stay on this computer."),
                   m_retentionPanel);
    explain->setWordWrap(true);

    m_maxAnswerKb->setObjectName(QStringLiteral("historyMaxAnswer"));
    m_maxAnswerKb->setRange(int(AnswerRetentionSettings::minBodyBytes / kb),
                            int(AnswerRetentionSettings::maxBodyBytes / kb));
    m_maxAnswerKb->setSuffix(tr(" KB"));
    m_maxAnswerKb->setAccessibleName(tr("Largest answer kept, in KB"));
    m_maxTotalMb->setObjectName(QStringLiteral("historyMaxTotal"));
    m_maxTotalMb->setRange(int(AnswerRetentionSettings::minTotalBytes / mb),
                           int(AnswerRetentionSettings::maxTotalBytes / mb));
    m_maxTotalMb->setSuffix(tr(" MB"));
    m_maxTotalMb->setAccessibleName(tr("All kept answers together, at most, in MB"));
    m_maxAgeDays->setObjectName(QStringLiteral("historyMaxAge"));
    m_maxAgeDays->setRange(AnswerRetentionSettings::minAgeDays, AnswerRetentionSettings::maxAgeDays);
    m_maxAgeDays->setSuffix(tr(" days"));
    m_maxAgeDays->setAccessibleName(tr("Delete kept answers after this many days"));
    m_deleteAnswers->setObjectName(QStringLiteral("historyDeleteAnswers"));
    m_deleteAnswers->setToolTip(tr("Delete every kept answer now; the lookups stay in the list"));

    auto *limits = new QHBoxLayout;
    const auto addLabelled = [this, limits](const QString &text, QSpinBox *spin) {
        auto *label = new QLabel(text, m_retentionPanel);
        label->setBuddy(spin);
        limits->addWidget(label);
        limits->addWidget(spin);
        limits->addSpacing(8);
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::valueChanged, this, &HistoryView::retentionEdited);
    };
    addLabelled(tr("Keep each answer up to"), m_maxAnswerKb);
    addLabelled(tr("all of them up to"), m_maxTotalMb);
    addLabelled(tr("for"), m_maxAgeDays);
    limits->addStretch();
    limits->addWidget(m_deleteAnswers);
    auto *layout = new QVBoxLayout(m_retentionPanel);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(explain);
    layout->addLayout(limits);
    m_retentionPanel->hide();
    connect(m_deleteAnswers, &QPushButton::clicked, this, &HistoryView::requestDeleteKeptAnswers);
}

void HistoryView::showRetentionSettings(bool show)
{
    m_retentionPanel->setVisible(show);
    if (m_settingsButton->isChecked() != show)
        m_settingsButton->setChecked(show);
}

void HistoryView::setProfiles(const QStringList &names)
{
    const QString chosen = m_profile->currentData().toString();
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    m_profile->addItem(tr("All profiles"), QString());
    for (const QString &name : names)
        m_profile->addItem(name, name);
    const int index = m_profile->findData(chosen);
    m_profile->setCurrentIndex(std::max(0, index));
    if (!chosen.isEmpty() && index < 0)
        refresh();
}

void HistoryView::setAnswerRetention(const AnswerRetention &retention)
{
    const AnswerRetention r = AnswerRetentionSettings::bounded(retention);
    m_settingRetention = true;
    m_maxAnswerKb->setValue(int((r.maxBodyBytes + kb - 1) / kb));
    m_maxTotalMb->setValue(int((r.maxTotalBytes + mb - 1) / mb));
    m_maxAgeDays->setValue(int(r.maxAge.count() / msPerDay));
    m_settingRetention = false;
}

AnswerRetention HistoryView::answerRetention() const
{
    AnswerRetention r;
    r.maxBodyBytes = m_maxAnswerKb->value() * kb;
    r.maxTotalBytes = m_maxTotalMb->value() * mb;
    r.maxAge = std::chrono::milliseconds(m_maxAgeDays->value() * msPerDay);
    return AnswerRetentionSettings::bounded(r);
}

void HistoryView::retentionEdited()
{
    if (m_settingRetention)
        return;
    const AnswerRetention r = answerRetention();
    if (m_history)
        m_history->setAnswerRetention(r);
    emit answerRetentionChanged(r);
}

void HistoryView::setUndoWindow(std::chrono::milliseconds window)
{
    m_undoWindow = std::max(std::chrono::milliseconds(0), window);
}

bool HistoryView::hasPendingDeletion() const
{
    return m_pending.has_value();
}

void HistoryView::setClock(const QDateTime &now, const QTimeZone &zone)
{
    m_fixedNow = now;
    m_zone = zone;
    m_model->setClock(now, zone);
}

QDateTime HistoryView::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

void HistoryView::updatePeriodEditors()
{
    const bool between = Period(m_period->currentData().toInt()) == Period::Between;
    m_from->setVisible(between);
    m_until->setVisible(between);
}

HistoryQuery HistoryView::currentQuery() const
{
    HistoryQuery query;
    query.limit = maxListed;
    query.text = m_search->text().trimmed();
    query.profile = m_profile->currentData().toString();
    const QDateTime current = now();
    switch (Period(m_period->currentData().toInt())) {
    case Period::Any:
        break;
    case Period::LastHour:
        query.from = current.addSecs(-3600);
        break;
    case Period::Today:
        query.from = startOfDay(current.toTimeZone(m_zone).date(), m_zone);
        break;
    case Period::Last7Days:
        query.from = current.addDays(-7);
        break;
    case Period::Last30Days:
        query.from = current.addDays(-30);
        break;
    case Period::Between: {
        // Both days included, in the user's zone; dates given the wrong way round are taken as meant.
        const QDate first = std::min(m_from->date(), m_until->date());
        const QDate last = std::max(m_from->date(), m_until->date());
        query.from = startOfDay(first, m_zone);
        query.until = startOfDay(last.addDays(1), m_zone);
        break;
    }
    }
    return query;
}

void HistoryView::scheduleRefresh()
{
    m_refreshTimer->start();
}

void HistoryView::refresh()
{
    m_refreshTimer->stop();
    // Only the newest question's answer is shown; an older one that arrives late is dropped.
    const quint64 generation = ++m_generation;
    if (!m_history || !m_history->isAvailable()) {
        showRecords({});
        return;
    }
    auto *watcher = new QFutureWatcher<QList<LookupRecord>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation || watcher->future().resultCount() == 0)
            return;
        showRecords(watcher->result());
    });
    watcher->setFuture(m_history->search(currentQuery()));
}

void HistoryView::showRecords(QList<LookupRecord> records)
{
    m_shownFromHistory = int(records.size());
    if (m_pending) {
        const PendingDeletion &pending = *m_pending;
        records.removeIf([&pending](const LookupRecord &r) {
            return (pending.clearUpTo && r.time <= *pending.clearUpTo) || pending.rowIds.contains(r.rowId);
        });
    }
    // The selection follows the lookups, not the row numbers.
    QSet<qint64> selected;
    for (const LookupRecord &r : selectedLookups())
        selected.insert(r.rowId);
    const qint64 current = m_model->record(m_table->currentIndex().row()).rowId;
    m_model->setRecords(records);
    QItemSelection selection;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qint64 rowId = m_model->record(row).rowId;
        if (rowId >= 0 && selected.contains(rowId))
            selection.select(m_model->index(row, 0), m_model->index(row, HistoryTableModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (const int row = m_model->rowOf(current); row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
    updateActions();
    m_status->setText(statusText());
    emit refreshed();
}

QString HistoryView::statusText() const
{
    if (!m_history)
        return tr("There is no lookup history.");
    if (!m_history->isAvailable())
        return tr("The lookup history is off: %1").arg(m_history->errorString());
    QString text;
    const int shown = m_model->rowCount();
    const HistoryQuery query = currentQuery();
    const bool filtered = !query.text.isEmpty() || !query.profile.isEmpty() || query.from.isValid();
    if (shown == 0)
        text =
            filtered ? tr("No lookups match.") : tr("No lookups yet. Every lookup you make is listed here.");
    else if (m_shownFromHistory >= maxListed)
        text = tr("The newest %1 lookups that match.").arg(shown);
    else
        text = shown == 1 ? tr("1 lookup") : tr("%1 lookups").arg(shown);
    if (!m_note.isEmpty())
        text += QStringLiteral(" · ") + m_note;
    return text;
}

void HistoryView::showNote(const QString &text)
{
    m_note = text;
    m_status->setText(statusText());
}

QList<LookupRecord> HistoryView::selectedLookups() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<LookupRecord> lookups;
    for (const int row : std::as_const(rows))
        lookups << m_model->record(row);
    return lookups;
}

void HistoryView::updateActions()
{
    const QList<LookupRecord> selected = selectedLookups();
    const bool one = selected.size() == 1;
    const bool stored =
        std::all_of(selected.cbegin(), selected.cend(), [](const LookupRecord &r) { return r.rowId >= 0; });
    m_open->setEnabled(one);
    m_showAnswer->setEnabled(one && selected.first().hasKeptAnswer() && stored);
    m_compare->setEnabled(selected.size() == 2 && stored);
    m_delete->setEnabled(!selected.isEmpty() && stored);
    m_clearAll->setEnabled(m_history && m_history->isAvailable() && m_model->rowCount() > 0);
    const QList<QAction *> actions = m_table->actions();
    if (actions.size() == 4) {
        actions.at(0)->setEnabled(m_open->isEnabled());
        actions.at(1)->setEnabled(m_showAnswer->isEnabled());
        actions.at(2)->setEnabled(m_compare->isEnabled());
        actions.at(3)->setEnabled(m_delete->isEnabled());
    }
}

void HistoryView::openSelected()
{
    const QList<LookupRecord> selected = selectedLookups();
    if (selected.size() != 1)
        return;
    const LookupRecord &r = selected.first();
    emit openRequested(r.rowId, r.messageId, r.profile, r.hasKeptAnswer());
}

void HistoryView::showKeptAnswerOfSelected()
{
    const QList<LookupRecord> selected = selectedLookups();
    if (selected.size() != 1 || !selected.first().hasKeptAnswer() || !m_history)
        return;
    const LookupRecord lookup = selected.first();
    auto *watcher = new QFutureWatcher<std::optional<KeptAnswer>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, lookup] {
        watcher->deleteLater();
        const std::optional<KeptAnswer> answer =
            watcher->future().resultCount() > 0 ? watcher->result() : std::nullopt;
        if (!answer) {
            showNote(tr("The answer of that lookup is no longer kept (deleted, or past the age limit)."));
            refresh();
            return;
        }
        emit keptAnswerReady(lookup, *answer);
    });
    watcher->setFuture(m_history->keptAnswer(lookup.rowId));
}

void HistoryView::compareSelected()
{
    const QList<LookupRecord> selected = selectedLookups();
    if (selected.size() != 2 || selected.at(0).rowId < 0 || selected.at(1).rowId < 0)
        return;
    // Listed newest first; "before → after" reads older first. Equal times: the earlier row first.
    const bool firstIsOlder =
        selected.at(0).time < selected.at(1).time ||
        (selected.at(0).time == selected.at(1).time && selected.at(0).rowId < selected.at(1).rowId);
    const LookupRecord &older = firstIsOlder ? selected.at(0) : selected.at(1);
    const LookupRecord &newer = firstIsOlder ? selected.at(1) : selected.at(0);
    emit compareRequested(older.rowId, newer.rowId);
}

void HistoryView::deleteSelected()
{
    PendingDeletion deletion;
    for (const LookupRecord &r : selectedLookups()) {
        if (r.rowId >= 0)
            deletion.rowIds.insert(r.rowId);
    }
    if (deletion.rowIds.isEmpty()) {
        if (!selectedLookups().isEmpty())
            showNote(tr("A lookup still waiting for the history file cannot be deleted yet."));
        return;
    }
    const int count = int(deletion.rowIds.size());
    startDeletion(deletion, count == 1 ? tr("1 lookup deleted.") : tr("%1 lookups deleted.").arg(count));
}

void HistoryView::requestClearAll()
{
    if (!m_history || !m_history->isAvailable())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Clear the lookup history"),
                                tr("Delete every lookup in the history, with the answers kept with them?"),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("clearHistoryConfirmation"));
    const qint64 seconds = std::max<qint64>(1, std::chrono::ceil<std::chrono::seconds>(m_undoWindow).count());
    box->setInformativeText(seconds == 1 ? tr("You can undo it for a second.")
                                         : tr("You can undo it for %1 seconds.").arg(seconds));
    QPushButton *clear = box->addButton(tr("Clear history"), QMessageBox::DestructiveRole);
    clear->setObjectName(QStringLiteral("confirmClearHistory"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, clear](QAbstractButton *button) {
        if (button != clear)
            return;
        // What is there now; a lookup made during the undo window stays.
        PendingDeletion deletion;
        deletion.clearUpTo = QDateTime::currentDateTimeUtc();
        startDeletion(deletion, tr("The history was cleared."));
    });
    // Not exec(): no nested event loop; the answer comes through buttonClicked.
    box->open();
}

void HistoryView::requestDeleteKeptAnswers()
{
    if (!m_history || !m_history->isAvailable())
        return;
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Delete all kept bodies"),
                        tr("Delete every answer kept in the history? The lookups stay in the list; their "
                           "answers cannot be shown or compared any more. This cannot be undone."),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteAnswersConfirmation"));
    QPushButton *confirm = box->addButton(tr("Delete kept bodies"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteAnswers"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm](QAbstractButton *button) {
        if (button != confirm || !m_history)
            return;
        followWrite(m_history->deleteKeptAnswers(), tr("Every kept answer was deleted."));
    });
    box->open();
}

void HistoryView::startDeletion(const PendingDeletion &deletion, const QString &text)
{
    // One undo at a time: an earlier deletion is carried out now.
    commitPendingDeletion();
    m_pending = deletion;
    m_note.clear();
    m_undoText->setText(text);
    m_undoBar->show();
    m_undoTimer->start(m_undoWindow);
    showRecords(m_model->records());
    m_shownFromHistory = int(m_model->rowCount());
}

void HistoryView::undo()
{
    if (!m_pending)
        return;
    m_pending.reset();
    m_undoTimer->stop();
    m_undoBar->hide();
    m_note = tr("Nothing was deleted.");
    refresh();
}

void HistoryView::commitPendingDeletion()
{
    if (!m_pending)
        return;
    const PendingDeletion deletion = *m_pending;
    m_pending.reset();
    m_undoTimer->stop();
    m_undoBar->hide();
    if (!m_history)
        return;
    // Answers to questions asked before the deletion reached the history would show the rows again.
    ++m_generation;
    if (deletion.clearUpTo)
        followWrite(m_history->clear(*deletion.clearUpTo), QString());
    for (const qint64 rowId : deletion.rowIds)
        followWrite(m_history->deleteEntry(rowId), QString());
    // Queued behind the deletion on the history's thread, so it reads the result.
    refresh();
}

void HistoryView::followWrite(const QFuture<HistoryWrite> &write, const QString &done)
{
    auto *watcher = new QFutureWatcher<HistoryWrite>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0)
            return;
        const HistoryWrite result = watcher->result();
        if (result.status == HistoryWrite::Status::Saved) {
            if (!done.isEmpty())
                showNote(done);
        } else if (!result.message.isEmpty()) {
            showNote(result.message);
        }
    });
    watcher->setFuture(write);
}

void HistoryView::applyPalette()
{
    ViewColors::applyToView(m_table, palette());
    m_badges->setPalette(BadgePalette::forPalette(palette()));
    m_table->viewport()->update();
}

void HistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}
