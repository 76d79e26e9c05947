#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <atomic>
#include <vector>

// Where a byte sits in the text: zero-based line and zero-based byte column within that line.
struct TextPosition
{
    qsizetype line = 0;
    qsizetype column = 0;
    friend bool operator==(const TextPosition &, const TextPosition &) = default;
};

// Offsets of line starts over a byte buffer, built in one memchr pass, plus the display rows a viewer paints:
// a physical line longer than the segment size is cut into rows of at most that many bytes (never inside a
// UTF-8 sequence), so a 10 MB single-line body is painted a bounded row at a time.
//
// Lines end at '\n'; a '\r' right before it belongs to the terminator (CRLF). There is always at least one
// line: an empty buffer has one empty line, and "a\n" has two ("a" and "").
//
// The index holds an implicitly shared copy of the bytes, so it can be built on a worker thread and handed to
// the UI thread by value.
class LineIndex
{
public:
    static constexpr qsizetype DefaultSegmentBytes = 1024;

    LineIndex() = default;

    // Returns an empty index (isValid() false) when cancel becomes true during the build.
    static LineIndex build(const QByteArray &bytes, qsizetype segmentBytes = DefaultSegmentBytes,
                           const std::atomic_bool *cancel = nullptr);

    bool isValid() const { return m_valid; }
    const QByteArray &bytes() const { return m_bytes; }
    qsizetype segmentBytes() const { return m_segmentBytes; }

    qsizetype lineCount() const { return qsizetype(m_lineStarts.size()); }
    qsizetype lineStart(qsizetype line) const;
    // End of the line's text, before "\n" or "\r\n".
    qsizetype lineEnd(qsizetype line) const;
    QByteArrayView line(qsizetype line) const;
    // The line that contains offset (offsets past the end belong to the last line).
    qsizetype lineAt(qsizetype offset) const;

    TextPosition position(qsizetype offset) const;
    // Offset of a position; the column is clamped to the line's text.
    qsizetype offset(TextPosition position) const;

    qsizetype rowCount() const;
    qsizetype rowStart(qsizetype row) const;
    // End of the row's text (a continuation row ends where the next segment starts).
    qsizetype rowEnd(qsizetype row) const;
    QByteArrayView rowBytes(qsizetype row) const;
    qsizetype rowAt(qsizetype offset) const;
    qsizetype lineOfRow(qsizetype row) const;
    qsizetype firstRowOfLine(qsizetype line) const;
    bool isContinuationRow(qsizetype row) const;
    // Longest row in bytes: an upper bound for the widest row a viewer must scroll to.
    qsizetype longestRowBytes() const { return m_longestRow; }

private:
    bool hasSegmentedRows() const { return !m_rowStarts.empty(); }
    static LineIndex invalidated(LineIndex &index);

    QByteArray m_bytes;
    std::vector<qsizetype> m_lineStarts{0};
    // Empty when no line is longer than a segment: rows are then exactly the lines.
    std::vector<qsizetype> m_rowStarts;
    qsizetype m_segmentBytes = DefaultSegmentBytes;
    qsizetype m_longestRow = 0;
    bool m_valid = true;
};
