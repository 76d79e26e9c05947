#pragma once

#include <QMetaType>
#include <QString>

// What a painted chip means. The UI maps each meaning to a colour pair (light and dark palettes) in one
// table; the core decides the meaning, so the CLI and the window agree.
enum class BadgeMeaning
{
    None,     // not a badge field: paint the plain value
    Good,     // delivered, read, opened, clicked, connected, sent, completed, answered
    Waiting,  // pending, queued, scheduled
    Bad,      // failed, undelivered, busy, no-answer, canceled
    OptedOut, // opt_out
    Inbound,  // direction inbound (drawn with an arrow pointing in)
    Outbound, // direction outbound (drawn with an arrow pointing out)
    Neutral,  // a known value with no good/bad reading (a source, a message type, voicemail)
    Unknown,  // a value the schema does not list: neutral chip marked "unknown value"
};

// A chip for one value: its text, its meaning, and whether the schema knows the value.
struct Badge
{
    BadgeMeaning meaning = BadgeMeaning::None;
    QString label;     // human text shown in the chip, e.g. "Delivered", "Inbound", "No answer"
    QString rawValue;  // the value exactly as sent, e.g. "no-answer"
    bool known = true; // false: the value is outside the documented enum

    bool isBadge() const { return meaning != BadgeMeaning::None; }
};

Q_DECLARE_METATYPE(Badge)
