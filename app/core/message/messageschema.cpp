#include "message/messageschema.h"

#include "message/liveapi.h"
#include "message/messageformatting.h"

namespace MessageSchema {

using namespace Qt::StringLiterals;

// --- The tables. Checked against the vendored tests/data/highlevel-openapi/apps/conversations.json and the
// --- reference page's facts (tests/message/data/reference-page-facts.json) by
// tests/message/tst_messageschema.cpp.

const QList<FieldSpec> &fields()
{
    static const QList<FieldSpec> table{
        {u"$.id"_s, ValueType::String, true, true},
        {u"$.altId"_s, ValueType::String, false, false},
        {u"$.type"_s, ValueType::Number, true, true},
        {u"$.messageType"_s, ValueType::String, true, true},
        {u"$.locationId"_s, ValueType::String, true, true},
        {u"$.contactId"_s, ValueType::String, true, true},
        {u"$.conversationId"_s, ValueType::String, true, true},
        {u"$.dateAdded"_s, ValueType::String, true, true},
        {u"$.body"_s, ValueType::String, false, true},
        {u"$.direction"_s, ValueType::String, true, true},
        {u"$.status"_s, ValueType::String, false, true},
        {u"$.contentType"_s, ValueType::String, true, true},
        {u"$.attachments"_s, ValueType::StringArray, false, true},
        {u"$.meta"_s, ValueType::Object, false, true},
        {u"$.source"_s, ValueType::String, false, true},
        {u"$.userId"_s, ValueType::String, false, true},
        {u"$.conversationProviderId"_s, ValueType::String, false, true},
        {u"$.chatWidgetId"_s, ValueType::String, false, true},
        {u"$.meta.callDuration"_s, ValueType::String, false, true},
        {u"$.meta.callStatus"_s, ValueType::String, false, true},
        {u"$.meta.email"_s, ValueType::Object, false, true},
        {u"$.meta.email.messageIds"_s, ValueType::StringArray, false, false},
        {u"$.meta.ig"_s, ValueType::Object, false, false},
        {u"$.meta.fb"_s, ValueType::Object, false, false},
    };
    return table;
}

const QStringList &messageTypes()
{
    static const QStringList values{
        u"TYPE_CALL"_s,
        u"TYPE_SMS"_s,
        u"TYPE_RCS"_s,
        u"TYPE_EMAIL"_s,
        u"TYPE_SMS_REVIEW_REQUEST"_s,
        u"TYPE_WEBCHAT"_s,
        u"TYPE_SMS_NO_SHOW_REQUEST"_s,
        u"TYPE_CAMPAIGN_SMS"_s,
        u"TYPE_CAMPAIGN_CALL"_s,
        u"TYPE_CAMPAIGN_EMAIL"_s,
        u"TYPE_CAMPAIGN_VOICEMAIL"_s,
        u"TYPE_FACEBOOK"_s,
        u"TYPE_CAMPAIGN_FACEBOOK"_s,
        u"TYPE_CAMPAIGN_MANUAL_CALL"_s,
        u"TYPE_CAMPAIGN_MANUAL_SMS"_s,
        u"TYPE_GMB"_s,
        u"TYPE_CAMPAIGN_GMB"_s,
        u"TYPE_REVIEW"_s,
        u"TYPE_INSTAGRAM"_s,
        u"TYPE_WHATSAPP"_s,
        u"TYPE_CUSTOM_SMS"_s,
        u"TYPE_CUSTOM_EMAIL"_s,
        u"TYPE_CUSTOM_PROVIDER_SMS"_s,
        u"TYPE_CUSTOM_PROVIDER_EMAIL"_s,
        u"TYPE_IVR_CALL"_s,
        u"TYPE_ACTIVITY_CONTACT"_s,
        u"TYPE_ACTIVITY_INVOICE"_s,
        u"TYPE_ACTIVITY_PAYMENT"_s,
        u"TYPE_ACTIVITY_OPPORTUNITY"_s,
        u"TYPE_LIVE_CHAT"_s,
        u"TYPE_LIVE_CHAT_INFO_MESSAGE"_s,
        u"TYPE_ACTIVITY_APPOINTMENT"_s,
        u"TYPE_FACEBOOK_COMMENT"_s,
        u"TYPE_INSTAGRAM_COMMENT"_s,
        u"TYPE_CUSTOM_CALL"_s,
        u"TYPE_INTERNAL_COMMENT"_s,
        u"TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG"_s,
        u"TYPE_TIKTOK"_s,
        u"TYPE_TIKTOK_COMMENT"_s,
        u"TYPE_ACTIVITY_WHATSAPP"_s,
        u"TYPE_FORM_SUBMISSION"_s,
        u"TYPE_SMS_REACTION"_s,
    };
    return values;
}

const QStringList &statuses()
{
    static const QStringList values{u"connected"_s,   u"delivered"_s, u"failed"_s,    u"opened"_s,
                                    u"pending"_s,     u"read"_s,      u"scheduled"_s, u"sent"_s,
                                    u"undelivered"_s, u"clicked"_s,   u"opt_out"_s,   u"queued"_s};
    return values;
}

const QStringList &directions()
{
    static const QStringList values{u"inbound"_s, u"outbound"_s};
    return values;
}

const QStringList &sources()
{
    static const QStringList values{u"workflow"_s, u"bulk_actions"_s, u"campaign"_s, u"api"_s, u"app"_s};
    return values;
}

const QStringList &callStatuses()
{
    static const QStringList values{u"pending"_s,   u"completed"_s, u"answered"_s, u"busy"_s,
                                    u"no-answer"_s, u"failed"_s,    u"canceled"_s, u"voicemail"_s};
    return values;
}

const QStringList &referencePageMessageTypeOrder()
{
    // The reference page (reference/000_f98a899bd174c0a7.txt) lists messageType without TYPE_RCS and the
    // newer names; position + 1 is the type number wherever the documentation gives one.
    static const QStringList order = [] {
        QStringList list = messageTypes();
        list.removeOne(u"TYPE_RCS"_s);
        const qsizetype last = list.indexOf(u"TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG"_s);
        return list.mid(0, last + 1);
    }();
    return order;
}

const QList<TypeNumber> &typeNumbers()
{
    static const QList<int> documented{1, 3, 10, 11, 18};
    static const QList<TypeNumber> table = [] {
        QList<TypeNumber> list;
        const QStringList &order = referencePageMessageTypeOrder();
        for (qsizetype i = 0; i < order.size(); ++i)
            list.append(TypeNumber{int(i + 1), order.at(i), documented.contains(int(i + 1))});
        return list;
    }();
    return table;
}

// Badge meanings: the one table the chips come from.
static BadgeMeaning meaningFor(QStringView path, QStringView value)
{
    if (path == u"$.direction")
        return value == u"inbound" ? BadgeMeaning::Inbound : BadgeMeaning::Outbound;
    static const QStringList good{u"delivered"_s, u"read"_s, u"opened"_s,    u"clicked"_s,
                                  u"connected"_s, u"sent"_s, u"completed"_s, u"answered"_s};
    static const QStringList waiting{u"pending"_s, u"queued"_s, u"scheduled"_s};
    static const QStringList bad{u"failed"_s, u"undelivered"_s, u"busy"_s, u"no-answer"_s, u"canceled"_s};
    if (path == u"$.status" || path == u"$.meta.callStatus") {
        if (good.contains(value))
            return BadgeMeaning::Good;
        if (waiting.contains(value))
            return BadgeMeaning::Waiting;
        if (bad.contains(value))
            return BadgeMeaning::Bad;
        if (value == u"opt_out")
            return BadgeMeaning::OptedOut;
    }
    return BadgeMeaning::Neutral; // sources, message types, voicemail
}

// --- Lookups over the tables. ---

const FieldSpec *field(QStringView path)
{
    for (const FieldSpec &f : fields()) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

QStringList topLevelNames()
{
    QStringList names;
    for (const FieldSpec &f : fields()) {
        const QStringView rest = QStringView(f.path).mid(2);
        if (!rest.contains(u'.'))
            names << rest.toString();
    }
    return names;
}

const QStringList *enumFor(QStringView path)
{
    if (path == u"$.messageType")
        return &messageTypes();
    if (path == u"$.status")
        return &statuses();
    if (path == u"$.direction")
        return &directions();
    if (path == u"$.source")
        return &sources();
    if (path == u"$.meta.callStatus")
        return &callStatuses();
    return nullptr;
}

std::optional<TypeNumber> typeForNumber(qint64 number)
{
    for (const TypeNumber &t : typeNumbers()) {
        if (t.number == number)
            return t;
    }
    return std::nullopt;
}

std::optional<TypeNumber> typeForMessageType(QStringView messageType)
{
    for (const TypeNumber &t : typeNumbers()) {
        if (t.messageType == messageType)
            return t;
    }
    return std::nullopt;
}

bool isBadgePath(QStringView path)
{
    return enumFor(path) != nullptr;
}

Badge badgeFor(QStringView path, QStringView value)
{
    Badge badge;
    const QStringList *values = enumFor(path);
    if (!values)
        return badge;
    badge.rawValue = value.toString();
    badge.known = values->contains(value);
    badge.label = MessageFormatting::enumLabel(value);
    if (!badge.known) {
        // A value the live API is known to send (status "completed", messageType "SMS") reads like a
        // documented one; the validator still notes the difference.
        if (const LiveApi::KnownDifference *live = LiveApi::extraValue(path, value)) {
            badge.known = true;
            if (!live->documentedAs.isEmpty())
                badge.label = MessageFormatting::enumLabel(live->documentedAs);
        }
    }
    badge.meaning = badge.known ? meaningFor(path, value) : BadgeMeaning::Unknown;
    return badge;
}

} // namespace MessageSchema
