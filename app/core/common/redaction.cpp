#include "redaction.h"

namespace Redaction {

QByteArray authorizationHeaderValue(const QByteArray &value)
{
    const qsizetype space = value.indexOf(' ');
    if (space <= 0)
        return QByteArray(placeholder.data(), placeholder.size());
    return value.left(space + 1) + QByteArray(placeholder.data(), placeholder.size());
}

bool isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie" ||
           lower == "set-cookie";
}

QByteArray headerValueForDisplay(const QByteArray &name, const QByteArray &value)
{
    if (!isSecretHeader(name))
        return value;
    if (name.compare("authorization", Qt::CaseInsensitive) == 0 ||
        name.compare("proxy-authorization", Qt::CaseInsensitive) == 0)
        return authorizationHeaderValue(value);
    return QByteArray(placeholder.data(), placeholder.size());
}

QString scrub(const QString &text, const QString &token)
{
    if (token.isEmpty())
        return text;
    QString out = text;
    out.replace(token, placeholder);
    return out;
}

QByteArray scrub(const QByteArray &text, const QByteArray &token)
{
    if (token.isEmpty())
        return text;
    QByteArray out = text;
    out.replace(token, QByteArray(placeholder.data(), placeholder.size()));
    return out;
}

QString hint(const QString &token)
{
    // Four characters of a 36+ character secret reveal nothing useful, and help people tell tokens apart.
    if (token.size() < 16)
        return QStringLiteral("…");
    const QString prefix = token.startsWith(QLatin1StringView("pit-")) ? QStringLiteral("pit-") : QString();
    return prefix % QStringLiteral("…") % token.right(4);
}

} // namespace Redaction
