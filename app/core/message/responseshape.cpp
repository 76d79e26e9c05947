#include "message/responseshape.h"

#include "message/liveapi.h"
#include "text/safetext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using Json::NodeKind;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResponseShape)
};

// Top-level names that only a message has; one of them is enough to read a flat object as a message.
const QStringList &messageMarkers()
{
    static const QStringList names{u"id"_s,        u"messageType"_s,    u"direction"_s,
                                   u"dateAdded"_s, u"conversationId"_s, u"contactId"_s};
    return names;
}

// Channel names a custom-provider webhook sends in its "type" field.
bool isProviderChannel(QStringView type)
{
    return type == u"SMS" || type == u"Email" || type == u"WhatsApp";
}

QString stringMember(const Json::Document &doc, qint64 object, QStringView key, qint64 *offset = nullptr)
{
    const Json::Member m = doc.findMember(object, key);
    if (!m.isValid() || doc.kindAt(m.valueOffset) != NodeKind::String)
        return QString();
    if (offset)
        *offset = m.valueOffset;
    return doc.decodeString(m.valueOffset, 4096).text;
}

bool isProviderAlias(const LiveApi::FieldAlias &alias)
{
    return alias.code == u"webhook-provider-fields";
}

} // namespace

ResponseShape ResponseShape::recognise(const Json::Document &doc)
{
    ResponseShape shape;
    if (!doc.isValid() && Json::isBlank(doc.bytes())) {
        shape.kind = Kind::Empty;
        return shape;
    }
    if (doc.hasError()) {
        shape.kind = Kind::NotJson;
        return shape;
    }
    if (!doc.isValid()) {
        shape.kind = Kind::Empty;
        return shape;
    }
    const qint64 root = doc.rootOffset();
    if (doc.kindAt(root) != NodeKind::Object) {
        shape.kind = Kind::OtherJson;
        return shape;
    }
    shape.traceId = stringMember(doc, root, u"traceId", &shape.traceIdOffset);

    const Json::Member message = doc.findMember(root, u"message");
    if (message.isValid() && doc.kindAt(message.valueOffset) == NodeKind::Object) {
        shape.kind = Kind::LiveEnvelope;
        shape.messageOffset = message.valueOffset;
        shape.messagePath = u"$.message"_s;
        return shape;
    }

    const bool hasId = doc.findMember(root, u"id").isValid();
    const bool hasMessageId = doc.findMember(root, u"messageId").isValid();
    const QString type = stringMember(doc, root, u"type");
    if (LiveApi::messageWebhookEvents().contains(type)) {
        shape.kind = Kind::WebhookEvent;
        shape.webhookEvent = type;
        shape.messageOffset = root;
        shape.messagePath = u"$"_s;
        return shape;
    }

    const Json::Member statusCode = doc.findMember(root, u"statusCode");
    const Json::Member errorName = doc.findMember(root, u"error");
    const bool errorShaped =
        (statusCode.isValid() && doc.kindAt(statusCode.valueOffset) == NodeKind::Number) ||
        (message.isValid() && errorName.isValid() && doc.kindAt(errorName.valueOffset) == NodeKind::String);
    if (errorShaped && !hasId && !hasMessageId) {
        shape.kind = Kind::ErrorBody;
        if (statusCode.isValid() && doc.kindAt(statusCode.valueOffset) == NodeKind::Number)
            shape.errorStatusCode =
                doc.rawAt(statusCode.valueOffset)
                    .first(std::min<qsizetype>(doc.rawAt(statusCode.valueOffset).size(), 12))
                    .toByteArray()
                    .toLongLong();
        shape.errorName = stringMember(doc, root, u"error");
        if (message.isValid() && doc.kindAt(message.valueOffset) == NodeKind::String) {
            shape.errorMessages << doc.decodeString(message.valueOffset, 4096).text;
        } else if (message.isValid() && doc.kindAt(message.valueOffset) == NodeKind::Array) {
            int taken = 0;
            for (Json::Member m = doc.firstMember(message.valueOffset); m.isValid() && taken < 50;
                 m = doc.nextMember(m), ++taken) {
                if (doc.kindAt(m.valueOffset) == NodeKind::String)
                    shape.errorMessages << doc.decodeString(m.valueOffset, 4096).text;
            }
        }
        return shape;
    }

    if (hasMessageId && !hasId) {
        shape.kind = Kind::WebhookEvent;
        shape.webhookEvent = isProviderChannel(type) && !doc.findMember(root, u"direction").isValid()
                                 ? u"ProviderOutboundMessage"_s
                                 : QString();
        shape.messageOffset = root;
        shape.messagePath = u"$"_s;
        return shape;
    }

    for (const QString &marker : messageMarkers()) {
        if (doc.findMember(root, marker).isValid()) {
            shape.kind = Kind::DocumentedMessage;
            shape.messageOffset = root;
            shape.messagePath = u"$"_s;
            return shape;
        }
    }
    shape.kind = Kind::OtherJson;
    return shape;
}

QString ResponseShape::traceIdOf(const QByteArray &body)
{
    if (body.isEmpty() || body.size() > 1024 * 1024)
        return QString();
    return SafeText::forDisplay(recognise(Json::Document::parse(body)).traceId, 200);
}

QString ResponseShape::kindName() const
{
    switch (kind) {
    case Kind::Empty:
        return u"empty"_s;
    case Kind::NotJson:
        return u"not-json"_s;
    case Kind::DocumentedMessage:
        return u"message"_s;
    case Kind::LiveEnvelope:
        return u"envelope"_s;
    case Kind::WebhookEvent:
        return u"webhook"_s;
    case Kind::ErrorBody:
        return u"error"_s;
    case Kind::OtherJson:
        return u"other"_s;
    }
    return QString();
}

QString ResponseShape::description() const
{
    switch (kind) {
    case Kind::Empty:
        return Tr::tr("No body");
    case Kind::NotJson:
        return Tr::tr("Not JSON");
    case Kind::DocumentedMessage:
        return Tr::tr("Message (documented shape)");
    case Kind::LiveEnvelope:
        return traceId.isEmpty() ? Tr::tr("Live API response (message in an envelope)")
                                 : Tr::tr("Live API response (message in an envelope with a traceId)");
    case Kind::WebhookEvent:
        return webhookEvent.isEmpty() ? Tr::tr("Webhook payload")
                                      : Tr::tr("%1 webhook event").arg(webhookEvent);
    case Kind::ErrorBody:
        return Tr::tr("Error answer from the server");
    case Kind::OtherJson:
        return Tr::tr("JSON that is not a message");
    }
    return QString();
}

QString ResponseShape::actualPath(QStringView canonicalPath) const
{
    if (messagePath.isEmpty() || messagePath == u"$")
        return canonicalPath.toString();
    return messagePath + canonicalPath.mid(1);
}

QString ResponseShape::canonicalPath(QStringView actualPath) const
{
    if (messagePath.isEmpty())
        return QString();
    QString relative;
    if (messagePath == u"$") {
        relative = actualPath.toString();
    } else if (actualPath == messagePath) {
        relative = u"$"_s;
    } else if (actualPath.startsWith(messagePath) && actualPath.size() > messagePath.size() &&
               (actualPath.at(messagePath.size()) == u'.' || actualPath.at(messagePath.size()) == u'[')) {
        relative = u"$"_s + actualPath.mid(messagePath.size());
    } else {
        return QString();
    }
    for (const LiveApi::FieldAlias &alias : LiveApi::aliases()) {
        if (alias.actualPath != relative)
            continue;
        if (alias.webhookOnly && kind != Kind::WebhookEvent)
            continue;
        if (isProviderAlias(alias) && webhookEvent != u"ProviderOutboundMessage")
            continue;
        return alias.canonicalPath;
    }
    return relative;
}

QStringList ResponseShape::candidatePaths(QStringView canonical) const
{
    QStringList paths{canonical.toString()};
    for (const LiveApi::FieldAlias &alias : LiveApi::aliases()) {
        if (alias.canonicalPath != canonical)
            continue;
        if (alias.webhookOnly && kind != Kind::WebhookEvent)
            continue;
        if (isProviderAlias(alias) && webhookEvent != u"ProviderOutboundMessage")
            continue;
        paths << alias.actualPath;
    }
    return paths;
}
