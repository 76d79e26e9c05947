#include "related/conversationpage.h"

#include "message/messageformatting.h"
#include "message/messageschema.h"
#include "related/jsonfields.h"
#include "json/jsonpath.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using Json::NodeKind;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConversationPage)
};

ConversationMessage messageAt(const Json::Document &doc, qint64 object, const QString &path)
{
    using namespace JsonFields;
    ConversationMessage m;
    m.path = path;
    m.id = string(doc, object, u"id", 256);
    m.direction = string(doc, object, u"direction", 256);
    m.status = string(doc, object, u"status", 256);
    m.messageType = string(doc, object, u"messageType", 256);
    m.dateText = string(doc, object, u"dateAdded", 128);
    m.date = JsonFields::date(doc, object, u"dateAdded").value_or(QDateTime());
    // A preview needs only the start of a body.
    m.bodyPreview = MessageFormatting::bodyPreview(
        MessageFormatting::readableText(string(doc, object, u"body", 8192), 4096));
    if (!m.direction.isEmpty())
        m.directionBadge = MessageSchema::badgeFor(u"$.direction", m.direction);
    if (!m.status.isEmpty())
        m.statusBadge = MessageSchema::badgeFor(u"$.status", m.status);
    if (!m.messageType.isEmpty())
        m.messageTypeBadge = MessageSchema::badgeFor(u"$.messageType", m.messageType);
    return m;
}

} // namespace

QString ConversationPage::shapeName() const
{
    switch (shape) {
    case Shape::Flat:
        return u"flat"_s;
    case Shape::Wrapped:
        return u"wrapped"_s;
    case Shape::Unknown:
        break;
    }
    return u"unknown"_s;
}

ConversationPage ConversationPage::fromDocument(const Json::Document &doc)
{
    ConversationPage page;
    if (!doc.isValid() || doc.kindAt(doc.rootOffset()) != NodeKind::Object) {
        page.problems << Tr::tr("The answer is not a JSON object.");
        return page;
    }
    using namespace JsonFields;
    const qint64 root = doc.rootOffset();
    const qint64 messages = member(doc, root, u"messages");
    qint64 holder = -1; // the object holding lastMessageId, nextPage and the list
    QString listPath;
    if (messages >= 0 && doc.kindAt(messages) == NodeKind::Array) {
        page.shape = Shape::Flat;
        holder = root;
        listPath = u"$.messages"_s;
    } else if (messages >= 0 && doc.kindAt(messages) == NodeKind::Object) {
        page.shape = Shape::Wrapped;
        holder = messages;
        listPath = u"$.messages.messages"_s;
    } else {
        page.problems << Tr::tr("The answer has no list of messages.");
        return page;
    }

    page.lastMessageId = string(doc, holder, u"lastMessageId", 1024);
    if (const auto next = boolean(doc, holder, u"nextPage")) {
        page.nextPage = *next;
        page.nextPageSent = true;
    }
    const qint64 list = member(doc, holder, u"messages");
    if (list < 0 || doc.kindAt(list) != NodeKind::Array) {
        page.problems << Tr::tr("The answer's “messages” holds no list.");
        return page;
    }
    qint64 index = 0;
    for (Json::Member m = doc.firstMember(list); m.isValid(); m = doc.nextMember(m), ++index) {
        if (page.messages.size() >= maxMessagesPerPage) {
            page.cut = true;
            page.problems
                << Tr::tr("Only the first %1 messages of the page were read.").arg(maxMessagesPerPage);
            break;
        }
        if (doc.kindAt(m.valueOffset) == NodeKind::Object)
            page.messages << messageAt(doc, m.valueOffset, Json::appendIndex(listPath, index));
    }
    if (!page.nextPageSent)
        page.problems << Tr::tr("The page does not say whether another follows (“nextPage”).");
    return page;
}
