#include "jsonlinesview.h"

#include "badgedelegate.h"
#include "badgepalette.h"
#include "viewcolors.h"

#include "common/backgroundtask.h"
#include "common/mappedfile.h"
#include "jsonl/jsonlinesindex.h"
#include "jsonl/jsonlinesmodel.h"
#include "session/inspectionsession.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

struct JsonLinesView::Loaded
{
    JsonLinesIndex index;
    QString error; // why there is no index (not cancelled)
};

JsonLinesView::JsonLinesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new JsonLinesModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_inspect(new QPushButton(tr("Inspect"), this))
    , m_load(std::make_unique<BackgroundTask<Loaded>>(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Records"));
    // Fixed row heights: the view never asks millions of rows for their size.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(JsonLinesModel::LineColumn, 80);
    header->resizeSection(JsonLinesModel::DirectionColumn, 110);
    header->resizeSection(JsonLinesModel::StatusColumn, 120);
    header->resizeSection(JsonLinesModel::TypeColumn, 120);
    header->resizeSection(JsonLinesModel::WhenColumn, 240);
    header->resizeSection(JsonLinesModel::IdColumn, 200);
    m_delegate = new BadgeDelegate(JsonLinesModel::BadgeRole, BadgePalette::forPalette(palette()), this);
    for (const int column :
         {JsonLinesModel::DirectionColumn, JsonLinesModel::StatusColumn, JsonLinesModel::TypeColumn})
        m_table->setItemDelegateForColumn(column, m_delegate);
    ViewColors::applyToView(m_table, palette());

    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Finding the records"));
    m_progress->hide();
    m_cancel->hide();
    m_inspect->setEnabled(false);
    m_inspect->setToolTip(tr("Inspect the selected record as a message (or double-click it)"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    top->addWidget(m_inspect);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_cancel, &QPushButton::clicked, this, &JsonLinesView::cancel);
    connect(m_inspect, &QPushButton::clicked, this, &JsonLinesView::chooseCurrent);
    connect(m_table, &QTableView::activated, this, &JsonLinesView::chooseCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_inspect->setEnabled(current.isValid()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_inspect->setEnabled(false); });
    updateSummary();
}

// The task abandons a load in progress without waiting; the worker holds its own copies of what it reads.
JsonLinesView::~JsonLinesView() = default;

void JsonLinesView::openFile(const QString &path)
{
    start(
        [path](TaskControl &control) {
            Loaded loaded;
            const FileBytes file = FileBytes::load(path, InspectionSession::maxFileBytes);
            if (!file.error.isEmpty()) {
                loaded.error =
                    file.tooLarge
                        ? QCoreApplication::translate("JsonLinesView", "It has %1; the limit is %2.")
                              .arg(QLocale().formattedDataSize(file.fileSize),
                                   QLocale().formattedDataSize(InspectionSession::maxFileBytes))
                        : file.error;
                return loaded;
            }
            loaded.index = JsonLinesIndex::build(file.bytes, file.keepAlive, [&](qint64 done) {
                control.setProgress(done, file.bytes.size());
                return !control.isCancelled();
            });
            return loaded;
        },
        QFileInfo(path).fileName());
}

void JsonLinesView::setBytes(const QByteArray &bytes, std::shared_ptr<const void> keepAlive,
                             const QString &name)
{
    start(
        [bytes, keepAlive](TaskControl &control) {
            Loaded loaded;
            loaded.index = JsonLinesIndex::build(bytes, keepAlive, [&](qint64 done) {
                control.setProgress(done, bytes.size());
                return !control.isCancelled();
            });
            return loaded;
        },
        name);
}

void JsonLinesView::start(std::function<Loaded(TaskControl &)> work, const QString &name)
{
    cancel();
    m_model->clear();
    m_name = name;
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_load->start(
        std::move(work),
        [this](std::optional<Loaded> loaded) {
            if (!loaded) { // not reached: cancel() abandons the load and says so itself
                finishLoad(false, tr("Cancelled."));
                return;
            }
            if (!loaded->error.isEmpty()) {
                finishLoad(false, loaded->error);
                return;
            }
            m_model->setIndex(loaded->index);
            finishLoad(true, summaryText());
        },
        [this](int permille) { m_progress->setValue(permille); });
    updateSummary();
}

void JsonLinesView::cancel()
{
    if (!m_load->isRunning())
        return;
    m_load->abandon(); // the worker stops at its next report; its result is dropped
    finishLoad(false, tr("Cancelled."));
}

void JsonLinesView::clear()
{
    cancel();
    m_model->clear();
    m_name.clear();
    updateSummary();
}

bool JsonLinesView::isLoading() const
{
    return m_load->isRunning();
}

void JsonLinesView::finishLoad(bool ok, const QString &message)
{
    m_progress->hide();
    m_cancel->hide();
    updateSummary();
    if (!ok)
        m_summary->setText(m_name.isEmpty() ? message : tr("%1: %2").arg(m_name, message));
    emit loadFinished(ok, message);
}

QString JsonLinesView::summaryText() const
{
    const JsonLinesIndex &index = m_model->linesIndex();
    QStringList parts;
    if (!m_name.isEmpty())
        parts << m_name;
    parts << (index.recordCount() == 1 ? tr("1 record")
                                       : tr("%1 records").arg(QLocale().toString(index.recordCount())));
    if (index.blankLineCount() > 0)
        parts << (index.blankLineCount() == 1
                      ? tr("1 blank line")
                      : tr("%1 blank lines").arg(QLocale().toString(index.blankLineCount())));
    if (m_model->isTruncated())
        parts << tr("the first %1 listed").arg(QLocale().toString(m_model->rowCount()));
    return parts.join(tr(" · "));
}

void JsonLinesView::updateSummary()
{
    if (m_load->isRunning())
        m_summary->setText(m_name.isEmpty() ? tr("Finding the records…")
                                            : tr("Finding the records of %1…").arg(m_name));
    else if (m_model->linesIndex().isValid())
        m_summary->setText(summaryText());
    else
        m_summary->setText(tr("Open a JSON Lines file (.jsonl, .ndjson): one message per line."));
}

bool JsonLinesView::chooseLine(qint64 line)
{
    const int row = m_model->rowForLine(line);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    chooseCurrent();
    return true;
}

void JsonLinesView::chooseCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    emit recordChosen(m_model->recordBody(current), m_model->lineOf(current));
}

void JsonLinesView::changeEvent(QEvent *event)
{
    // The chips follow a switch between light and dark while the window is open.
    if (event->type() == QEvent::PaletteChange) {
        ViewColors::applyToView(m_table, palette());
        m_delegate->setPalette(BadgePalette::forPalette(palette()));
        m_table->viewport()->update();
    }
    QWidget::changeEvent(event);
}
