#include "compare/jsondiffmodel.h"

using namespace Qt::StringLiterals;
using Change = JsonDifference::Change;

namespace {

QString cell(const QString &value, const QString &meaning)
{
    if (value.isEmpty())
        return QString();
    return meaning.isEmpty() ? value : value + u" · "_s + meaning;
}

QVariant badgeVariant(const Badge &badge)
{
    return badge.isBadge() ? QVariant::fromValue(badge) : QVariant();
}

} // namespace

JsonDiffModel::JsonDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void JsonDiffModel::setDiff(const JsonDiff &diff)
{
    beginResetModel();
    m_diff = diff;
    endResetModel();
}

void JsonDiffModel::clear()
{
    setDiff(JsonDiff());
}

const JsonDifference *JsonDiffModel::differenceAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.parent().isValid() || index.row() < 0 ||
        index.row() >= m_diff.differences().size())
        return nullptr;
    return &m_diff.differences().at(index.row());
}

int JsonDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diff.differences().size());
}

int JsonDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JsonDiffModel::changeName(Change change)
{
    switch (change) {
    case Change::Added:
        return tr("Added");
    case Change::Removed:
        return tr("Removed");
    case Change::Changed:
        return tr("Changed");
    }
    return QString();
}

QVariant JsonDiffModel::data(const QModelIndex &index, int role) const
{
    const JsonDifference *d = differenceAt(index);
    if (!d || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChangeColumn:
            return changeName(d->change);
        case PathColumn:
            return d->occurrence > 0 ? d->path + u' ' + tr("(occurrence %1)").arg(d->occurrence + 1)
                                     : d->path;
        case FirstColumn:
            return cell(d->firstValue, d->firstMeaning);
        case SecondColumn:
            return cell(d->secondValue, d->secondMeaning);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PathColumn || index.column() == ChangeColumn) {
            QStringList lines;
            if (!d->firstPath.isEmpty())
                lines << tr("In the first body: %1").arg(d->firstPath);
            if (!d->secondPath.isEmpty())
                lines << tr("In the second body: %1").arg(d->secondPath);
            return lines.join(u'\n');
        }
        return {};
    case ChangeRole:
        return int(d->change);
    case PartRole:
        return int(d->part);
    case PathRole:
        return d->path;
    case FirstPathRole:
        return d->firstPath;
    case SecondPathRole:
        return d->secondPath;
    case FirstValueRole:
        return d->firstValue;
    case SecondValueRole:
        return d->secondValue;
    case FirstMeaningRole:
        return d->firstMeaning;
    case SecondMeaningRole:
        return d->secondMeaning;
    case FirstBadgeRole:
        return badgeVariant(d->firstBadge);
    case SecondBadgeRole:
        return badgeVariant(d->secondBadge);
    case OccurrenceRole:
        return d->occurrence;
    default:
        return {};
    }
}

QVariant JsonDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case PathColumn:
        return tr("Path");
    case FirstColumn:
        return tr("First");
    case SecondColumn:
        return tr("Second");
    default:
        return {};
    }
}

QHash<int, QByteArray> JsonDiffModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ChangeRole, "change");
    names.insert(PartRole, "part");
    names.insert(PathRole, "path");
    names.insert(FirstPathRole, "firstPath");
    names.insert(SecondPathRole, "secondPath");
    names.insert(FirstValueRole, "firstValue");
    names.insert(SecondValueRole, "secondValue");
    names.insert(FirstMeaningRole, "firstMeaning");
    names.insert(SecondMeaningRole, "secondMeaning");
    names.insert(FirstBadgeRole, "firstBadge");
    names.insert(SecondBadgeRole, "secondBadge");
    names.insert(OccurrenceRole, "occurrence");
    return names;
}
