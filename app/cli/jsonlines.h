#pragma once

#include <QByteArray>
#include <QByteArrayView>

// JSON Lines (one JSON value per line) for `get --format json` with several ids: the same object as for one
// id, with the whitespace between tokens removed so it fits on one line. Strings and number text stay
// exactly as they were (the server's body included).
namespace JsonLines {

// json must be valid JSON (the CLI's own report). Returns it on one line, followed by '\n'.
QByteArray line(QByteArrayView json);

} // namespace JsonLines
