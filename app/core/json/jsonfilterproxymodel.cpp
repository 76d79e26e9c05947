#include "json/jsonfilterproxymodel.h"

#include "json/jsontreemodel.h"

#include <algorithm>

namespace Json {

JsonFilterProxyModel::JsonFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->all = true;
    connect(&m_search, &JsonSearch::matchesFound, this, &JsonFilterProxyModel::onMatches);
    connect(&m_search, &JsonSearch::finished, this, [this](const SearchSummary &summary) {
        emit searchFinished(summary.cancelled ? summary.matches : int(m_hits.size()), summary.truncated,
                            summary.cancelled);
    });
}

JsonFilterProxyModel::~JsonFilterProxyModel() = default;

void JsonFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_search.cancel();
    m_source = qobject_cast<JsonTreeModel *>(model);
    QAbstractProxyModel::setSourceModel(model);
    m_root = std::make_unique<Node>();
    m_root->all = m_text.isEmpty();
    m_hits.clear();
    m_ancestors.clear();
    if (m_source) {
        m_connections << connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this,
                                 [this] { beginResetModel(); });
        m_connections << connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
            m_search.cancel();
            m_hits.clear();
            m_ancestors.clear();
            m_forwarding.clear();
            m_root = std::make_unique<Node>();
            m_root->all = m_text.isEmpty();
            endResetModel();
            if (m_text.isEmpty())
                emit searchFinished(0, false, false);
            else
                m_search.start(m_source->document(), m_text);
        });
        // Rows appear in the source only when a container is fetched; a container shown whole shows them.
        m_connections << connect(m_source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                                 [this](const QModelIndex &parent, int first, int last) {
                                     Node *node = findNode(parent);
                                     if (!node || !node->all)
                                         return;
                                     m_forwarding.push_back(node);
                                     beginInsertRows(indexOfNode(node), first, last);
                                 });
        m_connections << connect(m_source, &QAbstractItemModel::rowsInserted, this,
                                 [this](const QModelIndex &parent) {
                                     if (m_forwarding.empty() || m_forwarding.back() != findNode(parent))
                                         return;
                                     m_forwarding.pop_back();
                                     endInsertRows();
                                 });
        m_connections << connect(
            m_source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                const Node *node = findNode(topLeft.parent());
                if (!node)
                    return;
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                    const int shown = proxyRow(node, row);
                    if (shown >= 0)
                        emit dataChanged(createIndex(shown, topLeft.column(), node),
                                         createIndex(shown, bottomRight.column(), node), roles);
                }
            });
        m_connections << connect(m_source, &QAbstractItemModel::headerDataChanged, this,
                                 &QAbstractItemModel::headerDataChanged);
    }
    endResetModel();
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
    reset(m_text.isEmpty());
    if (m_text.isEmpty() || !m_source) {
        emit searchFinished(0, false, false);
        return;
    }
    m_search.start(m_source->document(), m_text);
}

void JsonFilterProxyModel::reset(bool showAll)
{
    beginResetModel();
    m_forwarding.clear();
    m_root = std::make_unique<Node>();
    m_root->all = showAll;
    endResetModel();
}

void JsonFilterProxyModel::onMatches(const QList<SearchHit> &hits)
{
    if (!m_source)
        return;
    // The large containers on the way come with their child index, made on the search's thread: the fetches
    // below then cost no scan here.
    for (const SearchHit &hit : hits) {
        m_hits.insert(hit.valueOffset);
        for (qint64 a : hit.ancestors)
            m_ancestors.insert(a);
        for (const PrefetchedChildren &prefetched : hit.prefetched)
            m_source->provideChildren(prefetched.container, prefetched.children);
    }
    // First the rows each shown container gains, without showing them; then, parents before children, one
    // insertion per container. Hits come in document order, so a container's new rows always come after
    // the rows it already shows.
    std::vector<Node *> touched;
    bool outOfOrder = false;
    for (const SearchHit &hit : hits) {
        m_source->indexForRows(hit.rows); // fetches every container on the way (provided ones at no cost)
        const NodeKind kind = m_source->document().kindAt(hit.valueOffset);
        const bool container = kind == NodeKind::Object || kind == NodeKind::Array;
        Node *node = m_root.get();
        for (qsizetype level = 0; level < hit.rows.size() && !node->all; ++level) {
            const int row = hit.rows[level];
            const int last = !node->incoming.empty() ? node->incoming.back()
                             : !node->rows.empty()   ? node->rows.back()
                                                     : -1;
            if (row != last) {
                if (row < last && std::binary_search(node->rows.begin(), node->rows.end(), row)) {
                    // already shown
                } else {
                    outOfOrder = outOfOrder || row < last;
                    if (node->incoming.empty())
                        touched.push_back(node);
                    node->incoming.push_back(row);
                }
            }
            if (level == hit.rows.size() - 1) {
                if (container) {
                    node->allRows.insert(row);
                    const auto it = node->children.find(row);
                    if (it != node->children.end() && it->second->rows.empty())
                        it->second->all = true;
                }
                break;
            }
            node = child(node, row);
        }
    }
    if (outOfOrder) {
        // Not expected from JsonSearch; handled whole rather than wrongly.
        beginResetModel();
        for (Node *node : touched) {
            node->rows.insert(node->rows.end(), node->incoming.begin(), node->incoming.end());
            node->incoming.clear();
            std::sort(node->rows.begin(), node->rows.end());
            node->rows.erase(std::unique(node->rows.begin(), node->rows.end()), node->rows.end());
        }
        endResetModel();
    } else {
        for (Node *node : touched) {
            const int first = int(node->rows.size());
            beginInsertRows(indexOfNode(node), first, first + int(node->incoming.size()) - 1);
            node->rows.insert(node->rows.end(), node->incoming.begin(), node->incoming.end());
            node->incoming.clear();
            endInsertRows();
        }
    }
    emit searchProgress(int(m_hits.size()));
}

JsonFilterProxyModel::Node *JsonFilterProxyModel::child(Node *node, int sourceRow) const
{
    auto &slot = node->children[sourceRow];
    if (!slot) {
        slot = std::make_unique<Node>();
        slot->parent = node;
        slot->sourceRow = sourceRow;
        slot->source = m_source->index(sourceRow, 0, node->source);
        slot->all = node->all || node->allRows.contains(sourceRow);
    }
    return slot.get();
}

JsonFilterProxyModel::Node *JsonFilterProxyModel::nodeOf(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid())
        return m_root.get();
    if (proxyIndex.model() != this)
        return nullptr;
    auto *parent = static_cast<Node *>(proxyIndex.internalPointer());
    const int sourceRow = sourceRowOf(parent, proxyIndex.row());
    return sourceRow < 0 ? nullptr : child(parent, sourceRow);
}

JsonFilterProxyModel::Node *JsonFilterProxyModel::findNode(const QModelIndex &sourceContainer) const
{
    if (!sourceContainer.isValid())
        return m_root.get();
    const Node *parent = findNode(sourceContainer.parent());
    if (!parent)
        return nullptr;
    const auto it = parent->children.find(sourceContainer.row());
    return it == parent->children.end() ? nullptr : it->second.get();
}

int JsonFilterProxyModel::proxyRow(const Node *node, int sourceRow) const
{
    if (node->all)
        return sourceRow;
    const auto it = std::lower_bound(node->rows.begin(), node->rows.end(), sourceRow);
    return it != node->rows.end() && *it == sourceRow ? int(it - node->rows.begin()) : -1;
}

int JsonFilterProxyModel::sourceRowOf(const Node *node, int proxyRow) const
{
    if (proxyRow < 0)
        return -1;
    if (node->all)
        return proxyRow < m_source->rowCount(node->source) ? proxyRow : -1;
    return proxyRow < int(node->rows.size()) ? node->rows[size_t(proxyRow)] : -1;
}

int JsonFilterProxyModel::shownRows(const Node *node) const
{
    return node->all ? m_source->rowCount(node->source) : int(node->rows.size());
}

QModelIndex JsonFilterProxyModel::indexOfNode(const Node *node) const
{
    if (!node || !node->parent)
        return {};
    const int row = proxyRow(node->parent, node->sourceRow);
    return row < 0 ? QModelIndex() : createIndex(row, 0, node->parent);
}

QModelIndex JsonFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const auto *parent = static_cast<const Node *>(proxyIndex.internalPointer());
    const int sourceRow = sourceRowOf(parent, proxyIndex.row());
    return sourceRow < 0 ? QModelIndex() : m_source->index(sourceRow, proxyIndex.column(), parent->source);
}

QModelIndex JsonFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    // The containers from the top down, each of which must be shown.
    std::vector<int> path;
    for (QModelIndex at = sourceIndex.parent(); at.isValid(); at = at.parent())
        path.push_back(at.row());
    Node *node = m_root.get();
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
        if (proxyRow(node, *it) < 0)
            return {};
        node = child(node, *it);
    }
    const int row = proxyRow(node, sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column(), node);
}

QModelIndex JsonFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_source || row < 0 || column < 0 || column >= JsonTreeModel::ColumnCount ||
        (parent.isValid() && parent.column() != 0))
        return {};
    // A leaf's node (made here only if someone asks for a child of a leaf) shows no rows.
    Node *node = nodeOf(parent);
    if (!node || row >= shownRows(node))
        return {};
    return createIndex(row, column, node);
}

QModelIndex JsonFilterProxyModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.model() != this)
        return {};
    return indexOfNode(static_cast<const Node *>(child.internalPointer()));
}

int JsonFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    if (!m_source || (parent.isValid() && parent.column() != 0))
        return 0;
    // Leaves get no node: the source says they have no children.
    if (parent.isValid() && !m_source->hasChildren(mapToSource(parent)))
        return 0;
    const Node *node = nodeOf(parent);
    return node ? shownRows(node) : 0;
}

int JsonFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    if (!m_source || (parent.isValid() && parent.column() != 0))
        return 0;
    return JsonTreeModel::ColumnCount;
}

bool JsonFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    if (!m_source || (parent.isValid() && parent.column() != 0))
        return false;
    if (parent.isValid() && !m_source->hasChildren(mapToSource(parent)))
        return false;
    const Node *node = nodeOf(parent);
    if (!node)
        return false;
    return node->all ? m_source->hasChildren(node->source) : !node->rows.empty();
}

bool JsonFilterProxyModel::canFetchMore(const QModelIndex &parent) const
{
    if (!m_source || !parent.isValid() || parent.column() != 0 || !m_source->hasChildren(mapToSource(parent)))
        return false;
    const Node *node = nodeOf(parent);
    return node && node->all && m_source->canFetchMore(node->source);
}

void JsonFilterProxyModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_source->fetchMore(nodeOf(parent)->source);
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
