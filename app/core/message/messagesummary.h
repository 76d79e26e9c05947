#pragma once

#include "message/badge.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

struct MessageAnalysis;

// The one-second answer, decided once in core: what the window's summary card and the CLI's `summary`
// format both render, so they cannot drift. Every text is final and safe to show on one line (server text is
// escaped and cut); absent values read "—" everywhere.
struct MessageSummary
{
    QString shapeName; // ResponseShape::kindName(): "message", "envelope", "webhook", "error", …
    QString
        origin; // "Live API response (message in an envelope with a traceId)", "InboundMessage webhook event"
    bool isMessage = false;
    QString notMessage; // why there is no message to show (not JSON, an error answer, other JSON)

    Badge direction; // chips; a chip whose meaning is None is shown as its text below
    Badge status;
    Badge messageType;
    Badge callStatus;
    Badge source;
    QString directionText; // "—" when absent, "… (not the documented type)" when sent as another type
    QString statusText;
    QString messageTypeText;
    QString typeDetail; // "type 2 · TYPE_SMS, inferred", "type 99, no known name", or empty

    QString when;         // "27 Mar 2024, 19:13 CET (2 years ago)", "—", or "… (not a valid date)"
    QString whenTooltip;  // "Sent by the server as 2024-03-27T18:13:49.000Z (UTC)"
    QString whenOriginal; // the text as sent
    QString updated;      // dateUpdated the same way, empty when not sent

    QString body;         // the text as a person reads it (HTML made plain), control characters escaped
    bool hasBody = false; // false: no body field at all ("—"); true with empty text: "(empty)"
    QString failure;      // error text a failed message carries, shown beside the red chip

    QString messageId; // full values (copy buttons copy these); empty when absent
    QString contactId;
    QString conversationId;
    QString locationId;
    QString traceId;
    QString userId;

    QString call;           // "Completed · lasted 0:37", empty when the message is no call
    qint64 emailCount = -1; // emails in the thread, -1 when not sent
    qint64 attachmentCount = 0;
    QStringList
        extraFacts; // "Call: Completed · lasted 0:37", "3 emails in this thread", "65,536 attachments"

    static MessageSummary from(const MessageAnalysis &analysis,
                               const QDateTime &now = QDateTime::currentDateTimeUtc(),
                               const QTimeZone &zone = QTimeZone::systemTimeZone());
    // A date as the summary shows it: local time with the zone's name, and how long ago.
    static QString dateText(const QDateTime &when, const QDateTime &now, const QTimeZone &zone);
    static QString absent();
    // True when the status says the message did not reach the contact (failed, undelivered).
    bool failed() const { return status.meaning == BadgeMeaning::Bad; }
};
