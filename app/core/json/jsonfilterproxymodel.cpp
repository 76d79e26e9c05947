#include "json/jsonfilterproxymodel.h"

#include "json/jsontreemodel.h"

namespace Json {

JsonFilterProxyModel::JsonFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(false); // our own ancestor logic: recursion would walk the whole tree
    setDynamicSortFilter(false);
    connect(&m_search, &JsonSearch::matchesFound, this, &JsonFilterProxyModel::onMatches);
    connect(&m_search, &JsonSearch::finished, this, [this](const SearchSummary &summary) {
        emit searchFinished(summary.cancelled ? summary.matches : int(m_hits.size()), summary.truncated,
                            summary.cancelled);
    });
}

void JsonFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = qobject_cast<JsonTreeModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
    if (m_source)
        connect(m_source, &QAbstractItemModel::modelReset, this, &JsonFilterProxyModel::restart);
}

void JsonFilterProxyModel::setSearchText(const QString &text)
{
    m_text = text;
    restart();
}

void JsonFilterProxyModel::restart()
{
    m_search.cancel();
    m_hits.clear();
    m_ancestors.clear();
    invalidateFilter();
    if (m_text.isEmpty() || !m_source) {
        emit searchFinished(0, false, false);
        return;
    }
    m_search.start(m_source->document(), m_text);
}

void JsonFilterProxyModel::onMatches(const QList<SearchHit> &hits)
{
    // Record first, then fetch: rows the fetch inserts are filtered with the new sets already in place.
    for (const SearchHit &hit : hits) {
        m_hits.insert(hit.valueOffset);
        for (qint64 a : hit.ancestors)
            m_ancestors.insert(a);
    }
    for (const SearchHit &hit : hits)
        m_source->indexForRows(hit.rows); // fetches every container on the way
    invalidateFilter();
    emit searchProgress(int(m_hits.size()));
}

bool JsonFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty() || !m_source)
        return true;
    const qint64 offset = m_source->valueOffset(m_source->index(sourceRow, 0, sourceParent));
    if (m_hits.contains(offset) || m_ancestors.contains(offset))
        return true;
    for (QModelIndex p = sourceParent; p.isValid(); p = p.parent()) {
        if (m_hits.contains(m_source->valueOffset(p)))
            return true; // inside a matching container
    }
    return false;
}

bool JsonFilterProxyModel::isMatch(const QModelIndex &proxyIndex) const
{
    if (!m_source || m_text.isEmpty())
        return false;
    return m_hits.contains(m_source->valueOffset(mapToSource(proxyIndex)));
}

bool JsonFilterProxyModel::leadsToMatch(const QModelIndex &proxyIndex) const
{
    if (!m_source || m_text.isEmpty() || !proxyIndex.isValid())
        return false;
    return m_ancestors.contains(m_source->valueOffset(mapToSource(proxyIndex)));
}

} // namespace Json
