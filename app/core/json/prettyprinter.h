#pragma once

#include "json/jsondocument.h"

#include <QByteArray>
#include <QIODevice>

namespace Json {

// Re-indents a document without changing anything but whitespace: key order, duplicate keys, number text,
// string escapes and even invalid bytes inside strings stay exactly as sent. One linear pass over the bytes
// (no recursion, no tree), so a 100 MB body is fine; write() streams in chunks for the CLI.
// A BOM before the root value is not part of the JSON and is left out.
//
// The output is always complete and stays O(input) whatever the nesting (see json/jsonlimits.h): levels
// deeper than Limits::maxIndentLevels are indented like that level, and once the indentation written reaches
// Limits::prettyIndentBytesPerInputByte × the input + Limits::prettyIndentAllowanceBytes, the rest is printed
// one token per line without indentation. Notes says when either happened, so the caller can tell the user.
class PrettyPrinter
{
public:
    struct Notes
    {
        bool depthCapped = false;         // some lines sit deeper than maxIndentLevels and are indented less
        bool indentationStopped = false;  // the indentation budget ran out; later lines are not indented
        qint64 indentationStoppedAt = -1; // byte offset in the output where it stopped
    };

    // indent: spaces per level, clamped to [0, Limits::maxIndentWidth].
    explicit PrettyPrinter(int indent = 2);

    // Empty for a document that is not valid.
    QByteArray format(const Document &document, Notes *notes = nullptr) const;
    // False when the document is not valid or the device fails.
    bool write(const Document &document, QIODevice *device, Notes *notes = nullptr) const;

    // One sentence for the user about what Notes reports; empty when nothing was limited.
    static QString describe(const Notes &notes);

private:
    template <typename Sink> bool run(const Document &document, Sink &&sink, Notes *notes) const;

    int m_indent;
};

} // namespace Json
