#include "batch/csvreader.h"

CsvReader::CsvReader(const QString &text, QChar delimiter)
    : m_text(text)
    , m_delimiter(delimiter)
{}

QChar CsvReader::detectDelimiter(const QString &text)
{
    qsizetype commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

bool CsvReader::next(Record &record)
{
    if (m_pos >= m_text.size())
        return false;
    record.line = m_line;
    record.fields.clear();

    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldStart = true;
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos++);
        if (quoted) {
            if (c == u'"') {
                if (m_pos < m_text.size() && m_text.at(m_pos) == u'"') {
                    field += u'"';
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && (m_pos >= m_text.size() || m_text.at(m_pos) != u'\n')))
                    ++m_line;
                field += c;
            }
            continue;
        }
        if (c == m_delimiter) {
            record.fields.append(field);
            field.clear();
            fieldStart = true;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && m_pos < m_text.size() && m_text.at(m_pos) == u'\n')
                ++m_pos;
            ++m_line;
            break;
        }
        if (c == u'"' && fieldStart) {
            quoted = true;
            fieldStart = false;
            continue;
        }
        // Text after a closing quote, or a quote inside an unquoted field: kept as written.
        field += c;
        fieldStart = false;
    }
    record.fields.append(field);
    return true;
}
