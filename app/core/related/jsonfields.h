#pragma once

#include "json/jsondocument.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// Reading the typed members of a related answer (an email, a contact, a transcript sentence) tolerantly: a
// member that is absent or of another type reads as absent, never as a crash, and every string is cut at a
// stated bound. The typed results keep the document for the exact text; these give what a person reads.
namespace JsonFields {

// Longest text kept from one string member (an email's body has its own, larger bound).
inline constexpr qint64 maxStringBytes = 64 * 1024;
// Most items kept from one array of strings (to, cc, bcc, attachments).
inline constexpr int maxListItems = 500;

// The value offset of a member of an object; -1 when absent or when object is not an object.
qint64 member(const Json::Document &doc, qint64 object, QStringView key);
// A string member's text (cut at maxBytes), or an empty string when absent or not a string.
QString string(const Json::Document &doc, qint64 object, QStringView key, qint64 maxBytes = maxStringBytes);
bool hasString(const Json::Document &doc, qint64 object, QStringView key);
// A number, or a string that holds one ("0.5", "34": the transcription's schema example sends strings).
std::optional<double> number(const Json::Document &doc, qint64 object, QStringView key);
// true/false only.
std::optional<bool> boolean(const Json::Document &doc, qint64 object, QStringView key);
// An array of strings, or a single string as a list of one (at most maxListItems; others are skipped).
QStringList strings(const Json::Document &doc, qint64 object, QStringView key, bool *cut = nullptr);
// An ISO-8601 date member (UTC), or nothing.
std::optional<QDateTime> date(const Json::Document &doc, qint64 object, QStringView key);

} // namespace JsonFields
