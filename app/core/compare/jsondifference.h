#pragma once

#include "message/badge.h"
#include "json/jsondocument.h"

#include <QString>

// One place where two JSON bodies disagree: a member or element added, removed or changed, with where it is
// in each body, the value as sent on each side and what it means for known message fields.
struct JsonDifference
{
    enum class Change
    {
        Added,   // only in the second body
        Removed, // only in the first body
        Changed, // in both, with different values (or different kinds: a number became a string)
    };

    enum class Part
    {
        Message,  // inside the message both bodies hold (paired wherever each shape puts it)
        Envelope, // outside the message: the live envelope's traceId and anything else around it
        Body,     // the bodies hold no message to pair: anywhere in the body
    };

    Change change = Change::Changed;
    Part part = Part::Body;
    // The path shown, in the second body's frame: where the value is (or, for Removed, would be) in the
    // second body, so one list reads consistently when one body is enveloped and the other flat.
    QString path;
    QString firstPath;  // exact path in the first body; empty when Added
    QString secondPath; // exact path in the second body; empty when Removed
    // 0 for a key's first occurrence in its object, 1 for the second, ...: duplicate keys are paired by
    // occurrence (the second "status" with the second "status"), and a path names only the first occurrence.
    int occurrence = 0;

    qint64 firstOffset = -1; // value offset in the first document; -1 when Added
    qint64 secondOffset = -1;
    Json::NodeKind firstKind = Json::NodeKind::Null;
    Json::NodeKind secondKind = Json::NodeKind::Null;
    // The value as sent, in one line: "\"sent\"", "2", "true", "{3 fields}", "[2 items]"; control characters
    // escaped, cut with "…". Empty on the absent side.
    QString firstValue;
    QString secondValue;
    // What a known message field's value means ("Sent", "27 Mar 2024, 18:13", "2 · TYPE_SMS",
    // "beamed (unknown value)"); empty when there is nothing to add.
    QString firstMeaning;
    QString secondMeaning;
    // A chip for badge fields (status, direction, callStatus, source, messageType); meaning None otherwise.
    Badge firstBadge;
    Badge secondBadge;

    bool hasFirst() const { return change != Change::Added; }
    bool hasSecond() const { return change != Change::Removed; }
};
