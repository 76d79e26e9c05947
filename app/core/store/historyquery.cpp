#include "store/historyquery.h"

namespace {

// Lower-cases ASCII letters only, as SQLite's lower() does, so a lookup in memory and one in the file match
// the same queries.
QString asciiLower(const QString &text)
{
    QString lowered = text;
    for (QChar &c : lowered) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return lowered;
}

bool containsAscii(const QString &haystack, const QString &needle)
{
    return needle.isEmpty() || asciiLower(haystack).contains(asciiLower(needle));
}

} // namespace

bool HistoryQuery::matches(const LookupRecord &record) const
{
    if (!containsAscii(record.messageId, idContains.left(maxTextLength)))
        return false;
    if (!containsAscii(record.summary, summaryContains.left(maxTextLength)))
        return false;
    const QString anyText = text.left(maxTextLength);
    if (!anyText.isEmpty()) {
        const bool found =
            containsAscii(record.messageId, anyText) || containsAscii(record.summary, anyText) ||
            containsAscii(record.outcome, anyText) || containsAscii(record.direction, anyText) ||
            containsAscii(record.status, anyText) || containsAscii(record.messageType, anyText);
        if (!found)
            return false;
    }
    if (!outcomes.isEmpty() && !outcomes.contains(record.outcome))
        return false;
    if (!profile.isEmpty() && record.profile != profile)
        return false;
    if (from.isValid() && record.time < from)
        return false;
    if (until.isValid() && record.time >= until)
        return false;
    return true;
}
