#include "json/jsontreemodel.h"
#include "text/safetext.h"
#include "json/jsonpath.h"

#include <QLocale>

#include <vector>

namespace Json {

namespace {

// Long strings are decoded only up to this many bytes for display.
constexpr qint64 displayDecodeBytes = 4 * JsonTreeModel::displayLimit;

QString cutForDisplay(const QString &text)
{
    return SafeText::forDisplay(text, JsonTreeModel::displayLimit);
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(const Document &document, std::shared_ptr<const ChildIndex> rootChildren)
{
    beginResetModel();
    m_document = document;
    m_provided.clear();
    m_root.reset();
    m_nodeCount = 0;
    m_scalarRoot = false;
    if (m_document.isValid()) {
        m_root = std::make_unique<Node>();
        const qint64 root = m_document.rootOffset();
        if (isContainer(root)) {
            m_root->valueOffset = root;
            // The first level is what the window shows at once: index it now (one scan of the top level),
            // unless that was done already.
            m_root->children = rootChildren ? std::move(rootChildren)
                                            : std::make_shared<const ChildIndex>(m_document.childIndex(root));
        } else {
            m_scalarRoot = true;
            auto scalar = std::make_shared<ChildIndex>();
            scalar->valueOffsets.push_back(root);
            m_root->children = std::move(scalar);
        }
        m_root->fetched = true;
    }
    endReset();
}

void JsonTreeModel::endReset()
{
    // Listeners of modelReset (views, QAbstractItemModelTester) re-read the model and may fetch containers
    // from inside the signal; those fetches are part of the reset and must not announce row insertions.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

void JsonTreeModel::setDecorator(const ValueDecorator *decorator)
{
    beginResetModel();
    m_decorator = decorator;
    endReset();
}

bool JsonTreeModel::isContainer(qint64 offset) const
{
    const NodeKind kind = m_document.kindAt(offset);
    return kind == NodeKind::Object || kind == NodeKind::Array;
}

JsonTreeModel::Node *JsonTreeModel::parentNodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    Node *parent = parentNodeOf(index);
    if (!parent || index.row() < 0 || index.row() >= parent->kids().size())
        return nullptr;
    const qint64 offset = parent->kids().valueOffsets[size_t(index.row())];
    if (!isContainer(offset))
        return nullptr;
    auto &slot = parent->childNodes[index.row()];
    if (!slot) {
        slot = std::make_unique<Node>();
        slot->parent = parent;
        slot->row = index.row();
        slot->depth = parent->depth + 1;
        slot->valueOffset = offset;
        ++m_nodeCount;
    }
    return slot.get();
}

qint64 JsonTreeModel::childValueOffset(const Node *parent, int row) const
{
    return parent->kids().valueOffsets[size_t(row)];
}

qint64 JsonTreeModel::childKeyOffset(const Node *parent, int row) const
{
    if (parent->kids().keyOffsets.empty())
        return -1;
    return parent->kids().keyOffsets[size_t(row)];
}

QString JsonTreeModel::keyText(const Node *parent, int row) const
{
    if (m_scalarRoot && parent == m_root.get())
        return QStringLiteral("$");
    const qint64 key = childKeyOffset(parent, row);
    if (key < 0)
        return QLatin1Char('[') + QString::number(row) + QLatin1Char(']');
    return m_document.stringAt(key);
}

QString JsonTreeModel::pathOf(const Node *parent, int row) const
{
    if (m_scalarRoot)
        return QStringLiteral("$");
    // Collect the steps from the node up to the root, then write them top-down.
    std::vector<std::pair<const Node *, int>> steps;
    for (const Node *n = parent; n; row = n->row, n = n->parent)
        steps.emplace_back(n, row);
    QString path = QStringLiteral("$");
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
        const qint64 key = childKeyOffset(it->first, it->second);
        if (key < 0)
            appendIndexTo(path, it->second);
        else
            appendKeyTo(path, m_document.stringAt(key));
    }
    return path;
}

QString JsonTreeModel::countText(qint64 offset) const
{
    const qint64 count = m_document.childCount(offset);
    const QString number = QLocale().toString(count);
    if (m_document.kindAt(offset) == NodeKind::Object)
        return count == 1 ? tr("1 field") : tr("%1 fields").arg(number);
    return count == 1 ? tr("1 item") : tr("%1 items").arg(number);
}

QString JsonTreeModel::displayValue(qint64 offset) const
{
    switch (m_document.kindAt(offset)) {
    case NodeKind::Object:
    case NodeKind::Array:
        return countText(offset);
    case NodeKind::String: {
        const DecodedString s = m_document.decodeString(offset, displayDecodeBytes);
        QString text = cutForDisplay(s.text);
        if (s.truncated && !text.endsWith(QChar(0x2026)))
            text += QChar(0x2026);
        return text;
    }
    default: {
        const QByteArrayView raw = m_document.rawAt(offset);
        return cutForDisplay(
            QString::fromUtf8(raw.first(std::min<qsizetype>(raw.size(), displayDecodeBytes))));
    }
    }
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    Node *node = nodeFor(parent);
    if (!node || !node->fetched || row >= node->kids().size())
        return {};
    return createIndex(row, column, node);
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    const Node *parent = parentNodeOf(child);
    if (!parent || parent == m_root.get() || !parent->parent)
        return {};
    return createIndex(parent->row, 0, parent->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_root || (parent.isValid() && parent.column() != 0))
        return 0;
    if (!parent.isValid())
        return int(m_root->kids().size());
    // No node is created just to answer this: an unfetched container has no rows yet.
    const Node *holder = parentNodeOf(parent);
    if (!holder || parent.row() >= holder->kids().size())
        return 0;
    auto it = holder->childNodes.find(parent.row());
    if (it == holder->childNodes.end() || !it->second->fetched)
        return 0;
    return int(it->second->kids().size());
}

int JsonTreeModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!m_root)
        return false;
    if (!parent.isValid())
        return !m_root->kids().valueOffsets.empty();
    if (parent.column() != 0)
        return false;
    const Node *holder = parentNodeOf(parent);
    if (!holder || parent.row() >= holder->kids().size())
        return false;
    const qint64 offset = childValueOffset(holder, parent.row());
    return isContainer(offset) && m_document.childCount(offset) > 0;
}

bool JsonTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() != 0 || !hasChildren(parent))
        return false;
    const Node *holder = parentNodeOf(parent);
    auto it = holder->childNodes.find(parent.row());
    return it == holder->childNodes.end() || !it->second->fetched;
}

void JsonTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    fetch(nodeFor(parent), parent);
}

void JsonTreeModel::fetch(Node *node, const QModelIndex &index)
{
    if (!node || node->fetched)
        return;
    std::shared_ptr<const ChildIndex> children;
    if (const auto provided = m_provided.find(node->valueOffset); provided != m_provided.end()) {
        children = std::move(provided->second);
        m_provided.erase(provided);
    } else {
        children = std::make_shared<const ChildIndex>(m_document.childIndex(node->valueOffset));
    }
    if (children->size() == 0) {
        node->fetched = true;
        return;
    }
    if (m_resetting) {
        node->children = std::move(children);
        node->fetched = true;
        return;
    }
    beginInsertRows(index, 0, int(children->size() - 1));
    node->children = std::move(children);
    node->fetched = true;
    endInsertRows();
}

void JsonTreeModel::provideChildren(qint64 containerOffset, std::shared_ptr<const ChildIndex> children)
{
    if (children && isContainer(containerOffset))
        m_provided[containerOffset] = std::move(children);
}

void JsonTreeModel::ensureFetched(const QModelIndex &index)
{
    if (index.isValid() && index.model() == this)
        fetchMore(index.siblingAtColumn(0));
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *parent = parentNodeOf(index);
    if (!parent || index.row() >= parent->kids().size())
        return {};
    const int row = index.row();
    const qint64 offset = childValueOffset(parent, row);
    const NodeKind kind = m_document.kindAt(offset);
    const bool decorate = m_decorator && parent->depth + 1 <= m_decorator->maxDepth();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case KeyColumn:
            return cutForDisplay(keyText(parent, row));
        case ValueColumn:
            return displayValue(offset);
        case TypeColumn:
            return kindName(kind);
        }
        return {};
    case DecodedValueRole:
        return decorate ? m_decorator->decodedValue(m_document, pathOf(parent, row), offset) : QString();
    case BadgeRole:
        return decorate ? m_decorator->badge(m_document, pathOf(parent, row), offset) : QVariant();
    case JsonPathRole:
        return pathOf(parent, row);
    case RawValueRole:
        return QString::fromUtf8(m_document.rawAt(offset));
    case FullValueRole:
        if (kind == NodeKind::String)
            return m_document.stringAt(offset);
        return QString::fromUtf8(m_document.rawAt(offset));
    case NodeKindRole:
        return int(kind);
    case KeyRole: {
        const qint64 key = childKeyOffset(parent, row);
        return key < 0 ? QString() : m_document.stringAt(key);
    }
    case ChildCountRole:
        return m_document.childCount(offset);
    case ValueOffsetRole:
        return offset;
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex &index) const
{
    if (!parentNodeOf(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!hasChildren(index.siblingAtColumn(0)))
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QHash<int, QByteArray> JsonTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(DecodedValueRole, "decodedValue");
    names.insert(BadgeRole, "badge");
    names.insert(JsonPathRole, "jsonPath");
    names.insert(RawValueRole, "rawValue");
    names.insert(NodeKindRole, "nodeKind");
    names.insert(KeyRole, "key");
    names.insert(FullValueRole, "fullValue");
    names.insert(ChildCountRole, "childCount");
    names.insert(ValueOffsetRole, "valueOffset");
    return names;
}

QModelIndex JsonTreeModel::indexForRows(const QList<int> &rows)
{
    QModelIndex current;
    for (int row : rows) {
        if (current.isValid())
            ensureFetched(current);
        current = index(row, 0, current);
        if (!current.isValid())
            return {};
    }
    return current;
}

QModelIndex JsonTreeModel::indexForPath(const QString &jsonPath)
{
    const auto steps = parsePath(jsonPath);
    if (!steps || !m_root)
        return {};
    if (m_scalarRoot)
        return steps->isEmpty() ? index(0, 0) : QModelIndex();
    QModelIndex current;
    for (const PathStep &step : *steps) {
        Node *node = nodeFor(current);
        if (!node)
            return {};
        if (current.isValid())
            ensureFetched(current);
        const ChildIndex &children = node->kids();
        int row = -1;
        if (step.isIndex()) {
            if (children.keyOffsets.empty() && step.index < children.size())
                row = int(step.index);
        } else {
            for (size_t i = 0; i < children.keyOffsets.size(); ++i) {
                if (m_document.stringAt(children.keyOffsets[i]) == step.key) {
                    row = int(i);
                    break;
                }
            }
        }
        if (row < 0)
            return {};
        current = index(row, 0, current);
    }
    return current;
}

QString JsonTreeModel::pathForIndex(const QModelIndex &index) const
{
    const Node *parent = parentNodeOf(index);
    if (!parent || index.row() >= parent->kids().size())
        return {};
    return pathOf(parent, index.row());
}

qint64 JsonTreeModel::valueOffset(const QModelIndex &index) const
{
    const Node *parent = parentNodeOf(index);
    if (!parent || index.row() >= parent->kids().size())
        return -1;
    return childValueOffset(parent, index.row());
}

} // namespace Json
