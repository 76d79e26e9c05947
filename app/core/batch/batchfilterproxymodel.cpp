#include "batch/batchfilterproxymodel.h"

#include "batch/batchtablemodel.h"
#include "batch/batchtally.h"

BatchFilterProxyModel::BatchFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BatchTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // A finished lookup changes its row in place: it moves to its sorted place and in or out of the filter.
    setDynamicSortFilter(true);
}

void BatchFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    m_batch = qobject_cast<BatchTableModel *>(source);
    QSortFilterProxyModel::setSourceModel(source);
}

void BatchFilterProxyModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void BatchFilterProxyModel::setTallyEntry(const QString &key, bool messageStatus)
{
    if (key == m_tallyKey && (key.isEmpty() || messageStatus == m_tallyMessageStatus))
        return;
    m_tallyKey = key;
    m_tallyMessageStatus = messageStatus;
    invalidateRowsFilter();
}

bool BatchFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_batch || sourceParent.isValid())
        return false;
    const BatchRow *row = m_batch->rowAt(m_batch->index(sourceRow, 0));
    if (!row)
        return false;
    if (!m_tallyKey.isEmpty()) {
        const bool isStatus = row->outcome == BatchRow::Outcome::Found;
        if (isStatus != m_tallyMessageStatus || BatchTally::keyOf(*row) != m_tallyKey)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < BatchColumns::count; ++column) {
        if (BatchTableModel::displayText(*row, BatchColumn(column)).contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
