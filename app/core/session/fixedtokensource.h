#pragma once

#include "session/tokensource.h"

#include <QHash>
#include <QMetaObject>

// Tokens held in memory per profile: for tests that exercise the window or the session without a keyring, and
// for a token handed over by the environment (HIGHLEVEL_TOKEN), which applies to every profile.
class FixedTokenSource : public TokenSource
{
public:
    FixedTokenSource() = default;
    // The same token for every profile.
    explicit FixedTokenSource(const QString &token)
        : m_everyProfile(token)
    {}

    void setToken(const QString &profile, const QString &token) { m_tokens.insert(profile, token); }
    void fetch(const QString &profile, QObject *context,
               std::function<void(const TokenAnswer &)> done) override;

private:
    QString m_everyProfile;
    QHash<QString, QString> m_tokens;
};
