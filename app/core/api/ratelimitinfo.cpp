#include "ratelimitinfo.h"

std::optional<qint64> RateLimitInfo::parseCount(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 18)
        return std::nullopt;
    for (const char c : trimmed) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 number = trimmed.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return number;
}

RateLimitInfo RateLimitInfo::fromHeaders(const HttpHeaders &headers)
{
    const auto figure = [&headers](const char *name) -> std::optional<qint64> {
        const QByteArray value = HttpHeaderList::firstValue(headers, QByteArray(name));
        if (value.isNull())
            return std::nullopt;
        return parseCount(value);
    };
    RateLimitInfo info;
    info.burstMax = figure("X-RateLimit-Max");
    info.burstRemaining = figure("X-RateLimit-Remaining");
    info.intervalMs = figure("X-RateLimit-Interval-Milliseconds");
    info.dailyLimit = figure("X-RateLimit-Limit-Daily");
    info.dailyRemaining = figure("X-RateLimit-Daily-Remaining");
    return info;
}
