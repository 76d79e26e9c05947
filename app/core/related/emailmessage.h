#pragma once

#include "message/badge.h"
#include "json/jsondocument.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// One email of a thread, as GET /conversations/messages/email/{id} answers (GetEmailMessageResponseDto):
// the fields a support person reads, typed. The body is given as plain text: HTML is made readable by
// MessageFormatting::readableText (tags dropped, entities decoded; nothing is ever loaded from the network,
// no image, no stylesheet), and control characters are left for the view to escape.
struct EmailMessage
{
    // Most characters of the body kept as text (the raw body stays in the document).
    static constexpr qsizetype maxBodyChars = 256 * 1024;

    bool recognised = false; // the answer is an object with an id
    QString id;
    QString altId;
    QString threadId;
    QString conversationId;
    QString contactId;
    QString locationId;
    QString replyToMessageId;
    QString from;
    QStringList to;
    QStringList cc;
    QStringList bcc;
    QString subject;
    QString provider;
    QString direction;
    QString status;
    QString source;
    QString contentType;
    QStringList attachments;
    QString dateText; // dateAdded as sent
    QDateTime date;   // dateAdded read (UTC); invalid when absent or not a date
    QString body;     // as sent, cut at maxBodyChars
    QString bodyText; // what a person reads: HTML made plain
    bool bodyWasHtml = false;
    bool bodyCut = false;
    Badge statusBadge;
    Badge directionBadge;
    QStringList problems; // what differs from the documented shape (required fields missing, wrong types)

    static EmailMessage fromDocument(const Json::Document &document);
};
