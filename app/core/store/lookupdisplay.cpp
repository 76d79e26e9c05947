#include "store/lookupdisplay.h"

#include "message/messageformatting.h"
#include "message/messageschema.h"
#include "text/safetext.h"
#include "json/jsondocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LookupDisplay)
};

struct OutcomeName
{
    const char *key; // the outcome lower-cased without underscores: "not_found" and "NotFound" alike
    const char *label;
    BadgeMeaning meaning;
};

// Outcomes are ApiError::machineName() and the session's own kinds ("not_found", "no_token"); files made by
// the first release hold the error kinds' enum names ("Ok", "NotFound"). Both read the same here.
constexpr OutcomeName outcomeNames[] = {
    {"ok", QT_TRANSLATE_NOOP("LookupDisplay", "OK"), BadgeMeaning::Good},
    {"none", QT_TRANSLATE_NOOP("LookupDisplay", "OK"), BadgeMeaning::Good},
    {"ratelimited", QT_TRANSLATE_NOOP("LookupDisplay", "Rate limited"), BadgeMeaning::Waiting},
    {"cancelled", QT_TRANSLATE_NOOP("LookupDisplay", "Cancelled"), BadgeMeaning::Neutral},
    {"notfound", QT_TRANSLATE_NOOP("LookupDisplay", "Not found"), BadgeMeaning::Bad},
    {"unauthorized", QT_TRANSLATE_NOOP("LookupDisplay", "Unauthorized"), BadgeMeaning::Bad},
    {"versionheadermissing", QT_TRANSLATE_NOOP("LookupDisplay", "Version header missing"), BadgeMeaning::Bad},
    {"forbidden", QT_TRANSLATE_NOOP("LookupDisplay", "Forbidden"), BadgeMeaning::Bad},
    {"invalidinput", QT_TRANSLATE_NOOP("LookupDisplay", "Refused input"), BadgeMeaning::Bad},
    {"badrequest", QT_TRANSLATE_NOOP("LookupDisplay", "Bad request"), BadgeMeaning::Bad},
    {"unprocessable", QT_TRANSLATE_NOOP("LookupDisplay", "Unprocessable"), BadgeMeaning::Bad},
    {"servererror", QT_TRANSLATE_NOOP("LookupDisplay", "Server error"), BadgeMeaning::Bad},
    {"httperror", QT_TRANSLATE_NOOP("LookupDisplay", "HTTP error"), BadgeMeaning::Bad},
    {"timeout", QT_TRANSLATE_NOOP("LookupDisplay", "Timed out"), BadgeMeaning::Bad},
    {"connectionrefused", QT_TRANSLATE_NOOP("LookupDisplay", "Connection refused"), BadgeMeaning::Bad},
    {"hostnotfound", QT_TRANSLATE_NOOP("LookupDisplay", "Host not found"), BadgeMeaning::Bad},
    {"tls", QT_TRANSLATE_NOOP("LookupDisplay", "TLS error"), BadgeMeaning::Bad},
    {"redirect", QT_TRANSLATE_NOOP("LookupDisplay", "Redirect refused"), BadgeMeaning::Bad},
    {"network", QT_TRANSLATE_NOOP("LookupDisplay", "Network error"), BadgeMeaning::Bad},
    {"notjson", QT_TRANSLATE_NOOP("LookupDisplay", "Not JSON"), BadgeMeaning::Bad},
    {"truncated", QT_TRANSLATE_NOOP("LookupDisplay", "Truncated"), BadgeMeaning::Bad},
    {"toolarge", QT_TRANSLATE_NOOP("LookupDisplay", "Too large"), BadgeMeaning::Bad},
    {"malformed", QT_TRANSLATE_NOOP("LookupDisplay", "Malformed"), BadgeMeaning::Bad},
    {"notoken", QT_TRANSLATE_NOOP("LookupDisplay", "No token"), BadgeMeaning::Bad},
    {"keychainunavailable", QT_TRANSLATE_NOOP("LookupDisplay", "No keychain"), BadgeMeaning::Bad},
    {"keychainerror", QT_TRANSLATE_NOOP("LookupDisplay", "Keychain error"), BadgeMeaning::Bad},
};

Badge valueBadge(QStringView path, const QString &value)
{
    return value.isEmpty() ? Badge{} : MessageSchema::badgeFor(path, value);
}

} // namespace

namespace LookupDisplay {

Badge outcome(const LookupRecord &record)
{
    Badge badge;
    if (record.outcome.isEmpty())
        return badge;
    badge.rawValue = record.outcome;
    const QString key = record.outcome.toLower().remove(u'_');
    for (const OutcomeName &name : outcomeNames) {
        if (key == QLatin1StringView(name.key)) {
            badge.label = Tr::tr(name.label);
            badge.meaning = name.meaning;
            return badge;
        }
    }
    // Written by a newer version, or by hand: shown as it is, marked as a value this version does not know.
    badge.label = SafeText::forDisplay(record.outcome, LookupRecord::maxOutcomeLength);
    badge.meaning = BadgeMeaning::Unknown;
    badge.known = false;
    return badge;
}

Badge direction(const LookupRecord &record)
{
    return valueBadge(u"$.direction", record.direction);
}

Badge status(const LookupRecord &record)
{
    return valueBadge(u"$.status", record.status);
}

Badge messageType(const LookupRecord &record)
{
    return valueBadge(u"$.messageType", record.messageType);
}

QString outcomeText(const LookupRecord &record)
{
    const Badge ended = outcome(record);
    const Badge message = status(record);
    if (ended.meaning == BadgeMeaning::Good && message.isBadge())
        return message.label;
    return ended.isBadge() ? ended.label : QString();
}

QString shortTime(const QDateTime &when, const QDateTime &now, const QTimeZone &zone)
{
    const QDateTime local = when.toTimeZone(zone);
    const QDate today = now.toTimeZone(zone).date();
    const QLocale locale;
    if (local.date() == today)
        return locale.toString(local.time(), QStringLiteral("HH:mm"));
    if (local.date().year() == today.year())
        return locale.toString(local, QStringLiteral("d MMM, HH:mm"));
    return locale.toString(local.date(), QStringLiteral("d MMM yyyy"));
}

QString fullTime(const QDateTime &when, const QDateTime &now, const QTimeZone &zone)
{
    return Tr::tr("%1 (%2)").arg(
        QLocale().toString(when.toTimeZone(zone), QStringLiteral("d MMM yyyy, HH:mm:ss")),
        MessageFormatting::relativeTime(when, now));
}

QString recentIdLine(const LookupRecord &record, const QDateTime &now, const QTimeZone &zone)
{
    const QString outcomeWords = outcomeText(record);
    const QString time = shortTime(record.time, now, zone);
    const QString details = outcomeWords.isEmpty() ? time : outcomeWords + QStringLiteral(" · ") + time;
    return record.messageId + QStringLiteral("   ") + details;
}

} // namespace LookupDisplay
