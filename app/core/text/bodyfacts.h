#pragma once

#include <QByteArrayView>
#include <QtGlobal>

// What a body that does not parse as JSON is, in words a person can act on: nothing at all (empty or only
// whitespace), or not text (binary bytes, say an image or a zip saved as .json). Found in one pass that stops
// at the first byte deciding each question, so a large body costs no more than reading it once.
struct BodyFacts
{
    bool blank = false;             // no bytes, or only spaces, tabs and line breaks
    qsizetype firstBinaryByte = -1; // offset of the first control byte that text never holds, -1 when none

    bool isBinary() const { return firstBinaryByte >= 0; }

    static BodyFacts of(QByteArrayView body);
};
