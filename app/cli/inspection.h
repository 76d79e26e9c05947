#pragma once

#include "clifailure.h"

#include "api/apiresult.h"
#include "json/jsondocument.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Everything the output formats draw on for one message: where the body came from (a lookup or a file), the
// body, its faithful parse, and why the command failed, if it did.
struct Inspection
{
    std::optional<ApiResult> http; // set for a lookup (get, check ID)
    QString fileName;              // set for open / check --file ("-" for standard input)
    QByteArray body;               // exactly as received or read
    Json::Document document;       // parsed body (empty when there is no body)
    std::optional<CliFailure> failure;
    bool problemsFound = false; // check: the findings include a warning or an error

    bool hasMessage() const { return document.isValid() && !failure; }
    ExitCode exitCode() const
    {
        if (failure)
            return failure->exitCode;
        return problemsFound ? ExitCode::ProblemsFound : ExitCode::Success;
    }
};
