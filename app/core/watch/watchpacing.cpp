#include "watch/watchpacing.h"

#include <algorithm>
#include <cmath>

qint64 WatchPacing::nextDelayMs(int poll, const RateLimitInfo &limits) const
{
    double delay = double(firstIntervalMs) * std::pow(growth, std::max(0, poll));
    delay = std::min(delay, double(maxIntervalMs));
    if (limits.burstMax && limits.intervalMs && *limits.burstMax > 0 && burstShare > 0) {
        // Spread this watch's share of the burst over the interval: 5 % of 100 per 10 s → one every 2 s.
        const double allowed = std::max(1.0, double(*limits.burstMax) * burstShare);
        delay = std::max(delay, double(*limits.intervalMs) / allowed);
        // Others (the web app, integrations) use the same budget: nearly spent → wait out the interval.
        if (limits.burstRemaining && double(*limits.burstRemaining) < double(*limits.burstMax) * burstShare)
            delay = std::max(delay, double(*limits.intervalMs));
    }
    return qint64(std::llround(delay));
}

qint64 WatchPacing::delayAfterRateLimitMs(std::optional<int> retryAfterSeconds,
                                          const RateLimitInfo &limits) const
{
    if (retryAfterSeconds && *retryAfterSeconds >= 0)
        return std::min<qint64>(qint64(*retryAfterSeconds) * 1000, 10 * 60 * 1000);
    if (limits.intervalMs)
        return std::clamp<qint64>(*limits.intervalMs, 1000, 60 * 1000);
    return 10'000;
}
