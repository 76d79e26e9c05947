#pragma once

#include "session/fixedtokensource.h"

namespace TestSupport {

// A fixed token that counts how often it was asked for: tests prove a refused request never reached for the
// token.
class CountingTokenSource : public FixedTokenSource
{
public:
    using FixedTokenSource::FixedTokenSource;
    void fetch(const QString &profile, QObject *context,
               std::function<void(const TokenAnswer &)> done) override
    {
        ++fetches;
        FixedTokenSource::fetch(profile, context, std::move(done));
    }
    int fetches = 0;
};

} // namespace TestSupport
