#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One documented GET endpoint of the HighLevel API: where it is, which Version header it documents, which
// scope it needs and what it answers with. The table below is the one place that knows them;
// tst_endpoint checks every row against the official OpenAPI files vendored in tests/data.
struct Endpoint
{
    enum class Answer
    {
        Json,  // a JSON body
        Bytes, // other bytes (audio); JSON only for errors
    };

    QString operationId;   // the OpenAPI file's operationId, e.g. "get-email-by-id"
    QString pathTemplate;  // "/conversations/messages/email/{id}": each {name} is one validated id
    QByteArray apiVersion; // the Version header this endpoint documents
    QString scope;         // the OAuth scope it needs, named when the server refuses the token
    Answer answer = Answer::Json;
    QByteArray accept = QByteArrayLiteral("application/json");
    QString what;    // what one answer is, for messages: "email", "recording", "contact"
    QString subject; // the path parameter naming what the answer is about: "messageId" for a recording

    // The {name}s of the template, in order.
    QStringList pathParameters() const;

    friend bool operator==(const Endpoint &, const Endpoint &) = default;
};

Q_DECLARE_METATYPE(Endpoint)

namespace Endpoints {

// The Version each API documents: conversations 2021-04-15, contacts 2021-07-28.
inline constexpr QLatin1StringView conversationsVersion{"2021-04-15"};
inline constexpr QLatin1StringView contactsVersion{"2021-07-28"};

const Endpoint &message();      // GET /conversations/messages/{id}
const Endpoint &emailMessage(); // GET /conversations/messages/email/{id}
const Endpoint &recording();    // GET /conversations/messages/{messageId}/locations/{locationId}/recording
const Endpoint &
transcription(); // GET /conversations/locations/{locationId}/messages/{messageId}/transcription
const Endpoint &conversation();         // GET /conversations/{conversationId}
const Endpoint &conversationMessages(); // GET /conversations/{conversationId}/messages
const Endpoint &contact();              // GET /contacts/{contactId}

// Every row, for tests and documentation.
QList<Endpoint> all();

} // namespace Endpoints
