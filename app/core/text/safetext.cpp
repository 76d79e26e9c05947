#include "text/safetext.h"

#include <algorithm>

namespace SafeText {

namespace {

constexpr char16_t Replacement = 0xFFFD;

// Decodes one UTF-8 sequence at data[i]; returns its length, or 0 when the bytes there are not valid UTF-8
// (overlong forms, surrogates and values above U+10FFFF included).
int decodeUtf8(const unsigned char *data, qsizetype size, qsizetype i, char32_t *out)
{
    const unsigned char b0 = data[i];
    int length;
    char32_t cp;
    char32_t minimum;
    if (b0 < 0x80) {
        *out = b0;
        return 1;
    } else if ((b0 & 0xE0) == 0xC0) {
        length = 2;
        cp = b0 & 0x1F;
        minimum = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        length = 3;
        cp = b0 & 0x0F;
        minimum = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        length = 4;
        cp = b0 & 0x07;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (i + length > size)
        return 0;
    for (int k = 1; k < length; ++k) {
        const unsigned char b = data[i + k];
        if ((b & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    *out = cp;
    return length;
}

} // namespace

bool isHiddenOrReordering(char32_t cp)
{
    return (cp >= 0x80 && cp <= 0x9F)        // C1 controls
           || cp == 0x2028 || cp == 0x2029   // line / paragraph separator
           || cp == 0x200E || cp == 0x200F   // LRM, RLM
           || (cp >= 0x202A && cp <= 0x202E) // embeddings and overrides
           || (cp >= 0x2066 && cp <= 0x2069) // isolates
           || cp == 0x061C || cp == 0xFEFF;  // ALM, BOM
}

QString forDisplay(QStringView text, qsizetype maxChars)
{
    QString out;
    const qsizetype limit = maxChars > 0 ? std::min(maxChars, text.size()) : text.size();
    out.reserve(limit + 8);
    for (qsizetype i = 0; i < limit; ++i) {
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case u'\n':
            out += QLatin1String("\\n");
            continue;
        case u'\r':
            out += QLatin1String("\\r");
            continue;
        case u'\t':
            out += QLatin1String("\\t");
            continue;
        default:
            break;
        }
        if (c < 0x20 || c == 0x7F || isHiddenOrReordering(c)) {
            out += QLatin1String("\\u") + QStringLiteral("%1").arg(int(c), 4, 16, QLatin1Char('0')).toUpper();
            continue;
        }
        out += QChar(c);
    }
    if (limit < text.size())
        out += QChar(0x2026);
    return out;
}

QByteArray forTerminal(const QByteArray &bytes, bool *changed)
{
    static constexpr char hex[] = "0123456789abcdef";
    QByteArray out;
    bool replaced = false;
    qsizetype copiedUpTo = 0;
    const auto flush = [&](qsizetype upTo) {
        if (!replaced) {
            out.reserve(bytes.size() + 16);
            replaced = true;
        }
        out.append(bytes.constData() + copiedUpTo, upTo - copiedUpTo);
    };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
            flush(i);
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xf];
            copiedUpTo = i + 1;
        } else if (c == 0xc2 && i + 1 < bytes.size() && static_cast<unsigned char>(bytes.at(i + 1)) >= 0x80 &&
                   static_cast<unsigned char>(bytes.at(i + 1)) <= 0x9f) {
            const auto c1 = static_cast<unsigned char>(bytes.at(i + 1));
            flush(i);
            out += "\\u00";
            out += hex[c1 >> 4];
            out += hex[c1 & 0xf];
            copiedUpTo = i + 2;
            ++i;
        }
    }
    if (changed)
        *changed = replaced;
    if (!replaced)
        return bytes;
    out.append(bytes.constData() + copiedUpTo, bytes.size() - copiedUpTo);
    return out;
}

ViewerText forViewer(QByteArrayView bytes, ControlStyle style)
{
    ViewerText result;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    result.text.reserve(size);
    result.charToByte.reserve(size_t(size) + 1);
    result.byteToChar.assign(size_t(size) + 1, 0);

    auto put = [&](char16_t c, qsizetype byte) {
        result.text.append(QChar(c));
        result.charToByte.push_back(int(byte));
    };

    qsizetype i = 0;
    while (i < size) {
        const int firstChar = int(result.text.size());
        char32_t cp = 0;
        int length = decodeUtf8(data, size, i, &cp);
        bool substituted = true;
        if (length == 0) {
            put(Replacement, i);
            length = 1;
        } else if (cp == '\t') {
            const int spaces = ViewerText::TabWidth - firstChar % ViewerText::TabWidth;
            for (int s = 0; s < spaces; ++s)
                put(u' ', i);
            substituted = false;
        } else if ((cp < 0x20 || cp == 0x7F) && style == ControlStyle::Escapes) {
            static constexpr char16_t Hex[] = u"0123456789ABCDEF";
            for (char16_t c : {char16_t(u'\\'), char16_t(u'x'), Hex[cp >> 4], Hex[cp & 0xF]})
                put(c, i);
        } else if (cp < 0x20) {
            put(char16_t(0x2400 + cp), i);
        } else if (cp == 0x7F) {
            put(char16_t(0x2421), i);
        } else if (isHiddenOrReordering(cp)) {
            put(Replacement, i);
        } else if (cp > 0xFFFF) {
            put(QChar::highSurrogate(cp), i);
            put(QChar::lowSurrogate(cp), i);
            substituted = false;
        } else {
            put(char16_t(cp), i);
            substituted = false;
        }
        if (substituted)
            result.substitutions.emplace_back(firstChar, int(result.text.size()) - firstChar);
        for (int k = 0; k < length; ++k)
            result.byteToChar[size_t(i + k)] = firstChar;
        i += length;
    }
    result.charToByte.push_back(int(size));
    result.byteToChar[size_t(size)] = int(result.text.size());
    return result;
}

int ViewerText::charForByte(qsizetype byteOffset) const
{
    const qsizetype last = qsizetype(byteToChar.size()) - 1;
    return byteToChar[size_t(std::clamp<qsizetype>(byteOffset, 0, last))];
}

qsizetype ViewerText::byteForChar(int charIndex) const
{
    const int last = int(charToByte.size()) - 1;
    return charToByte[size_t(std::clamp(charIndex, 0, last))];
}

} // namespace SafeText
