#pragma once

#include "session/inspectionfailure.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

// Where an inspection gets the profile's token: the keychain (VaultTokenSource), the environment
// (HIGHLEVEL_TOKEN for scripts), or memory (tests). Built in main() and handed to the session, so nothing
// else needs to know which.
struct TokenAnswer
{
    QString token;                            // empty when there is none
    std::optional<InspectionFailure> failure; // why there is none: no token saved, keychain locked, …
};

class TokenSource
{
public:
    virtual ~TokenSource() = default;
    // Asks for the profile's token. done() is called exactly once, from the event loop of context's thread
    // (never from inside fetch()), unless context is destroyed first.
    virtual void fetch(const QString &profile, QObject *context,
                       std::function<void(const TokenAnswer &)> done) = 0;
};
