#pragma once

#include "message/badge.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// What the documentation says about a get-message response. Every table lives in messageschema.cpp and
// nowhere else; tst_messageschema reads the official OpenAPI file (GetMessageResponseDto, MessageMeta) and
// the reference page and fails when a table disagrees with them, so a new spec version is one file to
// replace.
namespace MessageSchema {

enum class ValueType
{
    String,
    Number,
    Object,
    StringArray
};

struct FieldSpec
{
    QString path;   // "$.type", "$.meta.callDuration"
    ValueType type; // what the schema declares
    bool required;  // listed in the schema's "required"
    bool inOpenApi; // false: documented only on the reference page (altId, meta.ig, meta.fb, ...)
};

// Every documented field: top-level members, meta members, meta.email.messageIds.
const QList<FieldSpec> &fields();
const FieldSpec *field(QStringView path);
// Top-level member names the documentation knows (OpenAPI and the reference page).
QStringList topLevelNames();

// The enums, in the OpenAPI file's order.
const QStringList &messageTypes();
const QStringList &statuses();
const QStringList &directions();
const QStringList &sources();
const QStringList &callStatuses();
// The enum a path takes its values from ("$.status" → statuses()), or nullptr.
const QStringList *enumFor(QStringView path);

// The numeric `type`. messageType is the authority; the number is documented only at a few points
// (1 call, 3 email, 10 voicemail, 11 Facebook, 18 Instagram). The others are inferred from the position in
// the reference page's messageType list (position + 1), which agrees with every documented point; the newer
// OpenAPI list inserts TYPE_RCS and so breaks that order, and its newer names have no known number.
struct TypeNumber
{
    int number = 0;
    QString messageType; // e.g. "TYPE_CALL"
    bool documented = false;
};
const QList<TypeNumber> &typeNumbers();
std::optional<TypeNumber> typeForNumber(qint64 number);
std::optional<TypeNumber> typeForMessageType(QStringView messageType);
// The reference page's messageType order the inferred numbers come from.
const QStringList &referencePageMessageTypeOrder();

// A chip for a value of a badge field ($.status, $.direction, $.meta.callStatus, $.source, $.messageType).
// Values outside the enum give BadgeMeaning::Unknown with known = false. Other paths give BadgeMeaning::None.
Badge badgeFor(QStringView path, QStringView value);
bool isBadgePath(QStringView path);

} // namespace MessageSchema
