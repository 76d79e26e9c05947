#include "api/endpoint.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Endpoints)
};

Endpoint row(const QString &operationId, const QString &pathTemplate, QLatin1StringView version,
             const QString &scope, const QString &what, Endpoint::Answer answer = Endpoint::Answer::Json)
{
    Endpoint e;
    e.operationId = operationId;
    e.pathTemplate = pathTemplate;
    e.apiVersion = QByteArray(version.data(), version.size());
    e.scope = scope;
    e.what = what;
    e.answer = answer;
    // What the answer is about: the message of a recording or transcription, else the path's one id.
    const QStringList names = e.pathParameters();
    e.subject = names.contains(u"messageId"_s) ? u"messageId"_s : names.value(0);
    if (answer == Endpoint::Answer::Bytes)
        e.accept = QByteArrayLiteral("audio/*, application/json;q=0.5"); // JSON for an error answer
    return e;
}

const QString messageScope = u"conversations/message.readonly"_s;

} // namespace

QStringList Endpoint::pathParameters() const
{
    QStringList names;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = pathTemplate.indexOf(u'{', from);
        if (open < 0)
            break;
        const qsizetype close = pathTemplate.indexOf(u'}', open);
        if (close < 0)
            break;
        names << pathTemplate.mid(open + 1, close - open - 1);
        from = close + 1;
    }
    return names;
}

namespace Endpoints {

const Endpoint &message()
{
    static const Endpoint e = row(u"get-message"_s, u"/conversations/messages/{id}"_s, conversationsVersion,
                                  messageScope, Tr::tr("message"));
    return e;
}

const Endpoint &emailMessage()
{
    // The OpenAPI file lists no Version parameter for this one; it belongs to the conversations API, whose
    // Version is 2021-04-15 (a request without Version is answered with a 401).
    static const Endpoint e = row(u"get-email-by-id"_s, u"/conversations/messages/email/{id}"_s,
                                  conversationsVersion, messageScope, Tr::tr("email"));
    return e;
}

const Endpoint &recording()
{
    static const Endpoint e = row(
        u"get-message-recording"_s, u"/conversations/messages/{messageId}/locations/{locationId}/recording"_s,
        conversationsVersion, messageScope, Tr::tr("recording"), Endpoint::Answer::Bytes);
    return e;
}

const Endpoint &transcription()
{
    static const Endpoint e =
        row(u"get-message-transcription"_s,
            u"/conversations/locations/{locationId}/messages/{messageId}/transcription"_s,
            conversationsVersion, messageScope, Tr::tr("transcription"));
    return e;
}

const Endpoint &conversation()
{
    static const Endpoint e = row(u"get-conversation"_s, u"/conversations/{conversationId}"_s,
                                  conversationsVersion, u"conversations.readonly"_s, Tr::tr("conversation"));
    return e;
}

const Endpoint &conversationMessages()
{
    static const Endpoint e =
        row(u"get-messages"_s, u"/conversations/{conversationId}/messages"_s, conversationsVersion,
            messageScope, Tr::tr("page of the conversation's messages"));
    return e;
}

const Endpoint &contact()
{
    static const Endpoint e = row(u"get-contact"_s, u"/contacts/{contactId}"_s, contactsVersion,
                                  u"contacts.readonly"_s, Tr::tr("contact"));
    return e;
}

QList<Endpoint> all()
{
    return {message(),      emailMessage(),         recording(), transcription(),
            conversation(), conversationMessages(), contact()};
}

} // namespace Endpoints
