#pragma once

#include "api/clientoptions.h"

#include <QObject>
#include <QString>

#include <memory>

class InspectionSession;
class LookupHistory;
class ProfileStore;
class TokenSource;
class TokenStore;
class TokenVault;

// What the window works with, made once by main() (or a test) and handed to MainWindow: the profiles, the
// token vault (keychain + memory), the lookup history and the one inspection session over them. The window
// never builds any of these itself.
class AppServices : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString settingsFile;    // profiles; empty: the application's QSettings
        QString historyPath;     // empty: LookupHistory::defaultPath()
        QString keychainService; // empty: TokenStore::defaultServiceName()
        ClientOptions clientOptions;
        // Where lookups get the token. Null: the vault (the keychain, or a token entered for this session).
        // Tests that do not test the keychain pass an in-memory source.
        TokenSource *tokens = nullptr;
    };

    explicit AppServices(const Options &options, QObject *parent = nullptr);
    ~AppServices() override;

    ProfileStore *profiles() const { return m_profiles.get(); }
    TokenVault *vault() const { return m_vault.get(); }
    LookupHistory *history() const { return m_history.get(); }
    InspectionSession *session() const { return m_session.get(); }

private:
    std::unique_ptr<TokenStore> m_tokenStore;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<LookupHistory> m_history;
    std::unique_ptr<TokenSource> m_vaultTokens;
    std::unique_ptr<InspectionSession> m_session;
};
