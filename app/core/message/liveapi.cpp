#include "message/liveapi.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace LiveApi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LiveApi)
};

// Public sources, named once so every row that rests on them cites them the same way.
const QString envelopeReports = u"GoHighLevel/highlevel-api-docs #214 (2025-12-18) and #258 (2026-02-18)"_s;
const QString traceIdSource =
    u"HighLevel OAuth docs, docs/oauth/Overview.md; highlevel-api-docs #214, #258"_s;
const QString webhookDocs =
    u"HighLevel webhook docs, docs/webhook events/InboundMessage.md and OutboundMessage.md"_s;
const QString providerWebhookDocs =
    u"HighLevel webhook docs, docs/webhook events/ProviderOutboundMessage.md"_s;
const QString officialExample = u"the official example in apps/conversations.json (GetMessageResponseDto)"_s;

} // namespace

const QList<KnownDifference> &table()
{
    using K = DifferenceKind;
    static const QList<KnownDifference> rows{
        {u"live-envelope"_s,
         K::Envelope,
         u"$"_s,
         {},
         {},
         Tr::tr("The live API wraps the message in an envelope {\"message\": {…}, \"traceId\": \"…\"}; the "
                "documentation shows the message alone."),
         envelopeReports},
        {u"live-trace-id"_s,
         K::ExtraField,
         u"$.traceId"_s,
         {},
         {},
         Tr::tr(
             "traceId identifies the request at HighLevel; their support asks for it. The documentation of "
             "this endpoint does not list it."),
         traceIdSource},
        {u"live-status-value"_s,
         K::ExtraValue,
         u"$.status"_s,
         u"completed"_s,
         {},
         Tr::tr(
             "Calls are reported live with status \"completed\", a value the documented enum does not list."),
         envelopeReports + u"; "_s + webhookDocs},
        {u"live-status-value"_s,
         K::ExtraValue,
         u"$.status"_s,
         u"voicemail"_s,
         {},
         Tr::tr("Calls that reached voicemail are reported with status \"voicemail\", a value the documented "
                "enum "
                "does not list."),
         webhookDocs},
        {u"live-meta-call"_s,
         K::FieldAlias,
         u"$.meta.callDuration"_s,
         u"$.meta.call.duration"_s,
         {},
         Tr::tr(
             "The live API sends a call's length as meta.call.duration (seconds) instead of the documented "
             "meta.callDuration."),
         envelopeReports},
        {u"live-meta-call"_s,
         K::FieldAlias,
         u"$.meta.callStatus"_s,
         u"$.meta.call.status"_s,
         {},
         Tr::tr("The live API sends a call's status as meta.call.status instead of the documented "
                "meta.callStatus."),
         envelopeReports},
        {u"live-meta-call"_s,
         K::ExtraField,
         u"$.meta.call"_s,
         {},
         {},
         Tr::tr("The live API groups a call's facts in meta.call {duration, status}, which the documentation "
                "does "
                "not list."),
         envelopeReports},
        {u"live-extra-field"_s,
         K::ExtraField,
         u"$.dateUpdated"_s,
         {},
         {},
         Tr::tr(
             "The live API sends dateUpdated, the time of the last change (for example of the status); the "
             "documentation does not list it."),
         envelopeReports},
        {u"live-extra-field"_s,
         K::ExtraField,
         u"$.altId"_s,
         {},
         {},
         Tr::tr("altId is sent live but is missing from the OpenAPI file."),
         u"GoHighLevel/highlevel-api-docs #38; #214, #258"_s},
        {u"live-missing-field"_s,
         K::MissingField,
         u"$.contentType"_s,
         {},
         {},
         Tr::tr("Call messages are reported without contentType, which the documentation marks as required."),
         envelopeReports},
        {u"live-number-as-documented-string"_s,
         K::OtherType,
         u"$.meta.callDuration"_s,
         u"number"_s,
         {},
         Tr::tr("meta.callDuration is documented as a string, but the official example and webhooks send a "
                "number of seconds."),
         officialExample + u"; "_s + webhookDocs},
        {u"webhook-message-id"_s,
         K::WebhookName,
         u"$.id"_s,
         u"$.messageId"_s,
         {},
         Tr::tr("Webhook payloads name the message id messageId."),
         webhookDocs},
        {u"webhook-call-fields"_s,
         K::WebhookName,
         u"$.meta.callDuration"_s,
         u"$.callDuration"_s,
         {},
         Tr::tr("Webhook payloads send callDuration (a number of seconds) at the top level."),
         webhookDocs},
        {u"webhook-call-fields"_s,
         K::WebhookName,
         u"$.meta.callStatus"_s,
         u"$.callStatus"_s,
         {},
         Tr::tr("Webhook payloads send callStatus at the top level."),
         webhookDocs},
        {u"webhook-provider-fields"_s,
         K::WebhookName,
         u"$.messageType"_s,
         u"$.type"_s,
         {},
         Tr::tr("Custom-provider webhooks (ProviderOutboundMessage) send the channel as type (\"SMS\", "
                "\"Email\")."),
         providerWebhookDocs},
        {u"webhook-provider-fields"_s,
         K::WebhookName,
         u"$.body"_s,
         u"$.message"_s,
         {},
         Tr::tr("Custom-provider webhooks send an SMS's text as message."),
         providerWebhookDocs},
        {u"webhook-provider-fields"_s,
         K::WebhookName,
         u"$.body"_s,
         u"$.html"_s,
         {},
         Tr::tr("Custom-provider webhooks send an email's body as html."),
         providerWebhookDocs},
        {u"short-message-type"_s, K::ExtraValue, u"$.messageType"_s, u"SMS"_s, u"TYPE_SMS"_s,
         Tr::tr("messageType is sent as the short name SMS where the enum says TYPE_SMS."),
         officialExample + u"; "_s + webhookDocs},
        {u"short-message-type"_s, K::ExtraValue, u"$.messageType"_s, u"CALL"_s, u"TYPE_CALL"_s,
         Tr::tr("messageType is sent as the short name CALL where the enum says TYPE_CALL."), webhookDocs},
        {u"short-message-type"_s, K::ExtraValue, u"$.messageType"_s, u"Email"_s, u"TYPE_EMAIL"_s,
         Tr::tr("messageType is sent as the short name Email where the enum says TYPE_EMAIL."), webhookDocs},
        {u"short-message-type"_s, K::ExtraValue, u"$.messageType"_s, u"VoiceMail"_s,
         u"TYPE_CAMPAIGN_VOICEMAIL"_s,
         Tr::tr("messageType is sent as the short name VoiceMail (type 10, voicemail)."), webhookDocs},
        {u"short-message-type"_s, K::ExtraValue, u"$.messageType"_s, u"GMB"_s, u"TYPE_GMB"_s,
         Tr::tr("messageType is sent as the short name GMB where the enum says TYPE_GMB."), webhookDocs},
        {u"short-message-type"_s, K::ExtraValue, u"$.messageType"_s, u"FB"_s, u"TYPE_FACEBOOK"_s,
         Tr::tr("messageType is sent as the short name FB where the enum says TYPE_FACEBOOK."), webhookDocs},
        {u"short-message-type"_s, K::ExtraValue, u"$.messageType"_s, u"IG"_s, u"TYPE_INSTAGRAM"_s,
         Tr::tr("messageType is sent as the short name IG where the enum says TYPE_INSTAGRAM."), webhookDocs},
        {u"short-message-type"_s, K::ExtraValue, u"$.messageType"_s, u"Live Chat"_s, u"TYPE_LIVE_CHAT"_s,
         Tr::tr("messageType is sent as the short name Live Chat where the enum says TYPE_LIVE_CHAT."),
         webhookDocs},
        {u"retried-send-fields"_s,
         K::ExtraField,
         u"$.messageTypeId"_s,
         {},
         {},
         Tr::tr("A retried send arrives as a new message with messageTypeId."),
         u"GoHighLevel/highlevel-api-docs #260"_s},
        {u"retried-send-fields"_s,
         K::ExtraField,
         u"$.messageTypeString"_s,
         {},
         {},
         Tr::tr("A retried send arrives as a new message with messageTypeString."),
         u"GoHighLevel/highlevel-api-docs #260"_s},
        {u"retried-send-fields"_s,
         K::ExtraField,
         u"$.appId"_s,
         {},
         {},
         Tr::tr("A retried send arrives as a new message with appId."),
         u"GoHighLevel/highlevel-api-docs #260"_s},
        {u"retried-send-fields"_s,
         K::ExtraField,
         u"$.from"_s,
         {},
         {},
         Tr::tr("A retried send arrives as a new message with from."),
         u"GoHighLevel/highlevel-api-docs #260"_s},
        {u"server-error-for-bad-input"_s,
         K::ServerErrorStatus,
         u"$"_s,
         u"500"_s,
         {},
         Tr::tr("A wrong message id or a malformed token can be answered with 500 instead of 400 or 404."),
         u"GoHighLevel/highlevel-api-docs #6, #39"_s},
    };
    return rows;
}

const KnownDifference *extraValue(QStringView canonicalPath, QStringView value)
{
    for (const KnownDifference &row : table()) {
        if (row.kind == DifferenceKind::ExtraValue && row.path == canonicalPath && row.value == value)
            return &row;
    }
    return nullptr;
}

const KnownDifference *extraField(QStringView relativePath)
{
    for (const KnownDifference &row : table()) {
        if (row.kind == DifferenceKind::ExtraField && row.path == relativePath)
            return &row;
    }
    return nullptr;
}

const KnownDifference *missingField(QStringView canonicalPath)
{
    for (const KnownDifference &row : table()) {
        if (row.kind == DifferenceKind::MissingField && row.path == canonicalPath)
            return &row;
    }
    return nullptr;
}

const KnownDifference *otherType(QStringView canonicalPath, QStringView kindName)
{
    for (const KnownDifference &row : table()) {
        if (row.kind == DifferenceKind::OtherType && row.path == canonicalPath && row.value == kindName)
            return &row;
    }
    return nullptr;
}

const KnownDifference *byCode(QStringView code)
{
    for (const KnownDifference &row : table()) {
        if (row.code == code)
            return &row;
    }
    return nullptr;
}

const KnownDifference *aliasRow(QStringView canonicalPath, QStringView actualPath)
{
    for (const KnownDifference &row : table()) {
        if ((row.kind == DifferenceKind::FieldAlias || row.kind == DifferenceKind::WebhookName) &&
            row.path == canonicalPath && row.value == actualPath)
            return &row;
    }
    return nullptr;
}

const QList<FieldAlias> &aliases()
{
    static const QList<FieldAlias> list = [] {
        QList<FieldAlias> out;
        for (const KnownDifference &row : table()) {
            if (row.kind == DifferenceKind::FieldAlias)
                out.append({row.path, row.value, false, row.code});
            else if (row.kind == DifferenceKind::WebhookName)
                out.append({row.path, row.value, true, row.code});
        }
        return out;
    }();
    return list;
}

const QStringList &messageWebhookEvents()
{
    static const QStringList events{u"InboundMessage"_s, u"OutboundMessage"_s, u"ProviderOutboundMessage"_s};
    return events;
}

} // namespace LiveApi
