#include "batch/batchexport.h"

using namespace Qt::StringLiterals;

namespace BatchExport {

namespace {

void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    qsizetype plainFrom =
        0; // characters written as they are go out as one UTF-8 run (surrogate pairs intact)
    const auto flush = [&](qsizetype to) {
        out += QStringView(text).sliced(plainFrom, to - plainFrom).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        QByteArray escaped;
        if (u == u'"')
            escaped = "\\\"";
        else if (u == u'\\')
            escaped = "\\\\";
        else if (u == u'\n')
            escaped = "\\n";
        else if (u == u'\r')
            escaped = "\\r";
        else if (u == u'\t')
            escaped = "\\t";
        else if (u < 0x20 || u == 0x7f || u == 0x2028 || u == 0x2029)
            // Control characters, and the two separators JavaScript does not allow raw in strings.
            escaped = "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
        else
            continue;
        flush(i);
        out += escaped;
        plainFrom = i + 1;
    }
    flush(text.size());
    out += '"';
}

} // namespace

QString cellValue(const BatchRow &row, BatchColumn column)
{
    switch (column) {
    case BatchColumn::Id:
        return row.id;
    case BatchColumn::Outcome:
        return BatchRow::outcomeName(row.outcome);
    case BatchColumn::HttpStatus:
        return row.httpStatus > 0 ? QString::number(row.httpStatus) : QString();
    case BatchColumn::Direction:
        return row.direction.rawValue;
    case BatchColumn::Status:
        return row.status.rawValue;
    case BatchColumn::Type:
        return row.messageType.rawValue;
    case BatchColumn::Date:
        return row.date.isValid() ? row.date.toUTC().toString(Qt::ISODateWithMs) : row.dateText;
    case BatchColumn::Contact:
        return row.contactId;
    case BatchColumn::Conversation:
        return row.conversationId;
    case BatchColumn::Location:
        return row.locationId;
    case BatchColumn::Text:
        return row.text;
    case BatchColumn::TraceId:
        return row.traceId;
    case BatchColumn::Error:
        return row.error;
    }
    return {};
}

QString neutralised(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return u'\'' + cell;
    default:
        return cell;
    }
}

QByteArray csvField(const QString &cell)
{
    const QByteArray text = neutralised(cell).toUtf8();
    const bool quote = text.contains(',') || text.contains('"') || text.contains('\n') || text.contains('\r');
    if (!quote)
        return text;
    QByteArray out = "\"";
    out += QByteArray(text).replace("\"", "\"\"");
    out += '"';
    return out;
}

QByteArray csvHeader(const QList<BatchColumn> &columns)
{
    QByteArray out;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            out += ',';
        out += csvField(BatchColumns::name(columns.at(i)));
    }
    return out + "\r\n";
}

QByteArray csvRecord(const BatchRow &row, const QList<BatchColumn> &columns)
{
    QByteArray out;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            out += ',';
        out += csvField(cellValue(row, columns.at(i)));
    }
    return out + "\r\n";
}

QByteArray toCsv(std::span<const BatchRow> rows, const QList<BatchColumn> &columns)
{
    QByteArray out = csvHeader(columns);
    for (const BatchRow &row : rows)
        out += csvRecord(row, columns);
    return out;
}

QByteArray jsonLine(const BatchRow &row, const QList<BatchColumn> &columns)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const BatchColumn column = columns.at(i);
        if (i > 0)
            out += ',';
        appendJsonString(out, BatchColumns::name(column));
        out += ':';
        const QString value = cellValue(row, column);
        if (value.isEmpty())
            out += "null";
        else if (column == BatchColumn::HttpStatus)
            out += value.toLatin1();
        else
            appendJsonString(out, value);
    }
    return out + "}\n";
}

QByteArray toJsonLines(std::span<const BatchRow> rows, const QList<BatchColumn> &columns)
{
    QByteArray out;
    for (const BatchRow &row : rows)
        out += jsonLine(row, columns);
    return out;
}

} // namespace BatchExport
