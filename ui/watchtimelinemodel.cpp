#include "watchtimelinemodel.h"

#include "message/messageformatting.h"

#include <QLocale>

using namespace Qt::StringLiterals;

WatchTimelineModel::WatchTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void WatchTimelineModel::append(Row row)
{
    if (m_rows.size() >= maxRows) {
        beginRemoveRows({}, 0, 0);
        m_rows.removeFirst();
        endRemoveRows();
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(std::move(row));
    endInsertRows();
    releaseOldAnswers();
}

void WatchTimelineModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void WatchTimelineModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(int(m_rows.size()) - 1, UpdatedColumn));
}

void WatchTimelineModel::releaseOldAnswers()
{
    // Newest first: the latest answer is always kept, however large; older ones while both budgets allow.
    int kept = 0;
    qint64 bytes = 0;
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        Row &row = m_rows[i];
        if (!row.answer)
            continue;
        const qint64 size = row.answer->body.size();
        if (kept == 0 || (kept < maxKeptAnswers && bytes + size <= maxKeptBytes)) {
            ++kept;
            bytes += size;
            continue;
        }
        row.answer.reset();
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1), {HasAnswerRole, Qt::ToolTipRole});
    }
}

const WatchTimelineModel::Row *WatchTimelineModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int WatchTimelineModel::previousAnswerRow(int row) const
{
    for (int i = std::min(row, int(m_rows.size())) - 1; i >= 0; --i) {
        if (m_rows.at(i).answer)
            return i;
    }
    return -1;
}

int WatchTimelineModel::answerCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.answer.has_value(); }));
}

int WatchTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WatchTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WatchTimelineModel::timeText(const QDateTime &when, const QDateTime &reference, const QTimeZone &zone)
{
    if (!when.isValid())
        return QString();
    const QDateTime local = when.toTimeZone(zone);
    const QLocale locale;
    const QString time = local.time().toString(u"HH:mm:ss"_s);
    if (reference.isValid() && reference.toTimeZone(zone).date() == local.date())
        return time;
    return tr("%1, %2").arg(locale.toString(local.date(), u"d MMM yyyy"_s), time);
}

QVariant WatchTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.parent().isValid() || index.column() < 0 ||
        index.column() >= ColumnCount)
        return {};
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    const auto updated = [&]() -> QString {
        if (row->dateUpdated.isEmpty())
            return QString();
        const auto when = MessageFormatting::parseIsoDateTime(row->dateUpdated);
        return when ? timeText(*when, row->observedAt, m_zone) : row->dateUpdated;
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(row->observedAt, row->observedAt, m_zone);
        case StatusColumn:
            if (row->kind != Kind::Answer)
                return QString();
            if (row->statusBadge.isBadge())
                return row->statusBadge.known ? row->statusBadge.label
                                              : tr("%1 (unknown value)").arg(row->statusBadge.rawValue);
            return row->status.isEmpty() ? tr("no status") : row->status;
        case UpdatedColumn:
            return updated();
        case ChangesColumn:
            if (row->kind == Kind::Answer && !row->changes.isEmpty())
                return row->changes.join(u"; "_s);
            return row->note;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn: {
            QString text = QLocale().toString(row->observedAt.toTimeZone(m_zone), QLocale::LongFormat);
            if (row->httpStatus > 0)
                text += u'\n' + tr("HTTP %1").arg(row->httpStatus);
            if (row->kind == Kind::Answer && !row->answer)
                text += u'\n' + tr("This answer is no longer kept (only the last %1 are), so it cannot be "
                                   "compared.")
                                    .arg(maxKeptAnswers);
            return text;
        }
        case StatusColumn:
            return row->status.isEmpty() ? QVariant() : tr("Sent as \"%1\"").arg(row->status);
        case UpdatedColumn:
            return row->dateUpdated.isEmpty() ? QVariant()
                                              : tr("dateUpdated as sent: %1").arg(row->dateUpdated);
        case ChangesColumn:
            return row->changes.isEmpty() ? row->note : row->changes.join(u'\n');
        }
        return {};
    case BadgeRole:
        return index.column() == StatusColumn && row->statusBadge.isBadge()
                   ? QVariant::fromValue(row->statusBadge)
                   : QVariant();
    case KindRole:
        return int(row->kind);
    case HasAnswerRole:
        return row->answer.has_value();
    case ObservedAtRole:
        return row->observedAt;
    case RawStatusRole:
        return row->status;
    default:
        return {};
    }
}

QVariant WatchTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Checked");
    case StatusColumn:
        return tr("Status");
    case UpdatedColumn:
        return tr("Updated by HighLevel");
    case ChangesColumn:
        return tr("What else changed");
    default:
        return {};
    }
}

QHash<int, QByteArray> WatchTimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(BadgeRole, "badge");
    names.insert(KindRole, "kind");
    names.insert(HasAnswerRole, "hasAnswer");
    names.insert(ObservedAtRole, "observedAt");
    names.insert(RawStatusRole, "rawStatus");
    return names;
}
