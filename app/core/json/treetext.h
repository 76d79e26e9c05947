#pragma once

#include <QAbstractItemModel>
#include <QString>

namespace Json {

// An indented text dump of a tree model (a JsonTreeModel or a proxy over it), one line per row:
//     <indent>key: value (type) — decoded
// Two spaces per level; "— decoded" only when the row has a DecodedValueRole text. Containers are fetched as
// the walk reaches them, so the dump shows everything below root. Used as printModel() by tests and by the
// CLI's --format tree. Iterative: any depth is safe. maxRows > 0 stops after that many lines and adds "…".
QString treeText(QAbstractItemModel *model, const QModelIndex &root = {}, qsizetype maxRows = -1);

} // namespace Json
