#include "batchwindow.h"

#include "badgedelegate.h"
#include "batchinput.h"
#include "batchtallybar.h"
#include "errorbanner.h"
#include "plaintext.h"
#include "reportdialog.h"
#include "viewcolors.h"

#include "batch/batchexport.h"
#include "batch/batchfilterproxymodel.h"
#include "batch/batchtablemodel.h"
#include "common/counttext.h"
#include "session/inspectionsession.h"
#include "session/tokensource.h"
#include "store/profilestore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace {

// The widths a support lead reads a row at; the user can drag them.
int defaultWidth(BatchColumn column)
{
    switch (column) {
    case BatchColumn::Id:
        return 170;
    case BatchColumn::Outcome:
        return 85;
    case BatchColumn::Direction:
        return 105;
    case BatchColumn::Status:
        return 120;
    case BatchColumn::Type:
        return 105;
    case BatchColumn::Date:
        return 172;
    case BatchColumn::Error:
        return 250;
    case BatchColumn::Text:
        return 260;
    case BatchColumn::TraceId:
        return 250;
    default:
        return 170;
    }
}

// The order the columns are shown in: what happened and why first (the chips, then the problem beside
// them), ids for escalation last. Exports keep the model's order.
const QList<BatchColumn> shownOrder{BatchColumn::Id,         BatchColumn::Outcome, BatchColumn::Direction,
                                    BatchColumn::Status,     BatchColumn::Type,    BatchColumn::Date,
                                    BatchColumn::Error,      BatchColumn::Text,    BatchColumn::TraceId,
                                    BatchColumn::HttpStatus, BatchColumn::Contact, BatchColumn::Conversation,
                                    BatchColumn::Location};

// Columns a ticket rarely needs, hidden until asked for (the header's menu shows them; exports have all):
// the HTTP status says what the Result column says, the ids of contact, conversation and location are in
// the inspector.
bool hiddenAtFirst(BatchColumn column)
{
    return column == BatchColumn::HttpStatus || column == BatchColumn::Location ||
           column == BatchColumn::Contact || column == BatchColumn::Conversation;
}

QLabel *noteLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QString durationText(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 60)
        return BatchWindow::tr("%L1 s").arg(seconds);
    if (seconds < 3600)
        return BatchWindow::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return BatchWindow::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace

BatchWindow::BatchWindow(InspectionSession *session, const QString &profile, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_profile(profile)
    , m_model(new BatchTableModel(this))
    , m_proxy(new BatchFilterProxyModel(this))
    , m_filterDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("batchWindow"));
    const QString shownProfile = resolvedProfile();
    setWindowTitle(shownProfile.isEmpty() ? tr("Batch lookup") : tr("Batch lookup — %1").arg(shownProfile));
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildInputPage());
    m_pages->addWidget(buildRunPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);
    connect(m_filterDelay, &QTimer::timeout, this, [this] {
        m_proxy->setText(m_filter->text());
        updateShownCount();
    });
    applyPalette();
    updateStartButton();
    resize(1100, 700);
}

BatchWindow::~BatchWindow()
{
    // The run's lookups end with it (BatchRun cancels them, and a cancelled lookup may report at once): by
    // then neither this window nor the model may hear from it.
    if (m_run) {
        m_run->disconnect(this);
        m_model->follow(nullptr);
        m_run.reset();
    }
}

QString BatchWindow::resolvedProfile() const
{
    if (!m_profile.isEmpty() || !m_session || !m_session->services().profiles)
        return m_profile;
    return m_session->services().profiles->defaultProfileName();
}

QWidget *BatchWindow::buildInputPage()
{
    auto *page = new QWidget(this);
    auto *title = new QLabel(tr("Look up many messages at once"), page);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    auto *intro =
        new QLabel(tr("Paste the message ids from a ticket or a spreadsheet, or open or drop a text or "
                      "CSV file. Nothing is sent until you press the button below."),
                   page);
    intro->setWordWrap(true);

    m_input = new BatchInput(page);
    connect(m_input, &BatchInput::listChanged, this, &BatchWindow::updateStartButton);
    connect(m_input->pasteField(), &QPlainTextEdit::textChanged, this, &BatchWindow::updateStartButton);

    m_share = new QSpinBox(page);
    m_share->setObjectName(QStringLiteral("batchShare"));
    m_share->setRange(1, 100);
    m_share->setValue(50);
    m_share->setSuffix(QStringLiteral(" %"));
    m_share->setAccessibleName(tr("Share of the rate limit"));
    m_share->setToolTip(tr("HighLevel allows about 100 requests per 10 seconds per location, shared by every "
                           "app and person using this token. The batch never uses more than this share of "
                           "it, as the server reports it."));
    m_inFlight = new QSpinBox(page);
    m_inFlight->setObjectName(QStringLiteral("batchInFlight"));
    m_inFlight->setRange(1, BatchRun::maxInFlightLimit);
    m_inFlight->setValue(2);
    m_inFlight->setAccessibleName(tr("Lookups at a time"));
    m_inFlight->setToolTip(tr("How many lookups may wait for an answer at the same time (1 to %1).")
                               .arg(BatchRun::maxInFlightLimit));
    auto *shareLabel = new QLabel(tr("Use at most"), page);
    shareLabel->setBuddy(m_share);
    auto *shareAfter = new QLabel(tr("of the rate limit,"), page);
    auto *inFlightLabel = new QLabel(tr("with up to"), page);
    inFlightLabel->setBuddy(m_inFlight);
    auto *inFlightAfter = new QLabel(tr("lookups at a time."), page);
    m_estimate = noteLabel(page, QStringLiteral("batchEstimate"));
    connect(m_share, &QSpinBox::valueChanged, this, &BatchWindow::updateStartButton);
    connect(m_inFlight, &QSpinBox::valueChanged, this, &BatchWindow::updateStartButton);

    m_start = new QPushButton(page);
    m_start->setObjectName(QStringLiteral("batchStart"));
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, [this] { start(); });

    auto *settings = new QHBoxLayout;
    settings->addWidget(shareLabel);
    settings->addWidget(m_share);
    settings->addWidget(shareAfter);
    settings->addWidget(inFlightLabel);
    settings->addWidget(m_inFlight);
    settings->addWidget(inFlightAfter);
    settings->addStretch(1);

    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_estimate, 1);
    startRow->addWidget(m_start);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_input, 1);
    layout->addLayout(settings);
    layout->addLayout(startRow);
    return page;
}

QWidget *BatchWindow::buildRunPage()
{
    auto *page = new QWidget(this);
    m_heading = new QLabel(page);
    m_heading->setObjectName(QStringLiteral("batchHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_editList = new QPushButton(tr("Change the list…"), page);
    m_editList->setObjectName(QStringLiteral("batchEditList"));
    m_editList->setToolTip(tr("Back to the list of ids, to change it and start again"));
    connect(m_editList, &QPushButton::clicked, this, &BatchWindow::editList);

    m_tally = new BatchTallyBar(page);
    connect(m_tally, &BatchTallyBar::entrySelected, this, [this](const QString &key, bool status) {
        m_proxy->setTallyEntry(key, status);
        updateShownCount();
    });

    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(260);
    m_progressNote = noteLabel(page, QStringLiteral("batchProgressNote"));
    m_progressNote->setWordWrap(false);
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(QStringLiteral("batchCancel"));
    m_cancel->setToolTip(tr("Stop sending; the answers so far are kept, and Resume looks up the rest"));
    m_resume = new QPushButton(tr("Resume"), page);
    m_resume->setObjectName(QStringLiteral("batchResume"));
    connect(m_cancel, &QPushButton::clicked, this, &BatchWindow::cancel);
    connect(m_resume, &QPushButton::clicked, this, [this] { resume(); });
    m_paceNote = noteLabel(page, QStringLiteral("batchPaceNote"));

    m_banner = new ErrorBanner(page);
    connect(m_banner, &ErrorBanner::actionRequested, this, [this](BannerContent::Action action) {
        if (action == BannerContent::Action::Retry)
            resume();
    });

    m_filter = new QLineEdit(page);
    m_filter->setObjectName(QStringLiteral("batchFilter"));
    m_filter->setAccessibleName(tr("Filter the rows"));
    m_filter->setPlaceholderText(tr("Filter: any column — id, status, text, trace id…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaxLength(200);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterDelay->stop();
        m_proxy->setText(m_filter->text());
        updateShownCount();
    });
    m_shown = noteLabel(page, QStringLiteral("batchShown"));
    m_shown->setWordWrap(false);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setAccessibleName(tr("Results"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Every row the same height, set once: the view never measures 10,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(-1, Qt::AscendingOrder); // the list's own order until a header is clicked
    m_table->setSortingEnabled(true);
    for (const BatchColumn column : BatchColumns::all()) {
        m_table->setColumnWidth(int(column), defaultWidth(column));
        m_table->setColumnHidden(int(column), hiddenAtFirst(column));
    }
    for (qsizetype i = 0; i < shownOrder.size(); ++i)
        header->moveSection(header->visualIndex(int(shownOrder.at(i))), int(i));
    // Chips for direction, status and type, from the one palette.
    for (const BatchColumn column : {BatchColumn::Direction, BatchColumn::Status, BatchColumn::Type}) {
        m_table->setItemDelegateForColumn(
            int(column),
            new BadgeDelegate(BatchTableModel::BadgeRole, BadgePalette::forPalette(palette()), m_table));
    }
    PlainText::showItemToolTipsLiterally(m_table); // message text and server words, shown as they are
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const BatchRow *row = m_model->rowAt(m_proxy->mapToSource(index));
        if (row && row->outcome != BatchRow::Outcome::Refused)
            emit inspectRequested(row->id, resolvedProfile());
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &BatchWindow::showTableMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        for (const BatchColumn column : BatchColumns::all()) {
            QAction *action = menu.addAction(BatchColumns::title(column));
            action->setCheckable(true);
            action->setChecked(!m_table->isColumnHidden(int(column)));
            connect(action, &QAction::toggled, this,
                    [this, column](bool on) { m_table->setColumnHidden(int(column), !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    auto *copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] {
        // The selected rows, visible columns, tab-separated: pastes into a spreadsheet as cells.
        QStringList lines;
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        QList<int> order;
        for (const QModelIndex &index : rows)
            order.append(index.row());
        std::sort(order.begin(), order.end());
        for (const int r : std::as_const(order)) {
            QStringList cells;
            for (int visual = 0; visual < BatchColumns::count; ++visual) {
                const int column = m_table->horizontalHeader()->logicalIndex(visual);
                if (!m_table->isColumnHidden(column))
                    cells.append(m_proxy->index(r, column).data().toString());
            }
            lines.append(cells.join(QLatin1Char('\t')));
        }
        if (!lines.isEmpty())
            QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    });
    m_table->addAction(copy);

    m_export = new QPushButton(tr("Export…"), page);
    m_export->setObjectName(QStringLiteral("batchExport"));
    m_export->setToolTip(tr("Save the rows as CSV (for a spreadsheet) or JSON Lines (for a script)"));
    connect(m_export, &QPushButton::clicked, this, &BatchWindow::chooseExport);
    m_reportButton = new QPushButton(tr("Report…"), page);
    m_reportButton->setObjectName(QStringLiteral("batchReport"));
    m_reportButton->setToolTip(
        tr("Copy or save a short report of the rows shown for the ticket, personal data masked"));
    connect(m_reportButton, &QPushButton::clicked, this, &BatchWindow::openReport);
    m_actionNote = noteLabel(page, QStringLiteral("batchActionNote"));

    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_editList);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_progressNote, 1);
    progressRow->addWidget(m_cancel);
    progressRow->addWidget(m_resume);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_shown);

    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_actionNote, 1);
    bottomRow->addWidget(m_export);
    bottomRow->addWidget(m_reportButton);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(headingRow);
    layout->addWidget(m_tally);
    layout->addLayout(progressRow);
    layout->addWidget(m_paceNote);
    layout->addWidget(m_banner);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottomRow);
    return page;
}

void BatchWindow::setIds(const QString &text)
{
    editList();
    m_input->setText(text);
}

void BatchWindow::openFile(const QString &path)
{
    editList();
    m_input->openFile(path);
}

int BatchWindow::burstSharePercent() const
{
    return m_share->value();
}

void BatchWindow::setBurstSharePercent(int percent)
{
    m_share->setValue(percent);
}

int BatchWindow::maxInFlight() const
{
    return m_inFlight->value();
}

void BatchWindow::setMaxInFlight(int count)
{
    m_inFlight->setValue(count);
}

BatchRun::Options BatchWindow::runOptions() const
{
    BatchRun::Options options;
    options.maxInFlight = m_inFlight->value();
    options.pacing.burstShare = m_share->value() / 100.0;
    options.profile = m_profile;
    options.baseUrlOverride = m_baseUrlOverride;
    options.recordHistory = false; // a batch would bury the history of single lookups
    return options;
}

QString BatchWindow::estimateText(qsizetype count) const
{
    if (count <= 0)
        return {};
    // Before the first answer the documented figures apply: 100 per 10 s. About 0.3 s per answer.
    BatchPacing::Options pacing;
    const qint64 budget =
        std::max<qint64>(1, qint64(std::floor(pacing.assumedBurstMax * m_share->value() / 100.0)));
    const qint64 windows = (count - 1) / budget;
    const qint64 byLatency = count * 300 / m_inFlight->value();
    const qint64 ms = std::max(windows * pacing.assumedIntervalMs, byLatency);
    return tr("At most %L1 lookups per 10 s: this takes about %2.")
        .arg(budget)
        .arg(durationText(std::max<qint64>(ms, 1000)));
}

void BatchWindow::updateStartButton()
{
    const IdList &list = m_input->list();
    const bool reading = m_input->isReading();
    const qsizetype count = list.ok() ? list.ids.size() : 0;
    m_start->setText(count > 0 ? countText(count, BatchWindow::tr("Look up 1 message"),
                                           BatchWindow::tr("Look up %1 messages"))
                               : tr("Look up messages"));
    m_start->setEnabled(!reading && count > 0 && !isRunning());
    m_estimate->setText(reading ? QString() : estimateText(count));
}

bool BatchWindow::start()
{
    const IdList &list = m_input->list();
    if (!m_session || isRunning() || m_input->isReading() || !list.ok() || list.ids.isEmpty())
        return false;
    m_tally->select({}, false);
    m_filter->clear();
    m_proxy->setText({});
    beginRun(std::make_unique<BatchRun>(m_session, list.ids, runOptions()));
    return true;
}

void BatchWindow::beginRun(std::unique_ptr<BatchRun> run)
{
    m_run = std::move(run);
    m_model->follow(m_run.get());
    connect(m_run.get(), &BatchRun::progress, this, &BatchWindow::onProgress);
    connect(m_run.get(), &BatchRun::paused, this, &BatchWindow::onPaused);
    connect(m_run.get(), &BatchRun::rowStarted, this, [this] {
        if (!m_pauseReason.isEmpty()) {
            m_pauseReason.clear(); // sending again
            updatePaceNote();
        }
    });
    connect(m_run.get(), &BatchRun::finished, this, &BatchWindow::onFinished);
    m_pauseReason.clear();
    m_finishedAt = {};
    m_banner->clear();
    m_actionNote->clear();
    const qsizetype total = m_run->tally().total();
    const QString shownProfile = resolvedProfile();
    const QString count = countText(total, BatchWindow::tr("1 message"), BatchWindow::tr("%1 messages"));
    m_heading->setText(shownProfile.isEmpty() ? count : tr("%1 · profile %2").arg(count, shownProfile));
    m_pages->setCurrentIndex(1);
    m_runClock.start();
    onProgress(m_run->tally().done(), total);
    m_run->start();
    updateRunButtons();
}

void BatchWindow::cancel()
{
    if (m_run && m_run->isRunning())
        m_run->cancel();
}

bool BatchWindow::canResume() const
{
    if (!m_session || !m_run || !m_run->isFinished())
        return false;
    const auto &rows = m_run->rows();
    return std::any_of(rows.cbegin(), rows.cend(), [](const BatchRow &row) { return !row.isSettled(); });
}

bool BatchWindow::resume()
{
    if (!canResume())
        return false;
    beginRun(std::make_unique<BatchRun>(m_session, m_run->rows(), runOptions()));
    return true;
}

void BatchWindow::editList()
{
    if (isRunning())
        return;
    m_pages->setCurrentIndex(0);
    updateStartButton();
}

void BatchWindow::onProgress(qsizetype done, qsizetype total)
{
    m_progress->setRange(0, int(std::max<qsizetype>(total, 1)));
    m_progress->setValue(int(done));
    if (m_run && m_run->isRunning())
        m_progressNote->setText(tr("%L1 of %L2 looked up").arg(done).arg(total));
    if (m_run)
        m_tally->setTally(m_run->tally());
    updatePaceNote();
    updateShownCount();
}

void BatchWindow::onPaused(const QString &reason, qint64)
{
    m_pauseReason = reason;
    updatePaceNote();
}

void BatchWindow::updatePaceNote()
{
    if (!m_run || m_run->isFinished()) {
        m_paceNote->clear();
        m_paceNote->hide();
        return;
    }
    if (!m_pauseReason.isEmpty()) {
        m_paceNote->setText(m_pauseReason);
    } else {
        const BatchPacing &pacing = m_run->pacing();
        m_paceNote->setText(
            tr("Pace: at most %L1 lookups per %2 (%3 % of the rate limit the server reports), "
               "%4 at a time.")
                .arg(pacing.budget())
                .arg(durationText(pacing.intervalMs()))
                .arg(m_share->value())
                .arg(m_inFlight->value()));
    }
    m_paceNote->show();
}

void BatchWindow::onFinished(BatchRun::Outcome outcome)
{
    m_finishedAt = QDateTime::currentDateTimeUtc();
    m_pauseReason.clear();
    const BatchTally &tally = m_run->tally();
    m_tally->setTally(tally);
    switch (outcome) {
    case BatchRun::Outcome::Completed:
        m_progressNote->setText(
            tr("Done: %1 in %2.")
                .arg(countText(tally.total(), BatchWindow::tr("1 message"), BatchWindow::tr("%1 messages")))
                .arg(durationText(m_runClock.elapsed())));
        break;
    case BatchRun::Outcome::Cancelled:
        m_progressNote->setText(
            tr("Cancelled: %1. Resume looks them up; the answers so far are kept.")
                .arg(countText(tally.pending(), BatchWindow::tr("1 message not looked up"),
                               BatchWindow::tr("%1 messages not looked up"))));
        break;
    case BatchRun::Outcome::Stopped: {
        m_progressNote->setText(
            tr("Stopped: %1.")
                .arg(countText(tally.pending(), BatchWindow::tr("1 message not looked up"),
                               BatchWindow::tr("%1 messages not looked up"))));
        if (const auto &failure = m_run->stopFailure()) {
            BannerContent content;
            content.title = failure->title;
            content.cause = failure->cause;
            content.nextStep = failure->nextStep;
            content.serverMessage = failure->serverMessages.join(QLatin1Char(' '));
            content.details = failure->toText();
            content.primaryAction = BannerContent::Action::Retry;
            m_banner->showContent(content);
        }
        break;
    }
    }
    updatePaceNote();
    updateRunButtons();
    emit runFinished(outcome);
}

void BatchWindow::updateRunButtons()
{
    const bool running = isRunning();
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    const bool resumable = canResume();
    qsizetype left = 0;
    if (resumable) {
        for (const BatchRow &row : m_run->rows())
            left += row.isSettled() ? 0 : 1;
    }
    m_resume->setText(tr("Resume (%L1 to look up again)").arg(left));
    m_resume->setToolTip(tr("Looks up again the messages that were not looked up or whose answer may change "
                            "now (cancelled, failed, rate limited, no access); the other answers are kept."));
    m_resume->setVisible(resumable);
    m_editList->setEnabled(!running);
    const bool hasRows = m_model->rowCount() > 0;
    m_export->setEnabled(hasRows);
    m_reportButton->setEnabled(hasRows);
    updateStartButton();
}

void BatchWindow::updateShownCount()
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_shown->setText(m_proxy->isFiltered() ? tr("Showing %L1 of %L2").arg(shown).arg(all) : QString());
}

QString BatchWindow::exportTo(const QString &path, BatchExportDialog::Format format,
                              const QList<BatchColumn> &columns, bool onlyShownRows)
{
    if (columns.isEmpty())
        return tr("Choose at least one column to export.");
    std::vector<BatchRow> shown;
    std::span<const BatchRow> rows = m_model->rows();
    if (onlyShownRows) {
        shown.reserve(size_t(m_proxy->rowCount()));
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            if (const BatchRow *row = m_model->rowAt(m_proxy->mapToSource(m_proxy->index(r, 0))))
                shown.push_back(*row);
        }
        rows = shown;
    }
    // CSV starts with a byte order mark: without it, Excel reads UTF-8 as the local code page.
    const QByteArray bytes = format == BatchExportDialog::Format::Csv
                                 ? QByteArrayLiteral("\xEF\xBB\xBF") + BatchExport::toCsv(rows, columns)
                                 : BatchExport::toJsonLines(rows, columns);
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly))
        error = file.errorString();
    else if (file.write(bytes) != bytes.size() || !file.commit())
        error = file.errorString();
    if (!error.isEmpty()) {
        const QString message = tr("Could not export to “%1”: %2.").arg(path, error);
        m_actionNote->setText(message);
        return message;
    }
    m_actionNote->setText(
        tr("Exported %1 to “%2”.")
            .arg(countText(qint64(rows.size()), BatchWindow::tr("1 row"), BatchWindow::tr("%1 rows")),
                 QFileInfo(path).fileName()));
    return {};
}

void BatchWindow::chooseExport()
{
    BatchExportDialog dialog(m_model->rowCount(), m_proxy->rowCount(), this);
    dialog.setFormat(m_exportFormat);
    if (!m_exportColumns.isEmpty())
        dialog.setColumns(m_exportColumns);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_exportFormat = dialog.format();
    m_exportColumns = dialog.columns();
    const QString suggested = QStringLiteral("batch-") +
                              QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm")) +
                              QLatin1Char('.') + BatchExportDialog::extension(m_exportFormat);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the batch"), suggested,
                                                      BatchExportDialog::fileFilter(m_exportFormat));
    if (!path.isEmpty())
        exportTo(path, m_exportFormat, m_exportColumns, dialog.onlyShownRows());
}

void BatchWindow::openReport()
{
    if (m_reportPending || m_model->rowCount() == 0)
        return;
    std::vector<BatchRow> rows;
    rows.reserve(size_t(m_proxy->rowCount()));
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (const BatchRow *row = m_model->rowAt(m_proxy->mapToSource(m_proxy->index(r, 0))))
            rows.push_back(*row);
    }
    BatchReport::Options options;
    options.profile = resolvedProfile();
    options.lookedUpAt = m_finishedAt;
    options.zone = QTimeZone::systemTimeZone();
    if (m_proxy->isFiltered()) {
        QStringList why;
        if (!m_tally->selectedKey().isEmpty())
            why.append(tr("counted as “%1”").arg(m_tally->selectedLabel()));
        if (!m_proxy->text().isEmpty())
            why.append(tr("matching “%1”").arg(m_proxy->text()));
        options.scope =
            tr("%1 of %2%3")
                .arg(qint64(rows.size()))
                .arg(countText(m_model->rowCount(), BatchWindow::tr("1 row"), BatchWindow::tr("%1 rows")))
                .arg(why.isEmpty() ? QString() : QLatin1Char(' ') + why.join(QLatin1Char(' ')));
    }
    auto open = [this, rows = std::move(rows), options](const QString &token) mutable {
        m_reportPending = false;
        BatchReport::Options o = options;
        o.token = token;
        auto *dialog = new ReportDialog(std::move(rows), o, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_report = dialog;
        dialog->open();
        emit reportOpened(dialog);
    };
    TokenSource *tokens = m_session ? m_session->services().tokens : nullptr;
    const QString profile = resolvedProfile();
    if (!tokens || profile.isEmpty()) {
        open(QString());
        return;
    }
    // The token is read only so the report can remove it wherever a server echoed it; without one the
    // report still removes anything shaped like a token.
    m_reportPending = true;
    tokens->fetch(profile, this,
                  [open = std::move(open)](const TokenAnswer &answer) mutable { open(answer.token); });
}

void BatchWindow::showTableMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    const BatchRow *row = m_model->rowAt(m_proxy->mapToSource(index));
    if (!row)
        return;
    QMenu menu(this);
    QAction *inspect = menu.addAction(tr("Open in the inspector"));
    inspect->setEnabled(row->outcome != BatchRow::Outcome::Refused);
    const QString id = row->id;
    const QString traceId = row->traceId;
    connect(inspect, &QAction::triggered, this, [this, id] { emit inspectRequested(id, resolvedProfile()); });
    menu.addSeparator();
    connect(menu.addAction(tr("Copy message id")), &QAction::triggered, this,
            [id] { QApplication::clipboard()->setText(id); });
    QAction *copyTrace = menu.addAction(tr("Copy trace id"));
    copyTrace->setEnabled(!traceId.isEmpty());
    connect(copyTrace, &QAction::triggered, this, [traceId] { QApplication::clipboard()->setText(traceId); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

ReportDialog *BatchWindow::reportDialog() const
{
    return m_report;
}

QString BatchWindow::tallyText() const
{
    return m_tally->text();
}

QString BatchWindow::progressText() const
{
    return m_progressNote->text();
}

QString BatchWindow::pacingText() const
{
    return m_paceNote->text();
}

QString BatchWindow::stopText() const
{
    return m_banner->isHidden() ? QString() : m_banner->content().title;
}

QString BatchWindow::tableText() const
{
    QStringList lines;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList cells;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            if (!m_table->isColumnHidden(column))
                cells.append(m_proxy->index(r, column).data().toString());
        }
        lines.append(cells.join(QStringLiteral(" | ")));
    }
    return lines.join(QLatin1Char('\n'));
}

void BatchWindow::closeEvent(QCloseEvent *event)
{
    // Closing stops sending; what came back stays, should the window be shown again.
    cancel();
    QWidget::closeEvent(event);
}

void BatchWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void BatchWindow::applyPalette()
{
    ViewColors::applyToView(m_table, palette());
    for (const BatchColumn column : {BatchColumn::Direction, BatchColumn::Status, BatchColumn::Type}) {
        if (auto *delegate = qobject_cast<BadgeDelegate *>(m_table->itemDelegateForColumn(int(column))))
            delegate->setPalette(BadgePalette::forPalette(palette()));
    }
    const ViewColors colors = ViewColors::forPalette(palette());
    for (QLabel *label : {m_paceNote, m_estimate, m_shown}) {
        QPalette p;
        p.setColor(QPalette::WindowText, colors.mutedWindowText);
        label->setPalette(p);
    }
}

void BatchWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *data = event->mimeData();
    if (isRunning() || !data)
        return;
    if ((data->hasUrls() && !data->urls().isEmpty() && data->urls().constFirst().isLocalFile()) ||
        data->hasText())
        event->acceptProposedAction();
}

void BatchWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *data = event->mimeData();
    if (isRunning() || !data)
        return;
    if (data->hasUrls() && !data->urls().isEmpty() && data->urls().constFirst().isLocalFile()) {
        openFile(data->urls().constFirst().toLocalFile());
        event->acceptProposedAction();
    } else if (data->hasText()) {
        setIds(data->text());
        event->acceptProposedAction();
    }
}
