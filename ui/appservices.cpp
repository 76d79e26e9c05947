#include "appservices.h"

#include "secrets/tokenstore.h"
#include "secrets/tokenvault.h"
#include "session/inspectionsession.h"
#include "session/vaulttokensource.h"
#include "store/lookuphistory.h"
#include "store/profilestore.h"

AppServices::AppServices(const Options &options, QObject *parent)
    : QObject(parent)
    , m_tokenStore(options.keychainService.isEmpty() ? std::make_unique<TokenStore>()
                                                     : std::make_unique<TokenStore>(options.keychainService))
    , m_vault(std::make_unique<TokenVault>(m_tokenStore.get()))
    , m_profiles(options.settingsFile.isEmpty() ? std::make_unique<ProfileStore>()
                                                : std::make_unique<ProfileStore>(options.settingsFile))
    , m_history(std::make_unique<LookupHistory>(options.historyPath))
    , m_vaultTokens(std::make_unique<VaultTokenSource>(m_vault.get()))
{
    m_profiles->setVault(m_vault.get());
    SessionServices services;
    services.profiles = m_profiles.get();
    services.tokens = options.tokens ? options.tokens : m_vaultTokens.get();
    services.history = m_history.get();
    services.clientOptions = options.clientOptions;
    m_session = std::make_unique<InspectionSession>(services);
}

// The session first: its jobs use the history, the profiles and the token source until they are gone.
AppServices::~AppServices()
{
    m_session.reset();
}
