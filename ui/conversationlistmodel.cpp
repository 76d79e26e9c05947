#include "conversationlistmodel.h"

#include "emailthreadmodel.h"
#include "text/safetext.h"
#include "json/jsondocument.h"

#include <QFont>

ConversationListModel::ConversationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ConversationListModel::setMessages(const QList<ConversationMessage> &messages, qsizetype focusIndex)
{
    beginResetModel();
    m_messages = messages;
    m_focus = focusIndex >= 0 && focusIndex < messages.size() ? int(focusIndex) : -1;
    endResetModel();
}

void ConversationListModel::clear()
{
    setMessages({}, -1);
}

const ConversationMessage *ConversationListModel::messageAt(int row) const
{
    return row >= 0 && row < m_messages.size() ? &m_messages.at(row) : nullptr;
}

void ConversationListModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_messages.isEmpty())
        emit dataChanged(index(0, DateColumn), index(int(m_messages.size()) - 1, DateColumn));
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int ConversationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationMessage &m = m_messages.at(index.row());
    const bool focus = index.row() == m_focus;
    switch (role) {
    case MessageIdRole:
        return m.id;
    case IsFocusRole:
        return focus;
    case BadgeRole: {
        const Badge *badge = index.column() == DirectionColumn ? &m.directionBadge
                             : index.column() == StatusColumn  ? &m.statusBadge
                             : index.column() == TypeColumn    ? &m.messageTypeBadge
                                                               : nullptr;
        return badge && badge->isBadge() ? QVariant::fromValue(*badge) : QVariant();
    }
    case Qt::FontRole:
        if (focus) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("Message %1 — double-click or Enter to inspect it").arg(SafeText::forDisplay(m.id, 128));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case DateColumn:
        return m.date.isValid() ? EmailThreadModel::dateText(m.date, m_zone)
                                : SafeText::forDisplay(m.dateText, 40);
    case DirectionColumn:
        return m.directionBadge.isBadge() ? m.directionBadge.label : SafeText::forDisplay(m.direction, 40);
    case StatusColumn:
        return m.statusBadge.isBadge() ? m.statusBadge.label : SafeText::forDisplay(m.status, 40);
    case TypeColumn:
        return m.messageTypeBadge.isBadge() ? m.messageTypeBadge.label
                                            : SafeText::forDisplay(m.messageType, 40);
    case PreviewColumn:
        return focus ? tr("▶ this message · %1").arg(m.bodyPreview) : m.bodyPreview;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ConversationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case DirectionColumn:
        return tr("Direction");
    case StatusColumn:
        return tr("Status");
    case TypeColumn:
        return tr("Type");
    case PreviewColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}
