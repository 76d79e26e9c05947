#pragma once

#include "message/badge.h"

#include <QString>
#include <QTimeZone>

namespace Json {
class Document;
}
struct ResponseShape;

// How a comparison writes one value, in its list of differences and in the unchanged rows around them: the
// value as one line, and what a message field a support person reads first means (chips, dates, the type
// number, a call's duration).
namespace DiffValueText {

// "\"sent\"", "{3 fields}", "[2 items]", "12": at most maxChars characters of text (an ellipsis says when
// more was sent); strings shown escaped (SafeText::forDisplay).
QString oneLine(const Json::Document &doc, qint64 offset, int maxChars);

struct Meaning
{
    QString text; // empty: nothing to add to the raw value
    Badge badge;  // a chip's field (direction, status, …): the chip it paints
};
// What the value at offset (at JSON path `path` in doc, whose shape is `shape`) means, for the message's
// fields that have a meaning; dates in `zone`.
Meaning meaning(const Json::Document &doc, const ResponseShape &shape, const QString &path, qint64 offset,
                const QTimeZone &zone);

} // namespace DiffValueText
