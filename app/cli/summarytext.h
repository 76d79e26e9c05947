#pragma once

#include "inspection.h"
#include "terminalstyle.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

// The `summary` format: the facts of the window's summary card (direction, status, type, call status, when,
// the text, contact / conversation / location), the extra facts (call length, email thread, attachments), the
// HTTP status line and the number of problems, as aligned "Caption  value" lines.
//
// Every value that came from the server is escaped for display (control characters, bidi overrides and
// terminal escape sequences become visible text), so a hostile body cannot drive the terminal. Ids are shown
// whole: in a terminal they are for copying.
namespace SummaryText {

struct Row
{
    QString caption;
    QString value; // already styled
};

// The rows, for tests and for anyone who wants them without alignment. now and zone make dates exact in
// tests.
QList<Row> rows(const Inspection &inspection, const TerminalStyle &style, const QDateTime &now,
                const QTimeZone &zone = QTimeZone::systemTimeZone());

// The aligned text, one row a line.
QString render(const Inspection &inspection, const TerminalStyle &style, const QDateTime &now,
               const QTimeZone &zone = QTimeZone::systemTimeZone());

// "200 OK · 182 ms · 612 B · burst 97/100 · daily 199,870" (the window's status bar line).
QString httpLine(const ApiResult &result);

} // namespace SummaryText
