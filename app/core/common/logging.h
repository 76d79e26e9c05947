#pragma once

#include <QLoggingCategory>

// One category per module, so a developer can enable e.g. QT_LOGGING_RULES="mi.api.debug=true".
// Nothing that could hold a token is logged without passing through Redaction first.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcJson)
Q_DECLARE_LOGGING_CATEGORY(lcMessage)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
