#pragma once

#include <QSortFilterProxyModel>

class BatchTableModel;

// The batch table as a person narrows it: text typed into a filter field matches any column as shown
// (case ignored), and a tally entry ("6 failed") keeps only the rows counted under it. Sorting uses the
// table's SortRole (dates as dates, HTTP statuses as numbers). Reads the rows directly from the
// BatchTableModel, so filtering 10,000 rows does not go through a QVariant per cell.
class BatchFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BatchFilterProxyModel(QObject *parent = nullptr);

    // The source must be a BatchTableModel (anything else shows no rows).
    void setSourceModel(QAbstractItemModel *source) override;
    BatchTableModel *batchModel() const { return m_batch; }

    // Rows with a cell containing text; empty: every row. Surrounding spaces are ignored.
    void setText(const QString &text);
    QString text() const { return m_text; }

    // Rows counted under this tally entry (BatchTally::keyOf and Entry::messageStatus); an empty key:
    // every row.
    void setTallyEntry(const QString &key, bool messageStatus);
    void clearTallyEntry() { setTallyEntry({}, false); }
    QString tallyKey() const { return m_tallyKey; }
    bool tallyMessageStatus() const { return m_tallyMessageStatus; }

    bool isFiltered() const { return !m_text.isEmpty() || !m_tallyKey.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    BatchTableModel *m_batch = nullptr;
    QString m_text;
    QString m_tallyKey;
    bool m_tallyMessageStatus = false;
};
