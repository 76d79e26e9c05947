#pragma once

#include <QByteArrayView>
#include <QList>

#include <atomic>
#include <vector>

class LineIndex;

// Token spans of JSON text for syntax highlighting. It reads one physical line at a time (JSON strings never
// span lines) and never fails: text that is not JSON is marked Invalid and lexing goes on. A small state
// lets a viewer lex a long line one display row at a time.
class JsonLexer
{
public:
    enum class Kind : quint8
    {
        Key,    // a string followed by ':'
        String, // any other string
        Escape, // an escape sequence inside a string (\n, \", \u00e9)
        Number,
        Literal,     // true, false, null
        Punctuation, // { } [ ] , :
        Invalid      // anything else that is not whitespace
    };

    struct Token
    {
        qsizetype start = 0; // byte offset in the line
        qsizetype length = 0;
        Kind kind = Kind::Invalid;
        friend bool operator==(const Token &, const Token &) = default;
    };

    // Where lexing stands between two rows of the same line.
    struct State
    {
        bool inString = false;
        bool escapePending = false; // the row ended right after a backslash inside a string
        quint8 escapeBytesLeft = 0; // bytes of an escape sequence cut by the row's end
        bool stringIsKey = false;
        friend bool operator==(const State &, const State &) = default;
    };

    // All tokens of a whole line.
    static QList<Token> lex(QByteArrayView line);

    // Tokens of line[from, to), starting in state; spans are clipped to [from, to) and keep line offsets.
    // Lookahead (is this string a key?) and lookbehind (the start of a number or literal cut by `from`) may
    // read outside the range. Returns the state at `to`. tokens may be null to compute the state only.
    static State lex(QByteArrayView line, qsizetype from, qsizetype to, State state, QList<Token> *tokens);

    // The state at the start of every continuation row of index (rows that do not start a line), in row
    // order: entry k belongs to the k-th continuation row. Empty when cancelled.
    struct RowState
    {
        qsizetype row = 0;
        State state;
    };
    static std::vector<RowState> continuationStates(const LineIndex &index,
                                                    const std::atomic_bool *cancel = nullptr);
};
