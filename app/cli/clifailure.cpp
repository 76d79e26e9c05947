#include "clifailure.h"

#include "session/inspectionfailure.h"

#include "json/jsondocument.h"

#include "common/redaction.h"

#include <QCoreApplication>

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
    // One text form for every failure: the core's.
    InspectionFailure failure;
    failure.title = title;
    failure.cause = cause;
    failure.nextStep = nextStep;
    failure.serverMessages = serverMessages;
    failure.serverErrorText = serverErrorText;
    failure.detail = detail;
    failure.traceId = traceId;
    return failure.toText();
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
