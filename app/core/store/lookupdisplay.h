#pragma once

#include "message/badge.h"
#include "store/lookuprecord.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

// How a past lookup reads wherever it is listed (the History view, the id field's drop-down): its chips and
// its short texts, decided once in core so every list agrees.
namespace LookupDisplay {

// How the lookup ended: "OK" (good), "Rate limited" (waiting), a failure such as "Not found" (bad),
// "Cancelled" (neutral). An outcome this version does not know is shown as sent, marked unknown; an empty one
// gives no chip (meaning None).
Badge outcome(const LookupRecord &record);
// The message's chips, exactly as the card painted them (MessageSchema::badgeFor on the values as sent);
// meaning None when the lookup recorded no value (a failure, or a row from before the values were kept).
Badge direction(const LookupRecord &record);
Badge status(const LookupRecord &record);
Badge messageType(const LookupRecord &record);

// One word or two for the id drop-down: the message's status when the lookup found one ("Delivered"),
// otherwise the outcome ("OK", "Not found").
QString outcomeText(const LookupRecord &record);

// When the lookup was made, short: "12:01" today, "27 Mar, 12:01" earlier this year, "27 Mar 2024" before
// that (local time in `zone`).
QString shortTime(const QDateTime &when, const QDateTime &now, const QTimeZone &zone);
// In full for a tooltip: "27 Mar 2024, 12:01:07 (3 hours ago)".
QString fullTime(const QDateTime &when, const QDateTime &now, const QTimeZone &zone);

// "ve9EPM428h8vShlRW1KT   Delivered · 12:01": the drop-down's line for one id.
QString recentIdLine(const LookupRecord &record, const QDateTime &now, const QTimeZone &zone);

} // namespace LookupDisplay
