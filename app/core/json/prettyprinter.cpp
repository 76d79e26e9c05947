#include "json/prettyprinter.h"

#include <string>

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
    // A plain buffer: QByteArray's append path costs several times more per token here.
    std::string out;
    out.reserve(size_t(std::min<qint64>(chunkSize + 4096, (end - root) * 2 + 64)));
    qint64 depth = 0;
    auto newline = [&] {
        out += '\n';
        out.append(size_t(depth * m_indent), ' ');
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
            out.append(b + i, size_t(close - i));
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
            out.append(b + i, size_t(j - i));
            i = j;
            break;
        }
        }
        if (qsizetype(out.size()) >= chunkSize) {
            if (!sink(QByteArrayView(out.data(), qsizetype(out.size()))))
                return false;
            out.clear(); // keeps the capacity
        }
    }
    return out.empty() || sink(QByteArrayView(out.data(), qsizetype(out.size())));
}

QByteArray PrettyPrinter::format(const Document &document) const
{
    QByteArray result;
    if (document.isValid())
        result.reserve(qsizetype(document.bytes().size() * 3 / 2 + 64));
    run(document, [&](QByteArrayView chunk) {
        result.append(chunk);
        return true;
    });
    return result;
}

bool PrettyPrinter::write(const Document &document, QIODevice *device) const
{
    if (!device || !device->isWritable())
        return false;
    return run(document, [&](QByteArrayView chunk) {
        return device->write(chunk.data(), chunk.size()) == chunk.size();
    });
}

} // namespace Json
