#include "diffwindow.h"

#include "badgepalette.h"
#include "diffvaluedelegate.h"
#include "viewcolors.h"

#include "message/messageformatting.h"
#include "session/inspectionjob.h"
#include "session/inspectionsession.h"
#include "text/safetext.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Change = JsonDifference::Change;

DiffWindow::DiffWindow(InspectionSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setWindowFlag(Qt::Window);
    setObjectName(u"diffWindow"_s);
    setWindowTitle(tr("Compare answers — Message Inspector"));
    resize(1000, 700);

    m_firstPicker = new QComboBox(this);
    m_firstPicker->setObjectName(u"diffFirstPicker"_s);
    m_firstPicker->setAccessibleName(tr("First answer"));
    m_firstPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_firstPicker->setMinimumContentsLength(18);
    m_secondPicker = new QComboBox(this);
    m_secondPicker->setObjectName(u"diffSecondPicker"_s);
    m_secondPicker->setAccessibleName(tr("Second answer"));
    m_secondPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_secondPicker->setMinimumContentsLength(18);
    m_swap = new QPushButton(tr("S&wap"), this);
    m_swap->setToolTip(tr("Exchange the two sides"));
    m_onlyDifferences = new QCheckBox(tr("&Only differences"), this);
    m_onlyDifferences->setObjectName(u"diffOnlyDifferences"_s);
    m_onlyDifferences->setChecked(true);
    m_onlyDifferences->setToolTip(tr("Untick to see the fields that stayed the same around the changes."));
    m_copy = new QPushButton(tr("&Copy as text"), this);
    m_copy->setToolTip(tr("Copies the list of differences, one per line, for a ticket or a chat."));

    auto *compareLabel = new QLabel(tr("Co&mpare"), this);
    compareLabel->setBuddy(m_firstPicker);
    auto *withLabel = new QLabel(tr("with"), this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"diffSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    m_subject = new QLabel(this);
    m_subject->setObjectName(u"diffSubject"_s);
    m_subject->setWordWrap(true);
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes = new QLabel(this);
    m_notes->setObjectName(u"diffNotes"_s);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new DiffContextModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"diffTree"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Differences"));
    const BadgePalette chips = BadgePalette::forPalette(palette());
    m_firstDelegate = new DiffValueDelegate({JsonDiffModel::FirstValueRole, JsonDiffModel::FirstMeaningRole,
                                             JsonDiffModel::FirstBadgeRole, DiffContextModel::UnchangedRole},
                                            chips, this);
    m_secondDelegate =
        new DiffValueDelegate({JsonDiffModel::SecondValueRole, JsonDiffModel::SecondMeaningRole,
                               JsonDiffModel::SecondBadgeRole, DiffContextModel::UnchangedRole},
                              chips, this);
    m_view->setItemDelegateForColumn(JsonDiffModel::FirstColumn, m_firstDelegate);
    m_view->setItemDelegateForColumn(JsonDiffModel::SecondColumn, m_secondDelegate);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(JsonDiffModel::ChangeColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(JsonDiffModel::PathColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(JsonDiffModel::FirstColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(JsonDiffModel::SecondColumn, QHeaderView::Stretch);
    const QFontMetrics metrics(font());
    header->resizeSection(JsonDiffModel::ChangeColumn, metrics.horizontalAdvance(tr("Removed")) + 28);
    header->resizeSection(JsonDiffModel::PathColumn,
                          metrics.horizontalAdvance(u"$.message.meta.callStatus"_s) + 28);
    ViewColors::applyToView(m_view, palette());

    auto *pickers = new QHBoxLayout;
    pickers->addWidget(compareLabel);
    pickers->addWidget(m_firstPicker, 1);
    pickers->addWidget(withLabel);
    pickers->addWidget(m_secondPicker, 1);
    pickers->addWidget(m_swap);
    auto *options = new QHBoxLayout;
    options->addWidget(m_summary, 1);
    options->addWidget(m_onlyDifferences);
    options->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_subject);
    layout->addLayout(options);
    layout->addWidget(m_notes);
    layout->addWidget(m_view, 1);

    connect(m_firstPicker, &QComboBox::activated, this,
            [this](int index) { onPickerActivated(Side::First, index); });
    connect(m_secondPicker, &QComboBox::activated, this,
            [this](int index) { onPickerActivated(Side::Second, index); });
    connect(m_swap, &QPushButton::clicked, this, &DiffWindow::swapSides);
    connect(m_onlyDifferences, &QCheckBox::toggled, this,
            [this](bool only) { m_model->setShowUnchanged(!only); });
    connect(m_copy, &QPushButton::clicked, this, &DiffWindow::copyText);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &DiffWindow::showMenu);

    syncPickers();
    updateSummary();
}

DiffWindow::~DiffWindow()
{
    // m_compare abandons a walk still running without waiting: it holds its own copies of the documents and
    // may finish in the pool after the window is gone.
    for (const Source &source : std::as_const(m_sources)) {
        if (source.job)
            source.job->cancel();
    }
}

QString DiffWindow::defaultLabel(const InspectionResult &result)
{
    if (result.request.source == InspectionRequest::Source::Lookup && !result.messageId.isEmpty())
        return tr("looked up %1").arg(MessageFormatting::shortId(result.messageId, 6));
    const QString note = result.sourceNote();
    return note.isEmpty() ? tr("an answer") : note;
}

int DiffWindow::addSource(Source source)
{
    // Bounded: drop the oldest source no side uses and nothing is reading.
    while (m_sources.size() >= maxSources) {
        qsizetype drop = -1;
        for (qsizetype i = 0; i < m_sources.size(); ++i) {
            if (i != m_first && i != m_second && !m_sources.at(i).job) {
                drop = i;
                break;
            }
        }
        if (drop < 0)
            break;
        m_sources.removeAt(drop);
        if (m_first > drop)
            --m_first;
        if (m_second > drop)
            --m_second;
    }
    m_sources.append(std::move(source));
    return int(m_sources.size()) - 1;
}

int DiffWindow::addAnswer(const InspectionResult &result, const QString &label)
{
    Source source;
    source.label = label.isEmpty() ? defaultLabel(result) : label;
    const Json::Document &document = result.analysis.document;
    const bool analysed = document.isValid() || document.hasError() || result.body.isEmpty();
    if (analysed)
        source.result = result;
    const int index = addSource(std::move(source));
    if (!analysed) // an answer kept without its analysis (a stored body): analyse it first
        analyse(index, InspectionRequest::bytes(result.body, m_sources.at(index).label));
    syncPickers();
    return index;
}

int DiffWindow::addBody(const QByteArray &body, const QString &label)
{
    Source source;
    source.label = label;
    const int index = addSource(std::move(source));
    analyse(index, InspectionRequest::bytes(body, label));
    syncPickers();
    return index;
}

void DiffWindow::analyse(int index, const InspectionRequest &request)
{
    InspectionJob *job = m_session->inspect(request);
    m_sources[index].job = job;
    connect(job, &InspectionJob::finished, this,
            [this, job](const InspectionResult &result) { onSourceRead(job, result); });
}

void DiffWindow::compare(const InspectionResult &first, const InspectionResult &second,
                         const QString &firstLabel, const QString &secondLabel)
{
    const int a = addAnswer(first, firstLabel);
    const int b = addAnswer(second, secondLabel);
    setSides(a, b);
}

void DiffWindow::compareBodies(const QByteArray &first, const QString &firstLabel, const QByteArray &second,
                               const QString &secondLabel)
{
    const int a = addBody(first, firstLabel);
    const int b = addBody(second, secondLabel);
    setSides(a, b);
}

void DiffWindow::openFile(Side side, const QString &path)
{
    Source source;
    source.label = tr("file %1").arg(QFileInfo(path).fileName());
    source.openedFor = side;
    const int index = addSource(std::move(source));
    m_problem.clear();
    analyse(index, InspectionRequest::file(path));
    syncPickers();
    updateSummary();
}

void DiffWindow::onSourceRead(InspectionJob *job, const InspectionResult &result)
{
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).job == job)
            index = i;
    }
    if (index < 0)
        return;
    Source &source = m_sources[index];
    source.job.clear();
    const std::optional<Side> openedFor = std::exchange(source.openedFor, std::nullopt);
    if (result.body.isEmpty() && result.failure) {
        // Nothing to compare (unreadable, empty, too large): say so and keep what was shown.
        const QString text =
            tr("%1 cannot be compared: %2").arg(source.label, result.failure->title) +
            (result.failure->nextStep.isEmpty() ? QString() : u' ' + result.failure->nextStep);
        m_sources.removeAt(index);
        if (m_first > index)
            --m_first;
        else if (m_first == index)
            m_first = -1;
        if (m_second > index)
            --m_second;
        else if (m_second == index)
            m_second = -1;
        syncPickers();
        showProblem(text);
        return;
    }
    source.result = result;
    if (openedFor) {
        if (*openedFor == Side::First)
            m_first = int(index);
        else
            m_second = int(index);
    }
    syncPickers();
    if (index == m_first || index == m_second)
        startComparison();
}

void DiffWindow::setSides(int first, int second)
{
    if (first < 0 || first >= m_sources.size() || second < 0 || second >= m_sources.size())
        return;
    m_first = first;
    m_second = second;
    m_problem.clear();
    syncPickers();
    startComparison();
}

void DiffWindow::swapSides()
{
    if (m_first < 0 || m_second < 0)
        return;
    setSides(m_second, m_first);
}

void DiffWindow::startComparison()
{
    if (m_first < 0 || m_second < 0)
        return;
    const Source &a = m_sources.at(m_first);
    const Source &b = m_sources.at(m_second);
    m_model->setSideLabels(a.label, b.label);
    if (!a.result || !b.result) {
        // Reading a side: the comparison starts when it is there (onSourceRead).
        m_comparing = false;
        m_compare.abandon(); // a comparison still running is never shown
        m_model->clear();
        updateSummary();
        return;
    }
    m_model->clear();
    m_comparing = true;
    m_problem.clear();
    const Json::Document first = a.result->analysis.document;
    const Json::Document second = b.result->analysis.document;
    m_compare.start( // abandons a comparison still running
        [first, second](TaskControl &control) {
            Outcome outcome;
            outcome.diff = JsonDiff::compare(first, second, JsonDiff::Options(),
                                             [&control] { return control.isCancelled(); });
            if (!control.isCancelled())
                outcome.context = DiffContextModel::build(outcome.diff, first, second);
            return outcome;
        },
        [this](std::optional<Outcome> outcome) { onComparisonFinished(std::move(outcome)); });
    updateSummary();
}

void DiffWindow::onComparisonFinished(std::optional<Outcome> outcome)
{
    if (!m_comparing)
        return;
    m_comparing = false;
    if (outcome) {
        m_model->setDiff(outcome->diff, outcome->context);
    } else {
        m_model->clear();
    }
    updateSummary();
    emit diffShown();
}

void DiffWindow::showProblem(const QString &text)
{
    m_problem = text;
    updateSummary();
    emit diffShown();
}

bool DiffWindow::isBusy() const
{
    if (m_comparing)
        return true;
    for (const Source &source : m_sources) {
        if (source.job)
            return true;
    }
    return false;
}

void DiffWindow::setOnlyDifferences(bool only)
{
    m_onlyDifferences->setChecked(only);
}

bool DiffWindow::onlyDifferences() const
{
    return m_onlyDifferences->isChecked();
}

QString DiffWindow::sourceLabel(int index) const
{
    return index >= 0 && index < m_sources.size() ? m_sources.at(index).label : QString();
}

QString DiffWindow::summaryText() const
{
    return m_summary->text();
}

QStringList DiffWindow::diffText() const
{
    return m_model->diff().toText();
}

void DiffWindow::updateSummary()
{
    QStringList notes;
    QString summary;
    const JsonDiff &diff = m_model->diff();
    QStringList reading;
    for (const Source &source : std::as_const(m_sources)) {
        if (source.job)
            reading << source.label;
    }
    if (m_first < 0 || m_second < 0) {
        summary = tr("Choose the two answers to compare.");
    } else if (m_comparing) {
        summary = tr("Comparing…");
    } else if (!m_sources.at(m_first).result || !m_sources.at(m_second).result) {
        summary = tr("Reading %1…").arg(reading.join(tr(" and ")));
    } else if (diff.hasError()) {
        summary = diff.errorString();
        notes << (diff.bytesEqual() ? tr("The two bodies are byte for byte the same.")
                                    : tr("The two bodies differ."));
    } else if (diff.isIdentical()) {
        summary = tr("No differences: the two answers are the same.");
    } else {
        summary = tr("%1 changed · %2 added · %3 removed")
                      .arg(diff.count(Change::Changed))
                      .arg(diff.count(Change::Added))
                      .arg(diff.count(Change::Removed));
    }
    if (!m_comparing && !diff.hasError())
        notes += diff.notes();
    if (!m_comparing)
        notes += m_model->contextNotes();
    if (!m_problem.isEmpty())
        notes.prepend(m_problem);
    else if (!reading.isEmpty() && !summary.startsWith(tr("Reading")))
        notes.prepend(tr("Reading %1…").arg(reading.join(tr(" and "))));
    m_summary->setText(summary);
    m_subject->setText(subjectText());
    m_subject->setVisible(!m_subject->text().isEmpty());
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
    m_copy->setEnabled(!m_comparing && m_first >= 0 && m_second >= 0 && m_sources.at(m_first).result &&
                       m_sources.at(m_second).result);
    m_swap->setEnabled(m_first >= 0 && m_second >= 0);
}

QString DiffWindow::subjectText() const
{
    if (m_first < 0 || m_second < 0 || !m_sources.at(m_first).result || !m_sources.at(m_second).result)
        return QString();
    // Which message each side is about: the same one twice (two moments), or two different ones.
    const auto idOf = [this](int side) {
        const MessageView &view = m_sources.at(side).result->analysis.view;
        return view.id.isPresent() ? SafeText::forDisplay(view.id.value, 80) : QString();
    };
    const QString first = idOf(m_first);
    const QString second = idOf(m_second);
    if (first.isEmpty() || second.isEmpty())
        return QString();
    if (first == second)
        return tr("Two answers about message %1.").arg(first);
    return tr("Two different messages: %1 (left) and %2 (right).").arg(first, second);
}

void DiffWindow::fillPicker(QComboBox *picker, int current)
{
    const QSignalBlocker block(picker);
    picker->clear();
    for (const Source &source : std::as_const(m_sources)) {
        // A file still being read for a side is not offered until it is there.
        if (source.openedFor && source.job)
            picker->addItem(tr("%1 (reading…)").arg(source.label));
        else
            picker->addItem(source.label);
    }
    picker->addItem(tr("Open a saved response…"));
    picker->setCurrentIndex(current >= 0 ? current : -1);
}

void DiffWindow::syncPickers()
{
    fillPicker(m_firstPicker, m_first);
    fillPicker(m_secondPicker, m_second);
}

void DiffWindow::onPickerActivated(Side side, int index)
{
    if (index == m_sources.size()) {
        syncPickers(); // shows the current side again until a file is chosen and read
        chooseFile(side);
        return;
    }
    if (index < 0 || index >= m_sources.size())
        return;
    if (side == Side::First)
        setSides(index, m_second >= 0 ? m_second : index);
    else
        setSides(m_first >= 0 ? m_first : index, index);
}

void DiffWindow::chooseFile(Side side)
{
    auto *dialog = new QFileDialog(this, side == Side::First ? tr("Open the first answer")
                                                             : tr("Open the second answer"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Saved responses (*.json *.txt)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, side](const QString &path) { openFile(side, path); });
    dialog->open();
}

void DiffWindow::copyText()
{
    QStringList lines;
    if (m_first >= 0 && m_second >= 0)
        lines << tr("Compared %1 with %2").arg(sourceLabel(m_first), sourceLabel(m_second));
    lines += diffText();
    QApplication::clipboard()->setText(lines.join(u'\n'));
}

void DiffWindow::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    const QString path =
        index.siblingAtColumn(JsonDiffModel::PathColumn).data(JsonDiffModel::PathRole).toString();
    menu.addAction(tr("Copy JSON path"), this, [path] { QApplication::clipboard()->setText(path); });
    menu.addAction(tr("Copy row"), this, [this, index] {
        QStringList cells;
        for (int c = 0; c < JsonDiffModel::ColumnCount; ++c)
            cells << index.siblingAtColumn(c).data().toString();
        QApplication::clipboard()->setText(cells.join(u'\t'));
    });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void DiffWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        const BadgePalette chips = BadgePalette::forPalette(palette());
        m_firstDelegate->setPalette(chips);
        m_secondDelegate->setPalette(chips);
        ViewColors::applyToView(m_view, palette());
        m_view->viewport()->update();
    }
}
