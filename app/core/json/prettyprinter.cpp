#include "json/prettyprinter.h"

namespace Json {

namespace {

constexpr qsizetype chunkSize = 1 << 20;

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

template <typename Sink> bool PrettyPrinter::run(const Document &doc, Sink &&sink) const
{
    if (!doc.isValid())
        return false;
    const char *b = doc.bytes().constData();
    const qint64 root = doc.rootOffset();
    const qint64 end = doc.endOf(root);
    QByteArray out;
    out.reserve(std::min<qint64>(chunkSize + 4096, (end - root) * 2 + 64));
    qint64 depth = 0;
    auto newline = [&] {
        out += '\n';
        out.append(QByteArray(qsizetype(depth * m_indent), ' '));
    };
    qint64 i = root;
    while (i < end) {
        const char c = b[i];
        switch (c) {
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            ++i;
            continue;
        case '"': {
            const qint64 close = doc.endOf(i);
            out.append(b + i, close - i);
            i = close;
            break;
        }
        case '{':
        case '[': {
            qint64 j = i + 1;
            while (j < end && isSpace(b[j]))
                ++j;
            if (b[j] == (c == '{' ? '}' : ']')) { // empty container stays on one line
                out += c;
                out += b[j];
                i = j + 1;
                break;
            }
            out += c;
            ++depth;
            newline();
            ++i;
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            ++i;
            break;
        case ',':
            out += ',';
            newline();
            ++i;
            break;
        case ':':
            out += ": ";
            ++i;
            break;
        default: { // numbers and literals, copied as sent
            qint64 j = i;
            while (j < end && !isSpace(b[j]) && b[j] != ',' && b[j] != '}' && b[j] != ']' && b[j] != ':')
                ++j;
            out.append(b + i, j - i);
            i = j;
            break;
        }
        }
        if (out.size() >= chunkSize) {
            if (!sink(out))
                return false;
            out.resize(0); // keeps the capacity
        }
    }
    return out.isEmpty() || sink(out);
}

QByteArray PrettyPrinter::format(const Document &document) const
{
    QByteArray result;
    run(document, [&](const QByteArray &chunk) {
        result += chunk;
        return true;
    });
    return result;
}

bool PrettyPrinter::write(const Document &document, QIODevice *device) const
{
    if (!device || !device->isWritable())
        return false;
    return run(document, [&](const QByteArray &chunk) { return device->write(chunk) == chunk.size(); });
}

} // namespace Json
