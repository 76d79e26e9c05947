#include "compare/diffvaluetext.h"

#include "common/counttext.h"
#include "message/messageformatting.h"
#include "message/messageschema.h"
#include "message/responseshape.h"
#include "text/safetext.h"
#include "json/jsondocument.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using Json::NodeKind;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DiffValueText)
};

} // namespace

QString DiffValueText::oneLine(const Json::Document &doc, qint64 offset, int maxChars)
{
    switch (doc.kindAt(offset)) {
    case NodeKind::Object: {
        const qint64 n = doc.childCount(offset);
        return n == 0 ? u"{}"_s : u'{' + countText(n, Tr::tr("1 field"), Tr::tr("%1 fields")) + u'}';
    }
    case NodeKind::Array: {
        const qint64 n = doc.childCount(offset);
        return n == 0 ? u"[]"_s : u'[' + countText(n, Tr::tr("1 item"), Tr::tr("%1 items")) + u']';
    }
    case NodeKind::String: {
        // Decode no more than the text shown can use (4 bytes per character at most).
        const Json::DecodedString s = doc.decodeString(offset, qint64(maxChars) * 4);
        QString text = SafeText::forDisplay(s.text, maxChars);
        if (s.truncated && !text.endsWith(u'…'))
            text += u'…';
        return u'"' + text + u'"';
    }
    case NodeKind::Number:
    case NodeKind::Bool:
    case NodeKind::Null: {
        const QByteArrayView raw = doc.rawAt(offset);
        const QString text = QString::fromUtf8(raw.first(std::min<qsizetype>(raw.size(), maxChars)));
        return raw.size() > maxChars ? text + u'…' : text;
    }
    }
    return QString();
}

DiffValueText::Meaning DiffValueText::meaning(const Json::Document &doc, const ResponseShape &shape,
                                              const QString &path, qint64 offset, const QTimeZone &zone)
{
    Meaning out;
    const QString canonical = shape.canonicalPath(path);
    if (canonical.isEmpty())
        return out;
    const NodeKind kind = doc.kindAt(offset);
    if (MessageSchema::isBadgePath(canonical) && kind == NodeKind::String) {
        out.badge = MessageSchema::badgeFor(canonical, doc.decodeString(offset, 4096).text);
        out.text = out.badge.known
                       ? out.badge.label
                       : Tr::tr("%1 (unknown value)").arg(SafeText::forDisplay(out.badge.rawValue, 100));
    } else if ((canonical == u"$.dateAdded"_s || canonical == u"$.dateUpdated"_s) &&
               kind == NodeKind::String) {
        const auto when = MessageFormatting::parseIsoDateTime(doc.decodeString(offset, 200).text);
        out.text = when ? MessageFormatting::localDateTime(*when, zone) : Tr::tr("not a valid date");
    } else if (canonical == u"$.type"_s && kind == NodeKind::Number) {
        const QByteArrayView raw = doc.rawAt(offset);
        bool ok = false;
        const qint64 number = raw.size() <= 20 ? raw.toByteArray().toLongLong(&ok) : 0;
        const auto type = ok ? MessageSchema::typeForNumber(number) : std::nullopt;
        out.text = type ? type->messageType : Tr::tr("unknown type number");
    } else if (canonical == u"$.meta.callDuration"_s &&
               (kind == NodeKind::String || kind == NodeKind::Number)) {
        const QByteArrayView raw = doc.rawAt(offset);
        const QString text = kind == NodeKind::String
                                 ? doc.decodeString(offset, 200).text
                                 : QString::fromLatin1(raw.first(std::min<qsizetype>(raw.size(), 40)));
        const auto seconds = MessageFormatting::parseDurationSeconds(text);
        out.text = seconds ? MessageFormatting::duration(*seconds) : Tr::tr("not a duration");
    }
    return out;
}
