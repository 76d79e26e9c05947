#pragma once

#include "message/badge.h"
#include "json/jsondocument.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One message of a conversation's page, as the compact list shows it. Picking one inspects it with a normal
// lookup of its id.
struct ConversationMessage
{
    QString id;
    QString direction;
    QString status;
    QString messageType;
    QString dateText;
    QDateTime date;      // UTC; invalid when absent or not a date
    QString bodyPreview; // one line, escaped, cut
    Badge directionBadge;
    Badge statusBadge;
    Badge messageTypeBadge;
    QString path; // where it is in the page's body: "$.messages[3]" or "$.messages.messages[3]"
};

// One page of GET /conversations/{conversationId}/messages. Two shapes are met: the documented flat one
// {"lastMessageId", "nextPage", "messages": […]} and the one reported from the live API, wrapped as
// {"messages": {"lastMessageId", "nextPage", "messages": […]}} (highlevel-api-docs #54).
struct ConversationPage
{
    // Messages read from one page; the API sends 20 by default.
    static constexpr int maxMessagesPerPage = 1000;

    enum class Shape
    {
        Unknown,
        Flat,
        Wrapped,
    };

    Shape shape = Shape::Unknown;
    QString lastMessageId; // as sent (not yet validated: the paging validates it before it goes anywhere)
    bool nextPage = false;
    bool nextPageSent = false; // false: the page did not say
    QList<ConversationMessage> messages;
    bool cut = false; // more than maxMessagesPerPage were sent
    QStringList problems;

    static ConversationPage fromDocument(const Json::Document &document);
    // "flat", "wrapped", "unknown"
    QString shapeName() const;
};
