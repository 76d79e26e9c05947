#pragma once

#include <QByteArray>
#include <QString>

// The one place where anything that might contain a token is made safe to show, log or copy.
namespace Redaction {

// What a redacted bearer credential looks like everywhere in the program.
inline constexpr QLatin1StringView placeholder{"<redacted>"};

// "Bearer abc…" → "Bearer <redacted>"; any other Authorization scheme keeps its name only.
QByteArray authorizationHeaderValue(const QByteArray &value);

// True for header names whose values are credentials (Authorization, Cookie, Set-Cookie,
// Proxy-Authorization).
bool isSecretHeader(const QByteArray &name);

// Header value ready for display: secret headers redacted, others unchanged.
QByteArray headerValueForDisplay(const QByteArray &name, const QByteArray &value);

// Replaces every occurrence of the token (when non-empty) in free text, e.g. a server echo or an error
// string.
QString scrub(const QString &text, const QString &token);
QByteArray scrub(const QByteArray &text, const QByteArray &token);

// A short, non-reversible hint of which token is in use ("pit-…1a2b"), safe for status lines.
QString hint(const QString &token);

} // namespace Redaction
