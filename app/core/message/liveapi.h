#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// What is publicly known about the live get-message API beyond its documentation, kept as data in one place.
// The wire is the truth and the documentation a hint: every row says what the live API (or a webhook, which
// names the same message) is reported to send and where that report is, so the inspector can tell a known
// difference from a real anomaly. The validator turns a matching row into a finding of severity
// KnownDifference ("differs from the documentation the way the live API is known to"), the view and the tree
// read the aliased fields like documented ones, and the README lists the table.
namespace LiveApi {

enum class DifferenceKind
{
    Envelope,          // the message arrives inside {"message": {…}, "traceId": …}
    ExtraField,        // a field the documentation does not list (path relative to the message)
    ExtraValue,        // a value outside the documented enum of a field (canonical path + value)
    MissingField,      // a field documented as required that the live API leaves out (for some messages)
    FieldAlias,        // the same fact under another name (actual path → canonical path)
    OtherType,         // a value sent with another JSON type than documented
    WebhookName,       // a webhook payload names the message differently (messageId, short types)
    ServerErrorStatus, // the server answers bad input with 500 instead of 400/404
};

struct KnownDifference
{
    QString code;         // stable, machine-readable: "live-envelope", "live-status-value", …
    DifferenceKind kind;  //
    QString path;         // canonical message path ("$.status"), or "$" for the envelope
    QString value;        // ExtraValue: the value; FieldAlias: the actual path; OtherType: the JSON kind sent
    QString documentedAs; // ExtraValue of messageType: the documented enum name ("TYPE_SMS"); else empty
    QString description;  // one plain sentence
    QString source;       // where this is publicly reported
};

// Every row, in the order the README lists them.
const QList<KnownDifference> &table();

// Lookups. Paths are canonical message paths ("$.status", "$.meta.callStatus").
const KnownDifference *extraValue(QStringView canonicalPath, QStringView value);
const KnownDifference *extraField(QStringView relativePath);
const KnownDifference *missingField(QStringView canonicalPath);
const KnownDifference *otherType(QStringView canonicalPath, QStringView kindName);
const KnownDifference *byCode(QStringView code);
// The FieldAlias or WebhookName row for a field sent at actualPath instead of canonicalPath.
const KnownDifference *aliasRow(QStringView canonicalPath, QStringView actualPath);

// A field alias: the message fact at canonicalPath is sent at actualPath (relative to the message object).
struct FieldAlias
{
    QString canonicalPath; // "$.meta.callDuration"
    QString actualPath;    // "$.meta.call.duration"
    bool webhookOnly;      // only a webhook payload uses this name ("$.messageId", "$.callDuration")
    QString code;          // the KnownDifference row that explains it
};
const QList<FieldAlias> &aliases();

// Webhook event types that carry one message ("InboundMessage", "OutboundMessage", …).
const QStringList &messageWebhookEvents();

} // namespace LiveApi
