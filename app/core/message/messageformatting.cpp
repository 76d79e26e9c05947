#include "message/messageformatting.h"

#include <QHash>

#include "common/counttext.h"
#include "text/safetext.h"
#include "json/jsondocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace MessageFormatting {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MessageFormatting)
};

} // namespace

std::optional<QDateTime> parseIsoDateTime(QStringView text)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$)"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    QString normalized = text.toString();
    // Qt reads at most milliseconds: trim longer fractions instead of rejecting them.
    static const QRegularExpression longFraction(QStringLiteral(R"((\.\d{3})\d+)"));
    normalized.replace(longFraction, QStringLiteral("\\1"));
    QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime) // no zone given
        parsed.setTimeZone(QTimeZone::utc());
    return parsed.toUTC();
}

QString localDateTime(const QDateTime &when, const QTimeZone &zone)
{
    return QLocale().toString(when.toTimeZone(zone), QStringLiteral("d MMM yyyy, HH:mm"));
}

QString relativeTime(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = when.secsTo(now);
    const bool future = seconds < 0;
    const qint64 s = future ? -seconds : seconds;
    if (s < 45)
        return Tr::tr("just now");
    QString amount;
    if (s < 90 * 60)
        amount = countText(std::max<qint64>(1, (s + 30) / 60), Tr::tr("1 minute"), Tr::tr("%1 minutes"));
    else if (s < 36 * 3600)
        amount = countText((s + 1800) / 3600, Tr::tr("1 hour"), Tr::tr("%1 hours"));
    else if (s < 30 * 86400)
        amount = countText((s + 43200) / 86400, Tr::tr("1 day"), Tr::tr("%1 days"));
    else if (s < 365 * 86400)
        amount = countText(std::max<qint64>(1, s / (30 * 86400)), Tr::tr("1 month"), Tr::tr("%1 months"));
    else
        amount = countText(s / (365 * 86400), Tr::tr("1 year"), Tr::tr("%1 years"));
    return future ? Tr::tr("in %1").arg(amount) : Tr::tr("%1 ago").arg(amount);
}

QString dateForDisplay(const QDateTime &when, const QDateTime &now, const QTimeZone &zone)
{
    return Tr::tr("%1 (%2)").arg(localDateTime(when, zone), relativeTime(when, now));
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("-") + duration(-seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> parseDurationSeconds(QStringView text)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\d{1,12}(\.\d+)?$)"));
    const QStringView trimmed = text.trimmed();
    if (!shape.match(trimmed).hasMatch())
        return std::nullopt;
    return qint64(trimmed.toDouble() + 0.5);
}

QString enumLabel(QStringView value)
{
    if (value == u"opt_out")
        return Tr::tr("Opted out");
    QStringView rest = value;
    if (rest.startsWith(u"TYPE_"))
        rest = rest.mid(5);
    static const QStringList acronyms{QStringLiteral("SMS"), QStringLiteral("GMB"), QStringLiteral("IVR"),
                                      QStringLiteral("RCS"), QStringLiteral("API")};
    QStringList words;
    for (const QStringView word :
         rest.split(QRegularExpression(QStringLiteral("[_\\- ]+")), Qt::SkipEmptyParts)) {
        const QString upper = word.toString().toUpper();
        if (acronyms.contains(upper))
            words << upper;
        else
            words << word.toString().toLower();
    }
    if (words.isEmpty())
        return value.toString();
    QString label = words.join(QLatin1Char(' '));
    label[0] = label.at(0).toUpper();
    return label;
}

QString shortId(QStringView id, int keep)
{
    if (id.size() <= keep + 1)
        return id.toString();
    return id.left(keep).toString() + QChar(0x2026);
}

namespace {

bool looksLikeHtml(QStringView text)
{
    static const QRegularExpression tag(QStringLiteral("<(?:/?[A-Za-z][A-Za-z0-9]*)(?:\\s[^<>]*)?/?>"));
    return tag.match(text.left(4096)).hasMatch();
}

QString decodeEntity(QStringView name)
{
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X')
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return QString(QChar(0xFFFD));
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
    }
    static const QHash<QString, QString> named{
        {QStringLiteral("amp"), QStringLiteral("&")},    {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},     {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},   {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("ndash"), QStringLiteral("–")},  {QStringLiteral("mdash"), QStringLiteral("—")},
        {QStringLiteral("hellip"), QStringLiteral("…")}, {QStringLiteral("copy"), QStringLiteral("©")},
    };
    return named.value(name.toString().toLower());
}

} // namespace

QString readableText(QStringView body, qsizetype maxChars)
{
    const QStringView text = body.left(maxChars);
    if (!looksLikeHtml(text))
        return text.toString();
    static const QStringList blockTags{
        QStringLiteral("p"),  QStringLiteral("div"), QStringLiteral("br"),
        QStringLiteral("li"), QStringLiteral("tr"),  QStringLiteral("h1"),
        QStringLiteral("h2"), QStringLiteral("h3"),  QStringLiteral("blockquote")};
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    QString skipUntil; // inside <style> or <script>: drop everything up to the closing tag
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'<') {
            const qsizetype close = text.indexOf(u'>', i + 1);
            if (close < 0)
                break; // a cut-off tag at the end: drop it
            QStringView tag = text.mid(i + 1, close - i - 1).trimmed();
            const bool closing = tag.startsWith(u'/');
            if (closing)
                tag = tag.mid(1);
            qsizetype nameEnd = 0;
            while (nameEnd < tag.size() && (tag.at(nameEnd).isLetterOrNumber()))
                ++nameEnd;
            const QString name = tag.left(nameEnd).toString().toLower();
            if (!skipUntil.isEmpty()) {
                if (closing && name == skipUntil)
                    skipUntil.clear();
            } else if (!closing && (name == u"style" || name == u"script")) {
                skipUntil = name;
            } else if (blockTags.contains(name)) {
                out += u'\n';
            }
            i = close + 1;
            continue;
        }
        if (!skipUntil.isEmpty()) {
            ++i;
            continue;
        }
        if (c == u'&') {
            const qsizetype semicolon = text.indexOf(u';', i + 1);
            if (semicolon > i && semicolon - i <= 10) {
                const QString decoded = decodeEntity(text.mid(i + 1, semicolon - i - 1));
                if (!decoded.isEmpty()) {
                    out += decoded;
                    i = semicolon + 1;
                    continue;
                }
            }
        }
        out += c;
        ++i;
    }
    // Fold the source's white space; keep one line break where a block ended.
    QStringList lines;
    for (const QString &line : out.split(u'\n')) {
        const QString folded = line.simplified();
        if (!folded.isEmpty())
            lines << folded;
    }
    return lines.join(u'\n');
}

QString bodyPreview(QStringView body, int maxChars)
{
    return SafeText::forDisplay(body.trimmed(), maxChars);
}

} // namespace MessageFormatting
