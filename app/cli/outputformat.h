#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// What `get`, `open` and `check` print on stdout.
enum class OutputFormat
{
    Summary,  // aligned facts for a person at a terminal (the window's summary card as text)
    Raw,      // the body bytes exactly as received
    Pretty,   // the faithful pretty form (key order and number text kept)
    Json,     // one JSON object for machines: request, response, decoded fields, findings, error
    Tree,     // indented key / value / type listing with decoded values
    Problems, // one finding a line: severity, JSON path, sentence
};

namespace OutputFormats {

QString name(OutputFormat format);
std::optional<OutputFormat> fromName(const QString &name);
// "summary|raw|pretty|json|tree|problems"
QString allNames();

} // namespace OutputFormats
