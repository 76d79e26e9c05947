#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

// Reads delimiter-separated text the way RFC 4180 describes it (quoted fields may hold the delimiter, line
// breaks and doubled quotes), tolerant of what spreadsheets write: LF or CRLF or CR line ends, a semicolon or
// tab instead of the comma, a quote in the middle of an unquoted field kept as text. Linear in the input.
class CsvReader
{
public:
    struct Record
    {
        int line = 0; // the 1-based line the record starts on
        QStringList fields;
    };

    explicit CsvReader(const QString &text, QChar delimiter = u',');

    // The delimiter the first record most likely uses: the one of , ; TAB that occurs most outside quotes
    // (a comma when none does).
    static QChar detectDelimiter(const QString &text);

    // The next record, or false at the end. A blank line is a record with one empty field.
    bool next(Record &record);

private:
    QString m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};
