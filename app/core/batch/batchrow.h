#pragma once

#include "message/badge.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

struct InspectionResult;

// One id of a batch and what its lookup gave, reduced to what the table, the tally and the exports show: a
// plain value type (no QObject, no document kept), so 10,000 of them sit in one vector.
struct BatchRow
{
    enum class Outcome
    {
        Pending,     // not looked up (yet)
        Found,       // the answer held a message
        NotAMessage, // the answer was JSON but no message (another shape)
        NotFound,    // 404
        NoAccess,    // 401 / 403: the token is not accepted for this message's location
        RateLimited, // still 429 after the batch's retries
        Refused,     // 400 / 422 or input refused before sending
        Failed,      // network, server error, invalid response
        Cancelled,   // stopped by the user while in flight
    };

    QString id;
    Outcome outcome = Outcome::Pending;
    int httpStatus = 0;  // 0 when no HTTP answer arrived
    QString outcomeText; // "200 OK", "404 Not Found", "Could not connect" — one line
    Badge direction;
    Badge status;
    Badge messageType;
    QDateTime date;   // dateAdded (UTC), invalid when absent or unreadable
    QString dateText; // as sent, for exports and when it could not be read
    QString contactId;
    QString conversationId;
    QString locationId;
    QString text;    // the message text, one line, cut to maxTextLength
    QString traceId; // the envelope's or the error body's
    QString error;   // the failure's title when the lookup failed
    qint64 elapsedMs = 0;

    static constexpr qsizetype maxTextLength = 160;

    // A row for an id not looked up yet.
    static BatchRow pending(const QString &id);
    // The row for a finished inspection of id.
    static BatchRow fromResult(const QString &id, const InspectionResult &result);

    bool isPending() const { return outcome == Outcome::Pending; }
    // True when the answer is final for this id: a resumed run skips it. Failures that another try may
    // change (network, rate limit, cancel, a rejected token) are not settled.
    bool isSettled() const;
    // Found with a message: what a script's exit status asks for.
    bool hasMessage() const { return outcome == Outcome::Found; }

    // Stable lower_snake_case names for scripts: "found", "not_found", "no_access", …
    static QString outcomeName(Outcome outcome);
    static std::optional<Outcome> outcomeFromName(const QString &name);
    // The word the table shows: "Found", "Not found", "No access", …
    static QString outcomeLabel(Outcome outcome);
};

Q_DECLARE_METATYPE(BatchRow)

// The columns of the table and the exports, in their default order.
enum class BatchColumn
{
    Id,
    Outcome,    // what the lookup gave: "Found", "Not found"; exported as outcomeName()
    HttpStatus, // "200 OK", "404 Not Found"; exported as the number
    Direction,
    Status,
    Type,
    Date,
    Contact,
    Conversation,
    Location,
    Text,
    TraceId,
    Error,
};

namespace BatchColumns {
inline constexpr int count = int(BatchColumn::Error) + 1;
QList<BatchColumn> all();
// The header the table shows ("Conversation").
QString title(BatchColumn column);
// The stable name in exports and on the command line ("conversation_id").
QString name(BatchColumn column);
std::optional<BatchColumn> fromName(const QString &name);
} // namespace BatchColumns
