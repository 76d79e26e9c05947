#pragma once

#include "message/badge.h"
#include "message/responseshape.h"
#include "json/jsondocument.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// One field of the summary card: absent, present with the type the schema declares, or present with another
// type (kept as raw text, and converted when that is still meaningful, e.g. callDuration sent as a number).
template <typename T> struct ViewField
{
    enum class State
    {
        Absent,
        WrongType,
        Present
    };
    State state = State::Absent;
    T value{};    // valid when Present (and for WrongType when the value could still be read)
    QString raw;  // the exact JSON text as sent (empty when absent)
    QString path; // where it is in the body: "$.meta.callStatus", "$.message.meta.call.status"
    qint64 offset = -1;

    bool isAbsent() const { return state == State::Absent; }
    bool isPresent() const { return state == State::Present; }
    bool hasWrongType() const { return state == State::WrongType; }
};

// The typed fields the summary card needs, read from the message a ResponseShape found in a document (the
// documented flat message, the live envelope's "message", a webhook payload), under whichever known name the
// field was sent (meta.callDuration or meta.call.duration, id or messageId). Building it is cheap (a few
// member lookups) even for a 100 MB body.
struct MessageView
{
    // A text field (the body, an id) is read up to this many bytes, then cut with "…": the card shows at
    // most 2,000 characters of the body, and a 1 GB string decoded whole would cost twice its size.
    static constexpr qint64 maxFieldBytes = 64 * 1024;

    ViewField<QString> id;
    ViewField<QString> altId;
    ViewField<QString> direction;
    ViewField<QString> status;
    ViewField<QString> messageType;
    ViewField<qint64> type;
    QString typeName; // name of the type number ("TYPE_CALL"), empty when unknown
    bool typeNameDocumented = false;
    ViewField<QDateTime> dateAdded; // UTC
    ViewField<QString> body;
    QString bodyPreview; // one line, escaped, cut
    ViewField<QString> contactId;
    ViewField<QString> conversationId;
    ViewField<QString> locationId;
    ViewField<QString> contentType;
    ViewField<QString> source;
    ViewField<QStringList> attachments;
    ViewField<QString> callStatus; // meta.callStatus (or meta.call.status, callStatus)
    ViewField<qint64>
        callDuration; // meta.callDuration in seconds (schema: string; numbers read but WrongType)
    ViewField<qint64> emailMessageIdCount; // meta.email.messageIds: number of ids
    qint64 attachmentCount = 0;            // every attachment, also beyond those copied into attachments
    ViewField<QDateTime> dateUpdated;      // live API: the last change (UTC)
    ViewField<QString> userId;
    ViewField<QString> traceId;     // the envelope's traceId (what HighLevel's support asks for)
    ViewField<QString> failureText; // error text a failed message carries ("error", "errorMessage", …)

    Badge directionBadge;
    Badge statusBadge;
    Badge messageTypeBadge;
    Badge callStatusBadge;
    Badge sourceBadge;

    bool isMessage = false; // the shape holds a message

    static MessageView fromDocument(const Json::Document &document, const ResponseShape &shape);
    static MessageView fromDocument(const Json::Document &document)
    {
        return fromDocument(document, ResponseShape::recognise(document));
    }
};
