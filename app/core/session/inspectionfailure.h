#pragma once

#include "api/apierror.h"

#include <QString>
#include <QStringList>

// Why an inspection could not show a message: the one failure type of the product. The window's banner and
// the CLI's stderr text and exit status only decorate it. It says what happened, why it most likely happened
// and what to do next, keeps the server's own words verbatim, and never contains the token (scrub()).
struct InspectionFailure
{
    // What kind of trouble, coarse enough for a script to branch on (the CLI's exit statuses map 1:1).
    enum class Category
    {
        Usage,           // refused input: id, URL, file, profile, token format, 400/422
        Authentication,  // 401, 403, no token, keychain unavailable / locked / refusing
        NotFound,        // 404
        RateLimited,     // 429 after the retries
        Network,         // connection, DNS, TLS, timeout, refused redirect
        ServerError,     // 5xx or another unexpected HTTP status
        InvalidResponse, // not JSON, truncated, too large, an empty or binary file
        Cancelled,       // the user stopped it
    };

    Category category = Category::Usage;
    QString kind;     // stable lower_snake_case: ApiError::machineName() or one of the session's below
    QString title;    // what happened, one line
    QString cause;    // why it most likely happened
    QString nextStep; // what to do now
    QStringList serverMessages; // the error body's `message`, verbatim
    QString serverErrorText;    // the error body's `error`, verbatim
    int httpStatus = 0;
    QString detail;  // technical detail (Qt's network error text, the JSON parse position, …)
    QString traceId; // the error body's traceId: what HighLevel's support asks for
    ErrorKind apiKind = ErrorKind::None; // the lookup's own kind when the failure came from one

    // Kinds of failures that are not a lookup's.
    static constexpr QLatin1StringView usageKind{"usage"};
    static constexpr QLatin1StringView noTokenKind{"no_token"};
    static constexpr QLatin1StringView keychainUnavailableKind{"keychain_unavailable"};
    static constexpr QLatin1StringView keychainErrorKind{"keychain_error"};
    static constexpr QLatin1StringView fileUnreadableKind{"file_unreadable"};
    static constexpr QLatin1StringView profileKind{"profile"};
    static constexpr QLatin1StringView hostNotAllowedKind{"host_not_allowed"};
    static constexpr QLatin1StringView invalidInputKind{"invalid_input"};

    static InspectionFailure make(Category category, QLatin1StringView kind, const QString &title,
                                  const QString &cause = {}, const QString &nextStep = {});
    // A lookup's failure; body is the error answer (its traceId is kept).
    static InspectionFailure fromApiError(const ApiError &error, const QByteArray &body = {});
    static Category categoryFor(ErrorKind kind);

    // True when trying again could plausibly give another answer (not for refused input or a rejected token).
    bool retryMayHelp() const;
    // "error: <title>\n  <cause>\n  <next step>\n  Server message: …\n": the plain-text form for stderr and
    // for "Copy details".
    QString toText() const;
    // Replaces every occurrence of the token (a server may echo it back).
    void scrub(const QString &token);
};
