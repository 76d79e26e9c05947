#include "emailthreadmodel.h"

#include "text/safetext.h"
#include "json/jsondocument.h"

#include <QFont>

namespace {

// Short lines of the list: whatever the server sent, on one line, never raw control characters.
QString oneLine(const QString &text, int maxChars = 120)
{
    return SafeText::forDisplay(text, maxChars);
}

} // namespace

EmailThreadModel::EmailThreadModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EmailThreadModel::setThread(const QList<RelatedLink> &emailLinks)
{
    beginResetModel();
    m_slots.clear();
    for (const RelatedLink &link : emailLinks) {
        Slot slot;
        slot.link = link;
        if (!link.available) {
            slot.state = State::Unavailable;
            slot.note = link.unavailable;
        }
        m_slots.append(slot);
    }
    endResetModel();
}

void EmailThreadModel::setFetching(int row)
{
    if (row < 0 || row >= m_slots.size() || m_slots.at(row).state == State::Unavailable)
        return;
    m_slots[row].state = State::Fetching;
    m_slots[row].note.clear();
    rowChanged(row);
}

void EmailThreadModel::setEmail(int row, const EmailMessage &email)
{
    if (row < 0 || row >= m_slots.size())
        return;
    m_slots[row].state = State::Fetched;
    m_slots[row].email = email;
    m_slots[row].note.clear();
    rowChanged(row);
}

void EmailThreadModel::setFailed(int row, const QString &why)
{
    if (row < 0 || row >= m_slots.size())
        return;
    m_slots[row].state = State::Failed;
    m_slots[row].note = why;
    rowChanged(row);
}

int EmailThreadModel::rowOf(const QString &emailId) const
{
    if (emailId.isEmpty())
        return -1;
    for (int i = 0; i < m_slots.size(); ++i) {
        if (m_slots.at(i).link.subjectId() == emailId)
            return i;
    }
    return -1;
}

const EmailThreadModel::Slot *EmailThreadModel::slotAt(int row) const
{
    return row >= 0 && row < m_slots.size() ? &m_slots.at(row) : nullptr;
}

void EmailThreadModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_slots.isEmpty())
        emit dataChanged(index(0, DateColumn), index(int(m_slots.size()) - 1, DateColumn));
}

QString EmailThreadModel::dateText(const QDateTime &when, const QTimeZone &zone)
{
    return when.isValid() ? when.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

void EmailThreadModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int EmailThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slots.size());
}

int EmailThreadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EmailThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Slot &slot = m_slots.at(index.row());
    const EmailMessage *email = slot.email ? &*slot.email : nullptr;
    switch (role) {
    case StateRole:
        return int(slot.state);
    case EmailIdRole:
        return slot.link.subjectId();
    case BadgeRole:
        if (email && index.column() == DirectionColumn && email->directionBadge.isBadge())
            return QVariant::fromValue(email->directionBadge);
        if (email && index.column() == StatusColumn && email->statusBadge.isBadge())
            return QVariant::fromValue(email->statusBadge);
        return {};
    case Qt::FontRole:
        if (slot.link.isThisMessage) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SubjectColumn && !slot.note.isEmpty())
            return slot.note;
        if (index.column() == SubjectColumn)
            return slot.link.description;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case PositionColumn:
        return slot.link.isThisMessage ? tr("%1 · this message").arg(index.row() + 1)
                                       : QString::number(index.row() + 1);
    case DateColumn:
        return email ? (email->date.isValid() ? dateText(email->date, m_zone) : oneLine(email->dateText, 40))
                     : QString();
    case FromColumn:
        return email ? oneLine(email->from) : QString();
    case ToColumn:
        if (!email)
            return QString();
        if (email->cc.isEmpty())
            return oneLine(email->to.join(QStringLiteral(", ")));
        return tr("%1 (cc %2)")
            .arg(oneLine(email->to.join(QStringLiteral(", "))),
                 oneLine(email->cc.join(QStringLiteral(", ")), 60));
    case SubjectColumn:
        switch (slot.state) {
        case State::Fetched:
            return email->subject.isEmpty() ? tr("(no subject)") : oneLine(email->subject, 200);
        case State::NotFetched:
            return tr("Not fetched yet: double-click or Enter to fetch it");
        case State::Fetching:
            return tr("Fetching…");
        case State::Failed:
            return tr("Could not be fetched: %1").arg(oneLine(slot.note, 200));
        case State::Unavailable:
            return tr("Cannot be fetched: %1").arg(oneLine(slot.note, 200));
        }
        return {};
    case DirectionColumn:
        return email ? email->directionBadge.label : QString();
    case StatusColumn:
        return email ? email->statusBadge.label : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EmailThreadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case PositionColumn:
        return tr("#");
    case DateColumn:
        return tr("Date");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case SubjectColumn:
        return tr("Subject");
    case DirectionColumn:
        return tr("Direction");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}
