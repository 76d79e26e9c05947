#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <vector>

// The one place that decides how text from outside (a server's bytes, a file, a key) may be shown.
//
// Nothing that could hide, rearrange or drive the output is ever shown raw: control characters, DEL, C1
// controls, line and paragraph separators, bidirectional marks, embeddings, overrides and isolates, and the
// BOM. Each policy below names where the text goes and makes those characters visible in that place's way.
namespace SafeText {

// One line of text in a table, a label or a message: C0 controls, DEL and the hidden or reordering characters
// above become escapes (\n, \r, \t, \u0000, \u202E). maxChars > 0 cuts the result and appends "…".
QString forDisplay(QStringView text, qsizetype maxChars = -1);

// Bytes written to a terminal: every control character that could drive it (C0 except tab, newline and
// carriage return; DEL; C1 controls written as UTF-8) becomes its visible "\xNN" / "\u00NN" form; everything
// else, invalid UTF-8 included, is kept byte for byte. *changed tells whether anything was replaced.
QByteArray forTerminal(const QByteArray &bytes, bool *changed = nullptr);

// How a viewer draws C0 controls and DEL: as Unicode control pictures (U+2400…, e.g. ␀ ␛, DEL ␡) or, for
// fonts without them, as \xNN.
enum class ControlStyle
{
    Pictures,
    Escapes
};

// What a viewer may draw for a run of bytes, with the mapping between drawn characters and bytes.
// C0 controls and DEL follow the ControlStyle; each invalid UTF-8 byte and every hidden or reordering
// character becomes U+FFFD. A tab expands to spaces up to the next tab stop.
struct ViewerText
{
    QString text;
    // charToByte[i] is the byte offset (from the start of the run) where text[i] comes from; it has
    // text.size() + 1 entries, the last being the run's byte length.
    std::vector<int> charToByte;
    // byteToChar[b] is the index in text of the character drawn for byte b; bytes.size() + 1 entries.
    std::vector<int> byteToChar;

    // Character ranges (start, length) drawn in place of bytes that are not shown as themselves: control
    // characters and invalid or hidden sequences. A viewer marks them so they are not mistaken for text.
    std::vector<std::pair<int, int>> substitutions;

    static constexpr int TabWidth = 4;

    // Index in text of the first character drawn for byteOffset (clamped to the run).
    int charForByte(qsizetype byteOffset) const;
    // Byte offset where character index charIndex starts (clamped).
    qsizetype byteForChar(int charIndex) const;
};

// The text a viewer draws for bytes (a row of a raw body).
ViewerText forViewer(QByteArrayView bytes, ControlStyle style = ControlStyle::Pictures);

// True for the characters no policy shows as themselves beyond C0 and DEL: C1 controls, line and paragraph
// separators, LRM/RLM/ALM, bidi embeddings, overrides and isolates, and the BOM.
bool isHiddenOrReordering(char32_t codePoint);

} // namespace SafeText
