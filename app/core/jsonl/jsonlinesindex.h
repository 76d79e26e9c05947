#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

// Where the records of a JSON Lines text (.jsonl, .ndjson: one JSON value per line, as batch output and
// webhook logs are kept) are, found in one pass over the bytes without parsing any record: a record is
// parsed only when somebody asks for it (JsonLinesModel, for the rows on screen).
//
// A record is a line that holds something other than whitespace; blank lines (and the newline at the end of
// the file) are skipped, so record numbers and line numbers differ where there are blank lines: record()
// gives both. A line ends at '\n'; a '\r' before it is not part of the record's bytes.
//
// Memory: the index keeps no per-record entry. It keeps a checkpoint (record number, line number, offset;
// 24 bytes) at least every checkpointRecords records and at every record that starts checkpointBytes or
// more after the previous checkpoint, so it costs at most 24 bytes per 64 records plus 24 bytes per 64 KiB —
// under 0.4 bytes per record and under 0.05% of the file — whatever the shape of the lines. Finding record i
// is a binary search over the checkpoints and a scan of less than checkpointBytes (and fewer than
// checkpointRecords lines) from the checkpoint; then one memchr for the end of the record itself.
//
// The bytes are shared, not copied; keepAlive (e.g. the MappedFile the bytes are a raw view of) is kept as
// long as the index or a copy of it lives. Immutable after build(): copies may be read from any thread.
class JsonLinesIndex
{
public:
    static constexpr qint64 checkpointRecords = 64;
    static constexpr qint64 checkpointBytes = 64 * 1024;
    // build() calls progress about every this many bytes.
    static constexpr qint64 progressStepBytes = 8 * 1024 * 1024;

    struct Record
    {
        qint64 offset = -1; // first byte of the line
        qint64 length = 0;  // bytes of the line, without its "\n" or "\r\n"
        qint64 line = 0;    // 1-based line number in the file
        bool isValid() const { return offset >= 0; }
    };

    JsonLinesIndex() = default; // empty: no records, isValid() false

    // One pass over bytes. progress(doneBytes) is called from the building thread about every
    // progressStepBytes; when it returns false the build stops and the index is not valid.
    static JsonLinesIndex build(const QByteArray &bytes, std::shared_ptr<const void> keepAlive = {},
                                const std::function<bool(qint64 doneBytes)> &progress = {});

    bool isValid() const { return m_valid; }
    const QByteArray &bytes() const { return m_bytes; }
    const std::shared_ptr<const void> &keepAlive() const { return m_keepAlive; }

    qint64 recordCount() const { return m_recordCount; }
    qint64 lineCount() const { return m_lineCount; }        // physical lines, blank ones included
    qint64 blankLineCount() const { return m_blankLines; }  // lines skipped as blank
    qint64 longestRecordBytes() const { return m_longest; } // for bounds and display
    qsizetype checkpointCount() const { return qsizetype(m_checkpoints.size()); } // proves the memory bound

    // The i-th record (0-based); invalid for an index out of range.
    Record record(qint64 i) const;
    // The record's bytes as a view into bytes(): valid while this index (or its keepAlive) lives.
    QByteArrayView recordBytes(qint64 i) const;
    // The record's bytes, copied: valid on their own (what is handed out to be inspected).
    QByteArray recordCopy(qint64 i) const;
    // The record that holds 1-based line; -1 when the line is blank or out of range.
    qint64 recordAtLine(qint64 line) const;

    // True for the names JSON Lines files go by: .jsonl, .ndjson, .jsonlines (any case).
    static bool isJsonLinesFileName(const QString &fileName);

private:
    struct Checkpoint
    {
        qint64 record;
        qint64 line;
        qint64 offset;
    };

    std::shared_ptr<const void> m_keepAlive; // before m_bytes: outlives the view it keeps valid
    QByteArray m_bytes;
    std::vector<Checkpoint> m_checkpoints;
    qint64 m_recordCount = 0;
    qint64 m_lineCount = 0;
    qint64 m_blankLines = 0;
    qint64 m_longest = 0;
    bool m_valid = false;
};
