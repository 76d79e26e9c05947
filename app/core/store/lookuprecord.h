#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One past lookup. Never a token: only what identifies and summarises the lookup. Its response, when the user
// chose to keep answers, is stored beside it (KeptAnswer) and read on demand, never with the list.
struct LookupRecord
{
    static constexpr int maxProfileLength = 256;
    static constexpr int maxOutcomeLength = 64;
    static constexpr int maxSummaryLength = 200;
    static constexpr int maxValueLength = 64;

    QString messageId;
    QString profile;
    QDateTime time;     // UTC; the moment record() was called when recorded without one
    int httpStatus = 0; // 0 when no HTTP answer came (network error, cancelled)
    QString outcome;    // outcome or error kind name, e.g. "Ok", "Unauthorized", "Timeout"
    QString summary;    // short text such as "inbound · delivered · SMS"; cut to maxSummaryLength
    // The message's own values exactly as the server sent them (cut to maxValueLength), so the History view
    // paints the same chips the card did (MessageSchema::badgeFor). Empty when the answer had none, and for
    // lookups recorded before the history kept them (schema version 4).
    QString direction = {};   // e.g. "inbound"
    QString status = {};      // e.g. "delivered"
    QString messageType = {}; // e.g. "TYPE_SMS"

    // Filled when read from the history; ignored by record().
    qint64 rowId = -1;         // the row in the file (stable; LookupHistory::entry()); -1 while in memory
    qint64 keptBodyBytes = -1; // size of the kept response body; -1 when no answer is kept
    bool hasKeptAnswer() const { return keptBodyBytes >= 0; }
};

// How one LookupHistory::record() or clear() ended. Exactly one per call.
Q_DECLARE_METATYPE(LookupRecord)

struct HistoryWrite
{
    enum class Status
    {
        Saved,   // in the file
        Pending, // the file is busy (another program holds its lock): kept in memory, saved when it is free
        Refused, // not a valid message id: nothing was written
        Unavailable, // the history is off for this session (damaged or unusable file); `message` says why
    };

    Status status = Status::Unavailable;
    QString
        message; // plain words for the user; empty when Saved (record(): a note when the answer was not kept)
    qint64 rowId = -1; // record() with Saved: the new lookup's row

    bool kept() const { return status == Status::Saved || status == Status::Pending; }
};

Q_DECLARE_METATYPE(HistoryWrite)
