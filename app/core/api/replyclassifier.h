#pragma once

#include "api/apierror.h"
#include "api/httpexchange.h"
#include "api/httpheaders.h"
#include "api/httpresponseparser.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

// What one attempt of a lookup came to, decided from its facts alone: the one place that says "this was a
// timeout / a bound / a cut connection / a redirect to follow / an HTTP error / a success". Pure, so every
// case is tested as a row of a table. The order matters and is the point: what stopped the transfer (this
// side's timers and bounds, then the connection) is judged before the status, so a 200 whose download was
// stopped is never taken for a finished body.
namespace ReplyClassifier {

struct Facts
{
    // Stopped from this side by a timer, if at all.
    enum class Stop
    {
        None,
        AttemptTimeout, // the attempt's own time ran out; the lookup may try again
        LookupDeadline, // the lookup's overall deadline passed
    };
    Stop stoppedBy = Stop::None;

    HttpExchange::Transport transport = HttpExchange::Transport::Ok;
    QString transportDetail; // the socket's or TLS's own words

    // The response as far as it was read.
    HttpResponseParser::Failure failure = HttpResponseParser::Failure::None;
    QString failureDetail;
    bool headComplete = false;
    int httpStatus = 0; // 0 unless the head is complete
    HttpHeaders headers;
    QByteArray body; // unpacked, possibly partial
    // A 2xx answer must be JSON (the API's endpoints) unless the endpoint sends other bytes (a recording).
    bool expectJson = true;
    QString scope; // the endpoint's scope and what it answers with (empty: the message endpoint's)
    QString what;

    QUrl requestUrl; // what this hop asked for
    QUrl lookupUrl;  // what the lookup asked for first: the only origin a redirect may lead to
    int redirectHops = 0;
    int maxRedirects = 3;

    // The bounds, for the explanations.
    qint64 maxBodyBytes = 0;
    int maxHeaderCount = 0;
    qint64 maxHeaderBytes = 0;
    int attemptTimeoutMs = 0;
    int deadlineMs = 0;
    QDateTime now; // for a Retry-After given as a date
};

struct Verdict
{
    ApiError error;             // kind None: a success
    bool connectionCut = false; // the peer closed mid-answer: worth another attempt (RetryPolicy)
    QUrl redirectTo;            // valid: follow this same-origin redirect now (error is None then)
};

Verdict classify(const Facts &facts);

// True when a success body plausibly is JSON: a JSON (or absent) Content-Type and a first non-blank byte of
// '{' or '[' (after an optional UTF-8 byte order mark).
bool looksLikeJson(const QByteArray &contentType, const QByteArray &body);

// Same scheme, host and port (default ports filled in).
bool sameOrigin(const QUrl &a, const QUrl &b);

} // namespace ReplyClassifier
