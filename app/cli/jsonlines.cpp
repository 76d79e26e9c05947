#include "jsonlines.h"

namespace JsonLines {

QByteArray line(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size() + 1);
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            out.append(c);
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue; // insignificant whitespace between tokens; inside strings a newline is always escaped
        if (c == '"')
            inString = true;
        out.append(c);
    }
    out.append('\n');
    return out;
}

} // namespace JsonLines
