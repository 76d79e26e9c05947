#pragma once

#include "json/jsondocument.h"
#include "json/valuedecorator.h"

#include <QAbstractItemModel>

#include <memory>
#include <unordered_map>

namespace Json {

// A lazy tree over a Document: columns Key, Value, Type, in the order the server sent them.
//
// Laziness: a container's children are indexed (one scan of its bytes into two offset arrays) only when the
// view fetches it (canFetchMore/fetchMore, which QTreeView calls on expand) or indexForPath() needs it. Rows
// are not objects: an index carries a pointer to its parent's node and its row, so an expanded array of
// 400,000 strings costs one offset array and no per-row allocation. A node object exists only for a container
// whose own children were asked for. parent() is constant time (each node stores its row).
//
// Use with QTreeView::setUniformRowHeights(true). data() for the exact raw text or the full decoded value of
// a container or a huge string is proportional to its size: ask for RawValueRole/FullValueRole on demand
// (copy actions), never for painting.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        TypeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        DecodedValueRole =
            Qt::UserRole + 1, // QString: interpretation from the decorator, e.g. "1 · TYPE_CALL
                              // (documented)", "27 Mar 2024, 19:13 (2 years ago)"; empty if none
        BadgeRole,            // QVariant holding a Badge (message/badge.h) for chip fields
        JsonPathRole,         // QString: "$.meta.email.messageIds[3]"
        RawValueRole,         // QString: the value's exact text as sent (strings with quotes)
        NodeKindRole,         // int: Json::NodeKind
        KeyRole,              // QString: the decoded key ("" for array elements)
        FullValueRole,        // QString: the whole decoded value for copying (never cut short)
        ChildCountRole,       // qint64: members/elements of a container, 0 for scalars
        ValueOffsetRole,      // qint64: byte offset of the value in the body
    };
    Q_ENUM(Role)

    // Longest text DisplayRole shows before cutting with "…" (the full value stays available for copying).
    static constexpr int displayLimit = 1000;

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Resets the model; an invalid document shows no rows. rootChildren: the root's child index when it was
    // made already (off the UI thread: MessageAnalysis::rootChildren), so a root array of a million messages
    // is not scanned here.
    void setDocument(const Document &document, std::shared_ptr<const ChildIndex> rootChildren = {});
    const Document &document() const { return m_document; }
    // Optional meaning for known paths; the model does not own it. Resets the model.
    void setDecorator(const ValueDecorator *decorator);

    // Index of the node at a JSON path ("$.meta.email.messageIds[3]"), fetching its ancestors as needed.
    // Invalid for a path that does not exist. "$" (the root) is invalid for a container root (it has no row).
    QModelIndex indexForPath(const QString &jsonPath);
    // Index from rows counted from the top level (e.g. {4, 0, 2}), fetching ancestors as needed.
    QModelIndex indexForRows(const QList<int> &rows);
    QString pathForIndex(const QModelIndex &index) const;
    qint64 valueOffset(const QModelIndex &index) const; // -1 for an invalid index
    // Fetches a container so rowCount() reports its children (what a view does on expand).
    void ensureFetched(const QModelIndex &index);
    // The child index of the container at containerOffset, made elsewhere (a worker thread: JsonSearch):
    // fetching that container then takes it instead of scanning the bytes. Forgotten on setDocument().
    void provideChildren(qint64 containerOffset, std::shared_ptr<const ChildIndex> children);

    // Number of container nodes created so far: proves laziness in tests.
    qsizetype nodeCount() const { return m_nodeCount; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        Node *parent = nullptr;
        int row = 0;   // row in the parent
        int depth = 0; // the invisible root is 0, top-level members 1
        qint64 valueOffset = -1;
        bool fetched = false;
        // Shared, never changed once set: an index made on another thread (provideChildren) is taken as it
        // is, without a copy.
        std::shared_ptr<const ChildIndex> children;
        const ChildIndex &kids() const
        {
            static const ChildIndex none;
            return children ? *children : none;
        }
        std::unordered_map<int, std::unique_ptr<Node>> childNodes; // containers only, made on demand
    };

    Node *parentNodeOf(const QModelIndex &index) const; // the node holding index's row
    Node *nodeFor(const QModelIndex &index) const; // the node of index itself (containers), made on demand
    qint64 childValueOffset(const Node *parent, int row) const;
    qint64 childKeyOffset(const Node *parent, int row) const;
    QString keyText(const Node *parent, int row) const;
    QString pathOf(const Node *parent, int row) const;
    QString displayValue(qint64 offset) const;
    QString countText(qint64 offset) const;
    bool isContainer(qint64 offset) const;
    void fetch(Node *node, const QModelIndex &index);
    void endReset();

    Document m_document;
    std::unordered_map<qint64, std::shared_ptr<const ChildIndex>> m_provided; // see provideChildren()
    const ValueDecorator *m_decorator = nullptr;
    std::unique_ptr<Node> m_root;
    bool m_scalarRoot = false; // the body is a single scalar, shown as one row "$"
    bool m_resetting = false;
    mutable qsizetype m_nodeCount = 0;
};

} // namespace Json
