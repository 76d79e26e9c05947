#pragma once

#include <QString>

// Text from a server or a person, written into a Markdown report so that it reads as the text it is:
// Markdown's punctuation is escaped (no emphasis, links, images or HTML can be injected), and line breaks
// become spaces, so one value stays on its line or in its table cell.
namespace MarkdownText {

QString escaped(const QString &text);

} // namespace MarkdownText
