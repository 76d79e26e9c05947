#include "bannerforerror.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BannerForError)
};

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

BannerContent bannerForError(const InspectionResult &result)
{
    const InspectionFailure failure = result.failure.value_or(InspectionFailure());
    BannerContent content;
    content.tone = failure.category == InspectionFailure::Category::Cancelled ? BannerContent::Tone::Info
                                                                              : BannerContent::Tone::Error;
    content.title = failure.title;
    content.cause = failure.cause;
    content.nextStep = failure.nextStep;
    content.serverMessage = failure.serverMessages.join(QStringLiteral("” “"));
    content.primaryAction = primaryActionFor(failure.apiKind);
    if (failure.category == InspectionFailure::Category::Authentication && failure.apiKind == ErrorKind::None)
        content.primaryAction =
            BannerContent::Action::UpdateToken; // no token, or the keychain would not give it
    if (failure.kind == InspectionFailure::profileKind)
        content.primaryAction = BannerContent::Action::OpenSettings;
    // Retry next to another action whenever trying again could plausibly give a different answer (the core
    // decides); never for a refused token, where Update token… helps.
    content.retryAvailable = failure.retryMayHelp() && result.wasSent();

    QStringList details;
    details << failure.title;
    if (!failure.cause.isEmpty())
        details << failure.cause;
    if (!failure.nextStep.isEmpty())
        details << Tr::tr("What to do: %1").arg(failure.nextStep);
    for (const QString &message : failure.serverMessages)
        details << Tr::tr("Server message: %1").arg(message);
    if (!failure.serverErrorText.isEmpty())
        details << Tr::tr("Server error: %1").arg(failure.serverErrorText);
    details << QString();
    details << Tr::tr("Error kind: %1").arg(failure.kind);
    // What HighLevel's support asks for first.
    if (!failure.traceId.isEmpty())
        details << Tr::tr("Trace id: %1").arg(failure.traceId);
    if (const std::optional<ApiResult> &http = result.http) {
        if (!http->url.isEmpty())
            details << Tr::tr("Request: %1 %2").arg(QString::fromLatin1(http->method), http->url.toString());
        if (http->httpStatus > 0)
            details << Tr::tr("HTTP status: %1 %2")
                           .arg(http->httpStatus)
                           .arg(QString::fromLatin1(http->reasonPhrase));
        details << Tr::tr("Attempts: %1, time: %2 ms").arg(http->attempts).arg(http->elapsedMs);
    }
    if (!failure.detail.isEmpty())
        details << Tr::tr("Technical detail: %1").arg(failure.detail);
    details << Tr::tr("Reported at: %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    content.details = details.join(QLatin1Char('\n'));
    return content;
}
