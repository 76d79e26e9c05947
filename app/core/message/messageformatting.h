#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <optional>

// How message values are shown. Pure functions; "now" and the time zone are parameters so tests are exact.
namespace MessageFormatting {

// Strict ISO-8601 date-time: "2024-03-27T18:13:49.000Z", "2024-03-27T19:13:49+01:00", "2024-03-27T18:13:49"
// (no zone: read as UTC). Anything else, including a date without a time, gives nullopt.
std::optional<QDateTime> parseIsoDateTime(QStringView text);

// "27 Mar 2024, 19:13" in the given zone.
QString localDateTime(const QDateTime &when, const QTimeZone &zone = QTimeZone::systemTimeZone());
// "just now", "5 minutes ago", "3 hours ago", "2 days ago", "4 months ago", "2 years ago", "in 3 days".
QString relativeTime(const QDateTime &when, const QDateTime &now);
// "27 Mar 2024, 19:13 (2 years ago)": what the tree and the summary card show. The UTC original is the raw
// value beside it.
QString dateForDisplay(const QDateTime &when, const QDateTime &now,
                       const QTimeZone &zone = QTimeZone::systemTimeZone());

// 0 → "0:00", 75 → "1:15", 3725 → "1:02:05".
QString duration(qint64 seconds);
// "120" or "120.0" → 120 seconds; nullopt for text that is not a non-negative number.
std::optional<qint64> parseDurationSeconds(QStringView text);

// Enum values as words: "no-answer" → "No answer", "opt_out" → "Opted out", "bulk_actions" → "Bulk actions",
// "TYPE_CAMPAIGN_SMS" → "Campaign SMS", "TYPE_GMB" → "GMB". Unknown values are made readable the same way.
QString enumLabel(QStringView value);

// "ve9EPM428h8vShlRW1KT" → "ve9E…" when space is short. For display only: copy actions use the full id.
QString shortId(QStringView id, int keep = 4);

// An email body as a person reads it: HTML tags dropped (block ends and <br> become line breaks, <style>
// and <script> contents dropped, entities decoded), runs of white space folded. Text that does not look like
// HTML is returned as it is. Only the first maxChars characters are read (a preview needs no more).
QString readableText(QStringView body, qsizetype maxChars = 65536);
// First line-ish part of a body, control characters escaped, cut at maxChars with "…".
QString bodyPreview(QStringView body, int maxChars = 140);

} // namespace MessageFormatting
