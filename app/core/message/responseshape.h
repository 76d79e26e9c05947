#pragma once

#include "json/jsondocument.h"

#include <QString>
#include <QStringList>
#include <QStringView>

// Which of the shapes the product meets a body has, and where its message is. The one place that knows the
// shapes: the documented flat message, the live envelope {"message": {…}, "traceId": …}, a webhook event that
// names the same message differently (messageId, short types), an error body {statusCode, message, error}, or
// other JSON. The view, the validator, the tree's decorations and both front ends read the message through
// this, so a JSON path always stays the true path in the body ("$.message.status").
//
// Recognising costs a few member lookups on the root object, whatever the body's size.
struct ResponseShape
{
    enum class Kind
    {
        Empty,             // no body
        NotJson,           // the body did not parse
        DocumentedMessage, // the message object as the documentation shows it
        LiveEnvelope,      // {"message": {…}, "traceId": "…"} as the live API sends it
        WebhookEvent,      // an InboundMessage / OutboundMessage / ProviderOutboundMessage payload
        ErrorBody,         // {"statusCode": 401, "message": "…", "error": "…"}
        OtherJson,         // JSON, but none of the above
    };

    Kind kind = Kind::Empty;
    qint64 messageOffset = -1; // the object holding the message's fields; -1 when there is none
    QString messagePath;       // its JSON path: "$" or "$.message"; empty when there is none
    QString webhookEvent;      // "InboundMessage", "ProviderOutboundMessage", … (WebhookEvent only)
    QString traceId;           // from the envelope (or any top-level traceId); empty when not sent
    qint64 traceIdOffset = -1; //
    // ErrorBody: the server's words, verbatim (message may be a string or an array of strings).
    qint64 errorStatusCode = 0;
    QStringList errorMessages;
    QString errorName;

    static ResponseShape recognise(const Json::Document &document);
    // The traceId of any body (an error answer too), for error reports; bodies over 1 MiB are not read.
    static QString traceIdOf(const QByteArray &body);

    bool hasMessage() const { return messageOffset >= 0; }
    // Stable name for scripts: "empty", "not-json", "message", "envelope", "webhook", "error", "other".
    QString kindName() const;
    // What a person reads: "Live API response (envelope with traceId)", "InboundMessage webhook event", …
    QString description() const;

    // Where a message field is in this body: "$.status" → "$.message.status".
    QString actualPath(QStringView canonicalPath) const;
    // The other way, resolving the known aliases of this shape: "$.message.meta.call.duration" →
    // "$.meta.callDuration". Empty when the path is not inside the message.
    QString canonicalPath(QStringView actualPath) const;
    // The paths (relative to the message, canonical first) a field may be sent at in this shape.
    QStringList candidatePaths(QStringView canonicalPath) const;
};
