#include "message/messagedecorator.h"

#include "message/messageformatting.h"
#include "message/messageschema.h"
#include "text/safetext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using Json::NodeKind;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MessageDecorator)
};

} // namespace

MessageDecorator::MessageDecorator()
    : m_zone(QTimeZone::systemTimeZone())
{
    m_shape.kind = ResponseShape::Kind::DocumentedMessage;
    m_shape.messagePath = u"$"_s;
}

void MessageDecorator::setShape(const ResponseShape &shape)
{
    m_shape = shape;
    // meta.call.duration is three levels below the message; the envelope adds one.
    m_maxDepth = shape.messagePath == u"$.message"_s ? 4 : 3;
}

QString MessageDecorator::canonical(const QString &path) const
{
    return m_shape.canonicalPath(path);
}

QString MessageDecorator::decodedValue(const Json::Document &doc, const QString &actualPath,
                                       qint64 offset) const
{
    const QString path = canonical(actualPath);
    if (path.isEmpty())
        return {};
    const NodeKind kind = doc.kindAt(offset);
    if (path == u"$.type"_s && kind == NodeKind::Number) {
        const QString raw =
            QString::fromLatin1(doc.rawAt(offset).first(std::min<qsizetype>(doc.rawAt(offset).size(), 40)));
        bool ok = false;
        const auto t = MessageSchema::typeForNumber(raw.toLongLong(&ok));
        if (!ok || !t)
            return Tr::tr("%1 · unknown type number").arg(raw);
        return Tr::tr("%1 · %2 (%3)")
            .arg(raw, t->messageType, t->documented ? Tr::tr("documented") : Tr::tr("inferred"));
    }
    if ((path == u"$.dateAdded"_s || path == u"$.dateUpdated"_s) && kind == NodeKind::String) {
        const auto when = MessageFormatting::parseIsoDateTime(
            doc.decodeString(offset, Json::Limits::maxSchemaValueBytes).text);
        if (!when)
            return Tr::tr("not a valid date");
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        return MessageFormatting::dateForDisplay(*when, now, m_zone);
    }
    if (path == u"$.meta.callDuration"_s && (kind == NodeKind::String || kind == NodeKind::Number)) {
        const QString text = kind == NodeKind::String
                                 ? doc.decodeString(offset, Json::Limits::maxSchemaValueBytes).text
                                 : QString::fromLatin1(doc.rawAt(offset).first(
                                       std::min<qsizetype>(doc.rawAt(offset).size(), 80)));
        if (const auto seconds = MessageFormatting::parseDurationSeconds(text))
            return MessageFormatting::duration(*seconds);
        return {};
    }
    if (MessageSchema::isBadgePath(path) && kind == NodeKind::String) {
        const Badge b =
            MessageSchema::badgeFor(path, doc.decodeString(offset, Json::Limits::maxSchemaValueBytes).text);
        return b.known ? b.label : Tr::tr("%1 (unknown value)").arg(SafeText::forDisplay(b.label, 100));
    }
    return {};
}

QVariant MessageDecorator::badge(const Json::Document &doc, const QString &actualPath, qint64 offset) const
{
    const QString path = canonical(actualPath);
    if (!MessageSchema::isBadgePath(path) || doc.kindAt(offset) != NodeKind::String)
        return {};
    return QVariant::fromValue(
        MessageSchema::badgeFor(path, doc.decodeString(offset, Json::Limits::maxSchemaValueBytes).text));
}
