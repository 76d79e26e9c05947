#include "message/messageview.h"

#include "message/messageformatting.h"
#include "message/messageschema.h"

using namespace Qt::StringLiterals;
using Json::NodeKind;

namespace {

// Attachments beyond this many are counted in the raw text but not copied into the view.
constexpr int maxAttachmentsInView = 1000;

template <typename T>
bool locate(const Json::Document &doc, qint64 parent, const QString &path, ViewField<T> &field)
{
    field.path = path;
    if (parent < 0 || doc.kindAt(parent) != NodeKind::Object)
        return false;
    const QString name = path.mid(path.lastIndexOf(u'.') + 1);
    const Json::Member m = doc.findMember(parent, name);
    if (!m.isValid())
        return false;
    field.offset = m.valueOffset;
    const QByteArrayView raw = doc.rawAt(m.valueOffset);
    field.raw = QString::fromUtf8(raw.first(std::min<qsizetype>(raw.size(), 4096)));
    field.state = ViewField<T>::State::WrongType;
    return true;
}

void readString(const Json::Document &doc, qint64 parent, const QString &path, ViewField<QString> &field)
{
    if (!locate(doc, parent, path, field))
        return;
    if (doc.kindAt(field.offset) == NodeKind::String) {
        field.value = doc.stringAt(field.offset);
        field.state = ViewField<QString>::State::Present;
    }
}

Badge badgeOf(const ViewField<QString> &field)
{
    return field.isPresent() ? MessageSchema::badgeFor(field.path, field.value) : Badge();
}

} // namespace

MessageView MessageView::fromDocument(const Json::Document &doc)
{
    MessageView v;
    const qint64 root = doc.rootOffset();
    v.isMessage = doc.isValid() && doc.kindAt(root) == NodeKind::Object;
    if (!v.isMessage)
        return v;

    readString(doc, root, u"$.id"_s, v.id);
    readString(doc, root, u"$.altId"_s, v.altId);
    readString(doc, root, u"$.direction"_s, v.direction);
    readString(doc, root, u"$.status"_s, v.status);
    readString(doc, root, u"$.messageType"_s, v.messageType);
    readString(doc, root, u"$.body"_s, v.body);
    readString(doc, root, u"$.contactId"_s, v.contactId);
    readString(doc, root, u"$.conversationId"_s, v.conversationId);
    readString(doc, root, u"$.locationId"_s, v.locationId);
    readString(doc, root, u"$.contentType"_s, v.contentType);
    readString(doc, root, u"$.source"_s, v.source);
    if (v.body.isPresent())
        v.bodyPreview = MessageFormatting::bodyPreview(v.body.value);

    if (locate(doc, root, u"$.type"_s, v.type) && doc.kindAt(v.type.offset) == NodeKind::Number) {
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
    }

    if (locate(doc, root, u"$.dateAdded"_s, v.dateAdded)) {
        if (doc.kindAt(v.dateAdded.offset) == NodeKind::String) {
            if (const auto parsed = MessageFormatting::parseIsoDateTime(doc.stringAt(v.dateAdded.offset))) {
                v.dateAdded.value = *parsed;
                v.dateAdded.state = ViewField<QDateTime>::State::Present;
            }
        }
    }

    if (locate(doc, root, u"$.attachments"_s, v.attachments) &&
        doc.kindAt(v.attachments.offset) == NodeKind::Array) {
        bool allStrings = true;
        int taken = 0;
        for (Json::Member m = doc.firstMember(v.attachments.offset);
             m.isValid() && taken < maxAttachmentsInView; m = doc.nextMember(m), ++taken) {
            if (doc.kindAt(m.valueOffset) == NodeKind::String)
                v.attachments.value << doc.stringAt(m.valueOffset);
            else
                allStrings = false;
        }
        if (allStrings)
            v.attachments.state = ViewField<QStringList>::State::Present;
    }

    const qint64 meta = doc.findMember(root, u"meta").valueOffset;
    readString(doc, meta, u"$.meta.callStatus"_s, v.callStatus);
    if (locate(doc, meta, u"$.meta.callDuration"_s, v.callDuration)) {
        const NodeKind kind = doc.kindAt(v.callDuration.offset);
        if (kind == NodeKind::String) {
            if (const auto seconds =
                    MessageFormatting::parseDurationSeconds(doc.stringAt(v.callDuration.offset))) {
                v.callDuration.value = *seconds;
                v.callDuration.state = ViewField<qint64>::State::Present;
            }
        } else if (kind == NodeKind::Number) {
            // The schema says string, the official example sends a number: keep WrongType, still read it.
            if (const auto seconds = MessageFormatting::parseDurationSeconds(v.callDuration.raw))
                v.callDuration.value = *seconds;
        }
    }
    const qint64 email = meta >= 0 ? doc.findMember(meta, u"email").valueOffset : -1;
    if (locate(doc, email, u"$.meta.email.messageIds"_s, v.emailMessageIdCount) &&
        doc.kindAt(v.emailMessageIdCount.offset) == NodeKind::Array) {
        v.emailMessageIdCount.value = doc.childCount(v.emailMessageIdCount.offset);
        v.emailMessageIdCount.state = ViewField<qint64>::State::Present;
        v.emailMessageIdCount.raw.clear(); // the count is the value; the ids stay in the document
    }

    v.directionBadge = badgeOf(v.direction);
    v.statusBadge = badgeOf(v.status);
    v.messageTypeBadge = badgeOf(v.messageType);
    v.callStatusBadge = badgeOf(v.callStatus);
    v.sourceBadge = badgeOf(v.source);
    return v;
}
