#include "jsonreport.h"

#include "jsonwriter.h"

#include "common/redaction.h"
#include "message/messageformatting.h"

namespace {

QString latin1(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

void writeHeaders(JsonWriter &w, const HttpHeaders &headers)
{
    w.beginArray();
    for (const auto &[name, value] : headers) {
        w.beginObject();
        // Header values are bytes; Latin-1 keeps every byte visible and round-trips (RFC 9110 field values).
        w.field(u"name", latin1(name));
        w.field(u"value", latin1(Redaction::headerValueForDisplay(name, value)));
        w.endObject();
    }
    w.endArray();
}

void writeRequest(JsonWriter &w, const ApiResult &http)
{
    w.beginObject();
    w.field(u"method", latin1(http.method));
    w.fieldOrNull(u"url", http.url.isEmpty() ? QString() : http.url.toString(QUrl::FullyEncoded));
    w.fieldOrNull(u"messageId", http.messageId.isEmpty() ? QString() : http.messageId);
    w.key(u"headers");
    writeHeaders(w, http.requestHeaders);
    w.endObject();
}

void writeResponse(JsonWriter &w, const ApiResult &http)
{
    w.beginObject();
    w.field(u"status", qint64(http.httpStatus));
    w.field(u"reason", latin1(http.reasonPhrase));
    w.key(u"headers");
    writeHeaders(w, http.responseHeaders);
    w.field(u"size", http.size);
    w.field(u"timeMs", http.elapsedMs);
    w.field(u"attempts", qint64(http.attempts));
    w.key(u"rateLimit");
    w.beginObject();
    w.field(u"burstMax", http.rateLimit.burstMax);
    w.field(u"burstRemaining", http.rateLimit.burstRemaining);
    w.field(u"intervalMs", http.rateLimit.intervalMs);
    w.field(u"dailyLimit", http.rateLimit.dailyLimit);
    w.field(u"dailyRemaining", http.rateLimit.dailyRemaining);
    w.endObject();
    w.endObject();
}

// The body can be copied into the output as it is only when it is strictly valid JSON: the parser accepts
// (and reports) raw control characters and invalid UTF-8 inside strings, which would make our output invalid.
bool bodyIsEmbeddable(const Json::Document &doc)
{
    if (!doc.isValid())
        return false;
    for (const Json::DocumentIssue &issue : doc.issues()) {
        if (issue.kind == Json::DocumentIssue::Kind::InvalidUtf8 ||
            issue.kind == Json::DocumentIssue::Kind::ControlCharacter ||
            issue.kind == Json::DocumentIssue::Kind::TooManyIssues)
            return false;
    }
    return true;
}

QString meaningName(BadgeMeaning meaning)
{
    switch (meaning) {
    case BadgeMeaning::None:
        return QStringLiteral("none");
    case BadgeMeaning::Good:
        return QStringLiteral("good");
    case BadgeMeaning::Waiting:
        return QStringLiteral("waiting");
    case BadgeMeaning::Bad:
        return QStringLiteral("bad");
    case BadgeMeaning::OptedOut:
        return QStringLiteral("opted_out");
    case BadgeMeaning::Inbound:
        return QStringLiteral("inbound");
    case BadgeMeaning::Outbound:
        return QStringLiteral("outbound");
    case BadgeMeaning::Neutral:
        return QStringLiteral("neutral");
    case BadgeMeaning::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("none");
}

// A string field: its value, or null when absent or sent with another type (the findings say so).
void writeString(JsonWriter &w, QStringView name, const ViewField<QString> &field)
{
    w.fieldOrNull(name, field.isPresent() ? field.value : QString());
}

// An enum field: {value, label, meaning, known}, or null.
void writeBadge(JsonWriter &w, QStringView name, const ViewField<QString> &field, const Badge &badge)
{
    w.key(name);
    if (!field.isPresent()) {
        w.null();
        return;
    }
    w.beginObject();
    w.field(u"value", field.value);
    w.field(u"label", badge.label);
    w.field(u"meaning", meaningName(badge.meaning));
    w.fieldBool(u"known", badge.known);
    w.endObject();
}

void writeMessage(JsonWriter &w, const Inspection &inspection, const QDateTime &now)
{
    const MessageView &v = inspection.analysis().view;
    w.beginObject();
    writeString(w, u"id", v.id);
    writeString(w, u"altId", v.altId);
    w.key(u"type");
    if (v.type.isPresent()) {
        w.beginObject();
        w.field(u"number", v.type.value);
        w.fieldOrNull(u"name", v.typeName.isEmpty() ? QString() : v.typeName);
        w.key(u"basis");
        if (v.typeName.isEmpty())
            w.null();
        else
            w.string(v.typeNameDocumented ? u"documented" : u"inferred");
        w.endObject();
    } else {
        w.null();
    }
    writeBadge(w, u"messageType", v.messageType, v.messageTypeBadge);
    writeBadge(w, u"direction", v.direction, v.directionBadge);
    writeBadge(w, u"status", v.status, v.statusBadge);
    w.key(u"dateAdded");
    if (v.dateAdded.isPresent()) {
        const QDateTime when = v.dateAdded.value;
        w.beginObject();
        w.field(u"value", inspection.document().stringAt(v.dateAdded.offset));
        w.field(u"utc", when.toUTC().toString(Qt::ISODateWithMs));
        // ISO 8601 with the machine's UTC offset, so the value is exact and still says which local time.
        w.field(u"local",
                when.toOffsetFromUtc(when.toLocalTime().offsetFromUtc()).toString(Qt::ISODateWithMs));
        w.field(u"relative", MessageFormatting::relativeTime(when, now));
        w.endObject();
    } else {
        w.null();
    }
    writeString(w, u"body", v.body);
    writeString(w, u"contactId", v.contactId);
    writeString(w, u"conversationId", v.conversationId);
    writeString(w, u"locationId", v.locationId);
    writeString(w, u"contentType", v.contentType);
    writeString(w, u"userId", v.userId);
    w.key(u"dateUpdated");
    if (v.dateUpdated.isPresent()) {
        w.beginObject();
        w.field(u"value", inspection.document().stringAt(v.dateUpdated.offset));
        w.field(u"utc", v.dateUpdated.value.toUTC().toString(Qt::ISODateWithMs));
        w.field(u"relative", MessageFormatting::relativeTime(v.dateUpdated.value, now));
        w.endObject();
    } else {
        w.null();
    }
    // Error text a failed message carries (no documented field; "error", "errorMessage", … as seen).
    writeString(w, u"failure", v.failureText);
    writeBadge(w, u"source", v.source, v.sourceBadge);
    w.key(u"attachments");
    if (v.attachments.isPresent()) {
        w.beginArray();
        for (const QString &attachment : v.attachments.value)
            w.string(attachment);
        w.endArray();
    } else {
        w.null();
    }
    writeBadge(w, u"callStatus", v.callStatus, v.callStatusBadge);
    // Seconds, also when sent as a number where the schema says string (the finding reports that).
    std::optional<qint64> seconds;
    if (v.callDuration.isPresent())
        seconds = v.callDuration.value;
    else if (v.callDuration.hasWrongType())
        seconds = MessageFormatting::parseDurationSeconds(v.callDuration.raw);
    w.field(u"callDurationSeconds", seconds);
    w.field(u"emailThreadSize", v.emailMessageIdCount.isPresent()
                                    ? std::optional<qint64>(v.emailMessageIdCount.value)
                                    : std::nullopt);
    // Every attachment, also when the list is longer than what "attachments" copies.
    w.field(u"attachmentCount", v.attachmentCount);
    // Where the message is in the body ("$" documented, "$.message" inside the live envelope).
    w.field(u"path", inspection.analysis().shape.messagePath);
    w.endObject();
}

void writeFindings(JsonWriter &w, const QList<Finding> &findings)
{
    w.beginArray();
    for (const Finding &finding : findings) {
        w.beginObject();
        w.field(u"severity", Finding::severityName(finding.severity));
        w.field(u"code", finding.code);
        w.field(u"path", finding.path);
        w.field(u"message", finding.message);
        w.field(u"offset", finding.offset >= 0 ? std::optional<qint64>(finding.offset) : std::nullopt);
        w.fieldOrNull(u"source", finding.source.isEmpty() ? QString() : finding.source);
        w.endObject();
    }
    w.endArray();
}

} // namespace

namespace JsonReport {

void writeError(JsonWriter &w, const InspectionFailure &failure)
{
    w.beginObject();
    w.field(u"kind", failure.kind);
    w.field(u"exitCode", qint64(ExitCodes::value(ExitCodes::forFailure(failure))));
    w.field(u"title", failure.title);
    w.field(u"cause", failure.cause);
    w.field(u"nextStep", failure.nextStep);
    w.key(u"httpStatus");
    if (failure.httpStatus > 0)
        w.number(failure.httpStatus);
    else
        w.null();
    w.key(u"serverMessages");
    w.beginArray();
    for (const QString &message : failure.serverMessages)
        w.string(message);
    w.endArray();
    w.fieldOrNull(u"serverError", failure.serverErrorText.isEmpty() ? QString() : failure.serverErrorText);
    w.fieldOrNull(u"detail", failure.detail.isEmpty() ? QString() : failure.detail);
    w.endObject();
}

QByteArray build(const Inspection &inspection, const QDateTime &now)
{
    JsonWriter w;
    const ExitCode exitCode = inspection.exitCode();
    w.beginObject();
    w.field(u"formatVersion", qint64(formatVersion));
    w.fieldBool(u"ok", !inspection.failure());
    w.field(u"exitCode", qint64(ExitCodes::value(exitCode)));

    w.key(u"request");
    if (inspection.http() && !inspection.http()->url.isEmpty())
        writeRequest(w, *inspection.http());
    else
        w.null();

    w.key(u"response");
    if (inspection.http() && inspection.http()->httpStatus > 0)
        writeResponse(w, *inspection.http());
    else
        w.null();

    w.key(u"file");
    if (!inspection.fileName.isEmpty()) {
        w.beginObject();
        w.field(u"name", inspection.fileName);
        w.field(u"size", qint64(inspection.body().size()));
        w.endObject();
    } else {
        w.null();
    }

    const Json::Document &doc = inspection.document();
    const bool embeddable = bodyIsEmbeddable(doc);
    w.key(u"body");
    if (embeddable)
        w.rawValue(QByteArrayView(doc.bytes())
                       .sliced(doc.rootOffset(), doc.endOf(doc.rootOffset()) - doc.rootOffset()));
    else
        w.null();
    w.fieldOrNull(u"bodyText", !embeddable && !inspection.body().isEmpty()
                                   ? QString::fromUtf8(inspection.body())
                                   : QString());

    w.key(u"parseError");
    if (doc.hasError()) {
        const Json::ParseError error = doc.error();
        w.beginObject();
        w.field(u"offset", error.offset);
        w.field(u"line", qint64(error.line));
        w.field(u"column", qint64(error.column));
        w.field(u"message", error.message);
        w.endObject();
    } else {
        w.null();
    }

    // Which shape the body has (message, envelope, webhook, error, other, not-json, empty) and its traceId,
    // the id HighLevel's support asks for: also for failed lookups, whose error bodies may carry one.
    w.key(u"shape");
    if (doc.isValid() || doc.hasError()) {
        w.beginObject();
        w.field(u"kind", inspection.analysis().shape.kindName());
        w.field(u"description", inspection.analysis().shape.description());
        w.fieldOrNull(u"webhookEvent", inspection.analysis().shape.webhookEvent);
        w.endObject();
    } else {
        w.null();
    }
    w.fieldOrNull(u"traceId", inspection.analysis().shape.traceId);

    w.key(u"message");
    if (inspection.hasMessage() && inspection.analysis().view.isMessage)
        writeMessage(w, inspection, now);
    else
        w.null();
    // Findings describe a message; for a failed lookup they would only describe the error body.
    w.key(u"findings");
    writeFindings(w, inspection.failure() ? QList<Finding>() : inspection.analysis().findings);

    if (inspection.comparison) {
        w.key(u"comparison");
        w.beginObject();
        w.field(u"with", inspection.comparedWith);
        w.key(u"differences");
        w.beginArray();
        for (const MessageComparison::Row &row : inspection.comparison->differences()) {
            w.beginObject();
            w.field(u"field", row.field);
            w.fieldOrNull(u"first", row.first.isEmpty() ? QString() : row.first);
            w.fieldOrNull(u"live", row.second.isEmpty() ? QString() : row.second);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }

    w.key(u"error");
    if (inspection.failure())
        writeError(w, *inspection.failure());
    else
        w.null();
    w.endObject();
    return w.data();
}

} // namespace JsonReport
