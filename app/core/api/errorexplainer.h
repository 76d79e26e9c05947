#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QNetworkReply>

#include <optional>

// Turns what went wrong into an ApiError that support staff can act on. Pure functions: no network, no state,
// so every mapping is unit-tested on its own.
namespace ErrorExplainer {

// The fields of a HighLevel error body `{statusCode, message, error}`, read tolerantly: `message` may be a
// string or an array of strings; anything missing or of another type is left empty.
struct ServerErrorBody
{
    QStringList messages;
    QString error;
    std::optional<int> statusCode;
};
ServerErrorBody readErrorBody(const QByteArray &body);

// The kind for an HTTP status that is not a success (the body decides 401 vs. version header missing).
ErrorKind kindForStatus(int httpStatus, const QByteArray &body);

// The kind for a Qt network error without a usable HTTP answer.
ErrorKind kindForNetworkError(QNetworkReply::NetworkError code);

// Everything known about a failure, for explain().
struct Facts
{
    int httpStatus = 0;
    QByteArray body;                      // the error body, if any
    std::optional<int> retryAfterSeconds; // parsed Retry-After
    QString technicalDetail;              // Qt's error string, TLS errors, …
    QString redirectTarget;               // the refused Location, shown without query
    qint64 maxBodyBytes = 0;              // the cap, for TooLarge
    int deadlineMs = 0;                   // the deadline, for Timeout
    // The endpoint's OAuth scope and what one answer is ("email", "contact"); empty: the message lookup's.
    QString scope;
    QString what;
    // For TooLarge: which bound was passed, and the header bounds for the text.
    enum class Bound
    {
        Body,         // the body as received (or as announced by Content-Length)
        UnpackedBody, // the body after undoing gzip/deflate
        HeaderCount,
        HeaderBytes,
    };
    Bound tooLargeBound = Bound::Body;
    int maxHeaderCount = 0;
    qint64 maxHeaderBytes = 0;
};

// The full explanation for a kind.
ApiError explain(ErrorKind kind, const Facts &facts = {});

// Shorthands: an HTTP error status with its body, and a network failure.
ApiError fromHttpStatus(int httpStatus, const QByteArray &body, std::optional<int> retryAfterSeconds = {});
ApiError fromNetworkError(QNetworkReply::NetworkError code, const QString &technicalDetail);

} // namespace ErrorExplainer
