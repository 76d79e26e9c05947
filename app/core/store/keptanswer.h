#pragma once

#include "api/httpheaders.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>

#include <chrono>
#include <optional>

// A response kept with its lookup in the history, when the user chose to keep answers (off by default: bodies
// hold customers' messages). Never a token: secret headers (Authorization, Cookie, Set-Cookie,
// Proxy-Authorization) are dropped before anything is stored, and the request's headers are not kept at all.
struct KeptAnswer
{
    QByteArray body;
    HttpHeaders headers; // the response's headers, in the order received, secret ones dropped
    QDateTime keptAt;    // UTC, when the answer was written to the file (filled on reading)
};

// How much of the answers the history keeps; the user's settings, passed in by the front end.
struct AnswerRetention
{
    static constexpr qint64 defaultMaxBodyBytes = 2 * 1024 * 1024;
    static constexpr qint64 defaultMaxTotalBytes = 100 * 1024 * 1024;
    static constexpr std::chrono::hours defaultMaxAge{24 * 30};

    // An answer whose body is larger is not kept (its lookup still is).
    qint64 maxBodyBytes = defaultMaxBodyBytes;
    // The oldest kept answers are deleted once all kept bodies together are larger.
    qint64 maxTotalBytes = defaultMaxTotalBytes;
    // Answers kept longer ago than this are deleted (on opening and after each write).
    std::chrono::milliseconds maxAge = defaultMaxAge;
};

Q_DECLARE_METATYPE(KeptAnswer)
Q_DECLARE_METATYPE(std::optional<KeptAnswer>)
