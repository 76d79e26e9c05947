#pragma once

#include "store/lookuprecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

// The History view's table: past lookups as LookupHistory answers them (newest first), one row each. The
// outcome and the message's direction, status and type are chips (a Badge under BadgeRole, painted by
// BadgeDelegate; their text is the display role too, so the table reads without the painter). Every row
// carries its rowId, id, profile and whether an answer is kept, under the roles below, in every column.
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ProfileColumn,
        MessageIdColumn,
        OutcomeColumn,
        DirectionColumn,
        StatusColumn,
        TypeColumn,
        KeptAnswerColumn,
        SummaryColumn,
        ColumnCount
    };

    enum Role
    {
        BadgeRole = Qt::UserRole + 1, // Badge (chip columns; meaning None elsewhere)
        RowIdRole,                    // qint64: the lookup's row (-1 while it waits for a busy file)
        MessageIdRole,                // QString
        ProfileRole,                  // QString
        HasKeptAnswerRole,            // bool
        TimeRole,                     // QDateTime (UTC)
    };

    explicit HistoryTableModel(QObject *parent = nullptr);

    // Replaces every row (the view shows one query's answer at a time).
    void setRecords(const QList<LookupRecord> &records);
    const QList<LookupRecord> &records() const { return m_records; }
    // The lookup in that row; a default record (rowId -1, empty id) when there is none.
    LookupRecord record(int row) const;
    // The row showing that lookup, or -1.
    int rowOf(qint64 rowId) const;

    // The moment and zone times are shown for ("12:01" today, "26 Mar, 19:30" before); by default the
    // current time and the system's zone, read when rows are set. Tests and screenshots fix them.
    void setClock(const QDateTime &now, const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    bool isRow(const QModelIndex &index) const;
    QDateTime now() const;
    QString text(const LookupRecord &record, int column) const;
    QString toolTip(const LookupRecord &record, int column) const;

    QList<LookupRecord> m_records;
    QDateTime m_fixedNow;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
