#include "terminalstyle.h"

#include <QCoreApplication>

#include <unistd.h>

namespace {

const char *sgrFor(BadgeMeaning meaning)
{
    switch (meaning) {
    case BadgeMeaning::Good:
        return "32"; // green
    case BadgeMeaning::Waiting:
        return "33"; // yellow
    case BadgeMeaning::Bad:
        return "31"; // red
    case BadgeMeaning::OptedOut:
        return "35"; // magenta
    case BadgeMeaning::Inbound:
        return "36"; // cyan
    case BadgeMeaning::Outbound:
        return "34"; // blue
    case BadgeMeaning::Neutral:
        return "1"; // bold
    case BadgeMeaning::Unknown:
        return "2;3"; // dim italic: a value nobody documented
    case BadgeMeaning::None:
        return nullptr;
    }
    return nullptr;
}

} // namespace

bool TerminalStyle::colourWanted(bool stdoutIsTerminal, const QByteArray &noColorValue)
{
    return stdoutIsTerminal && noColorValue.isEmpty();
}

bool TerminalStyle::stdoutIsTerminal()
{
    return isatty(STDOUT_FILENO) == 1;
}

TerminalStyle TerminalStyle::forStdout()
{
    const QByteArray noColor = qEnvironmentVariableIsSet("NO_COLOR") ? qgetenv("NO_COLOR") : QByteArray();
    return TerminalStyle(colourWanted(stdoutIsTerminal(), noColor));
}

QString TerminalStyle::symbolFor(BadgeMeaning meaning)
{
    switch (meaning) {
    case BadgeMeaning::Inbound:
        return QStringLiteral("⬅");
    case BadgeMeaning::Outbound:
        return QStringLiteral("➡");
    case BadgeMeaning::Good:
        return QStringLiteral("✔");
    case BadgeMeaning::Waiting:
        return QStringLiteral("…");
    case BadgeMeaning::Bad:
        return QStringLiteral("✖");
    case BadgeMeaning::OptedOut:
        return QStringLiteral("⊘");
    case BadgeMeaning::Neutral:
        return QStringLiteral("●");
    case BadgeMeaning::Unknown:
        return QStringLiteral("?");
    case BadgeMeaning::None:
        return {};
    }
    return {};
}

QString TerminalStyle::badge(const Badge &badge) const
{
    const bool unknown = !badge.known || badge.meaning == BadgeMeaning::Unknown;
    // An undocumented value is shown exactly as sent: a prettified label would hide what came.
    QString text = unknown || badge.label.isEmpty() ? badge.rawValue : badge.label;
    if (unknown)
        text = QCoreApplication::translate("TerminalStyle", "%1 (unknown value)").arg(text);
    const QString symbol = symbolFor(badge.meaning);
    if (!symbol.isEmpty())
        text = symbol + QLatin1Char(' ') + text;
    return wrap(text, sgrFor(badge.meaning));
}

QString TerminalStyle::caption(const QString &text) const
{
    return wrap(text, "2");
}

QString TerminalStyle::strong(const QString &text) const
{
    return wrap(text, "1");
}

QString TerminalStyle::severity(const QString &text, BadgeMeaning meaning) const
{
    return wrap(text, sgrFor(meaning));
}

QString TerminalStyle::wrap(const QString &text, const char *sgr) const
{
    if (!m_colour || !sgr || text.isEmpty())
        return text;
    return QStringLiteral("\x1b[") + QLatin1StringView(sgr) + QLatin1Char('m') + text +
           QStringLiteral("\x1b[0m");
}
