#include "jsonwriter.h"

void JsonWriter::newline()
{
    m_out += '\n';
    m_out += QByteArray(qsizetype(m_levels.size()) * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level &level = m_levels.back();
    Q_ASSERT(!level.isObject); // object members start with key()
    if (!level.empty)
        m_out += ',';
    level.empty = false;
    newline();
}

void JsonWriter::key(QStringView name)
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().isObject && !m_afterKey);
    Level &level = m_levels.back();
    if (!level.empty)
        m_out += ',';
    level.empty = false;
    newline();
    m_out += quote(name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.push_back({true, true});
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_levels.push_back({false, true});
}

void JsonWriter::endObject()
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().isObject);
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty)
        newline();
    m_out += '}';
    if (m_levels.empty())
        m_out += '\n';
}

void JsonWriter::endArray()
{
    Q_ASSERT(!m_levels.empty() && !m_levels.back().isObject);
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty)
        newline();
    m_out += ']';
    if (m_levels.empty())
        m_out += '\n';
}

void JsonWriter::string(QStringView text)
{
    beforeValue();
    m_out += quote(text);
}

void JsonWriter::number(qint64 value)
{
    beforeValue();
    m_out += QByteArray::number(value);
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out += value ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::rawValue(QByteArrayView json)
{
    beforeValue();
    m_out += json;
}

QByteArray JsonWriter::quote(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    static constexpr char hex[] = "0123456789abcdef";
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        switch (c) {
        case '"':
            out += "\\\"";
            continue;
        case '\\':
            out += "\\\\";
            continue;
        case '\n':
            out += "\\n";
            continue;
        case '\r':
            out += "\\r";
            continue;
        case '\t':
            out += "\\t";
            continue;
        case '\b':
            out += "\\b";
            continue;
        case '\f':
            out += "\\f";
            continue;
        default:
            break;
        }
        if (c < 0x20 || c == 0x7f) {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        } else if (c == 0xe2 && i + 2 < utf8.size() && static_cast<unsigned char>(utf8.at(i + 1)) == 0x80 &&
                   (static_cast<unsigned char>(utf8.at(i + 2)) == 0xa8 ||
                    static_cast<unsigned char>(utf8.at(i + 2)) == 0xa9)) {
            // U+2028 / U+2029 are valid JSON but break JavaScript consumers that embed it.
            out += static_cast<unsigned char>(utf8.at(i + 2)) == 0xa8 ? "\\u2028" : "\\u2029";
            i += 2;
        } else {
            out += char(c);
        }
    }
    out += '"';
    return out;
}
