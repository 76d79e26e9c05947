#include "text/lineindex.h"

#include <algorithm>
#include <cstring>

namespace {

// Checking the cancel flag once per this many bytes keeps the loop tight and cancellation prompt.
constexpr qsizetype CancelCheckBytes = 4 * 1024 * 1024;

bool isUtf8Continuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

LineIndex LineIndex::build(const QByteArray &bytes, qsizetype segmentBytes, const std::atomic_bool *cancel)
{
    LineIndex index;
    index.m_bytes = bytes;
    index.m_segmentBytes = std::max<qsizetype>(segmentBytes, 16);
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();

    const qsizetype seg = index.m_segmentBytes;
    qsizetype longestLine = 0; // text bytes, terminator excluded
    qsizetype pos = 0;
    qsizetype nextCancelCheck = CancelCheckBytes;
    index.m_lineStarts.reserve(size_t(size / 64) + 1);
    while (pos < size) {
        const void *hit = std::memchr(data + pos, '\n', size_t(size - pos));
        if (!hit)
            break;
        const qsizetype next = static_cast<const char *>(hit) - data + 1;
        qsizetype length = next - 1 - pos;
        if (length > 0 && data[next - 2] == '\r')
            --length;
        longestLine = std::max(longestLine, length);
        pos = next;
        index.m_lineStarts.push_back(pos);
        if (pos >= nextCancelCheck) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return invalidated(index);
            nextCancelCheck = pos + CancelCheckBytes;
        }
    }
    longestLine = std::max(longestLine, size - pos);

    // Rows: only when some line is longer than a segment do rows differ from lines.
    index.m_longestRow = std::min(longestLine, seg);
    if (longestLine <= seg)
        return index;

    index.m_rowStarts.reserve(index.m_lineStarts.size() + size_t(size / seg));
    for (qsizetype l = 0; l < index.lineCount(); ++l) {
        const qsizetype start = index.lineStart(l);
        const qsizetype end = index.lineEnd(l);
        index.m_rowStarts.push_back(start);
        qsizetype rowStart = start;
        while (end - rowStart > seg) {
            qsizetype cut = rowStart + seg;
            // Never split a UTF-8 sequence: back up to its lead byte (at most 3 bytes).
            for (int back = 0; back < 3 && cut > rowStart + 1 && isUtf8Continuation(data[cut]); ++back)
                --cut;
            index.m_rowStarts.push_back(cut);
            rowStart = cut;
            if (cancel && cancel->load(std::memory_order_relaxed))
                return invalidated(index);
        }
    }
    return index;
}

LineIndex LineIndex::invalidated(LineIndex &index)
{
    LineIndex empty;
    empty.m_valid = false;
    empty.m_segmentBytes = index.m_segmentBytes;
    return empty;
}

qsizetype LineIndex::lineStart(qsizetype line) const
{
    if (line < 0)
        return 0;
    if (line >= lineCount())
        return m_bytes.size();
    return m_lineStarts[size_t(line)];
}

qsizetype LineIndex::lineEnd(qsizetype line) const
{
    if (line < 0)
        return 0;
    if (line >= lineCount() - 1)
        return m_bytes.size();
    qsizetype end = m_lineStarts[size_t(line + 1)] - 1; // the '\n'
    if (end > m_lineStarts[size_t(line)] && m_bytes.at(end - 1) == '\r')
        --end;
    return end;
}

QByteArrayView LineIndex::line(qsizetype line) const
{
    if (line < 0 || line >= lineCount())
        return {};
    const qsizetype start = lineStart(line);
    return QByteArrayView(m_bytes.constData() + start, lineEnd(line) - start);
}

qsizetype LineIndex::lineAt(qsizetype offset) const
{
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return std::max<qsizetype>(0, qsizetype(it - m_lineStarts.begin()) - 1);
}

TextPosition LineIndex::position(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_bytes.size());
    const qsizetype line = lineAt(offset);
    return {line, offset - lineStart(line)};
}

qsizetype LineIndex::offset(TextPosition position) const
{
    if (position.line < 0)
        return 0;
    if (position.line >= lineCount())
        return m_bytes.size();
    const qsizetype start = lineStart(position.line);
    return start + std::clamp<qsizetype>(position.column, 0, lineEnd(position.line) - start);
}

qsizetype LineIndex::rowCount() const
{
    return hasSegmentedRows() ? qsizetype(m_rowStarts.size()) : lineCount();
}

qsizetype LineIndex::rowStart(qsizetype row) const
{
    if (!hasSegmentedRows())
        return lineStart(row);
    if (row < 0)
        return 0;
    if (row >= rowCount())
        return m_bytes.size();
    return m_rowStarts[size_t(row)];
}

qsizetype LineIndex::rowEnd(qsizetype row) const
{
    if (!hasSegmentedRows())
        return lineEnd(row);
    if (row < 0)
        return 0;
    if (row >= rowCount())
        return m_bytes.size();
    const qsizetype end = lineEnd(lineOfRow(row));
    if (row + 1 < rowCount())
        return std::min(end, m_rowStarts[size_t(row + 1)]);
    return end;
}

QByteArrayView LineIndex::rowBytes(qsizetype row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const qsizetype start = rowStart(row);
    return QByteArrayView(m_bytes.constData() + start, rowEnd(row) - start);
}

qsizetype LineIndex::rowAt(qsizetype offset) const
{
    if (!hasSegmentedRows())
        return lineAt(offset);
    const auto it = std::upper_bound(m_rowStarts.begin(), m_rowStarts.end(), offset);
    return std::max<qsizetype>(0, qsizetype(it - m_rowStarts.begin()) - 1);
}

qsizetype LineIndex::lineOfRow(qsizetype row) const
{
    if (!hasSegmentedRows())
        return std::clamp<qsizetype>(row, 0, lineCount() - 1);
    return lineAt(rowStart(std::clamp<qsizetype>(row, 0, rowCount() - 1)));
}

qsizetype LineIndex::firstRowOfLine(qsizetype line) const
{
    if (!hasSegmentedRows())
        return std::clamp<qsizetype>(line, 0, lineCount() - 1);
    const qsizetype start = lineStart(std::clamp<qsizetype>(line, 0, lineCount() - 1));
    const auto it = std::lower_bound(m_rowStarts.begin(), m_rowStarts.end(), start);
    return qsizetype(it - m_rowStarts.begin());
}

bool LineIndex::isContinuationRow(qsizetype row) const
{
    if (!hasSegmentedRows() || row <= 0 || row >= rowCount())
        return false;
    return firstRowOfLine(lineOfRow(row)) != row;
}
