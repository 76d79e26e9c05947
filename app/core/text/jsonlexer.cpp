#include "text/jsonlexer.h"

#include "text/lineindex.h"

#include <algorithm>

namespace {

// A key's closing quote and colon are looked for this far ahead at most: no real key is longer.
constexpr qsizetype KeyLookahead = 64 * 1024;
// How far back the start of a number or literal cut by a row boundary is looked for.
constexpr qsizetype WordLookbehind = 64;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isWordByte(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
           c == '+' || c == '.' || c == '_';
}

bool isPunctuation(char c)
{
    return c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':';
}

// Index just past the closing quote of the string whose body starts at `from`, or -1 when not found
// within limit.
qsizetype stringEnd(QByteArrayView line, qsizetype from, bool escapePending, qsizetype limit)
{
    const qsizetype end = std::min(line.size(), from + limit);
    bool escaped = escapePending;
    for (qsizetype i = from; i < end; ++i) {
        const char c = line[i];
        if (escaped)
            escaped = false;
        else if (c == '\\')
            escaped = true;
        else if (c == '"')
            return i + 1;
    }
    return -1;
}

bool followedByColon(QByteArrayView line, qsizetype pos)
{
    const qsizetype end = std::min(line.size(), pos + KeyLookahead);
    while (pos < end && isSpace(line[pos]))
        ++pos;
    return pos < end && line[pos] == ':';
}

bool isNumber(QByteArrayView word)
{
    // Lenient on purpose: colouring 1.2.3 as a number is harmless, refusing -0.5e+10 would not be.
    const char first = word.isEmpty() ? 0 : word[0];
    if (!(first == '-' || (first >= '0' && first <= '9')))
        return false;
    return std::all_of(word.begin(), word.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    });
}

class Emitter
{
public:
    Emitter(QList<JsonLexer::Token> *tokens, qsizetype from, qsizetype to)
        : m_tokens(tokens)
        , m_from(from)
        , m_to(to)
    {}

    void add(qsizetype start, qsizetype end, JsonLexer::Kind kind)
    {
        if (!m_tokens)
            return;
        start = std::max(start, m_from);
        end = std::min(end, m_to);
        if (end <= start)
            return;
        m_tokens->append({start, end - start, kind});
    }

private:
    QList<JsonLexer::Token> *m_tokens;
    qsizetype m_from;
    qsizetype m_to;
};

} // namespace

QList<JsonLexer::Token> JsonLexer::lex(QByteArrayView line)
{
    QList<Token> tokens;
    lex(line, 0, line.size(), State{}, &tokens);
    return tokens;
}

JsonLexer::State JsonLexer::lex(QByteArrayView line, qsizetype from, qsizetype to, State state,
                                QList<Token> *tokens)
{
    from = std::clamp<qsizetype>(from, 0, line.size());
    to = std::clamp<qsizetype>(to, from, line.size());
    Emitter out(tokens, from, to);
    qsizetype i = from;
    qsizetype openQuote = -1;

    if (!state.inString && i > 0 && isWordByte(line[i - 1])) {
        // The row starts inside a number or literal: lex the whole word so it is coloured as one.
        const qsizetype floor = std::max<qsizetype>(0, i - WordLookbehind);
        while (i > floor && isWordByte(line[i - 1]))
            --i;
    }

    while (i < to) {
        if (state.inString) {
            const Kind textKind = state.stringIsKey ? Kind::Key : Kind::String;
            // An escape sequence is coloured whole, even when a row boundary cuts it.
            auto escape = [&](qsizetype escStart, qsizetype escEnd) {
                escEnd = std::min(escEnd, line.size());
                out.add(escStart, escEnd, Kind::Escape);
                state.escapeBytesLeft = quint8(std::max<qsizetype>(0, escEnd - to));
                i = escEnd;
            };
            if (state.escapeBytesLeft > 0) {
                escape(i, i + state.escapeBytesLeft);
            } else if (state.escapePending) {
                state.escapePending = false;
                escape(i, i + (line[i] == 'u' ? 5 : 1));
            }
            qsizetype runStart = openQuote >= 0 ? openQuote : i;
            openQuote = -1;
            while (i < to) {
                const char c = line[i];
                if (c == '\\') {
                    out.add(runStart, i, textKind);
                    if (i + 1 >= to) {
                        // The row ends right after the backslash: the next row's first byte decides.
                        out.add(i, i + 1, Kind::Escape);
                        state.escapePending = i + 1 < line.size();
                        ++i;
                    } else {
                        escape(i, i + (line[i + 1] == 'u' ? 6 : 2));
                    }
                    runStart = i;
                } else if (c == '"') {
                    out.add(runStart, i + 1, textKind);
                    ++i;
                    state = State{};
                    break;
                } else {
                    ++i;
                }
            }
            if (state.inString)
                out.add(runStart, std::min(i, to), textKind);
            continue;
        }

        const char c = line[i];
        if (isSpace(c)) {
            ++i;
        } else if (c == '"') {
            const qsizetype end = stringEnd(line, i + 1, false, KeyLookahead);
            state.inString = true;
            state.stringIsKey = end >= 0 && followedByColon(line, end);
            openQuote = i; // the quote is coloured with the string's text
            ++i;
        } else if (isPunctuation(c)) {
            out.add(i, i + 1, Kind::Punctuation);
            ++i;
        } else if (isWordByte(c)) {
            qsizetype end = i;
            while (end < line.size() && isWordByte(line[end]))
                ++end;
            const QByteArrayView word = line.sliced(i, end - i);
            Kind kind = Kind::Invalid;
            if (word == "true" || word == "false" || word == "null")
                kind = Kind::Literal;
            else if (isNumber(word))
                kind = Kind::Number;
            out.add(i, end, kind);
            i = end;
        } else {
            // Anything else, one UTF-8 sequence at a time.
            qsizetype end = i + 1;
            while (end < line.size() && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80)
                ++end;
            out.add(i, end, Kind::Invalid);
            i = end;
        }
    }
    if (openQuote >= 0) // the row ended right after a string's opening quote
        out.add(openQuote, openQuote + 1, state.stringIsKey ? Kind::Key : Kind::String);
    // A word or escape that ran past `to` leaves no state behind: the next row's lookbehind redoes it.
    return state;
}

std::vector<JsonLexer::RowState> JsonLexer::continuationStates(const LineIndex &index,
                                                               const std::atomic_bool *cancel)
{
    std::vector<RowState> states;
    const qsizetype rows = index.rowCount();
    if (rows == index.lineCount())
        return states; // no line was cut into rows
    qsizetype line = 0;
    State state;
    for (qsizetype row = 0; row < rows; ++row) {
        const qsizetype start = index.rowStart(row);
        const bool continuation = row > 0 && start < index.lineStart(line + 1);
        if (!continuation) {
            while (line + 1 < index.lineCount() && index.lineStart(line + 1) <= start)
                ++line;
            state = State{};
        } else {
            states.push_back({row, state});
        }
        // Only rows followed by a continuation of the same line need their end state.
        if (row + 1 < rows && index.rowStart(row + 1) < index.lineStart(line + 1)) {
            const qsizetype lineStart = index.lineStart(line);
            state = lex(index.line(line), start - lineStart, index.rowEnd(row) - lineStart, state, nullptr);
            if (cancel && cancel->load(std::memory_order_relaxed))
                return {};
        }
    }
    return states;
}
