#include "resultsummary.h"

#include <QCoreApplication>
#include <QLocale>

namespace ResultSummary {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResultSummary)
};

QString reason(const QByteArray &phrase)
{
    QString text = QString::fromLatin1(phrase.left(60));
    text.removeIf([](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
    return text;
}

} // namespace

QString statusLine(const ApiResult &result)
{
    const QLocale locale;
    QStringList parts;
    if (result.httpStatus > 0)
        parts << QStringLiteral("%1 %2").arg(result.httpStatus).arg(reason(result.reasonPhrase)).trimmed();
    else if (result.error.isError())
        parts << result.error.title;
    parts << Tr::tr("%1 ms").arg(locale.toString(result.elapsedMs));
    parts << locale.formattedDataSize(result.size);
    if (result.attempts > 1)
        parts << Tr::tr("%1 attempts").arg(result.attempts);
    return parts.join(QStringLiteral(" · "));
}

QString rateLimitLine(const RateLimitInfo &rl)
{
    const QLocale locale;
    QStringList parts;
    if (rl.burstRemaining && rl.burstMax)
        parts
            << Tr::tr("burst %1/%2").arg(locale.toString(*rl.burstRemaining), locale.toString(*rl.burstMax));
    else if (rl.burstRemaining)
        parts << Tr::tr("burst %1 left").arg(locale.toString(*rl.burstRemaining));
    if (rl.dailyRemaining)
        parts << Tr::tr("daily %1").arg(locale.toString(*rl.dailyRemaining));
    return parts.join(QStringLiteral(" · "));
}

QString fullLine(const ApiResult &result)
{
    const QString rate = rateLimitLine(result.rateLimit);
    return rate.isEmpty() ? statusLine(result) : statusLine(result) + QStringLiteral(" · ") + rate;
}

} // namespace ResultSummary
