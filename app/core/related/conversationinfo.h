#pragma once

#include "json/jsondocument.h"

#include <QString>
#include <QStringList>

#include <optional>

// A conversation, as GET /conversations/{conversationId} answers (GetConversationByIdResponse): who it is
// with, where, and its state.
struct ConversationInfo
{
    bool recognised = false; // an object with an id
    QString id;
    QString contactId;
    QString locationId;
    QString assignedTo;
    std::optional<qint64> type; // 1 phone, 2 email, 3 Facebook Messenger, 4 review, 5 group SMS (documented)
    std::optional<qint64> unreadCount;
    std::optional<bool> deleted;
    std::optional<bool> inbox;
    std::optional<bool> starred;
    QStringList problems;

    static ConversationInfo fromDocument(const Json::Document &document);
    // The documented name of type: "Phone", "Email", …; empty when unknown.
    QString typeName() const;
};
