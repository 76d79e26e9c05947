#include "related/contact.h"

#include "related/jsonfields.h"
#include "json/jsonpath.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using Json::NodeKind;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Contact)
};

// Channels read from dndSettings: more than the documented six are not kept.
constexpr int maxDndChannels = 32;

} // namespace

bool DndSetting::blocks() const
{
    return status.compare(u"active"_s, Qt::CaseInsensitive) == 0 ||
           status.compare(u"permanent"_s, Qt::CaseInsensitive) == 0;
}

Contact Contact::fromDocument(const Json::Document &doc)
{
    Contact c;
    if (!doc.isValid() || doc.kindAt(doc.rootOffset()) != NodeKind::Object) {
        c.problems << Tr::tr("The answer is not a JSON object.");
        return c;
    }
    using namespace JsonFields;
    const qint64 root = doc.rootOffset();
    qint64 object = member(doc, root, u"contact");
    c.path = u"$.contact"_s;
    if (object < 0 || doc.kindAt(object) != NodeKind::Object) {
        object = root;
        c.path = u"$"_s;
        if (member(doc, root, u"id") >= 0)
            c.problems << Tr::tr("The contact is not wrapped in “contact” as documented.");
    }
    c.id = string(doc, object, u"id", 256);
    c.recognised = !c.id.isEmpty();
    if (!c.recognised)
        c.problems << Tr::tr("No contact with an id was found in the answer.");
    c.name = string(doc, object, u"name", 1024);
    c.firstName = string(doc, object, u"firstName", 1024);
    c.lastName = string(doc, object, u"lastName", 1024);
    c.email = string(doc, object, u"email", 1024);
    c.phone = string(doc, object, u"phone", 256);
    c.locationId = string(doc, object, u"locationId", 256);
    c.timezone = string(doc, object, u"timezone", 256);
    c.dnd = boolean(doc, object, u"dnd");

    const qint64 settings = member(doc, object, u"dndSettings");
    if (settings >= 0 && doc.kindAt(settings) == NodeKind::Object) {
        for (Json::Member m = doc.firstMember(settings); m.isValid(); m = doc.nextMember(m)) {
            if (c.dndSettings.size() >= maxDndChannels)
                break;
            if (doc.kindAt(m.valueOffset) != NodeKind::Object)
                continue;
            DndSetting s;
            s.channel = doc.decodeString(m.keyOffset, 256).text;
            s.status = string(doc, m.valueOffset, u"status", 256);
            s.message = string(doc, m.valueOffset, u"message", 4096);
            s.code = string(doc, m.valueOffset, u"code", 256);
            s.path = Json::appendKey(Json::appendKey(c.path, u"dndSettings"_s), s.channel);
            c.dndSettings << s;
        }
    }
    return c;
}

const DndSetting *Contact::dndFor(QStringView channel) const
{
    for (const DndSetting &s : dndSettings) {
        if (s.channel.compare(channel, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

QString Contact::displayName() const
{
    if (!name.trimmed().isEmpty())
        return name.trimmed();
    const QString full = QString(firstName.trimmed() + u' ' + lastName.trimmed()).trimmed();
    if (!full.isEmpty())
        return full;
    return !email.isEmpty() ? email : phone;
}
