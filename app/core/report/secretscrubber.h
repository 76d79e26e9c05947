#pragma once

#include <QString>

// The last line of defence for text that leaves the program as a report: removes the token in use (when the
// caller knows it) and anything shaped like a bearer credential — a Private Integration Token (pit-<uuid>),
// a JWT, the value after "Bearer " — wherever it appears, e.g. echoed back in a server's error message.
namespace SecretScrubber {

inline constexpr QLatin1StringView placeholder{"[token removed]"};

QString scrub(const QString &text, const QString &knownToken = {});

} // namespace SecretScrubber
