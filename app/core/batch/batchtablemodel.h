#pragma once

#include "batch/batchrow.h"

#include <QAbstractTableModel>

#include <vector>

class BatchRun;

// The batch as a table: one row per id, one column per BatchColumn. Rows are plain values in one vector (no
// object per row), so 10,000 of them fill and scroll smoothly; a finished lookup updates its row in place.
// Sorting and filtering belong to a QSortFilterProxyModel on top (SortRole gives dates and numbers).
class BatchTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        BadgeRole = Qt::UserRole + 1, // Badge for Direction, Status and Type; invalid elsewhere
        SortRole,                     // QDateTime for Date, int for HTTP, the outcome's order, else text
        OutcomeRole,                  // int(BatchRow::Outcome), every column
        OutcomeNameRole,              // "found", "not_found", …, every column
        MessageIdRole,                // the row's id, every column: what "open in the inspector" needs
        ExportTextRole,               // the cell as the exports write it
    };
    Q_ENUM(Role)

    explicit BatchTableModel(QObject *parent = nullptr);

    // Shows run's rows now and each finished lookup as it comes; the model does not own the run.
    void follow(const BatchRun *run);
    void setRows(std::vector<BatchRow> rows);
    void setRow(int row, const BatchRow &value);
    void clear();
    const std::vector<BatchRow> &rows() const { return m_rows; }
    // The row behind an index, or null for an invalid one.
    const BatchRow *rowAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The text a cell shows (also what a filter matches).
    static QString displayText(const BatchRow &row, BatchColumn column);

private:
    std::vector<BatchRow> m_rows;
    QMetaObject::Connection m_followed;
};
