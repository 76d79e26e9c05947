#pragma once

#include "store/lookuprecord.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// What the History view searches for. Every condition that is set must hold; an empty query matches every
// lookup. Text conditions are substrings, case-insensitive for ASCII letters (ids and summaries are ASCII
// in practice; other letters must match exactly, as SQLite's lower() does).
struct HistoryQuery
{
    static constexpr int maxLimit = 10000;
    static constexpr int maxTextLength = 256;

    QString idContains;      // part of the message id
    QString summaryContains; // part of the summary ("delivered", "SMS")
    QString
        text; // part of the id, the summary, the outcome, or the direction, status or type (the search box)
    QStringList outcomes; // any of these outcomes, exactly ("Ok", "NotFound"); empty: any
    QString profile;      // exactly this profile; empty: any
    QDateTime from;       // lookups at or after (UTC); invalid: no lower bound
    QDateTime until;      // lookups before (UTC); invalid: no upper bound
    int limit = 100;      // at most this many rows, newest first (clamped to 0..maxLimit)

    // The same test in memory, for lookups still waiting for a busy file.
    bool matches(const LookupRecord &record) const;
};
