#include "report/secretscrubber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SecretScrubber {

QString scrub(const QString &text, const QString &knownToken)
{
    static const QRegularExpression pit(
        uR"(pit-[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})"_s);
    static const QRegularExpression jwt(uR"(eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]*)"_s);
    static const QRegularExpression bearer(uR"((Bearer)\s+[A-Za-z0-9\-._~+/]+=*)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    const QString token = knownToken.trimmed();
    if (!token.isEmpty())
        out.replace(token, placeholder);
    out.replace(pit, placeholder);
    out.replace(jwt, placeholder);
    out.replace(bearer, u"\\1 "_s + placeholder);
    return out;
}

} // namespace SecretScrubber
