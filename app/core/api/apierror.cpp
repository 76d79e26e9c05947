#include "apierror.h"

#include "common/redaction.h"

#include <array>

namespace {

struct KindName
{
    ErrorKind kind;
    const char *name;
};

constexpr std::array kindNames{
    KindName{ErrorKind::None, "none"},
    KindName{ErrorKind::InvalidInput, "invalid_input"},
    KindName{ErrorKind::BadRequest, "bad_request"},
    KindName{ErrorKind::Unauthorized, "unauthorized"},
    KindName{ErrorKind::VersionHeaderMissing, "version_header_missing"},
    KindName{ErrorKind::Forbidden, "forbidden"},
    KindName{ErrorKind::NotFound, "not_found"},
    KindName{ErrorKind::Unprocessable, "unprocessable"},
    KindName{ErrorKind::RateLimited, "rate_limited"},
    KindName{ErrorKind::ServerError, "server_error"},
    KindName{ErrorKind::HttpError, "http_error"},
    KindName{ErrorKind::Timeout, "timeout"},
    KindName{ErrorKind::ConnectionRefused, "connection_refused"},
    KindName{ErrorKind::HostNotFound, "host_not_found"},
    KindName{ErrorKind::Tls, "tls"},
    KindName{ErrorKind::Redirect, "redirect"},
    KindName{ErrorKind::NotJson, "not_json"},
    KindName{ErrorKind::Truncated, "truncated"},
    KindName{ErrorKind::TooLarge, "too_large"},
    KindName{ErrorKind::Malformed, "malformed"},
    KindName{ErrorKind::Cancelled, "cancelled"},
    KindName{ErrorKind::Network, "network"},
};

} // namespace

QString ApiError::machineName(ErrorKind kind)
{
    for (const auto &entry : kindNames) {
        if (entry.kind == kind)
            return QLatin1StringView(entry.name);
    }
    Q_UNREACHABLE();
    return QStringLiteral("network");
}

std::optional<ErrorKind> ApiError::kindFromMachineName(const QString &name)
{
    for (const auto &entry : kindNames) {
        if (name == QLatin1StringView(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

void ApiError::scrub(const QString &token)
{
    if (token.isEmpty())
        return;
    title = Redaction::scrub(title, token);
    cause = Redaction::scrub(cause, token);
    nextStep = Redaction::scrub(nextStep, token);
    for (QString &message : serverMessages)
        message = Redaction::scrub(message, token);
    serverErrorText = Redaction::scrub(serverErrorText, token);
    technicalDetail = Redaction::scrub(technicalDetail, token);
}
