#include "related/jsonfields.h"

#include "message/messageformatting.h"

#include <cmath>

using Json::NodeKind;

namespace JsonFields {

qint64 member(const Json::Document &doc, qint64 object, QStringView key)
{
    if (!doc.isValid() || object < 0 || doc.kindAt(object) != NodeKind::Object)
        return -1;
    return doc.findMember(object, key).valueOffset;
}

QString string(const Json::Document &doc, qint64 object, QStringView key, qint64 maxBytes)
{
    const qint64 at = member(doc, object, key);
    if (at < 0 || doc.kindAt(at) != NodeKind::String)
        return {};
    return doc.decodeString(at, maxBytes).text;
}

bool hasString(const Json::Document &doc, qint64 object, QStringView key)
{
    const qint64 at = member(doc, object, key);
    return at >= 0 && doc.kindAt(at) == NodeKind::String;
}

std::optional<double> number(const Json::Document &doc, qint64 object, QStringView key)
{
    const qint64 at = member(doc, object, key);
    if (at < 0)
        return std::nullopt;
    QString text;
    if (doc.kindAt(at) == NodeKind::Number) {
        const QByteArrayView raw = doc.rawAt(at);
        text = QString::fromLatin1(raw.first(std::min<qsizetype>(raw.size(), 64)));
    } else if (doc.kindAt(at) == NodeKind::String) {
        text = doc.decodeString(at, 64).text.trimmed();
    } else {
        return std::nullopt;
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<bool> boolean(const Json::Document &doc, qint64 object, QStringView key)
{
    const qint64 at = member(doc, object, key);
    if (at < 0 || doc.kindAt(at) != NodeKind::Bool)
        return std::nullopt;
    return doc.boolAt(at);
}

QStringList strings(const Json::Document &doc, qint64 object, QStringView key, bool *cut)
{
    if (cut)
        *cut = false;
    const qint64 at = member(doc, object, key);
    if (at < 0)
        return {};
    if (doc.kindAt(at) == NodeKind::String)
        return {doc.decodeString(at, maxStringBytes).text};
    if (doc.kindAt(at) != NodeKind::Array)
        return {};
    QStringList list;
    for (Json::Member m = doc.firstMember(at); m.isValid(); m = doc.nextMember(m)) {
        if (list.size() >= maxListItems) {
            if (cut)
                *cut = true;
            break;
        }
        if (doc.kindAt(m.valueOffset) == NodeKind::String)
            list << doc.decodeString(m.valueOffset, maxStringBytes).text;
    }
    return list;
}

std::optional<QDateTime> date(const Json::Document &doc, qint64 object, QStringView key)
{
    const QString text = string(doc, object, key, 128);
    if (text.isEmpty())
        return std::nullopt;
    return MessageFormatting::parseIsoDateTime(text);
}

} // namespace JsonFields
