#include "json/treetext.h"

#include "json/jsontreemodel.h"

#include <vector>

namespace Json {

QString treeText(QAbstractItemModel *model, const QModelIndex &root, qsizetype maxRows)
{
    QString out;
    if (!model)
        return out;
    struct Level
    {
        QModelIndex parent;
        int next = 0;
    };
    std::vector<Level> stack;
    auto enter = [&](const QModelIndex &parent) {
        while (model->canFetchMore(parent))
            model->fetchMore(parent);
        stack.push_back(Level{parent, 0});
    };
    enter(root);
    qsizetype lines = 0;
    while (!stack.empty()) {
        Level &level = stack.back();
        if (level.next >= model->rowCount(level.parent)) {
            stack.pop_back();
            continue;
        }
        const QModelIndex key = model->index(level.next++, JsonTreeModel::KeyColumn, level.parent);
        if (maxRows > 0 && lines >= maxRows) {
            out += QChar(0x2026) + QLatin1Char('\n');
            break;
        }
        const QString value = key.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString();
        const QString type = key.siblingAtColumn(JsonTreeModel::TypeColumn).data().toString();
        const QString decoded = key.data(JsonTreeModel::DecodedValueRole).toString();
        out += QString(qsizetype(stack.size() - 1) * 2, QLatin1Char(' ')) + key.data().toString() +
               QLatin1String(": ") + value + QLatin1String(" (") + type + QLatin1Char(')');
        if (!decoded.isEmpty())
            out += QString::fromUtf8(" — ") + decoded;
        out += QLatin1Char('\n');
        ++lines;
        if (model->hasChildren(key))
            enter(key);
    }
    return out;
}

} // namespace Json
