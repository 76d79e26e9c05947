#pragma once

#include "exitcode.h"

#include "message/messagecomparison.h"
#include "session/inspectionresult.h"
#include "json/jsondocument.h"

#include <QString>

#include <optional>

// What the output formats draw on for one message: the core's InspectionResult (the request, the HTTP
// exchange, the body, the analysis, the one failure type) and what the CLI adds to it — the file name as the
// user typed it, the comparison of `open --lookup`, and check's verdict.
struct Inspection
{
    InspectionResult result;
    QString fileName; // set for open / check --file ("-" for standard input)
    // open --lookup: how the file's message (a webhook payload) and the live message differ.
    std::optional<MessageComparison> comparison;
    QString comparedWith;       // "webhook" or "file"
    bool problemsFound = false; // check: the findings include a warning or an error

    static Inspection refused(const InspectionFailure &failure)
    {
        Inspection inspection;
        inspection.result.failure = failure;
        return inspection;
    }

    const std::optional<ApiResult> &http() const { return result.http; }
    const QByteArray &body() const { return result.body; }
    const MessageAnalysis &analysis() const { return result.analysis; }
    const std::optional<InspectionFailure> &failure() const { return result.failure; }
    const Json::Document &document() const { return result.analysis.document; }
    bool hasMessage() const { return result.analysis.document.isValid() && !result.failure; }
    ExitCode exitCode() const
    {
        if (result.failure)
            return ExitCodes::forFailure(*result.failure);
        return problemsFound ? ExitCode::ProblemsFound : ExitCode::Success;
    }
};
