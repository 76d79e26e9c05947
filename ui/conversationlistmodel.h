#pragma once

#include "related/conversationpage.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

// The messages of a conversation, newest first as the API sends them, as a compact list: date, direction,
// status and type chips and a one-line preview. The message being inspected is marked (bold, "this
// message"), so a support person sees what came just before and after it.
class ConversationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        DirectionColumn, // chip
        StatusColumn,    // chip
        TypeColumn,      // chip
        PreviewColumn,   // the body's first line, or "this message" first for the inspected one
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        BadgeRole = Qt::UserRole + 1, // QVariant holding a Badge (direction, status, type columns)
        MessageIdRole,                // QString
        IsFocusRole,                  // bool: the message being inspected
    };
    Q_ENUM(Role)

    explicit ConversationListModel(QObject *parent = nullptr);

    // focusIndex: the row of the inspected message, or -1 (ConversationMessages::focusIndex).
    void setMessages(const QList<ConversationMessage> &messages, qsizetype focusIndex);
    void clear();
    int focusRow() const { return m_focus; }
    const ConversationMessage *messageAt(int row) const;
    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ConversationMessage> m_messages;
    int m_focus = -1;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
