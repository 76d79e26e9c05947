#include "message/messageview.h"

#include "message/liveapi.h"
#include "message/messageformatting.h"
#include "message/messageschema.h"

using namespace Qt::StringLiterals;
using Json::NodeKind;

namespace {

// Attachments beyond this many are counted but not copied into the view.
constexpr int maxAttachmentsInView = 1000;

// The value at a path relative to the message ("$.meta.call.duration"), walking objects only; -1 if absent.
qint64 walk(const Json::Document &doc, qint64 message, QStringView relativePath)
{
    qint64 at = message;
    for (const QStringView step : relativePath.mid(2).split(u'.')) {
        if (at < 0 || doc.kindAt(at) != NodeKind::Object)
            return -1;
        at = doc.findMember(at, step).valueOffset;
    }
    return at;
}

// Finds the field under its documented name or one of the shape's known aliases.
template <typename T>
bool locate(const Json::Document &doc, const ResponseShape &shape, const QString &canonicalPath,
            ViewField<T> &field)
{
    field.path = shape.actualPath(canonicalPath);
    if (!shape.hasMessage())
        return false;
    for (const QString &candidate : shape.candidatePaths(canonicalPath)) {
        const qint64 offset = walk(doc, shape.messageOffset, candidate);
        if (offset < 0)
            continue;
        field.path = shape.actualPath(candidate);
        field.offset = offset;
        const QByteArrayView raw = doc.rawAt(offset);
        field.raw = QString::fromUtf8(raw.first(std::min<qsizetype>(raw.size(), 4096)));
        field.state = ViewField<T>::State::WrongType;
        return true;
    }
    return false;
}

void readString(const Json::Document &doc, const ResponseShape &shape, const QString &canonicalPath,
                ViewField<QString> &field)
{
    if (!locate(doc, shape, canonicalPath, field))
        return;
    if (doc.kindAt(field.offset) == NodeKind::String) {
        const Json::DecodedString text = doc.decodeString(field.offset, MessageView::maxFieldBytes);
        field.value = text.truncated ? text.text + QChar(0x2026) : text.text;
        field.state = ViewField<QString>::State::Present;
    }
}

void readDate(const Json::Document &doc, const ResponseShape &shape, const QString &canonicalPath,
              ViewField<QDateTime> &field)
{
    if (!locate(doc, shape, canonicalPath, field) || doc.kindAt(field.offset) != NodeKind::String)
        return;
    if (const auto parsed = MessageFormatting::parseIsoDateTime(
            doc.decodeString(field.offset, Json::Limits::maxSchemaValueBytes).text)) {
        field.value = *parsed;
        field.state = ViewField<QDateTime>::State::Present;
    }
}

Badge badgeOf(const ViewField<QString> &field, const QString &canonicalPath)
{
    return field.isPresent() ? MessageSchema::badgeFor(canonicalPath, field.value) : Badge();
}

// Error text a failed message carries. The documentation defines no such field (developers ask for one,
// highlevel-api-docs #160); these are the names seen in practice, first match wins.
void readFailureText(const Json::Document &doc, const ResponseShape &shape, ViewField<QString> &field)
{
    static const QStringList names{u"$.error"_s,         u"$.errorMessage"_s, u"$.error_message"_s,
                                   u"$.failureReason"_s, u"$.meta.error"_s,   u"$.errorCode"_s};
    for (const QString &name : names) {
        ViewField<QString> candidate;
        if (!locate(doc, shape, name, candidate))
            continue;
        const NodeKind kind = doc.kindAt(candidate.offset);
        if (kind == NodeKind::String) {
            candidate.value = doc.decodeString(candidate.offset, 4096).text;
        } else if (kind == NodeKind::Object) {
            // {"code": 30006, "message": "…"}: the message, with the code when there is one.
            const Json::Member message = doc.findMember(candidate.offset, u"message");
            const Json::Member code = doc.findMember(candidate.offset, u"code");
            if (message.isValid() && doc.kindAt(message.valueOffset) == NodeKind::String)
                candidate.value = doc.decodeString(message.valueOffset, 4096).text;
            if (code.isValid() && doc.kindAt(code.valueOffset) != NodeKind::Object &&
                doc.kindAt(code.valueOffset) != NodeKind::Array) {
                const QString codeText = QString::fromUtf8(
                    doc.rawAt(code.valueOffset)
                        .first(std::min<qsizetype>(doc.rawAt(code.valueOffset).size(), 40)));
                candidate.value = candidate.value.isEmpty() ? codeText : codeText + u": "_s + candidate.value;
            }
        } else if (kind == NodeKind::Number) {
            candidate.value = candidate.raw;
        }
        if (candidate.value.trimmed().isEmpty())
            continue;
        candidate.state = ViewField<QString>::State::Present;
        field = candidate;
        return;
    }
}

} // namespace

MessageView MessageView::fromDocument(const Json::Document &doc, const ResponseShape &shape)
{
    MessageView v;
    if (shape.traceIdOffset >= 0) {
        v.traceId.path = u"$.traceId"_s;
        v.traceId.offset = shape.traceIdOffset;
        v.traceId.raw =
            QString::fromUtf8(doc.rawAt(shape.traceIdOffset)
                                  .first(std::min<qsizetype>(doc.rawAt(shape.traceIdOffset).size(), 4096)));
        v.traceId.value = shape.traceId;
        v.traceId.state = ViewField<QString>::State::Present;
    }
    v.isMessage = doc.isValid() && shape.hasMessage();
    if (!v.isMessage)
        return v;

    readString(doc, shape, u"$.id"_s, v.id);
    readString(doc, shape, u"$.altId"_s, v.altId);
    readString(doc, shape, u"$.direction"_s, v.direction);
    readString(doc, shape, u"$.status"_s, v.status);
    readString(doc, shape, u"$.messageType"_s, v.messageType);
    readString(doc, shape, u"$.body"_s, v.body);
    readString(doc, shape, u"$.contactId"_s, v.contactId);
    readString(doc, shape, u"$.conversationId"_s, v.conversationId);
    readString(doc, shape, u"$.locationId"_s, v.locationId);
    readString(doc, shape, u"$.contentType"_s, v.contentType);
    readString(doc, shape, u"$.source"_s, v.source);
    readString(doc, shape, u"$.userId"_s, v.userId);
    readFailureText(doc, shape, v.failureText);
    if (v.body.isPresent())
        v.bodyPreview = MessageFormatting::bodyPreview(MessageFormatting::readableText(v.body.value));

    // A webhook's "type" is the event name, not the documented type number.
    if (locate(doc, shape, u"$.type"_s, v.type)) {
        if (doc.kindAt(v.type.offset) == NodeKind::Number) {
            bool ok = false;
            const qint64 number = v.type.raw.toLongLong(&ok);
            if (ok) {
                v.type.value = number;
                v.type.state = ViewField<qint64>::State::Present;
                if (const auto t = MessageSchema::typeForNumber(number)) {
                    v.typeName = t->messageType;
                    v.typeNameDocumented = t->documented;
                }
            }
        } else if (shape.kind == ResponseShape::Kind::WebhookEvent) {
            v.type = ViewField<qint64>{};
            v.type.path = shape.actualPath(u"$.type"_s);
        }
    }
    readDate(doc, shape, u"$.dateAdded"_s, v.dateAdded);
    readDate(doc, shape, u"$.dateUpdated"_s, v.dateUpdated);

    if (locate(doc, shape, u"$.attachments"_s, v.attachments) &&
        doc.kindAt(v.attachments.offset) == NodeKind::Array) {
        v.attachmentCount = doc.childCount(v.attachments.offset);
        bool allStrings = true;
        int taken = 0;
        for (Json::Member m = doc.firstMember(v.attachments.offset);
             m.isValid() && taken < maxAttachmentsInView; m = doc.nextMember(m), ++taken) {
            if (doc.kindAt(m.valueOffset) == NodeKind::String)
                v.attachments.value << doc.decodeString(m.valueOffset, MessageView::maxFieldBytes).text;
            else
                allStrings = false;
        }
        if (allStrings)
            v.attachments.state = ViewField<QStringList>::State::Present;
    }

    readString(doc, shape, u"$.meta.callStatus"_s, v.callStatus);
    if (locate(doc, shape, u"$.meta.callDuration"_s, v.callDuration)) {
        const NodeKind kind = doc.kindAt(v.callDuration.offset);
        const bool documentedName = shape.actualPath(u"$.meta.callDuration"_s) == v.callDuration.path;
        if (kind == NodeKind::String) {
            if (const auto seconds = MessageFormatting::parseDurationSeconds(
                    doc.decodeString(v.callDuration.offset, Json::Limits::maxSchemaValueBytes).text)) {
                v.callDuration.value = *seconds;
                v.callDuration.state = ViewField<qint64>::State::Present;
            }
        } else if (kind == NodeKind::Number) {
            if (const auto seconds = MessageFormatting::parseDurationSeconds(v.callDuration.raw)) {
                v.callDuration.value = *seconds;
                // The documented meta.callDuration is a string; the live and webhook names send numbers.
                if (!documentedName)
                    v.callDuration.state = ViewField<qint64>::State::Present;
            }
        }
    }

    for (const QString &path : {u"$.meta.email.messageIds"_s, u"$.meta.email.email.messageIds"_s}) {
        ViewField<qint64> count;
        if (locate(doc, shape, path, count) && doc.kindAt(count.offset) == NodeKind::Array) {
            count.value = doc.childCount(count.offset);
            count.state = ViewField<qint64>::State::Present;
            count.raw.clear(); // the count is the value; the ids stay in the document
            v.emailMessageIdCount = count;
            break;
        }
    }

    v.directionBadge = badgeOf(v.direction, u"$.direction"_s);
    v.statusBadge = badgeOf(v.status, u"$.status"_s);
    v.messageTypeBadge = badgeOf(v.messageType, u"$.messageType"_s);
    v.callStatusBadge = badgeOf(v.callStatus, u"$.meta.callStatus"_s);
    v.sourceBadge = badgeOf(v.source, u"$.source"_s);
    return v;
}
