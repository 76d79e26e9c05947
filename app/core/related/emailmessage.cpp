#include "related/emailmessage.h"

#include "message/messageformatting.h"
#include "message/messageschema.h"
#include "related/jsonfields.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EmailMessage)
};

} // namespace

EmailMessage EmailMessage::fromDocument(const Json::Document &doc)
{
    EmailMessage e;
    if (!doc.isValid() || doc.kindAt(doc.rootOffset()) != Json::NodeKind::Object) {
        e.problems << Tr::tr("The answer is not a JSON object.");
        return e;
    }
    const qint64 root = doc.rootOffset();
    using namespace JsonFields;
    e.id = string(doc, root, u"id");
    e.recognised = !e.id.isEmpty();
    e.altId = string(doc, root, u"altId");
    e.threadId = string(doc, root, u"threadId");
    e.conversationId = string(doc, root, u"conversationId");
    e.contactId = string(doc, root, u"contactId");
    e.locationId = string(doc, root, u"locationId");
    e.replyToMessageId = string(doc, root, u"replyToMessageId");
    e.from = string(doc, root, u"from");
    e.to = strings(doc, root, u"to");
    e.cc = strings(doc, root, u"cc");
    e.bcc = strings(doc, root, u"bcc");
    e.subject = string(doc, root, u"subject");
    e.provider = string(doc, root, u"provider");
    e.direction = string(doc, root, u"direction");
    e.status = string(doc, root, u"status");
    e.source = string(doc, root, u"source");
    e.contentType = string(doc, root, u"contentType");
    e.attachments = strings(doc, root, u"attachments");
    e.dateText = string(doc, root, u"dateAdded", 128);
    e.date = JsonFields::date(doc, root, u"dateAdded").value_or(QDateTime());

    const qint64 body = member(doc, root, u"body");
    if (body >= 0 && doc.kindAt(body) == Json::NodeKind::String) {
        const Json::DecodedString decoded = doc.decodeString(body, maxBodyChars * 4);
        e.body = decoded.text.left(maxBodyChars);
        e.bodyCut = decoded.truncated || decoded.text.size() > maxBodyChars;
        e.bodyText = MessageFormatting::readableText(e.body, maxBodyChars);
        // readableText gives text that is no HTML back as it is.
        e.bodyWasHtml = e.bodyText != e.body;
    }

    // A value outside the documented enum still gets a chip, marked unknown.
    if (!e.status.isEmpty())
        e.statusBadge = MessageSchema::badgeFor(u"$.status", e.status);
    if (!e.direction.isEmpty())
        e.directionBadge = MessageSchema::badgeFor(u"$.direction", e.direction);

    // The documented required fields (GetEmailMessageResponseDto).
    for (const auto *name : {"id", "threadId", "locationId", "contactId", "conversationId", "dateAdded",
                             "body", "direction", "contentType", "from", "to"}) {
        if (member(doc, root, QString::fromLatin1(name)) < 0)
            e.problems << Tr::tr("“%1” is missing (the documentation lists it as required).")
                              .arg(QLatin1StringView(name));
    }
    if (member(doc, root, u"to") >= 0 && doc.kindAt(member(doc, root, u"to")) != Json::NodeKind::Array)
        e.problems << Tr::tr("“to” is not a list (the documentation says an array of addresses).");
    if (!e.dateText.isEmpty() && !e.date.isValid())
        e.problems << Tr::tr("“dateAdded” is not a date.");
    return e;
}
