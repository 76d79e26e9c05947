#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Standard input: a secret (the token) typed or piped, or a saved body piped in. On a terminal the prompt
// goes to stderr and the typed text is not echoed; echo is restored on every path, Ctrl-C included. From a
// pipe or file everything is read, up to a bound, so `token set < file` and `printf %s "$T" | … token set`
// both work.
namespace StdinInput {

bool stdinIsTerminal();

// Reads one line from the terminal without echo, after writing prompt to stderr. Empty optional when stdin
// was closed before anything was typed.
std::optional<QByteArray> readHiddenLine(const QString &prompt);

// Reads all of stdin (not a terminal). Returns no value when more than maxBytes arrive.
std::optional<QByteArray> readAll(qint64 maxBytes);

} // namespace StdinInput
