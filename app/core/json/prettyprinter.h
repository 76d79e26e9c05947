#pragma once

#include "json/jsondocument.h"

#include <QByteArray>
#include <QIODevice>

namespace Json {

// Re-indents a document without changing anything but whitespace: key order, duplicate keys, number text,
// string escapes and even invalid bytes inside strings stay exactly as sent. One linear pass over the bytes
// (no recursion, no tree), so a 100 MB body is fine; write() streams in chunks for the CLI.
// A BOM before the root value is not part of the JSON and is left out.
class PrettyPrinter
{
public:
    explicit PrettyPrinter(int indent = 2)
        : m_indent(indent)
    {}

    // Empty for a document that is not valid.
    QByteArray format(const Document &document) const;
    // False when the document is not valid or the device fails.
    bool write(const Document &document, QIODevice *device) const;

private:
    template <typename Sink> bool run(const Document &document, Sink &&sink) const;

    int m_indent;
};

} // namespace Json
