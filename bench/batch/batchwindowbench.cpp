// The batch window with 10,000 rows, offscreen: time to fill the window's table (model reset through the
// sorting, filtering proxy), to paint a frame, to sort by date, to filter by text over every column and by a
// tally chip, to take 10,000 finished lookups one by one as a run delivers them, and the peak memory
// (VmHWM − VmRSS before the rows were made). Not a test.
// Run from a Release build: QT_QPA_PLATFORM=offscreen build/…/bench/batch/mi_bench_batchwindow [rows]
#include "batchwindow.h"

#include "batch/batchfilterproxymodel.h"
#include "batch/batchtablemodel.h"
#include "batch/batchtally.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>

#include <cstdio>

namespace {

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

BatchRow row(int i)
{
    const QString n = QString::number(i).rightJustified(6, QLatin1Char('0'));
    BatchRow r = BatchRow::pending(QStringLiteral("Msg") + n + QStringLiteral("aB3dE5gH7jK9"));
    r.outcome = i % 50 == 0 ? BatchRow::Outcome::NotFound : BatchRow::Outcome::Found;
    r.httpStatus = r.outcome == BatchRow::Outcome::Found ? 200 : 404;
    r.outcomeText = r.httpStatus == 200 ? QStringLiteral("200 OK") : QStringLiteral("404 Not Found");
    if (r.outcome == BatchRow::Outcome::Found) {
        const bool failed = i % 7 == 0;
        r.direction = {BadgeMeaning::Outbound, QStringLiteral("Outbound"), QStringLiteral("outbound"), true};
        r.status = {failed ? BadgeMeaning::Bad : BadgeMeaning::Good,
                    failed ? QStringLiteral("Failed") : QStringLiteral("Delivered"),
                    failed ? QStringLiteral("failed") : QStringLiteral("delivered"), true};
        r.messageType = {BadgeMeaning::Neutral, QStringLiteral("SMS"), QStringLiteral("TYPE_SMS"), true};
        r.date = QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC).addSecs(i * 7);
        r.text = QStringLiteral("Hi, your order ") + n + QStringLiteral(" is ready for pickup until 6 pm.");
        r.contactId = QStringLiteral("Cn") + n;
        r.conversationId = QStringLiteral("Cv") + n;
        if (failed)
            r.error = QStringLiteral("30007: Message filtered by the carrier");
    } else {
        r.error = QStringLiteral("Message not found (404)");
    }
    r.traceId = QStringLiteral("c41e8f20-7b3a-4d96-a5e0-") + n;
    return r;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10'000;
    BatchWindow window(nullptr, QStringLiteral("Bench"));
    window.resize(1100, 700);
    window.show();
    QApplication::processEvents();
    const qint64 rssBefore = statusKb("VmRSS:");

    QElapsedTimer t;
    t.start();
    std::vector<BatchRow> rows;
    rows.reserve(size_t(count));
    for (int i = 0; i < count; ++i)
        rows.push_back(row(i));
    const double make = ms(t);

    t.restart();
    window.model()->setRows(rows);
    QApplication::processEvents();
    const double fill = ms(t);

    t.restart();
    window.table()->viewport()->grab();
    const double paint = ms(t);

    t.restart();
    window.table()->sortByColumn(int(BatchColumn::Date), Qt::DescendingOrder);
    const double sortDate = ms(t);
    window.table()->sortByColumn(-1, Qt::AscendingOrder);

    t.restart();
    window.proxy()->setText(QStringLiteral("order 0099"));
    const double filterText = ms(t);
    const int textMatches = window.proxy()->rowCount();
    window.proxy()->setText({});

    t.restart();
    window.proxy()->setTallyEntry(QStringLiteral("failed"), true);
    const double filterChip = ms(t);
    const int chipMatches = window.proxy()->rowCount();
    window.proxy()->clearTallyEntry();

    // As a run delivers them: every row pending, then finished one by one (dataChanged each), sorted by date.
    std::vector<BatchRow> pending;
    pending.reserve(rows.size());
    for (const BatchRow &r : rows)
        pending.push_back(BatchRow::pending(r.id));
    window.model()->setRows(pending);
    window.table()->sortByColumn(int(BatchColumn::Date), Qt::AscendingOrder);
    BatchTally tally = BatchTally::of(pending);
    t.restart();
    for (int i = 0; i < count; ++i) {
        tally.remove(pending[size_t(i)]);
        tally.add(rows[size_t(i)]);
        window.model()->setRow(i, rows[size_t(i)]);
        (void)tally.text();
    }
    QApplication::processEvents();
    const double stream = ms(t);

    const qint64 peak = statusKb("VmHWM:");
    std::printf("rows %d\n", count);
    std::printf("make rows             %8.1f ms\n", make);
    std::printf("fill the window table %8.1f ms\n", fill);
    std::printf("paint one frame       %8.1f ms\n", paint);
    std::printf("sort by date          %8.1f ms\n", sortDate);
    std::printf("filter by text        %8.1f ms (%d rows)\n", filterText, textMatches);
    std::printf("filter by tally chip  %8.1f ms (%d rows)\n", filterChip, chipMatches);
    std::printf("%d rows finishing one by one, sorted by date: %.1f ms (%.3f ms per row)\n", count, stream,
                stream / count);
    std::printf("peak memory above the start: %lld KiB\n", peak - rssBefore);
    return 0;
}
