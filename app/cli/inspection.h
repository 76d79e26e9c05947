#pragma once

#include "clifailure.h"

#include "api/apiresult.h"
#include "message/messageanalysis.h"
#include "message/messagecomparison.h"
#include "json/jsondocument.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Everything the output formats draw on for one message: where the body came from (a lookup or a file), the
// body, the core's analysis of it, and why the command failed, if it did.
struct Inspection
{
    std::optional<ApiResult> http; // set for a lookup (get, check ID)
    QString fileName;              // set for open / check --file ("-" for standard input)
    QByteArray body;               // exactly as received or read
    MessageAnalysis analysis; // the body's faithful parse, findings and typed view (empty without a body)
    std::optional<CliFailure> failure;
    // open --lookup: how the file's message (a webhook payload) and the live message differ.
    std::optional<MessageComparison> comparison;
    QString comparedWith;       // "webhook" or "file"
    bool problemsFound = false; // check: the findings include a warning or an error

    const Json::Document &document() const { return analysis.document; }
    bool hasMessage() const { return analysis.document.isValid() && !failure; }
    ExitCode exitCode() const
    {
        if (failure)
            return failure->exitCode;
        return problemsFound ? ExitCode::ProblemsFound : ExitCode::Success;
    }
};
