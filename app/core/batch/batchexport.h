#pragma once

#include "batch/batchrow.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <span>

// A batch's rows as files a support lead shares: CSV (UTF-8, RFC 4180 quoting, CRLF line ends, a header
// row of BatchColumns::name()) and JSON Lines (one object per row, keys in column order). Only the chosen
// columns, in the order chosen. Exported cells are values for machines: raw status/direction/type values,
// dates in ISO 8601 UTC, HTTP status as a number. The line-at-a-time functions let the CLI stream rows as
// they finish.
namespace BatchExport {

// A CSV cell that a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage
// return) gets a leading apostrophe, so it is shown as text.
QString neutralised(const QString &cell);
// One field: neutralised, then quoted when it holds a comma, a quote or a line break.
QByteArray csvField(const QString &cell);

QByteArray csvHeader(const QList<BatchColumn> &columns);
QByteArray csvRecord(const BatchRow &row, const QList<BatchColumn> &columns);
QByteArray toCsv(std::span<const BatchRow> rows, const QList<BatchColumn> &columns = BatchColumns::all());

// One object and "\n"; absent values are null.
QByteArray jsonLine(const BatchRow &row, const QList<BatchColumn> &columns = BatchColumns::all());
QByteArray toJsonLines(std::span<const BatchRow> rows,
                       const QList<BatchColumn> &columns = BatchColumns::all());

// The value of a cell as exported; empty when absent.
QString cellValue(const BatchRow &row, BatchColumn column);

} // namespace BatchExport
