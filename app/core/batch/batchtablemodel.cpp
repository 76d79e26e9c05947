#include "batch/batchtablemodel.h"

#include "batch/batchexport.h"
#include "batch/batchrun.h"

using namespace Qt::StringLiterals;

BatchTableModel::BatchTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BatchTableModel::follow(const BatchRun *run)
{
    disconnect(m_followed);
    if (!run) {
        clear();
        return;
    }
    setRows(run->rows());
    m_followed = connect(run, &BatchRun::rowFinished, this,
                         [this](int row, const BatchRow &value) { setRow(row, value); });
}

void BatchTableModel::setRows(std::vector<BatchRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void BatchTableModel::setRow(int row, const BatchRow &value)
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return;
    m_rows[size_t(row)] = value;
    emit dataChanged(index(row, 0), index(row, BatchColumns::count - 1));
}

void BatchTableModel::clear()
{
    setRows({});
}

const BatchRow *BatchTableModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() < 0 || size_t(index.row()) >= m_rows.size())
        return nullptr;
    return &m_rows[size_t(index.row())];
}

int BatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : BatchColumns::count;
}

QString BatchTableModel::displayText(const BatchRow &row, BatchColumn column)
{
    switch (column) {
    case BatchColumn::Outcome:
        return BatchRow::outcomeLabel(row.outcome);
    case BatchColumn::HttpStatus:
        return row.outcomeText;
    case BatchColumn::Direction:
        return row.direction.label;
    case BatchColumn::Status:
        return row.status.label;
    case BatchColumn::Type:
        return row.messageType.label;
    case BatchColumn::Date:
        return row.date.isValid() ? row.date.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s) : row.dateText;
    default:
        return BatchExport::cellValue(row, column);
    }
}

QVariant BatchTableModel::data(const QModelIndex &index, int role) const
{
    const BatchRow *row = rowAt(index);
    if (!row || index.column() < 0 || index.column() >= BatchColumns::count)
        return {};
    const auto column = BatchColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, column);
    case Qt::ToolTipRole:
        if (column == BatchColumn::HttpStatus || column == BatchColumn::Outcome)
            return row->error.isEmpty() ? QVariant() : QVariant(row->error);
        if (column == BatchColumn::Date && row->date.isValid())
            return row->dateText;
        // A cut-off text or problem can still be read whole.
        if (column == BatchColumn::Error && !row->error.isEmpty())
            return row->error;
        return column == BatchColumn::Text ? QVariant(row->text) : QVariant();
    case BadgeRole:
        switch (column) {
        case BatchColumn::Direction:
            return row->direction.isBadge() ? QVariant::fromValue(row->direction) : QVariant();
        case BatchColumn::Status:
            return row->status.isBadge() ? QVariant::fromValue(row->status) : QVariant();
        case BatchColumn::Type:
            return row->messageType.isBadge() ? QVariant::fromValue(row->messageType) : QVariant();
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case BatchColumn::Date:
            return row->date;
        case BatchColumn::HttpStatus:
            return row->httpStatus;
        case BatchColumn::Outcome:
            return int(row->outcome);
        default:
            return displayText(*row, column);
        }
    case OutcomeRole:
        return int(row->outcome);
    case OutcomeNameRole:
        return BatchRow::outcomeName(row->outcome);
    case MessageIdRole:
        return row->id;
    case ExportTextRole:
        return BatchExport::cellValue(*row, column);
    default:
        return {};
    }
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= BatchColumns::count)
        return {};
    if (role == Qt::DisplayRole)
        return BatchColumns::title(BatchColumn(section));
    return {};
}

Qt::ItemFlags BatchTableModel::flags(const QModelIndex &index) const
{
    if (!rowAt(index) || index.column() < 0 || index.column() >= BatchColumns::count)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> BatchTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(BadgeRole, "badge");
    names.insert(SortRole, "sort");
    names.insert(OutcomeRole, "outcome");
    names.insert(OutcomeNameRole, "outcomeName");
    names.insert(MessageIdRole, "messageId");
    names.insert(ExportTextRole, "exportText");
    return names;
}
