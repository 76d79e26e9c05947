#pragma once

#include "session/vaulttokensource.h"

#include <QString>

// The CLI's token: HIGHLEVEL_TOKEN when the shell sets it (scripts, CI, SSH without a keychain), otherwise
// the profile's keychain entry through the vault. Failures are the core's, with the next step worded for a
// shell. The token handed out last is remembered so that everything the CLI writes can be scrubbed of it.
class CliTokenSource : public TokenSource
{
public:
    static constexpr QLatin1StringView variable{"HIGHLEVEL_TOKEN"};

    // environmentValue: the variable's value as read at start (empty: not set).
    CliTokenSource(const QString &environmentValue, TokenVault *vault);
    ~CliTokenSource() override;

    void fetch(const QString &profile, QObject *context,
               std::function<void(const TokenAnswer &)> done) override;

    bool usesEnvironment() const { return !m_environment.isEmpty(); }
    // The token last handed out, or the (possibly refused) environment value: what output is scrubbed of.
    QString tokenInUse() const { return m_inUse; }

    // The core's keychain failure with the CLI's next step ("token set", HIGHLEVEL_TOKEN).
    static InspectionFailure forShell(InspectionFailure failure, const QString &profile);

private:
    QString m_environment;
    QString m_inUse;
    VaultTokenSource m_vault;
};
