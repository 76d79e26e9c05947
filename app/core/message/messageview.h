#pragma once

#include "message/badge.h"
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
    QString path; // "$.meta.callStatus"
    qint64 offset = -1;

    bool isAbsent() const { return state == State::Absent; }
    bool isPresent() const { return state == State::Present; }
    bool hasWrongType() const { return state == State::WrongType; }
};

// The typed fields the summary card needs, read from a document. Building it is cheap (a few member lookups
// on the top level) even for a 100 MB body.
struct MessageView
{
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
    ViewField<QString> callStatus; // meta.callStatus
    ViewField<qint64>
        callDuration; // meta.callDuration in seconds (schema: string; numbers read but WrongType)
    ViewField<qint64> emailMessageIdCount; // meta.email.messageIds: number of ids

    Badge directionBadge;
    Badge statusBadge;
    Badge messageTypeBadge;
    Badge callStatusBadge;
    Badge sourceBadge;

    bool isMessage = false; // the body is a JSON object

    static MessageView fromDocument(const Json::Document &document);
};
