#include "related/conversationinfo.h"

#include "related/jsonfields.h"

#include <QCoreApplication>

#include <cmath>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConversationInfo)
};

std::optional<qint64> whole(const std::optional<double> &value)
{
    if (!value || std::abs(*value) > 1e15)
        return std::nullopt;
    return qint64(std::llround(*value));
}

} // namespace

ConversationInfo ConversationInfo::fromDocument(const Json::Document &doc)
{
    ConversationInfo c;
    if (!doc.isValid() || doc.kindAt(doc.rootOffset()) != Json::NodeKind::Object) {
        c.problems << Tr::tr("The answer is not a JSON object.");
        return c;
    }
    using namespace JsonFields;
    const qint64 root = doc.rootOffset();
    c.id = string(doc, root, u"id", 256);
    c.recognised = !c.id.isEmpty();
    c.contactId = string(doc, root, u"contactId", 256);
    c.locationId = string(doc, root, u"locationId", 256);
    c.assignedTo = string(doc, root, u"assignedTo", 256);
    c.type = whole(number(doc, root, u"type"));
    c.unreadCount = whole(number(doc, root, u"unreadCount"));
    c.deleted = boolean(doc, root, u"deleted");
    c.inbox = boolean(doc, root, u"inbox");
    c.starred = boolean(doc, root, u"starred");
    for (const auto *name : {"contactId", "locationId", "deleted", "inbox", "type", "unreadCount", "id"}) {
        if (member(doc, root, QString::fromLatin1(name)) < 0)
            c.problems << Tr::tr("“%1” is missing (the documentation lists it as required).")
                              .arg(QLatin1StringView(name));
    }
    return c;
}

QString ConversationInfo::typeName() const
{
    if (!type)
        return {};
    switch (*type) {
    case 1:
        return Tr::tr("Phone");
    case 2:
        return Tr::tr("Email");
    case 3:
        return Tr::tr("Facebook Messenger");
    case 4:
        return Tr::tr("Review");
    case 5:
        return Tr::tr("Group SMS");
    case 6:
        return Tr::tr("Internal chat");
    default:
        return {};
    }
}
