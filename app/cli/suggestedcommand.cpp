#include "suggestedcommand.h"

namespace SuggestedCommand {

namespace {

bool isPlain(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           QStringView(u"@%+=:,./_-").contains(c);
}

} // namespace

QString quoteWord(const QString &word)
{
    if (!word.isEmpty() && std::all_of(word.cbegin(), word.cend(), isPlain))
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1StringView("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString cli(const QStringList &words)
{
    QStringList parts{QStringLiteral("message-inspector-cli")};
    for (const QString &word : words)
        parts << quoteWord(word);
    return parts.join(QLatin1Char(' '));
}

} // namespace SuggestedCommand
