#include "bannerforerror.h"

#include "message/responseshape.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BannerForError", text);
}

BannerContent::Action primaryActionFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Unauthorized:
    case ErrorKind::Forbidden:
        return BannerContent::Action::UpdateToken;
    case ErrorKind::VersionHeaderMissing:
    case ErrorKind::HostNotFound:
    case ErrorKind::Tls:
    case ErrorKind::Redirect:
    case ErrorKind::Malformed:
        return BannerContent::Action::OpenSettings;
    case ErrorKind::RateLimited:
    case ErrorKind::ServerError:
    case ErrorKind::HttpError:
    case ErrorKind::Timeout:
    case ErrorKind::ConnectionRefused:
    case ErrorKind::Truncated:
    case ErrorKind::Network:
    case ErrorKind::NotJson:
        return BannerContent::Action::Retry;
    case ErrorKind::None:
    case ErrorKind::InvalidInput:
    case ErrorKind::BadRequest:
    case ErrorKind::NotFound:
    case ErrorKind::Unprocessable:
    case ErrorKind::TooLarge:
    case ErrorKind::Cancelled:
        break;
    }
    return BannerContent::Action::None;
}

} // namespace

BannerContent bannerForError(const ApiResult &result)
{
    const ApiError &error = result.error;
    BannerContent content;
    content.tone =
        error.kind == ErrorKind::Cancelled ? BannerContent::Tone::Info : BannerContent::Tone::Error;
    content.title = error.title;
    content.cause = error.cause;
    content.nextStep = error.nextStep;
    content.serverMessage = error.serverMessages.join(QStringLiteral("” “"));
    content.primaryAction = primaryActionFor(error.kind);
    // Retry next to another action whenever trying again could plausibly give a different answer; never
    // for a refused token (401/403), where the same request gets the same answer and Update token… helps.
    content.retryAvailable = error.kind != ErrorKind::InvalidInput && error.kind != ErrorKind::Unauthorized &&
                             error.kind != ErrorKind::Forbidden && !result.url.isEmpty();

    QStringList details;
    details << error.title;
    if (!error.cause.isEmpty())
        details << error.cause;
    if (!error.nextStep.isEmpty())
        details << tr("What to do: %1").arg(error.nextStep);
    for (const QString &message : error.serverMessages)
        details << tr("Server message: %1").arg(message);
    if (!error.serverErrorText.isEmpty())
        details << tr("Server error: %1").arg(error.serverErrorText);
    details << QString();
    details << tr("Error kind: %1").arg(error.machineName());
    // What HighLevel's support asks for first.
    if (const QString traceId = ResponseShape::traceIdOf(result.body); !traceId.isEmpty())
        details << tr("Trace id: %1").arg(traceId);
    if (!result.url.isEmpty())
        details << tr("Request: %1 %2").arg(QString::fromLatin1(result.method), result.url.toString());
    if (result.httpStatus > 0)
        details
            << tr("HTTP status: %1 %2").arg(result.httpStatus).arg(QString::fromLatin1(result.reasonPhrase));
    details << tr("Attempts: %1, time: %2 ms").arg(result.attempts).arg(result.elapsedMs);
    if (!error.technicalDetail.isEmpty())
        details << tr("Technical detail: %1").arg(error.technicalDetail);
    details << tr("Reported at: %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    content.details = details.join(QLatin1Char('\n'));
    return content;
}
