// A 10,000-id batch in the table: time to make the rows from analysed answers, to fill BatchTableModel at
// once (reset) and row by row as lookups finish (dataChanged, with a sorting QSortFilterProxyModel on top as
// the window will have), to read every cell once (a worst case: a sort or filter over all columns), to export
// CSV and JSON Lines, and the peak memory (VmHWM − VmRSS before the rows were made). Not a test.
// Run from a Release build: build/…/bench/batch/mi_bench_batchtable [rows]
#include "batch/batchexport.h"
#include "batch/batchtablemodel.h"
#include "batch/batchtally.h"
#include "message/messageanalysis.h"
#include "session/inspectionresult.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSortFilterProxyModel>

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

QByteArray answer(int i)
{
    const QByteArray n = QByteArray::number(i).rightJustified(6, '0');
    const QByteArray status = i % 7 == 0 ? "failed" : (i % 3 == 0 ? "read" : "delivered");
    return "{\"message\":{\"id\":\"Msg" + n +
           "aB3dE5gH7jK9\",\"type\":2,\"messageType\":\"TYPE_SMS\","
           "\"locationId\":\"Lq7Rt2Vx9KmN3pB6sD4f\",\"contactId\":\"Cn" +
           n +
           "Vb8Nm0Qa2Ws4\","
           "\"conversationId\":\"Cv" +
           n +
           "Tg1Yh3Uj5Ik7\",\"dateAdded\":\"2026-11-29T08:15:02.118Z\","
           "\"body\":\"Hi, your order " +
           n +
           " is ready for pickup at the Main St store until 6 pm.\","
           "\"direction\":\"outbound\",\"status\":\"" +
           status +
           "\",\"contentType\":\"text/plain\"},"
           "\"traceId\":\"c41e8f20-7b3a-4d96-a5e0-" +
           n + "d8c7b6a4\"}";
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 10'000;

    const qint64 rssBefore = statusKb("VmRSS:");
    QElapsedTimer timer;

    // Rows as a run makes them: one analysed answer at a time (the session does that off the UI thread),
    // only the row kept.
    QElapsedTimer rowTimer;
    qint64 rowNs = 0;
    timer.start();
    std::vector<BatchRow> rows;
    rows.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        InspectionResult result;
        result.body = answer(i);
        result.analysis = MessageAnalysis::analyze(result.body);
        rowTimer.start();
        rows.push_back(BatchRow::fromResult(result.analysis.view.id.value, result));
        rowNs += rowTimer.nsecsElapsed();
    }
    const double makeMs = ms(timer);
    const qint64 rowsKb = statusKb("VmRSS:") - rssBefore;

    BatchTableModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(BatchTableModel::SortRole);
    proxy.setDynamicSortFilter(true);
    proxy.sort(int(BatchColumn::Date));

    timer.restart();
    model.setRows(rows);
    const double resetMs = ms(timer);

    // As a run delivers them: every row pending first, then one dataChanged per finished lookup.
    std::vector<BatchRow> pending;
    pending.reserve(rows.size());
    for (const BatchRow &row : rows)
        pending.push_back(BatchRow::pending(row.id));
    model.setRows(std::move(pending));
    BatchTally tally = BatchTally::of(model.rows());
    timer.restart();
    for (int i = 0; i < count; ++i) {
        tally.remove(model.rows()[size_t(i)]);
        tally.add(rows[size_t(i)]);
        model.setRow(i, rows[size_t(i)]);
    }
    const double incrementalMs = ms(timer);

    timer.restart();
    qsizetype chars = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c)
            chars += model.data(model.index(r, c)).toString().size();
    }
    const double readAllMs = ms(timer);

    timer.restart();
    const QByteArray csv = BatchExport::toCsv(model.rows());
    const double csvMs = ms(timer);
    timer.restart();
    const QByteArray ndjson = BatchExport::toJsonLines(model.rows());
    const double ndjsonMs = ms(timer);

    const qint64 peakKb = statusKb("VmHWM:");
    std::printf("rows: %d\n", count);
    std::printf(
        "make rows: %.1f ms in all, of which BatchRow::fromResult %.1f ms (the rest is the analysis)\n",
        makeMs, double(rowNs) / 1e6);
    std::printf("fill model at once (setRows, sorting proxy attached): %.1f ms\n", resetMs);
    std::printf("fill model row by row (setRow + tally, sorting proxy attached): %.1f ms (%.2f us/row)\n",
                incrementalMs, incrementalMs * 1000.0 / count);
    std::printf("read every cell once (DisplayRole): %.1f ms (%lld chars)\n", readAllMs, (long long)chars);
    std::printf("CSV export: %.1f ms, %lld bytes; JSON Lines: %.1f ms, %lld bytes\n", csvMs,
                (long long)csv.size(), ndjsonMs, (long long)ndjson.size());
    std::printf("memory: rows alone +%.1f MB RSS; peak (VmHWM - RSS before) %.1f MB; VmHWM %.1f MB\n",
                rowsKb / 1024.0, (peakKb - rssBefore) / 1024.0, peakKb / 1024.0);
    std::printf("tally: %s\n", qPrintable(tally.text()));
    return 0;
}
