#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

RetryPolicy::Reason RetryPolicy::reasonFor(ErrorKind kind, int httpStatus, bool connectionCut)
{
    if (httpStatus == 429 || httpStatus == 503)
        return Reason::RetryAfter;
    if (httpStatus == 502 || httpStatus == 504)
        return Reason::Backoff;
    if (httpStatus != 0 && kind != ErrorKind::Truncated && kind != ErrorKind::Timeout)
        return Reason::None; // every other status, 400/401/403/404/422 included, is final
    switch (kind) {
    case ErrorKind::Timeout:
    case ErrorKind::Truncated:
        return Reason::Backoff;
    case ErrorKind::Network:
        return connectionCut ? Reason::Backoff : Reason::None;
    default:
        return Reason::None;
    }
}

int RetryPolicy::waitMs(Reason reason, int nextAttempt, std::optional<int> retryAfterSeconds) const
{
    const double scale = std::max(0.0, timeScale);
    if (reason == Reason::RetryAfter && retryAfterSeconds) {
        const int seconds = std::clamp(*retryAfterSeconds, 0, std::max(0, maxRetryAfterSeconds));
        return int(std::lround(seconds * 1000.0 * scale));
    }
    // Exponential: base, 2×base, 4×base … then a random share of it so clients do not retry in lock-step.
    const int exponent = std::clamp(nextAttempt - 2, 0, 16);
    const double step = double(std::max(0, baseBackoffMs)) * double(1 << exponent);
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble() * 0.5;
    const double capped = std::min(step * jitter, maxRetryAfterSeconds * 1000.0);
    return int(std::lround(capped * scale));
}

std::optional<int> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        bool ok = false;
        const qint64 seconds = trimmed.toLongLong(&ok);
        if (!ok || trimmed.size() > 12)
            return std::numeric_limits<int>::max();
        return int(std::min<qint64>(seconds, std::numeric_limits<int>::max()));
    }
    // HTTP-date (RFC 9110 IMF-fixdate); Qt::RFC2822Date also reads the obsolete forms servers still send.
    QDateTime when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!when.isValid()) {
        when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                       QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (when.isValid())
            when.setTimeZone(QTimeZone::utc());
    }
    if (!when.isValid())
        return std::nullopt;
    const qint64 seconds = now.secsTo(when);
    return int(std::clamp<qint64>(seconds, 0, std::numeric_limits<int>::max()));
}
