#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The message ids of a batch, read from what a support lead has: ids pasted with any separators, links that
// hold an id, or a text/CSV file with a header row (one column picked by name). Every entry is checked with
// InputValidation::messageId; duplicates and invalid entries are listed with the reason before anything is
// sent. Bounded: at most maxIds ids and maxInputBytes of input.
struct IdList
{
    static constexpr qsizetype maxIds = 10'000;
    static constexpr qsizetype maxInputBytes = 16LL * 1024 * 1024;
    // Rejected entries kept with their reason (all are counted); a file of junk must not become a list as
    // large as itself.
    static constexpr qsizetype maxRejectedListed = 1'000;

    struct Rejected
    {
        enum class Reason
        {
            Invalid,   // not an id nor a link holding one
            Duplicate, // the same id came earlier
            OverLimit, // past maxIds
        };
        Reason reason = Reason::Invalid;
        int line = 0;  // 1-based line (text) or record (CSV, the header is record 1)
        QString input; // the entry as given, cut to a readable length
        QString text;  // why, in plain words
    };

    QStringList ids; // accepted, in the order given, each once
    QList<Rejected> rejected;
    qsizetype invalidCount = 0;
    qsizetype duplicateCount = 0;
    qsizetype overLimitCount = 0;
    QString error; // the whole input was refused (too large, no such column); nothing was accepted

    // Table input: the header row's names and the column the ids were read from.
    QStringList columns;
    QString column;

    bool ok() const { return error.isEmpty(); }
    qsizetype rejectedCount() const { return invalidCount + duplicateCount + overLimitCount; }
    // "40 ids · 2 duplicates · 1 invalid" for the line above the list.
    QString summaryText() const;

    // Pasted text: entries separated by white space, commas, semicolons, pipes, quotes or brackets.
    static IdList fromText(const QString &text);
    // A CSV (or semicolon/tab separated) file with a header row, RFC 4180 quoting; column is a header name
    // (case and surrounding spaces ignored). Empty column: guessColumn() of the header.
    static IdList fromTable(const QString &text, const QString &column = {});
    // File bytes (UTF-8, a BOM is skipped): a table when the first line reads like a header with a
    // separator and an id-like column or the column asked for, else text.
    static IdList fromFile(const QByteArray &bytes, const QString &column = {});

    // The header row of a table, for a column picker; empty when the text has no separated first line.
    static QStringList tableColumns(const QString &text);
    // The header name that most likely holds message ids ("messageId", "message_id", "id", …), else empty.
    static QString guessColumn(const QStringList &columns);
};
