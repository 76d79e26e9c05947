#pragma once

#include "compare/jsondiff.h"

#include <QAbstractTableModel>

// The differences of one JsonDiff as a flat table for the window: Change, Path, First, Second. Everything a
// view needs is in named roles (the raw values, their meaning, chips, exact paths), so a delegate only paints
// and a context menu only copies. A diff is bounded (JsonDiff::Options::maxDifferences), so the rows are too.
class JsonDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ChangeColumn, // "Changed", "Added", "Removed"
        PathColumn,   // "$.message.status"
        FirstColumn,  // "\"sent\" · Sent"
        SecondColumn, // "\"delivered\" · Delivered"
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        ChangeRole = Qt::UserRole + 1, // int: JsonDifference::Change
        PartRole,                      // int: JsonDifference::Part
        PathRole,                      // QString: the path shown (second body's frame)
        FirstPathRole,                 // QString: exact path in the first body; empty when added
        SecondPathRole,                // QString: exact path in the second body; empty when removed
        FirstValueRole,                // QString: raw value as sent (one line, cut)
        SecondValueRole,               //
        FirstMeaningRole,              // QString: decoded meaning; empty when none
        SecondMeaningRole,             //
        FirstBadgeRole,                // QVariant holding a Badge for chip fields, else invalid
        SecondBadgeRole,               //
        OccurrenceRole,                // int: 0 unless the key is duplicated in its object
    };
    Q_ENUM(Role)

    explicit JsonDiffModel(QObject *parent = nullptr);

    // Resets the model to show this diff's differences.
    void setDiff(const JsonDiff &diff);
    void clear();
    const JsonDiff &diff() const { return m_diff; }
    // The difference behind a row; nullptr for an invalid index.
    const JsonDifference *differenceAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString changeName(JsonDifference::Change change);

private:
    JsonDiff m_diff;
};
