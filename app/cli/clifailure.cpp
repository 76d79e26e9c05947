#include "clifailure.h"

#include "json/jsondocument.h"

#include "common/redaction.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliFailure", text);
}

} // namespace

CliFailure CliFailure::fromApiError(const ApiError &error)
{
    CliFailure failure;
    failure.exitCode = ExitCodes::forError(error.kind);
    failure.kind = error.machineName();
    failure.title = error.title;
    failure.cause = error.cause;
    failure.nextStep = error.nextStep;
    failure.serverMessages = error.serverMessages;
    failure.serverErrorText = error.serverErrorText;
    failure.httpStatus = error.httpStatus;
    failure.detail = error.technicalDetail;
    return failure;
}

CliFailure CliFailure::make(ExitCode code, QLatin1StringView kind, const QString &title, const QString &cause,
                            const QString &nextStep)
{
    CliFailure failure;
    failure.exitCode = code;
    failure.kind = kind;
    failure.title = title;
    failure.cause = cause;
    failure.nextStep = nextStep;
    return failure;
}

QString CliFailure::toText() const
{
    QString text = tr("error: %1").arg(title) + QLatin1Char('\n');
    const auto line = [&text](const QString &body) {
        if (!body.isEmpty())
            text += QStringLiteral("  ") + body + QLatin1Char('\n');
    };
    line(cause);
    line(nextStep);
    for (const QString &message : serverMessages)
        line(tr("Server message: %1").arg(message));
    if (!serverErrorText.isEmpty())
        line(tr("Server error: %1").arg(serverErrorText));
    if (!detail.isEmpty())
        line(tr("Detail: %1").arg(detail));
    if (!traceId.isEmpty())
        line(tr("Trace id: %1").arg(Json::escapeForDisplay(traceId, 200)));
    return text;
}

void CliFailure::scrub(const QString &token)
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
