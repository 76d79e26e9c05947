#pragma once

#include "api/retrypolicy.h"

#include <QSslConfiguration>

#include <optional>

// How HighLevelClient behaves beyond the request itself. The defaults are the product's; tests shrink them.
struct ClientOptions
{
    // Bounds each attempt from sending to the last body byte, so a server that drips its answer cannot hold a
    // lookup forever (an inactivity timeout alone would not catch that).
    int deadlineMs = 30'000;
    // Larger bodies are aborted while downloading, as soon as Content-Length or the received bytes exceed it.
    qint64 maxBodyBytes = 64LL * 1024 * 1024;
    // Same-origin redirects followed in a row before giving up.
    int maxRedirects = 3;
    RetryPolicy retry;
    // TLS settings for the requests, e.g. the system's plus a test CA. Certificate errors are never ignored.
    std::optional<QSslConfiguration> sslConfiguration;
};
