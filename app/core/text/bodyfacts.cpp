#include "text/bodyfacts.h"

namespace {

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// C0 controls other than tab, line feed, form feed and carriage return: JSON forbids them anywhere (inside
// strings they must be escaped), and text files do not hold them; binary formats do, early and often.
bool isBinaryByte(unsigned char c)
{
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
}

} // namespace

BodyFacts BodyFacts::of(QByteArrayView body)
{
    BodyFacts facts;
    bool blank = true;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (isBinaryByte(static_cast<unsigned char>(c))) {
            facts.firstBinaryByte = i;
            blank = false;
            break;
        }
        if (blank && !isWhitespace(c))
            blank = false;
    }
    facts.blank = blank;
    return facts;
}
