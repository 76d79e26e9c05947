#pragma once

#include "jsonl/jsonlinesindex.h"
#include "message/badge.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <memory>

// The records of a JSON Lines file as a table, one row per record, with the summary card's chips per record:
// direction, status and type come from MessageSummary over the parsed record, so a row reads exactly like
// the card would for that message (an envelope, a webhook event and a flat message alike).
//
// Lazy and bounded: nothing is parsed when the index is set. A row's record is parsed the first time a view
// asks for its data (only the rows on screen), and the row's summary is kept in a cache of at most
// maxCachedRows rows. Records up to syncRecordBytes are parsed at once (tens of microseconds); a bigger
// record is parsed on a worker thread, one at a time, while its row reads "Reading…", and dataChanged()
// follows — a 100 MB line never stalls the window.
//
// A record that is not JSON reads "Not JSON" in the Type column and the parser's message with its line
// number in the file ("Line 17, column 5: …") in the Text column and under ProblemRole.
class JsonLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,      // the record's line number in the file
        DirectionColumn, // chips
        StatusColumn,
        TypeColumn,
        WhenColumn, // dateAdded as the card shows it
        IdColumn,   // the message id
        TextColumn, // the message text, or why there is none (not JSON, not a message)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        BadgeRole = Qt::UserRole + 1, // Badge for Direction, Status and Type (when there is a chip)
        LineRole,                     // qint64: 1-based line in the file, every column
        RecordRole,                   // qint64: 0-based record number, every column
        ProblemRole, // QString: "Line 17, column 5: …" for a record that is not JSON, else ""
        StateRole,   // int(RowState), every column
    };
    Q_ENUM(Role)

    enum class RowState
    {
        Pending,   // not read yet (a large record being parsed on a worker)
        Message,   // a message: the chips are there
        OtherJson, // JSON, but not a message (or an error body): no chips
        NotJson,   // the line did not parse
    };

    static constexpr int maxCachedRows = 4096;
    static constexpr qint64 syncRecordBytes = 64 * 1024;

    explicit JsonLinesModel(QObject *parent = nullptr);
    ~JsonLinesModel() override;

    // Shows index's records (resets the model). An invalid index shows no rows. Rows are capped at INT_MAX
    // (a 4 GiB file of one-byte records would have more): isTruncated() says so.
    void setIndex(const JsonLinesIndex &index);
    void clear();
    const JsonLinesIndex &linesIndex() const { return m_index; }
    bool isTruncated() const { return m_index.recordCount() > m_rows; }

    // For reproducible dates ("27 Mar 2024, 19:13 CET (2 years ago)"): what "now" and the local zone are.
    void setClock(const QDateTime &now, const QTimeZone &zone);

    // The record of a row, copied (valid on its own): what is handed out to be inspected. Empty for an
    // invalid index.
    QByteArray recordBody(const QModelIndex &index) const;
    qint64 lineOf(const QModelIndex &index) const; // 1-based; -1 for an invalid index
    // Row of the record that holds 1-based line; -1 when that line is blank or out of range.
    int rowForLine(qint64 line) const;
    // Summaries parsed so far and kept; at most maxCachedRows.
    int cachedRowCount() const { return m_cache.count(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // What one record reads as, decided off or on the UI thread (thread-safe, no state).
    struct RowSummary
    {
        RowState state = RowState::Pending;
        Badge direction;
        Badge status;
        Badge type;
        QString directionText;
        QString statusText;
        QString typeText;
        QString when;
        QString whenTooltip;
        QString id;
        QString text;    // the message text, the error, or a note for other JSON
        QString problem; // parse error with the file's line number
    };
    static RowSummary summarize(QByteArrayView record, qint64 line, const QDateTime &now,
                                const QTimeZone &zone);

private:
    bool isOwn(const QModelIndex &index) const; // a valid index of this model, in range
    const RowSummary *summaryFor(int row) const;
    void startNextWorker() const;

    JsonLinesIndex m_index;
    int m_rows = 0;
    QDateTime m_now;
    QTimeZone m_zone;
    bool m_fixedClock = false;
    mutable QCache<int, RowSummary> m_cache{maxCachedRows};
    // Large records waiting for the worker, and the one it is reading (-1: none).
    mutable QList<int> m_queue;
    mutable QSet<int> m_queued;
    mutable int m_working = -1;
    quint64 m_generation = 0; // a reset drops what the worker brings back for the old index
};
