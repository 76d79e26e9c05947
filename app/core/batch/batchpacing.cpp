#include "batch/batchpacing.h"

#include <algorithm>
#include <cmath>

BatchPacing::BatchPacing()
    : BatchPacing(Options{})
{}

BatchPacing::BatchPacing(const Options &options)
    : m_options(options)
    , m_burstMax(std::max<qint64>(1, options.assumedBurstMax))
    , m_intervalMs(std::max<qint64>(1, options.assumedIntervalMs))
{
    m_options.burstShare = std::clamp(m_options.burstShare, 0.01, 1.0);
}

void BatchPacing::update(const RateLimitInfo &limits, qint64 nowMs)
{
    if (limits.burstMax && *limits.burstMax > 0)
        m_burstMax = *limits.burstMax;
    if (limits.intervalMs && *limits.intervalMs > 0)
        m_intervalMs = std::min<qint64>(*limits.intervalMs, 60 * 60 * 1000);
    // Others (the web app, integrations) spend the same budget: when it is gone, wait out the interval
    // rather than walk into a 429.
    if (limits.burstRemaining && *limits.burstRemaining == 0)
        pauseUntil(nowMs + m_intervalMs + marginMs(m_intervalMs));
}

void BatchPacing::pauseUntil(qint64 untilMs)
{
    m_pausedUntilMs = std::max(m_pausedUntilMs, untilMs);
}

qint64 BatchPacing::budget() const
{
    return std::max<qint64>(1, qint64(std::floor(double(m_burstMax) * m_options.burstShare)));
}

qint64 BatchPacing::waitForWindow(qint64 nowMs, qint64 windowMs, qint64 allowed) const
{
    const qint64 span = windowMs + marginMs(windowMs);
    // Sends within (now - span, now]; the oldest of the last `allowed` ones frees a slot when it leaves.
    qint64 inside = 0;
    for (auto it = m_sends.rbegin(); it != m_sends.rend(); ++it) {
        if (*it <= nowMs - span)
            break;
        if (++inside == allowed)
            return *it + span - nowMs;
    }
    return 0;
}

qint64 BatchPacing::delayBeforeSend(qint64 nowMs) const
{
    qint64 wait = std::max<qint64>(0, m_pausedUntilMs - nowMs);
    wait = std::max(wait, waitForWindow(nowMs, m_intervalMs, budget()));
    if (m_options.maxPerWindow && *m_options.maxPerWindow > 0)
        wait = std::max(wait, waitForWindow(nowMs, m_options.userWindowMs, *m_options.maxPerWindow));
    return wait;
}

void BatchPacing::recordSend(qint64 nowMs)
{
    m_sends.push_back(nowMs);
    const qint64 longest =
        std::max(m_intervalMs, m_options.maxPerWindow ? m_options.userWindowMs : qint64(0));
    const qint64 keepAfter = nowMs - longest - marginMs(longest);
    while (!m_sends.empty() && m_sends.front() <= keepAfter)
        m_sends.pop_front();
}

qint64 BatchPacing::delayAfterRateLimitMs(std::optional<int> retryAfterSeconds) const
{
    if (retryAfterSeconds && *retryAfterSeconds >= 0)
        return std::min<qint64>(qint64(*retryAfterSeconds) * 1000, 10 * 60 * 1000);
    return m_intervalMs;
}
