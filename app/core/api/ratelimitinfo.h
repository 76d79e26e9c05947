#pragma once

#include "api/httpheaders.h"

#include <optional>

// The rate-limit figures HighLevel reports on every response. Each one is optional: a header that is missing
// or does not hold a plain non-negative number is absent, never 0, so "0 remaining" always means what it
// says.
struct RateLimitInfo
{
    std::optional<qint64> burstMax;       // X-RateLimit-Max (requests per interval)
    std::optional<qint64> burstRemaining; // X-RateLimit-Remaining
    std::optional<qint64> intervalMs;     // X-RateLimit-Interval-Milliseconds
    std::optional<qint64> dailyLimit;     // X-RateLimit-Limit-Daily
    std::optional<qint64> dailyRemaining; // X-RateLimit-Daily-Remaining

    bool isEmpty() const
    {
        return !burstMax && !burstRemaining && !intervalMs && !dailyLimit && !dailyRemaining;
    }

    static RateLimitInfo fromHeaders(const HttpHeaders &headers);

    // A header value as a non-negative integer: surrounding spaces allowed, anything else (signs, fractions,
    // text, overflow) gives nothing.
    static std::optional<qint64> parseCount(const QByteArray &value);

    friend bool operator==(const RateLimitInfo &, const RateLimitInfo &) = default;
};
