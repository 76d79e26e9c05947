#include "jsonl/jsonlinesindex.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace {

// JSON's whitespace (a '\r' before the newline included): a line of nothing else is blank.
bool isBlank(const char *p, const char *end)
{
    for (; p < end; ++p) {
        if (*p != ' ' && *p != '\t' && *p != '\r')
            return false;
    }
    return true;
}

qint64 lineEnd(const char *b, qint64 pos, qint64 n)
{
    const void *hit = std::memchr(b + pos, '\n', size_t(n - pos));
    return hit ? static_cast<const char *>(hit) - b : n;
}

// Length without the '\r' of a "\r\n".
qint64 contentLength(const char *b, qint64 start, qint64 end)
{
    return (end > start && b[end - 1] == '\r') ? end - start - 1 : end - start;
}

} // namespace

JsonLinesIndex JsonLinesIndex::build(const QByteArray &bytes, std::shared_ptr<const void> keepAlive,
                                     const std::function<bool(qint64)> &progress)
{
    JsonLinesIndex index;
    index.m_bytes = bytes;
    index.m_keepAlive = std::move(keepAlive);
    const char *b = bytes.constData();
    const qint64 n = bytes.size();
    qint64 pos = 0;
    qint64 line = 0;
    qint64 records = 0;
    qint64 sinceCheckpoint = 0;
    qint64 checkpointOffset = 0;
    qint64 nextProgress = progress ? progressStepBytes : std::numeric_limits<qint64>::max();
    while (pos < n) {
        const qint64 end = lineEnd(b, pos, n);
        ++line;
        if (isBlank(b + pos, b + end)) {
            ++index.m_blankLines;
        } else {
            if (records == 0 || sinceCheckpoint >= checkpointRecords ||
                pos - checkpointOffset >= checkpointBytes) {
                index.m_checkpoints.push_back(Checkpoint{records, line, pos});
                checkpointOffset = pos;
                sinceCheckpoint = 0;
            }
            ++records;
            ++sinceCheckpoint;
            index.m_longest = std::max(index.m_longest, contentLength(b, pos, end));
        }
        pos = end + 1;
        if (pos >= nextProgress) {
            if (!progress(std::min(pos, n)))
                return JsonLinesIndex();
            nextProgress = pos + progressStepBytes;
        }
    }
    index.m_recordCount = records;
    index.m_lineCount = line;
    index.m_checkpoints.shrink_to_fit();
    index.m_valid = true;
    return index;
}

JsonLinesIndex::Record JsonLinesIndex::record(qint64 i) const
{
    if (i < 0 || i >= m_recordCount)
        return {};
    const auto after = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), i,
                                        [](qint64 r, const Checkpoint &c) { return r < c.record; });
    const Checkpoint &from = *(after - 1); // the first checkpoint is record 0, so there is one
    const char *b = m_bytes.constData();
    const qint64 n = m_bytes.size();
    qint64 record = from.record;
    qint64 line = from.line;
    qint64 pos = from.offset;
    while (pos < n) {
        const qint64 end = lineEnd(b, pos, n);
        if (!isBlank(b + pos, b + end)) {
            if (record == i)
                return Record{pos, contentLength(b, pos, end), line};
            ++record;
        }
        pos = end + 1;
        ++line;
    }
    return {}; // not reached for an index that build() made
}

QByteArrayView JsonLinesIndex::recordBytes(qint64 i) const
{
    const Record r = record(i);
    if (!r.isValid())
        return {};
    return QByteArrayView(m_bytes.constData() + r.offset, r.length);
}

QByteArray JsonLinesIndex::recordCopy(qint64 i) const
{
    return recordBytes(i).toByteArray();
}

qint64 JsonLinesIndex::recordAtLine(qint64 line) const
{
    if (line < 1 || line > m_lineCount || m_checkpoints.empty())
        return -1;
    const auto after = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), line,
                                        [](qint64 l, const Checkpoint &c) { return l < c.line; });
    if (after == m_checkpoints.begin())
        return -1; // before the first record: blank
    const Checkpoint &from = *(after - 1);
    const char *b = m_bytes.constData();
    const qint64 n = m_bytes.size();
    qint64 record = from.record;
    qint64 at = from.line;
    qint64 pos = from.offset;
    while (pos < n) {
        const qint64 end = lineEnd(b, pos, n);
        const bool blank = isBlank(b + pos, b + end);
        if (at == line)
            return blank ? -1 : record;
        if (!blank)
            ++record;
        pos = end + 1;
        ++at;
    }
    return -1;
}

bool JsonLinesIndex::isJsonLinesFileName(const QString &fileName)
{
    for (const QLatin1StringView suffix :
         {QLatin1StringView(".jsonl"), QLatin1StringView(".ndjson"), QLatin1StringView(".jsonlines")}) {
        if (fileName.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
