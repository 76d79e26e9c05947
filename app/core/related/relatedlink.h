#pragma once

#include "api/apirequest.h"
#include "api/endpoint.h"

#include <QList>
#include <QString>

// One thing a message leads to that can be looked up: an email of its thread, a call's recording or
// transcript, its conversation (and that conversation's messages), its contact. Built by RelatedLinks from
// what the message says; its ids were validated when the link was made (an id found in a response is input
// too), and a link whose ids were refused or missing says why and cannot be fetched.
struct RelatedLink
{
    enum class Kind
    {
        EmailMessage,         // GET /conversations/messages/email/{id}
        Recording,            // GET /conversations/messages/{messageId}/locations/{locationId}/recording
        Transcription,        // GET /conversations/locations/{locationId}/messages/{messageId}/transcription
        Conversation,         // GET /conversations/{conversationId}
        ConversationMessages, // GET /conversations/{conversationId}/messages, paged
        Contact,              // GET /contacts/{contactId}
    };

    Kind kind = Kind::EmailMessage;
    QString label;       // what it is: "Email 2 of 3 in the thread", "Call recording", "Contact"
    QString description; // what fetching it shows
    QString needs;       // what it needs: "the message id and the location id (both in this message)"
    Endpoint endpoint;
    QList<ApiRequest::Parameter> ids; // the validated path ids (empty when refused)
    QString sourcePath;               // where the id was found in the message: "$.meta.email.messageIds[1]"

    bool available = false; // ids present and accepted: it can be fetched
    QString unavailable;    // why not, in plain words (a refused id's reason is here; the id is not)
    // A small JSON answer, fine to fetch without asking when the user turned that on; false for a recording.
    bool cheap = true;
    bool isThisMessage = false; // an email of the thread that is the message being inspected

    // The id the answer is about (the email's, the conversation's, …); empty when unavailable.
    QString subjectId() const;
    // The scope the endpoint needs.
    QString scope() const { return endpoint.scope; }
    // The request the session sends (InspectionSession::inspectRelated); its query is empty.
    ApiRequest request() const;
    // Stable lower-case names for scripts and the CLI's --what: "email", "recording", "transcript",
    // "conversation", "messages", "contact".
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
};
