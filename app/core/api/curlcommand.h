#pragma once

#include "api/apiresult.h"

#include <QString>
#include <QUrl>

// A `curl` command line that repeats a request, for "Copy as cURL" in the window and the CLI.
// By default the token is replaced by the shell variable $HIGHLEVEL_TOKEN, so the copied text is safe to
// paste into a ticket; the real token goes in only when the user explicitly asks for it.
namespace CurlCommand {

inline constexpr QLatin1StringView tokenVariable{"$HIGHLEVEL_TOKEN"};

// Every argument is single-quoted for POSIX shells, except the Authorization placeholder, which is
// double-quoted so the shell expands the variable.
// tokenToInclude: empty → placeholder; otherwise this exact token is written (explicit user choice only).
QString build(const QByteArray &method, const QUrl &url, const HttpHeaders &requestHeaders,
              const QString &tokenToInclude = {});

// The request of a result (its headers are already redacted, so only tokenToInclude can put a token back).
QString fromResult(const ApiResult &result, const QString &tokenToInclude = {});

// 'text' quoted for a POSIX shell.
QString shellQuote(const QString &text);

} // namespace CurlCommand
