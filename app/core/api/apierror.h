#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// What went wrong with a lookup, as one kind. The kinds are stable: the CLI prints machineName() in its JSON
// output and scripts may match on it.
enum class ErrorKind
{
    None,                 // success
    InvalidInput,         // refused before sending: message id, token, base URL or API version
    BadRequest,           // 400
    Unauthorized,         // 401
    VersionHeaderMissing, // 401 whose message says the Version header is missing or wrong
    Forbidden,            // 403: no access to this location, or the scope is missing
    NotFound,             // 404
    Unprocessable,        // 422
    RateLimited,          // 429
    ServerError,          // 5xx
    HttpError,            // any other unexpected HTTP status (e.g. 405, 409, 410)
    Timeout,              // the overall deadline passed before the answer was complete
    ConnectionRefused,    // nothing listens at that address
    HostNotFound,         // DNS could not resolve the host name
    Tls,                  // the secure connection could not be established (certificate, handshake)
    Redirect,             // a redirect was refused (another origin, too many hops, no Location)
    NotJson,              // a success status whose body is not JSON
    Truncated,            // the body ended before Content-Length or the connection was cut mid-body
    TooLarge,  // a bound was passed (body, unpacked body, header count or size): the download stopped
    Malformed, // the answer is not valid HTTP/1.x, or its framing or compressed body is broken
    Cancelled, // the caller cancelled
    Network,   // any other network failure
};

// A failure explained for support staff: what happened, why it likely happened, and what to do next, plus the
// server's own words kept verbatim. No text in here ever contains the token.
struct ApiError
{
    ErrorKind kind = ErrorKind::None;
    QString title;              // what happened, one line
    QString cause;              // why it most likely happened
    QString nextStep;           // what to do now
    QStringList serverMessages; // the error body's `message`, verbatim (a string, or each string of an array)
    QString serverErrorText;    // the error body's `error` field, verbatim
    int httpStatus = 0;         // 0 when no HTTP answer arrived
    std::optional<int> retryAfterSeconds; // what the server asked for (429/503), before any cap
    QString technicalDetail;              // Qt's network error text or TLS errors, for "Copy details"

    bool isError() const { return kind != ErrorKind::None; }
    QString machineName() const { return machineName(kind); }

    // A stable lower_snake_case name per kind, e.g. "unauthorized", "rate_limited".
    static QString machineName(ErrorKind kind);
    // The kind for a machine name, or nothing for an unknown name.
    static std::optional<ErrorKind> kindFromMachineName(const QString &name);

    // Replaces every occurrence of the token in every text field (the server might echo it back).
    void scrub(const QString &token);
};
