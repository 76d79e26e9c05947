#include "report/markdowntext.h"

namespace MarkdownText {

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'<':
        case u'>':
        case u'|':
        case u'~':
        case u'#':
        case u'!':
            out += u'\\';
            out += c;
            break;
        case u'\n':
        case u'\r':
            out += u' ';
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace MarkdownText
