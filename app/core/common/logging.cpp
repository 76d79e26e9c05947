#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "mi.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJson, "mi.json", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMessage, "mi.message", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "mi.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "mi.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "mi.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "mi.cli", QtInfoMsg)
