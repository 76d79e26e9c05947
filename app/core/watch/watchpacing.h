#pragma once

#include "api/ratelimitinfo.h"

#include <QString>

// When to ask again while watching a message settle: an interval that grows from the first one (2 s → 60 s by
// default), never faster than a small share of the burst budget HighLevel reports, and a pause when the
// budget is nearly spent or the server said 429. Pure arithmetic, so the rules are tested as a table.
struct WatchPacing
{
    qint64 firstIntervalMs = 2000;
    qint64 maxIntervalMs = 60000;
    double growth = 1.6;
    // At most this share of the burst (X-RateLimit-Max per X-RateLimit-Interval-Milliseconds) is used.
    double burstShare = 0.05;

    // The wait after poll number `poll` (0 = after the first answer), given what the last answer reported.
    qint64 nextDelayMs(int poll, const RateLimitInfo &limits) const;
    // The wait after a 429: Retry-After when the server gave one, else the whole burst interval (or 10 s).
    qint64 delayAfterRateLimitMs(std::optional<int> retryAfterSeconds, const RateLimitInfo &limits) const;
};
