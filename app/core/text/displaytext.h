#pragma once

#include <QByteArrayView>
#include <QString>

#include <vector>

// What a viewer may safely draw for a run of bytes, with the mapping between drawn characters and bytes.
//
// Nothing is drawn raw that could hide or rearrange text: C0 controls become their Unicode control pictures
// (U+2400…, e.g. ␀ ␛), DEL becomes ␡, a lone CR becomes ␍; each invalid UTF-8 byte, C1 controls, line and
// paragraph separators, bidirectional controls and the BOM become U+FFFD. A tab expands to spaces up to the
// next tab stop. With ControlStyle::Escapes (for fonts without the control pictures) C0 controls and DEL
// are shown as \xNN instead.
struct DisplayText
{
    enum class ControlStyle
    {
        Pictures,
        Escapes
    };

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
    static DisplayText fromBytes(QByteArrayView bytes, ControlStyle style = ControlStyle::Pictures);

    // Index in text of the first character drawn for byteOffset (clamped to the run).
    int charForByte(qsizetype byteOffset) const;
    // Byte offset where character index charIndex starts (clamped).
    qsizetype byteForChar(int charIndex) const;
};
