#pragma once

#include "api/ratelimitinfo.h"

#include <QList>

#include <deque>
#include <optional>

// How fast a batch may send: never more than a share of the burst HighLevel reports (X-RateLimit-Max per
// X-RateLimit-Interval-Milliseconds), counted over a sliding window of that interval, and optionally never
// more than the user's own rate ("--max-rate 20/10s"). Until the first answer reports the figures, the
// documented ones (100 per 10 s) are assumed. Pure bookkeeping on a millisecond clock the caller passes, so
// the rules are tested without waiting.
class BatchPacing
{
public:
    struct Options
    {
        double burstShare = 0.5;            // share of X-RateLimit-Max this batch may use, (0, 1]
        qint64 assumedBurstMax = 100;       // before the first answer
        qint64 assumedIntervalMs = 10'000;  // before the first answer
        std::optional<qint64> maxPerWindow; // the user's own cap …
        qint64 userWindowMs = 10'000;       // … per this window
    };

    BatchPacing();
    explicit BatchPacing(const Options &options);

    // Takes the figures of an answer (absent ones keep the last known value).
    void update(const RateLimitInfo &limits, qint64 nowMs);
    // Waits until then before anything is sent (a 429's Retry-After, a spent budget).
    void pauseUntil(qint64 untilMs);

    // 0 when a request may be sent now, else how long to wait.
    qint64 delayBeforeSend(qint64 nowMs) const;
    void recordSend(qint64 nowMs);

    // Sends allowed per interval() (at least 1).
    qint64 budget() const;
    qint64 intervalMs() const { return m_intervalMs; }
    // The slack added to every window: requests reach the server a little after they leave, and unevenly,
    // so a window at the server must not see one more than the budget.
    qint64 marginMs(qint64 windowMs) const { return std::max<qint64>(20, windowMs / 20); }

    // The wait after a 429: Retry-After when the server gave one (capped at 10 minutes), else the interval.
    qint64 delayAfterRateLimitMs(std::optional<int> retryAfterSeconds) const;

private:
    qint64 waitForWindow(qint64 nowMs, qint64 windowMs, qint64 allowed) const;

    Options m_options;
    qint64 m_burstMax;
    qint64 m_intervalMs;
    qint64 m_pausedUntilMs = 0;
    std::deque<qint64> m_sends; // send times, oldest first, only those still inside a window
};
