#pragma once

#include "api/apierror.h"
#include "api/httpheaders.h"
#include "api/ratelimitinfo.h"

#include <QUrl>

// Everything one lookup produced, success or not. The window's HTTP tab, the history and the CLI all read it.
// After retries and same-origin redirects it describes the last request that was sent.
struct ApiResult
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;                   // the URL of the last request sent (empty when nothing was sent)
    QString messageId;          // the validated id that was looked up (empty when the input was refused)
    QString profile;            // LookupRequest::profile: the profile whose token was sent
    HttpHeaders requestHeaders; // the headers set on the request, Authorization redacted

    int httpStatus = 0;          // 0 when no HTTP answer arrived
    QByteArray reasonPhrase;     // e.g. "OK", as the server sent it
    HttpHeaders responseHeaders; // in the order received
    QByteArray body;             // exactly as received (after transfer decoding), possibly partial on failure
    qint64 size = 0;             // body bytes received

    qint64 elapsedMs = 0; // from the start of the lookup to its end, retry waits included
    int attempts = 0;     // requests counted against the retry budget (redirect hops do not count)
    RateLimitInfo rateLimit;
    ApiError error; // kind None on success

    bool ok() const { return error.kind == ErrorKind::None; }

    QByteArray responseHeader(const QByteArray &name) const
    {
        return HttpHeaderList::firstValue(responseHeaders, name);
    }
};
