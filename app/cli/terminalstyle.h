#pragma once

#include "message/badge.h"

#include <QByteArray>
#include <QString>

// How text for a person is decorated on stdout. Colour is used only when stdout is a terminal and NO_COLOR is
// unset (https://no-color.org: any non-empty value turns colour off). Colour never carries meaning alone:
// every badge also has its text and a symbol, so the output reads the same without it.
class TerminalStyle
{
public:
    explicit TerminalStyle(bool colour = false)
        : m_colour(colour)
    {}

    // The decision, separated from the environment so it can be tested. noColorValue is the value of
    // NO_COLOR, or a null QByteArray when the variable is not set.
    static bool colourWanted(bool stdoutIsTerminal, const QByteArray &noColorValue);
    // For the real process: isatty(stdout) and the real NO_COLOR.
    static bool stdoutIsTerminal();
    static TerminalStyle forStdout();

    bool colour() const { return m_colour; }

    // "⬅ Inbound", "● Delivered", "? beamed (unknown value)": symbol and text, coloured by meaning.
    QString badge(const Badge &badge) const;
    // A field caption, dimmed.
    QString caption(const QString &text) const;
    // Emphasis for the main line.
    QString strong(const QString &text) const;
    // "error" / "warning" / "info" coloured like bad / waiting / neutral.
    QString severity(const QString &text, BadgeMeaning meaning) const;

    // The symbol shown in front of a badge's text for a meaning ("" for None).
    static QString symbolFor(BadgeMeaning meaning);

private:
    QString wrap(const QString &text, const char *sgr) const;

    bool m_colour = false;
};
