#include "json/prettyprinter.h"

#include "json/jsonlimits.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <string>

namespace Json {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Json::PrettyPrinter)
};

constexpr qsizetype chunkSize = 1 << 20;

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

PrettyPrinter::PrettyPrinter(int indent)
    : m_indent(std::clamp(indent, 0, Limits::maxIndentWidth))
{}

template <typename Sink> bool PrettyPrinter::run(const Document &doc, Sink &&sink, Notes *notes) const
{
    if (!doc.isValid())
        return false;
    const char *b = doc.bytes().constData();
    const qint64 root = doc.rootOffset();
    const qint64 end = doc.endOf(root);
    // A plain buffer: QByteArray's append path costs several times more per token here.
    std::string out;
    out.reserve(size_t(std::min<qint64>(chunkSize + 4096, (end - root) * 2 + 64)));
    Notes seen;
    qint64 written = 0; // bytes handed to the sink so far
    // Indentation left to write; once spent, lines start at column 0 (see jsonlimits.h).
    qint64 indentBudget =
        (end - root) * Limits::prettyIndentBytesPerInputByte + Limits::prettyIndentAllowanceBytes;
    qint64 depth = 0;
    auto newline = [&] {
        out += '\n';
        if (depth > Limits::maxIndentLevels)
            seen.depthCapped = true;
        const qint64 spaces = std::min<qint64>(depth, Limits::maxIndentLevels) * m_indent;
        if (spaces > indentBudget && !seen.indentationStopped) {
            seen.indentationStopped = true;
            seen.indentationStoppedAt = written + qint64(out.size());
        }
        if (seen.indentationStopped)
            return;
        indentBudget -= spaces;
        out.append(size_t(spaces), ' ');
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
            if (j < end && b[j] == (c == '{' ? '}' : ']')) { // empty container stays on one line
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
            written += qint64(out.size());
            out.clear(); // keeps the capacity
        }
    }
    if (notes)
        *notes = seen;
    return out.empty() || sink(QByteArrayView(out.data(), qsizetype(out.size())));
}

QByteArray PrettyPrinter::format(const Document &document, Notes *notes) const
{
    QByteArray result;
    if (document.isValid())
        result.reserve(qsizetype(document.bytes().size() * 3 / 2 + 64));
    run(
        document,
        [&](QByteArrayView chunk) {
            result.append(chunk);
            return true;
        },
        notes);
    return result;
}

bool PrettyPrinter::write(const Document &document, QIODevice *device, Notes *notes) const
{
    if (!device || !device->isWritable())
        return false;
    return run(
        document,
        [&](QByteArrayView chunk) { return device->write(chunk.data(), chunk.size()) == chunk.size(); },
        notes);
}

QString PrettyPrinter::describe(const Notes &notes)
{
    if (notes.indentationStopped)
        return Tr::tr("This JSON is so deeply nested that indenting all of it would make the text many times "
                      "larger "
                      "than the body: from byte %1 on, lines are not indented.")
            .arg(QLocale().toString(notes.indentationStoppedAt));
    if (notes.depthCapped)
        return Tr::tr("Levels deeper than %1 are indented like level %1.")
            .arg(QLocale().toString(Limits::maxIndentLevels));
    return QString();
}

} // namespace Json
