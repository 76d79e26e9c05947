#pragma once

#include "message/finding.h"
#include "message/responseshape.h"
#include "json/jsondocument.h"

#include <QList>

// Where a get-message response disagrees with JSON or with the documented schema. Never fails: every body,
// broken or not, gives a list (possibly empty). Wrong types and unknown enum values are reported but the
// value is still shown everywhere else.
//
// Codes (stable):
//   parse-error            error    the body is not JSON (path "$", offset = error position)
//   not-an-object          error    the body is JSON but not an object
//   missing-required-field error    a field the schema marks required is absent
//   wrong-type             warning  e.g. meta.callDuration sent as a number where the schema says string
//   unknown-enum-value     warning  a value outside the documented enum (shown with an "unknown value" badge)
//   invalid-date           warning  dateAdded is not an ISO-8601 date-time
//   type-mismatch          warning  the numeric type and messageType name different kinds (messageType wins)
//   unknown-type-number    info     a type number without a known name
//   unknown-field          info     a top-level field the documentation does not list
//   duplicate-key          warning  a key appears twice in one object (both kept)
//   invalid-utf8           warning  a string with bytes that are not UTF-8 (shown as U+FFFD)
//   lone-surrogate         warning  a \u escape half of a pair (shown as U+FFFD)
//   control-character      warning  a raw control character inside a string
//   byte-order-mark        info     the body starts with a BOM
//   too-many-issues        info     further JSON issues were not listed
//   not-a-message          error    a JSON object none of whose shapes is a message
//   error-body             info     the body is the server's error answer {statusCode, message, error}
//   webhook-event          info     the body is a webhook payload (checked for its values only)
//   live-*, webhook-*, short-message-type, retried-send-fields
//                          known-difference  the live API's known ways of differing (LiveApi table)
//
// The message is validated where the ResponseShape found it (inside the live envelope too), and every path
// is the true path in the body ("$.message.status").
class MessageValidator
{
public:
    static QList<Finding> validate(const Json::Document &document, const ResponseShape &shape);
    static QList<Finding> validate(const Json::Document &document);
};
