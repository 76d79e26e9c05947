#pragma once

#include "session/tokensource.h"

class TokenVault;
struct TokenStoreResult;

// The token from the vault: what is already in memory for this session, otherwise read from the keychain
// (once; the vault keeps it). A keychain that is missing, locked, refusing or without an entry becomes an
// Authentication failure that says so in plain words.
class VaultTokenSource : public TokenSource
{
public:
    explicit VaultTokenSource(TokenVault *vault)
        : m_vault(vault)
    {}

    void fetch(const QString &profile, QObject *context,
               std::function<void(const TokenAnswer &)> done) override;

    // The keychain's answer as a failure a person can act on.
    static InspectionFailure failureFor(const TokenStoreResult &result, const QString &profile);

private:
    TokenVault *m_vault;
};
