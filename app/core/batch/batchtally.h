#pragma once

#include "batch/batchrow.h"

#include <QList>
#include <QString>

#include <span>

// The counts at the top of a batch: message statuses for the rows that found a message ("31 delivered"),
// then the lookups that did not ("3 not found", "1 no access"), then what is still to go. Kept up to date
// row by row (add/remove), so a 10,000-row run never recounts.
class BatchTally
{
public:
    struct Entry
    {
        QString key;   // "delivered", "not_found", "pending": stable, for filters and scripts
        QString label; // "delivered", "not found", "to go": the word after the number
        qsizetype count = 0;
        BadgeMeaning meaning = BadgeMeaning::Neutral; // the chip colour a front end may give it
        // A message status (rows that found a message) rather than a lookup's outcome: a status may share
        // its key with an outcome ("pending").
        bool messageStatus = false;
    };

    static BatchTally of(std::span<const BatchRow> rows);
    // The key of the entry a row is counted under: its message status for a row that found a message
    // ("delivered", "no_status"; Entry::messageStatus), else its outcome's name ("not_found", "pending").
    static QString keyOf(const BatchRow &row);

    void add(const BatchRow &row);
    void remove(const BatchRow &row);

    qsizetype total() const { return m_total; }
    qsizetype pending() const { return m_pending; }
    qsizetype done() const { return m_total - m_pending; }
    qsizetype found() const { return m_found; }

    // Message statuses by count (largest first, then by name), then failed lookups in a fixed order, then
    // the rows still to go. Zero counts are left out.
    QList<Entry> entries() const;
    // "31 delivered · 6 failed · 3 not found"; "nothing yet" for an empty list.
    QString text() const;

private:
    void change(const BatchRow &row, qsizetype by);

    QList<Entry> m_statuses; // one per message status seen
    qsizetype m_outcomes[int(BatchRow::Outcome::Cancelled) + 1] = {};
    qsizetype m_total = 0;
    qsizetype m_pending = 0;
    qsizetype m_found = 0;
};
