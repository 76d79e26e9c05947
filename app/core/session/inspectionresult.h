#pragma once

#include "api/apiresult.h"
#include "message/messageanalysis.h"
#include "session/inspectionfailure.h"
#include "session/inspectionrequest.h"
#include "text/bodyfacts.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>

// One inspection's outcome, typed: what was asked, the HTTP exchange (lookups), the body exactly as received
// or read, the core's analysis of it (shape, findings, typed view), and the failure when there is one. The
// window and the CLI render this and nothing else.
struct InspectionResult
{
    InspectionRequest request;
    QString profile;   // the profile the lookup used (resolved from the default when none was named)
    QString messageId; // the validated id that was looked up; empty for files and bodies
    std::optional<ApiResult> http;
    // For a large file, a QByteArray::fromRawData over its memory mapping: valid only while bodyKeepAlive
    // (also held by analysis.document) lives. Whoever keeps body beyond the result keeps bodyKeepAlive too,
    // and never modifies body in place (that would copy the whole file).
    QByteArray body;
    std::shared_ptr<const void> bodyKeepAlive; // null when body owns its bytes
    MessageAnalysis analysis;                  // empty when there was no body
    QByteArray pretty;                         // when request.prettyPrint and the body is JSON
    QString prettySkipped; // why pretty is empty although asked for (a body over maxPrettyBytes)
    BodyFacts bodyFacts;   // what the body is when it does not parse (empty, blank, binary)
    std::optional<InspectionFailure> failure;
    // The answer's body contains the token that was sent with the request: it is never kept in the history,
    // whatever the profile's "keep response bodies" says (header values are scrubbed of it by the client).
    bool answerEchoesToken = false;

    bool ok() const { return !failure.has_value(); }
    bool wasSent() const { return http.has_value() && !http->url.isEmpty(); }
    // Where the shown body came from, for the card and the window title: "looked up", "file x.json",
    // "sample".
    QString sourceNote() const;
};

Q_DECLARE_METATYPE(InspectionResult)
