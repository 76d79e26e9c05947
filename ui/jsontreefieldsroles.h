#pragma once

#include "fieldsview.h"

// The roles of Json::JsonTreeModel as FieldsView wants them: one place for every view that shows a JSON tree
// (the window's Fields tab, a related answer's Fields tab), so FieldsView itself stays model-agnostic.
FieldsView::Roles jsonTreeFieldsRoles();
