#include "watchpanel.h"

#include "badgedelegate.h"
#include "badgepalette.h"
#include "viewcolors.h"
#include "watchtimelinemodel.h"

#include "common/counttext.h"
#include "message/messagecomparison.h"
#include "message/messageschema.h"
#include "session/inspectionsession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString checksText(int count)
{
    return countText(count, WatchPanel::tr("1 check"), WatchPanel::tr("%1 checks"));
}

} // namespace

WatchPanel::WatchPanel(InspectionSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"watchPanel"_s);

    m_header = new QLabel(this);
    m_header->setObjectName(u"watchHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    if (headerFont.pointSizeF() > 0)
        headerFont.setPointSizeF(headerFont.pointSizeF() * 1.1);
    m_header->setFont(headerFont);

    m_subHeader = new QLabel(this);
    m_subHeader->setObjectName(u"watchSubHeader"_s);
    m_subHeader->setWordWrap(true);
    m_subHeader->setTextFormat(Qt::PlainText);
    m_subHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_stop = new QPushButton(tr("&Stop watching"), this);
    m_stop->setObjectName(u"watchStop"_s);
    m_again = new QPushButton(tr("Watch &again"), this);
    m_again->setObjectName(u"watchAgain"_s);
    m_compare = new QPushButton(tr("&Compare with previous"), this);
    m_compare->setObjectName(u"watchCompare"_s);
    m_compare->setToolTip(
        tr("Shows field by field what changed between the selected answer and the one before "
           "it (or between two selected answers)."));

    auto *limitLabel = new QLabel(tr("Give up &after"), this);
    m_timeLimit = new QSpinBox(this);
    m_timeLimit->setObjectName(u"watchTimeLimit"_s);
    m_timeLimit->setRange(1, 120);
    m_timeLimit->setValue(10);
    m_timeLimit->setSuffix(tr(" min"));
    m_timeLimit->setToolTip(tr("The watch stops by itself after this long. Applies when a watch starts."));
    limitLabel->setBuddy(m_timeLimit);

    m_notify = new QCheckBox(tr("&Notify me when final"), this);
    m_notify->setObjectName(u"watchNotify"_s);
    m_notify->setChecked(false);
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages()) {
        m_notify->setEnabled(false);
        m_notify->setToolTip(tr("This desktop does not show notifications from programs."));
    } else {
        m_notify->setToolTip(tr("A desktop notification when the message is delivered, read or failed."));
    }

    m_caption =
        new QLabel(tr("A row for each change HighLevel reported; checks that found nothing new add no "
                      "row. Select two rows (Ctrl+click) to compare those answers field by field."),
                   this);
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);

    m_model = new WatchTimelineModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"watchTimeline"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Status timeline"));
    m_badges = new BadgeDelegate(WatchTimelineModel::BadgeRole, BadgePalette::forPalette(palette()), this);
    m_view->setItemDelegateForColumn(WatchTimelineModel::StatusColumn, m_badges);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    const QFontMetrics metrics(font());
    header->resizeSection(WatchTimelineModel::TimeColumn, metrics.horizontalAdvance(u"00:00:00"_s) + 40);
    header->resizeSection(WatchTimelineModel::StatusColumn, metrics.horizontalAdvance(u"Undelivered"_s) + 70);
    header->resizeSection(WatchTimelineModel::UpdatedColumn,
                          metrics.horizontalAdvance(tr("Updated by HighLevel")) + 24);
    ViewColors::applyToView(m_view, palette());
    applyCaptionColor();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addWidget(m_again);
    buttons->addWidget(m_compare);
    buttons->addStretch(1);
    buttons->addWidget(limitLabel);
    buttons->addWidget(m_timeLimit);
    buttons->addSpacing(12);
    buttons->addWidget(m_notify);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_subHeader);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_caption);

    connect(m_stop, &QPushButton::clicked, this, &WatchPanel::stop);
    connect(m_again, &QPushButton::clicked, this, [this] { watch(m_request); });
    connect(m_compare, &QPushButton::clicked, this, &WatchPanel::compareSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WatchPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WatchPanel::updateButtons);
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        QAction *compare = menu.addAction(m_compare->text(), this, &WatchPanel::compareSelected);
        compare->setEnabled(m_compare->isEnabled());
        menu.addAction(tr("Copy rows"), this, [this] {
            QStringList lines;
            QModelIndexList rows = m_view->selectionModel()->selectedRows();
            std::sort(rows.begin(), rows.end());
            for (const QModelIndex &row : rows) {
                QStringList cells;
                for (int c = 0; c < WatchTimelineModel::ColumnCount; ++c)
                    cells << m_model->index(row.row(), c).data().toString();
                lines << cells.join(u'\t');
            }
            QApplication::clipboard()->setText(lines.join(u'\n'));
        });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &WatchPanel::updateHeader);

    updateHeader();
    updateButtons();
}

WatchPanel::~WatchPanel()
{
    // Going away mid-watch: cancel the lookup in flight; nobody is left to hear about it.
    if (m_watch) {
        m_watch->disconnect(this);
        m_watch->stop();
    }
}

void WatchPanel::watch(const QString &messageId, const QString &profile)
{
    watch(InspectionRequest::lookup(messageId, profile));
}

void WatchPanel::watch(const InspectionRequest &request)
{
    if (m_watch) {
        m_watch->stop(); // the running watch ends with Stopped (finished() once for it)
        m_watch->disconnect(this);
        m_watch->deleteLater();
        m_watch = nullptr;
    }
    m_model->clear();
    m_request = request;
    m_messageId = request.input.trimmed();
    m_pauseMs = 0;
    m_lastProblem.clear();
    m_lastStatusLabel.clear();
    m_lastPolled.reset();
    m_previousOk.reset();
    m_currentOk.reset();
    m_outcome.reset();
    m_outcomeDetail.clear();
    m_checks = 0;
    m_finishedAfterMs = 0;
    m_nextCheck = QDeadlineTimer(QDeadlineTimer::Forever);

    MessageWatch::Options options;
    options.pacing = m_pacing;
    options.timeoutMs = qint64(m_timeLimit->value()) * 60 * 1000;
    m_watch = new MessageWatch(m_session, request, options, this);
    connect(m_watch, &MessageWatch::polled, this, &WatchPanel::onPolled);
    connect(m_watch, &MessageWatch::changed, this, &WatchPanel::onChanged);
    connect(m_watch, &MessageWatch::paused, this, &WatchPanel::onPaused);
    connect(m_watch, &MessageWatch::waiting, this, &WatchPanel::onWaiting);
    connect(m_watch, &MessageWatch::finished, this, &WatchPanel::onFinished);
    m_elapsed.start();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_watch->start();
    m_tick.start();
    updateHeader();
    updateButtons();
}

void WatchPanel::stop()
{
    if (m_watch)
        m_watch->stop();
}

bool WatchPanel::isWatching() const
{
    return m_watch && m_watch->isRunning();
}

void WatchPanel::setTimeLimitMinutes(int minutes)
{
    m_timeLimit->setValue(minutes);
}

int WatchPanel::timeLimitMinutes() const
{
    return m_timeLimit->value();
}

void WatchPanel::setNotifyWhenFinal(bool notify)
{
    m_notify->setChecked(notify);
}

bool WatchPanel::notifyWhenFinal() const
{
    return m_notify->isChecked();
}

void WatchPanel::onPolled(const InspectionResult &result)
{
    ++m_checks;
    m_pauseMs = 0;
    m_nextCheck = QDeadlineTimer(QDeadlineTimer::Forever);
    m_lastPolled = result;
    if (result.ok()) {
        m_lastProblem.clear();
        if (!result.messageId.isEmpty())
            m_messageId = result.messageId;
        m_previousOk = std::move(m_currentOk);
        m_currentOk = result.analysis;
        const MessageView &view = result.analysis.view;
        m_lastStatusLabel = view.statusBadge.isBadge()
                                ? (view.statusBadge.known ? view.statusBadge.label : view.status.value)
                                : view.status.value;
    } else if (result.failure) {
        m_lastProblem = result.failure->title;
    }
    updateHeader();
    emit resultArrived(result);
}

void WatchPanel::onChanged(const MessageWatch::Entry &entry)
{
    WatchTimelineModel::Row row;
    row.observedAt = entry.observedAt;
    row.httpStatus = entry.httpStatus;
    if (m_lastPolled && !m_lastPolled->ok()) {
        // A failure that repeating cannot fix ended the watch.
        row.kind = WatchTimelineModel::Kind::Problem;
        row.note = entry.note;
        m_model->append(std::move(row));
        return;
    }
    row.status = entry.status;
    row.dateUpdated = entry.dateUpdated;
    if (m_currentOk && m_currentOk->view.statusBadge.isBadge())
        row.statusBadge = m_currentOk->view.statusBadge;
    else if (!entry.status.isEmpty())
        row.statusBadge = MessageSchema::badgeFor(u"$.status", entry.status);
    if (m_previousOk && m_currentOk) {
        // The status has its own column: list what else moved.
        MessageComparison comparison = MessageComparison::compare(*m_previousOk, *m_currentOk);
        comparison.rows.removeIf([](const MessageComparison::Row &r) { return r.field == u"status"_s; });
        row.changes = comparison.describe(tr("before"), tr("now"));
        if (row.changes.isEmpty())
            row.note = tr("nothing else");
    } else {
        row.note = tr("First answer");
    }
    row.answer = m_lastPolled;
    m_model->append(std::move(row));
    updateButtons();
}

void WatchPanel::onPaused(const QString &reason, qint64 ms)
{
    m_pauseMs = ms;
    WatchTimelineModel::Row row;
    row.kind = WatchTimelineModel::Kind::Pause;
    row.observedAt = QDateTime::currentDateTimeUtc();
    row.httpStatus = 429;
    row.note = tr("Paused %1: rate limited by HighLevel (429)").arg(durationText(ms));
    Q_UNUSED(reason) // the core's sentence says the same; the row keeps it short
    m_model->append(std::move(row));
    updateHeader();
}

void WatchPanel::onWaiting(qint64 ms)
{
    m_nextCheck = QDeadlineTimer(ms);
    updateHeader();
}

void WatchPanel::onFinished(MessageWatch::Outcome outcome)
{
    m_outcome = outcome;
    m_finishedAfterMs = m_elapsed.elapsed();
    m_tick.stop();
    m_pauseMs = 0;
    if (outcome == MessageWatch::Outcome::Error && m_lastPolled && m_lastPolled->failure)
        m_outcomeDetail = m_lastPolled->failure->nextStep;
    updateHeader();
    updateButtons();
    notify(outcome);
    emit finished(outcome);
}

QString WatchPanel::durationText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, (ms + 999) / 1000);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    const qint64 rest = seconds % 60;
    if (minutes < 60)
        return rest == 0 ? tr("%1 min").arg(minutes) : tr("%1 min %2 s").arg(minutes).arg(rest);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString WatchPanel::finalText(MessageWatch::Outcome outcome) const
{
    const QString status = m_lastStatusLabel.isEmpty() ? tr("no status yet") : m_lastStatusLabel;
    const QString after = tr("%1, %2").arg(checksText(m_checks), durationText(m_finishedAfterMs));
    switch (outcome) {
    case MessageWatch::Outcome::Delivered:
    case MessageWatch::Outcome::Failed:
        return tr("Final: %1 after %2").arg(status, after);
    case MessageWatch::Outcome::Reached:
        return tr("Reached %1 after %2").arg(status, after);
    case MessageWatch::Outcome::TimedOut:
        return tr("Gave up after %1 (the time limit): still %2 after %3")
            .arg(durationText(qint64(m_timeLimit->value()) * 60 * 1000), status, checksText(m_checks));
    case MessageWatch::Outcome::Stopped:
        return tr("Stopped after %1 — last seen: %2").arg(after, status);
    case MessageWatch::Outcome::Error: {
        const QString title = m_lastProblem.isEmpty() ? tr("the lookup failed") : m_lastProblem;
        return m_outcomeDetail.isEmpty() ? tr("Stopped: %1").arg(title)
                                         : tr("Stopped: %1 %2").arg(title, m_outcomeDetail);
    }
    }
    return QString();
}

QString WatchPanel::headerText() const
{
    if (!m_watch)
        return tr("Not watching a message.");
    if (m_outcome)
        return finalText(*m_outcome);
    const auto next = [this]() -> QString {
        if (m_nextCheck.isForever() || m_nextCheck.remainingTime() <= 0)
            return tr("checking now…");
        return tr("next check in %1").arg(durationText(m_nextCheck.remainingTime()));
    };
    if (m_pauseMs > 0)
        return tr("Paused %1: rate limited by HighLevel (429) — %2").arg(durationText(m_pauseMs), next());
    QString text = m_lastStatusLabel.isEmpty()
                       ? tr("Watching %1 — %2").arg(m_messageId, next())
                       : tr("Watching %1: %2 — %3").arg(m_messageId, m_lastStatusLabel, next());
    if (!m_lastProblem.isEmpty())
        text += u' ' + tr("(the last check failed: %1)").arg(m_lastProblem);
    return text;
}

void WatchPanel::updateHeader()
{
    m_header->setText(headerText());
    if (!m_watch) {
        m_subHeader->setText(tr("Choose Watch on a message to follow its status until it is final."));
        return;
    }
    QStringList parts;
    const QTimeZone zone = m_model->timeZone();
    parts << tr("Started %1").arg(WatchTimelineModel::timeText(m_startedAt, m_startedAt, zone));
    if (!m_request.profile.isEmpty())
        parts << tr("profile %1").arg(m_request.profile);
    parts << tr("%1 so far").arg(checksText(m_checks));
    if (!m_outcome) {
        const QDateTime limit = m_startedAt.addSecs(qint64(m_timeLimit->value()) * 60);
        parts << tr("gives up at %1").arg(WatchTimelineModel::timeText(limit, m_startedAt, zone));
    }
    m_subHeader->setText(parts.join(u" · "_s));
}

void WatchPanel::updateButtons()
{
    const bool running = isWatching();
    m_stop->setEnabled(running);
    m_again->setEnabled(m_watch && !running);
    m_timeLimit->setEnabled(!running);
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    bool canCompare = false;
    if (rows.size() == 2) {
        m_compare->setText(tr("&Compare the two selected"));
        canCompare = rows.at(0).data(WatchTimelineModel::HasAnswerRole).toBool() &&
                     rows.at(1).data(WatchTimelineModel::HasAnswerRole).toBool();
    } else {
        m_compare->setText(tr("&Compare with previous"));
        // Nothing selected: the latest answer with the one before it.
        const int row = rows.size() == 1 ? rows.at(0).row() : m_model->rowCount() - 1;
        canCompare = rows.size() <= 1 &&
                     m_model->index(row, 0).data(WatchTimelineModel::HasAnswerRole).toBool() &&
                     m_model->previousAnswerRow(row) >= 0;
    }
    m_compare->setEnabled(canCompare);
}

QString WatchPanel::labelFor(int row) const
{
    const WatchTimelineModel::Row *r = m_model->rowAt(row);
    if (!r)
        return QString();
    return tr("%1 (watch)").arg(m_model->index(row, WatchTimelineModel::TimeColumn).data().toString());
}

bool WatchPanel::compareSelected()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    int first = -1;
    int second = -1;
    if (rows.size() == 2) {
        first = rows.at(0).row();
        second = rows.at(1).row();
    } else if (rows.size() <= 1) {
        second = rows.isEmpty() ? m_model->rowCount() - 1 : rows.at(0).row();
        first = m_model->previousAnswerRow(second);
    }
    const WatchTimelineModel::Row *a = m_model->rowAt(first);
    const WatchTimelineModel::Row *b = m_model->rowAt(second);
    if (!a || !b || !a->answer || !b->answer)
        return false;
    emit compareRequested(*a->answer, *b->answer, labelFor(first), labelFor(second));
    return true;
}

void WatchPanel::notify(MessageWatch::Outcome outcome)
{
    using Outcome = MessageWatch::Outcome;
    if (!m_notify->isChecked() || !m_notify->isEnabled())
        return;
    if (outcome != Outcome::Delivered && outcome != Outcome::Failed && outcome != Outcome::Reached)
        return;
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
    }
    m_tray->show();
    m_tray->showMessage(tr("Message %1: %2").arg(m_messageId, m_lastStatusLabel), finalText(outcome),
                        outcome == Outcome::Failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

void WatchPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_badges->setPalette(BadgePalette::forPalette(palette()));
        ViewColors::applyToView(m_view, palette());
        applyCaptionColor();
        m_view->viewport()->update();
    }
}

void WatchPanel::applyCaptionColor()
{
    // Muted from the window text, still readable (ViewColors); set on the labels only, so the panel keeps
    // following the application palette.
    QPalette muted = m_caption->palette();
    muted.setColor(QPalette::WindowText, ViewColors::forPalette(palette()).mutedWindowText);
    m_caption->setPalette(muted);
    m_subHeader->setPalette(muted);
}
