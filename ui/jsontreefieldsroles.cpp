#include "jsontreefieldsroles.h"

#include "json/jsontreemodel.h"

FieldsView::Roles jsonTreeFieldsRoles()
{
    FieldsView::Roles roles;
    roles.badge = Json::JsonTreeModel::BadgeRole;
    roles.decoded = Json::JsonTreeModel::DecodedValueRole;
    roles.path = Json::JsonTreeModel::JsonPathRole;
    roles.key = Json::JsonTreeModel::KeyRole;
    roles.fullValue = Json::JsonTreeModel::FullValueRole;
    roles.childCount = Json::JsonTreeModel::ChildCountRole;
    roles.isArray = [](const QModelIndex &index) {
        return index.data(Json::JsonTreeModel::NodeKindRole).toInt() == int(Json::NodeKind::Array);
    };
    return roles;
}
