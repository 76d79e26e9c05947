#pragma once

#include "json/jsonsearch.h"

#include <QAbstractProxyModel>
#include <QSet>

#include <memory>
#include <unordered_map>
#include <vector>

namespace Json {

class JsonTreeModel;

// Shows only the rows that match a search text, with their ancestors (and, for a matching container, its
// contents), over a lazy JsonTreeModel. The search runs off the UI thread (JsonSearch); matches appear as
// they are found. Changing the text cancels the running search and resets the model (the view starts from
// its top level again). An empty text shows everything. Order is never changed.
//
// Cost on the UI thread: proportional to the matches, never to the size of the containers they sit in. The
// proxy keeps, per shown container, either "every row" (no filter, or inside a matching container: rows map
// one to one) or the sorted list of the source rows shown — so a match in an array of 3.7 million ids adds
// one row, and nothing walks the other 3.7 million (QSortFilterProxyModel would ask about every one of them
// on each change). The search hands over the child index of a large container on the way to a match
// (computed on its thread), so fetching it on the UI thread costs nothing either.
class JsonFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit JsonFilterProxyModel(QObject *parent = nullptr);
    ~JsonFilterProxyModel() override;

    // Must be a JsonTreeModel (anything else shows no rows).
    void setSourceModel(QAbstractItemModel *model) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    bool isSearching() const { return m_search.isRunning(); }
    int matchCount() const { return int(m_hits.size()); }
    // True when the row itself matched (for highlighting), not just kept as an ancestor.
    bool isMatch(const QModelIndex &proxyIndex) const;
    // True when a match lies inside this row (a container on the way to one): what to open to show it.
    bool leadsToMatch(const QModelIndex &proxyIndex) const;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void searchProgress(int matches);
    // Exactly once per setSearchText() (for an empty text at once, with 0 matches). A text replaced before
    // its search ended gets finished with cancelled = true.
    void searchFinished(int matches, bool truncated, bool cancelled);

private:
    // One shown container (or the invisible root). Nodes exist only for containers a view or a match has
    // reached; a proxy index points at the node of its parent.
    struct Node
    {
        Node *parent = nullptr;
        int sourceRow = -1;        // row of this container in its parent's source container
        QModelIndex source;        // this container in the source (invalid for the root)
        bool all = false;          // every source row is shown, one to one
        std::vector<int> rows;     // otherwise: the source rows shown, ascending
        std::vector<int> incoming; // rows of the batch being added (see onMatches)
        QSet<int> allRows;         // source rows (matching containers) whose node shows every row
        std::unordered_map<int, std::unique_ptr<Node>> children; // by source row
    };

    void onMatches(const QList<SearchHit> &hits);
    void restart();
    void reset(bool showAll);
    Node *
    nodeOf(const QModelIndex &proxyIndex) const; // the node of the container at proxyIndex (made on demand)
    Node *child(Node *node, int sourceRow) const;
    Node *findNode(const QModelIndex &sourceContainer) const; // existing nodes only
    int proxyRow(const Node *node, int sourceRow) const;      // -1 when not shown
    int sourceRowOf(const Node *node, int proxyRow) const;
    int shownRows(const Node *node) const;
    QModelIndex indexOfNode(const Node *node) const; // the proxy index of a container node (root: invalid)

    JsonTreeModel *m_source = nullptr;
    JsonSearch m_search;
    QString m_text;
    QSet<qint64> m_hits;
    QSet<qint64> m_ancestors;
    std::unique_ptr<Node> m_root;
    QList<QMetaObject::Connection> m_connections;
    std::vector<Node *> m_forwarding; // shown containers whose source rows are being inserted
};

} // namespace Json
