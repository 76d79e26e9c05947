#pragma once

#include "api/apiresult.h"

#include <QString>

// The one-line facts of a lookup that the window's status bar and the CLI's summary both show, so they read
// the same: "200 OK · 182 ms · 612 B" and "burst 97/100 · daily 199,870".
namespace ResultSummary {

// Status line (or the error title when no HTTP answer came), time, size and, after retries, the attempts.
// The reason phrase is server text: it is cut to a sane length and its control characters are dropped.
QString statusLine(const ApiResult &result);

// The rate-limit figures that were reported; empty when none were.
QString rateLimitLine(const RateLimitInfo &rateLimit);

// Both, joined: what a single line shows.
QString fullLine(const ApiResult &result);

} // namespace ResultSummary
