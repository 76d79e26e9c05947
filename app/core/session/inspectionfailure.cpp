#include "session/inspectionfailure.h"

#include "common/redaction.h"
#include "message/responseshape.h"
#include "text/safetext.h"
#include "json/jsondocument.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InspectionFailure)
};

} // namespace

InspectionFailure InspectionFailure::make(Category category, QLatin1StringView kind, const QString &title,
                                          const QString &cause, const QString &nextStep)
{
    InspectionFailure failure;
    failure.category = category;
    failure.kind = kind;
    failure.title = title;
    failure.cause = cause;
    failure.nextStep = nextStep;
    return failure;
}

InspectionFailure InspectionFailure::fromApiError(const ApiError &error, const QByteArray &body)
{
    InspectionFailure failure;
    failure.category = categoryFor(error.kind);
    failure.kind = error.machineName();
    failure.apiKind = error.kind;
    failure.title = error.title;
    failure.cause = error.cause;
    failure.nextStep = error.nextStep;
    failure.serverMessages = error.serverMessages;
    failure.serverErrorText = error.serverErrorText;
    failure.httpStatus = error.httpStatus;
    failure.detail = error.technicalDetail;
    failure.traceId = ResponseShape::traceIdOf(body);
    return failure;
}

InspectionFailure::Category InspectionFailure::categoryFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
    case ErrorKind::InvalidInput:
    // The server refusing the id or the request as sent is refused input too: fixing it is the caller's move.
    case ErrorKind::BadRequest:
    case ErrorKind::Unprocessable:
        return Category::Usage;
    case ErrorKind::Unauthorized:
    case ErrorKind::VersionHeaderMissing:
    case ErrorKind::Forbidden:
        return Category::Authentication;
    case ErrorKind::NotFound:
        return Category::NotFound;
    case ErrorKind::RateLimited:
        return Category::RateLimited;
    case ErrorKind::Timeout:
    case ErrorKind::ConnectionRefused:
    case ErrorKind::HostNotFound:
    case ErrorKind::Tls:
    case ErrorKind::Redirect:
    case ErrorKind::Network:
        return Category::Network;
    case ErrorKind::ServerError:
    case ErrorKind::HttpError:
        return Category::ServerError;
    case ErrorKind::NotJson:
    case ErrorKind::Truncated:
    case ErrorKind::TooLarge:
    case ErrorKind::Malformed:
        return Category::InvalidResponse;
    case ErrorKind::Cancelled:
        return Category::Cancelled;
    }
    return Category::Network;
}

bool InspectionFailure::retryMayHelp() const
{
    switch (category) {
    case Category::Cancelled:
        return true;
    case Category::Usage:          // the same input gets the same refusal
    case Category::Authentication: // the same token gets the same answer: Update token… can help
        return false;
    case Category::NotFound: // a message can appear a moment after it was sent
    case Category::RateLimited:
    case Category::Network:
    case Category::ServerError:
    case Category::InvalidResponse:
        return apiKind != ErrorKind::None; // a file read twice does not change
    }
    return false;
}

QString InspectionFailure::toText() const
{
    QString text = Tr::tr("error: %1").arg(title) + QLatin1Char('\n');
    const auto line = [&text](const QString &body) {
        if (!body.isEmpty())
            text += QStringLiteral("  ") + body + QLatin1Char('\n');
    };
    line(cause);
    line(nextStep);
    for (const QString &message : serverMessages)
        line(Tr::tr("Server message: %1").arg(message));
    if (!serverErrorText.isEmpty())
        line(Tr::tr("Server error: %1").arg(serverErrorText));
    if (!detail.isEmpty())
        line(Tr::tr("Detail: %1").arg(detail));
    if (!traceId.isEmpty())
        line(Tr::tr("Trace id: %1").arg(SafeText::forDisplay(traceId, 200)));
    return text;
}

void InspectionFailure::scrub(const QString &token)
{
    if (token.isEmpty())
        return;
    title = Redaction::scrub(title, token);
    cause = Redaction::scrub(cause, token);
    nextStep = Redaction::scrub(nextStep, token);
    for (QString &message : serverMessages)
        message = Redaction::scrub(message, token);
    serverErrorText = Redaction::scrub(serverErrorText, token);
    detail = Redaction::scrub(detail, token);
    traceId = Redaction::scrub(traceId, token);
}
