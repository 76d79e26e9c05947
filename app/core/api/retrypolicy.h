#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

// When the lookup GET is tried again, and how long to wait first. Only this idempotent GET is ever retried.
struct RetryPolicy
{
    bool enabled = true;
    int maxAttempts = 3;           // attempts in all, the first one included
    int maxRetryAfterSeconds = 60; // a longer Retry-After is capped to this
    int baseBackoffMs = 500;       // first exponential back-off step, before jitter
    // Multiplies every wait. 1.0 in the product; tests use e.g. 0.001 so a 2 s Retry-After takes 2 ms.
    double timeScale = 1.0;

    // Why a failed attempt may be tried again.
    enum class Reason
    {
        None,       // not retryable
        RetryAfter, // 429 or 503: wait what the server asked (or back off when it did not say)
        Backoff,    // 502, 504, a cut connection, a timeout: back off exponentially with jitter
    };
    // connectionCut: the connection was closed by the other side before the answer was complete.
    static Reason reasonFor(ErrorKind kind, int httpStatus, bool connectionCut);

    // The wait before attempt number nextAttempt (2 or 3), already scaled by timeScale; jitter in [0.5, 1.0]
    // of the exponential step. retryAfterSeconds is used when reason is RetryAfter and the server sent one.
    int waitMs(Reason reason, int nextAttempt, std::optional<int> retryAfterSeconds) const;

    // Retry-After as seconds from now: delta-seconds ("120") or an HTTP-date ("Wed, 21 Oct 2015 07:28:00
    // GMT"). A date in the past gives 0; garbage gives nothing.
    static std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);
};
