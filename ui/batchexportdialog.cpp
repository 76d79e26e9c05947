#include "batchexportdialog.h"

#include "common/counttext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

BatchExportDialog::BatchExportDialog(qsizetype allRows, qsizetype shownRows, QWidget *parent)
    : QDialog(parent)
    , m_csv(new QRadioButton(
          tr("CSV, for a spreadsheet (UTF-8; cells that a spreadsheet would run as a formula "
             "are kept as text)"),
          this))
    , m_jsonLines(new QRadioButton(tr("JSON Lines, for a script (one object per message)"), this))
    , m_columns(new QListWidget(this))
    , m_onlyShown(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export the batch"));
    setObjectName(QStringLiteral("batchExportDialog"));
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_jsonLines->setObjectName(QStringLiteral("exportJsonLines"));
    m_columns->setObjectName(QStringLiteral("exportColumns"));
    m_columns->setAccessibleName(tr("Columns to export"));
    m_onlyShown->setObjectName(QStringLiteral("exportOnlyShown"));
    // The columns are written in the order listed; dragging an entry moves its column.
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    m_columns->setDefaultDropAction(Qt::MoveAction);
    m_csv->setChecked(true);

    setColumns(BatchColumns::all());

    auto *all = new QPushButton(tr("All"), this);
    auto *none = new QPushButton(tr("None"), this);
    all->setObjectName(QStringLiteral("exportAllColumns"));
    none->setObjectName(QStringLiteral("exportNoColumns"));
    connect(all, &QPushButton::clicked, this, [this] { setColumns(BatchColumns::all()); });
    connect(none, &QPushButton::clicked, this, [this] { setColumns({}); });

    m_onlyShown->setText(
        tr("Only the %1 the filter shows (in the order shown)")
            .arg(countText(shownRows, BatchExportDialog::tr("1 row"), BatchExportDialog::tr("%1 rows"))));
    m_onlyShown->setVisible(shownRows != allRows);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_columns, &QListWidget::itemChanged, this, &BatchExportDialog::updateButtons);

    auto *format = new QGroupBox(tr("Format"), this);
    auto *formatLayout = new QVBoxLayout(format);
    formatLayout->addWidget(m_csv);
    formatLayout->addWidget(m_jsonLines);

    auto *columnButtons = new QHBoxLayout;
    columnButtons->addWidget(all);
    columnButtons->addWidget(none);
    columnButtons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(format);
    layout->addWidget(new QLabel(
        tr("Columns, in the order written (drag to reorder; %1 in all):")
            .arg(countText(allRows, BatchExportDialog::tr("1 row"), BatchExportDialog::tr("%1 rows"))),
        this));
    layout->addWidget(m_columns, 1);
    layout->addLayout(columnButtons);
    layout->addWidget(m_onlyShown);
    layout->addWidget(m_buttons);
    resize(520, 520);
    updateButtons();
}

BatchExportDialog::Format BatchExportDialog::format() const
{
    return m_jsonLines->isChecked() ? Format::JsonLines : Format::Csv;
}

void BatchExportDialog::setFormat(Format format)
{
    (format == Format::JsonLines ? m_jsonLines : m_csv)->setChecked(true);
}

QList<BatchColumn> BatchExportDialog::columns() const
{
    QList<BatchColumn> chosen;
    for (int i = 0; i < m_columns->count(); ++i) {
        const QListWidgetItem *item = m_columns->item(i);
        if (item->checkState() == Qt::Checked)
            chosen.append(BatchColumn(item->data(Qt::UserRole).toInt()));
    }
    return chosen;
}

void BatchExportDialog::setColumns(const QList<BatchColumn> &columns)
{
    // The chosen columns first, in the order given, then the others in the table's order.
    QList<BatchColumn> order;
    for (const BatchColumn column : columns) {
        if (!order.contains(column))
            order.append(column);
    }
    for (const BatchColumn column : BatchColumns::all()) {
        if (!order.contains(column))
            order.append(column);
    }
    const QSignalBlocker blocker(m_columns);
    m_columns->clear();
    for (const BatchColumn column : std::as_const(order)) {
        auto *item = new QListWidgetItem(
            tr("%1  (%2)").arg(BatchColumns::title(column), BatchColumns::name(column)), m_columns);
        item->setData(Qt::UserRole, int(column));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsDragEnabled);
        item->setCheckState(columns.contains(column) ? Qt::Checked : Qt::Unchecked);
    }
    updateButtons();
}

bool BatchExportDialog::onlyShownRows() const
{
    return !m_onlyShown->isHidden() && m_onlyShown->isChecked();
}

void BatchExportDialog::setOnlyShownRows(bool only)
{
    m_onlyShown->setChecked(only);
}

QString BatchExportDialog::extension(Format format)
{
    return format == Format::JsonLines ? QStringLiteral("jsonl") : QStringLiteral("csv");
}

QString BatchExportDialog::fileFilter(Format format)
{
    return format == Format::JsonLines ? tr("JSON Lines (*.jsonl *.ndjson);;All files (*)")
                                       : tr("CSV files (*.csv);;All files (*)");
}

void BatchExportDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!columns().isEmpty());
}
