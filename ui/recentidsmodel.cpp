#include "recentidsmodel.h"

#include "store/lookupdisplay.h"
#include "store/lookuphistory.h"

#include <QFutureWatcher>

RecentIdsModel::RecentIdsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

RecentIdsModel::RecentIdsModel(LookupHistory *history, QObject *parent)
    : QAbstractListModel(parent)
    , m_history(history)
{
    if (m_history) {
        connect(m_history, &LookupHistory::changed, this, &RecentIdsModel::refresh);
        refresh();
    }
}

void RecentIdsModel::refresh()
{
    if (!m_history)
        return;
    // Only the newest question's answer is shown; an older one that arrives late is dropped.
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<QList<LookupRecord>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation || watcher->future().resultCount() == 0)
            return;
        setLookups(watcher->result());
        emit refreshed();
    });
    watcher->setFuture(m_history->latestPerMessage(m_limit));
}

void RecentIdsModel::setLookups(const QList<LookupRecord> &lookups)
{
    beginResetModel();
    m_lookups = lookups.mid(0, m_limit);
    m_idWidth = 0;
    for (const LookupRecord &lookup : std::as_const(m_lookups))
        m_idWidth = std::max(m_idWidth, int(lookup.messageId.size()));
    endResetModel();
}

QString RecentIdsModel::messageId(int row) const
{
    return row >= 0 && row < m_lookups.size() ? m_lookups.at(row).messageId : QString();
}

void RecentIdsModel::setLimit(int limit)
{
    m_limit = std::clamp(limit, 0, LookupHistory::defaultMaxRows);
    refresh();
}

void RecentIdsModel::setClock(const QDateTime &now, const QTimeZone &zone)
{
    m_fixedNow = now;
    m_zone = zone;
    if (!m_lookups.isEmpty())
        emit dataChanged(index(0), index(int(m_lookups.size()) - 1));
}

int RecentIdsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lookups.size());
}

bool RecentIdsModel::isRow(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.column() == 0 &&
           index.row() >= 0 && index.row() < m_lookups.size();
}

QString RecentIdsModel::line(const LookupRecord &record) const
{
    const QDateTime now = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
    QString text = LookupDisplay::recentIdLine(record, now, m_zone);
    // Ids of other lengths (a link's id, an old format) still line the details up in the popup's
    // fixed-width font.
    if (record.messageId.size() < m_idWidth)
        text.insert(record.messageId.size(), QString(m_idWidth - record.messageId.size(), u' '));
    return text;
}

QVariant RecentIdsModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    const LookupRecord &record = m_lookups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return line(record);
    case Qt::EditRole:
    case MessageIdRole:
        return record.messageId;
    case Qt::ToolTipRole: {
        const QDateTime now = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
        return tr("%1 — last looked up %2 with profile “%3”: %4")
            .arg(record.messageId, LookupDisplay::fullTime(record.time, now, m_zone), record.profile,
                 LookupDisplay::outcomeText(record));
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3")
            .arg(record.messageId, LookupDisplay::outcomeText(record),
                 LookupDisplay::shortTime(record.time,
                                          m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc(),
                                          m_zone));
    case OutcomeTextRole:
        return LookupDisplay::outcomeText(record);
    case TimeRole:
        return record.time;
    default:
        return {};
    }
}

Qt::ItemFlags RecentIdsModel::flags(const QModelIndex &index) const
{
    if (!isRow(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}
