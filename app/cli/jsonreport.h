#pragma once

#include "inspection.h"

#include <QByteArray>
#include <QDateTime>

class JsonWriter;

// The `--format json` object: one JSON object for machines, always with the same members (null when they do
// not apply), in this order. The shape is documented in docs/cli.md; `formatVersion` changes when it does.
//
//   formatVersion, ok, exitCode,
//   request  {method, url, messageId, headers[{name, value}]}          (lookups; Authorization redacted)
//   response {status, reason, headers[...], size, timeMs, attempts,
//             rateLimit{burstMax, burstRemaining, intervalMs, dailyLimit, dailyRemaining}}
//   file     {name, size}                                               (open / check --file)
//   body       the body exactly as sent when it is JSON, else null
//   bodyText   the body as text when it is not JSON (and not empty), else null
//   parseError {offset, line, column, message} or null
//   message    the decoded message fields, or null:
//              {id, altId, type{number, name, basis}, messageType{value, label, meaning, known},
//              direction{…},
//               status{…}, dateAdded{value, utc, local, relative}, body, contactId, conversationId,
//               locationId, contentType, source{…}, attachments[], callStatus{…}, callDurationSeconds,
//               emailThreadSize}
//   findings   [{severity, code, path, message, offset}] (empty for a failed command)
//   error      {kind, exitCode, title, cause, nextStep, httpStatus, serverMessages[], serverError, detail}
//              or null
namespace JsonReport {

inline constexpr int formatVersion = 1;

// now: the reference for relative dates.
QByteArray build(const Inspection &inspection, const QDateTime &now);

// The `error` object above, for the other commands' JSON (related, recording, why).
void writeError(JsonWriter &w, const InspectionFailure &failure);

} // namespace JsonReport
