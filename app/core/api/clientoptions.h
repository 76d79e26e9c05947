#pragma once

#include "api/retrypolicy.h"

#include <QSslConfiguration>

#include <optional>

// How HighLevelClient behaves beyond the request itself. The defaults are the product's; tests shrink them.
struct ClientOptions
{
    // One overall deadline per lookup, from lookup() to finished(): every attempt, every wait before a retry
    // (Retry-After included) and every redirect hop fits inside it. A retry whose wait would end past it is
    // not made. The CLI's --timeout sets this.
    int deadlineMs = 60'000;
    // One attempt, with its redirect hops, from sending to the last body byte, so a server that drips its
    // answer cannot hold an attempt forever (an inactivity timeout alone would not catch that) and a silent
    // server leaves time for another attempt. Never longer than what is left of deadlineMs.
    int attemptTimeoutMs = 30'000;
    // Larger bodies are stopped while downloading, as soon as Content-Length, the bytes received or the bytes
    // unpacked from gzip/deflate pass it. Unset: the lookup's profile says (Profile::maxResponseBytes; the
    // session fills it in), else defaultMaxBodyBytes. A caller that sets it (a recording's own cap, a test)
    // keeps it.
    std::optional<qint64> maxBodyBytes;
    static constexpr qint64 defaultMaxBodyBytes = 64LL * 1024 * 1024;
    qint64 bodyCap() const { return maxBodyBytes.value_or(defaultMaxBodyBytes); }
    // A response head with more header fields, or more bytes, is stopped as soon as it passes these.
    int maxHeaderCount = 200;
    qint64 maxHeaderBytes = 64 * 1024;
    // Same-origin redirects followed in a row before giving up.
    int maxRedirects = 3;
    RetryPolicy retry;
    // TLS settings for the requests, e.g. the system's plus a test CA. Certificate errors are never ignored.
    std::optional<QSslConfiguration> sslConfiguration;
};
