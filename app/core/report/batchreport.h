#pragma once

#include "batch/batchrow.h"
#include "report/personaldatamask.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <span>

// A short report of a batch for a support ticket, as Markdown and as HTML: the tally ("31 delivered · 6
// failed · 3 not found"), the profile and when, and a table of the rows (id, result, status, type, direction,
// date, trace id, text, problem), personal data masked like MessageReport (message text and the phone
// numbers, emails and names inside problems), and a line saying what was masked. Ids of contacts and
// conversations are left to the CSV export: a ticket wants the outcome per message, not every column.
//
// The token never appears: every cell passes SecretScrubber (the known token and anything shaped like one),
// and the finished text passes it once more. A ticket is no place for 10,000 rows: at most maxRows are
// listed, and the report says how many were left out and where to find them (the CSV export).
class BatchReport
{
public:
    static constexpr qsizetype defaultMaxRows = 200;

    struct Options
    {
        PersonalDataClasses masked = PersonalDataMask::all();
        QString token;        // the token in use, when the caller has it: removed wherever it appears
        QString profile;      // named in the report; empty: not said
        QString scope;        // which rows, when not all: "6 of 40 rows, filtered by “failed”"
        QDateTime lookedUpAt; // when the run ended; invalid: not said
        QTimeZone zone = QTimeZone::utc();
        qsizetype maxRows = defaultMaxRows; // rows listed in the table (at least 1)
    };

    struct Fact
    {
        QString label;
        QString value;
    };

    static BatchReport build(std::span<const BatchRow> rows, const Options &options);

    QString title() const { return m_title; }
    // "Result", "Rows", "Profile", "Looked up", in that order, those that apply.
    const QList<Fact> &facts() const { return m_facts; }
    const QStringList &headers() const { return m_headers; }
    // One list of cells per listed row, in the order of headers().
    const QList<QStringList> &table() const { return m_rows; }
    qsizetype omittedRows() const { return m_omitted; }
    QString maskingNote() const { return m_masking; }

    QString markdown() const;
    // A complete UTF-8 HTML document, every value escaped.
    QString html() const;

private:
    QString m_title;
    QList<Fact> m_facts;
    QStringList m_headers;
    QList<QStringList> m_rows;
    qsizetype m_omitted = 0;
    QString m_omittedNote;
    QString m_masking;
    QString m_token;
};
