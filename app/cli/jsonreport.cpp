#include "jsonreport.h"

#include "jsonwriter.h"

#include "common/redaction.h"

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

void writeError(JsonWriter &w, const CliFailure &failure)
{
    w.beginObject();
    w.field(u"kind", failure.kind);
    w.field(u"exitCode", qint64(ExitCodes::value(failure.exitCode)));
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

} // namespace

namespace JsonReport {

QByteArray build(const Inspection &inspection)
{
    JsonWriter w;
    const ExitCode exitCode = inspection.exitCode();
    w.beginObject();
    w.field(u"formatVersion", qint64(formatVersion));
    w.fieldBool(u"ok", !inspection.failure);
    w.field(u"exitCode", qint64(ExitCodes::value(exitCode)));

    w.key(u"request");
    if (inspection.http && !inspection.http->url.isEmpty())
        writeRequest(w, *inspection.http);
    else
        w.null();

    w.key(u"response");
    if (inspection.http && inspection.http->httpStatus > 0)
        writeResponse(w, *inspection.http);
    else
        w.null();

    w.key(u"file");
    if (!inspection.fileName.isEmpty()) {
        w.beginObject();
        w.field(u"name", inspection.fileName);
        w.field(u"size", qint64(inspection.body.size()));
        w.endObject();
    } else {
        w.null();
    }

    const Json::Document &doc = inspection.document;
    const bool embeddable = bodyIsEmbeddable(doc);
    w.key(u"body");
    if (embeddable)
        w.rawValue(QByteArrayView(doc.bytes())
                       .sliced(doc.rootOffset(), doc.endOf(doc.rootOffset()) - doc.rootOffset()));
    else
        w.null();
    w.fieldOrNull(u"bodyText",
                  !embeddable && !inspection.body.isEmpty() ? QString::fromUtf8(inspection.body) : QString());

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

    w.fieldNull(u"message");
    w.key(u"findings");
    w.beginArray();
    w.endArray();

    w.key(u"error");
    if (inspection.failure)
        writeError(w, *inspection.failure);
    else
        w.null();
    w.endObject();
    return w.data();
}

} // namespace JsonReport
