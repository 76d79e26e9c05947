#include "curlcommand.h"

namespace CurlCommand {

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1StringView("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString build(const QByteArray &method, const QUrl &url, const HttpHeaders &requestHeaders,
              const QString &tokenToInclude)
{
    QStringList parts{QStringLiteral("curl"), QStringLiteral("--silent"), QStringLiteral("--show-error"),
                      QStringLiteral("--include")};
    if (method != "GET")
        parts << QStringLiteral("--request") << shellQuote(QString::fromLatin1(method));
    parts << shellQuote(url.toString(QUrl::FullyEncoded));
    for (const auto &[name, value] : requestHeaders) {
        const QString headerName = QString::fromLatin1(name);
        if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
            // Whatever the list holds (normally "Bearer <redacted>"), the credential is written from scratch.
            if (tokenToInclude.isEmpty())
                parts << QStringLiteral("--header")
                      << (QLatin1Char('"') + headerName + QStringLiteral(": Bearer ") + tokenVariable +
                          QLatin1Char('"'));
            else
                parts << QStringLiteral("--header")
                      << shellQuote(headerName + QStringLiteral(": Bearer ") + tokenToInclude);
            continue;
        }
        parts << QStringLiteral("--header")
              << shellQuote(headerName + QStringLiteral(": ") + QString::fromLatin1(value));
    }
    return parts.join(QLatin1Char(' '));
}

QString fromResult(const ApiResult &result, const QString &tokenToInclude)
{
    return build(result.method, result.url, result.requestHeaders, tokenToInclude);
}

} // namespace CurlCommand
