#include "message/messageformatting.h"

#include "json/jsondocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace MessageFormatting {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("MessageFormatting", text, nullptr, n);
}

// Plural without a translator: pick the English singular or plural source text.
QString counted(qint64 n, const char *one, const char *many)
{
    return n == 1 ? tr(one) : tr(many).arg(QLocale().toString(n));
}

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
        return tr("just now");
    QString amount;
    if (s < 90 * 60)
        amount = counted(std::max<qint64>(1, (s + 30) / 60), "1 minute", "%1 minutes");
    else if (s < 36 * 3600)
        amount = counted((s + 1800) / 3600, "1 hour", "%1 hours");
    else if (s < 30 * 86400)
        amount = counted((s + 43200) / 86400, "1 day", "%1 days");
    else if (s < 365 * 86400)
        amount = counted(std::max<qint64>(1, s / (30 * 86400)), "1 month", "%1 months");
    else
        amount = counted(s / (365 * 86400), "1 year", "%1 years");
    return future ? tr("in %1").arg(amount) : tr("%1 ago").arg(amount);
}

QString dateForDisplay(const QDateTime &when, const QDateTime &now, const QTimeZone &zone)
{
    return tr("%1 (%2)").arg(localDateTime(when, zone), relativeTime(when, now));
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
        return tr("Opted out");
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

QString bodyPreview(QStringView body, int maxChars)
{
    return Json::escapeForDisplay(body.trimmed(), maxChars);
}

} // namespace MessageFormatting
