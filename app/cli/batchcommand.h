#pragma once

#include "clisubcommand.h"

#include "batch/batchrow.h"
#include "batch/batchrun.h"

#include <QByteArray>
#include <QList>
#include <QTimeZone>

#include <memory>

class InterruptNotifier;

// `batch [FILE|-]`: many ids at once, through the core's batch (IdList reads them, BatchRun looks them up
// paced by the rate-limit headers, BatchExport writes them). The ids come from a text or CSV file, or
// standard input: any separators, links too, a column picked with --column. Invalid and duplicate entries are
// listed on stderr with the reason before anything is sent; only the valid ids are sent, each once.
//
// One result a line on stdout as the lookups finish, in the order of the list (a result that comes early
// waits for those before it): ndjson (JSON Lines), csv (RFC 4180, a header row, formula-neutralised cells)
// or table (aligned for a terminal). Pauses for 429 and, at the end, the tally ("31 delivered · 6 failed ·
// 3 not found") go to stderr. Exit status: 0 when every id was looked up and returned a message, 1 when one
// did not or an entry was invalid; a failure no id can get past (no token, unknown profile) exits as `get`
// would; Ctrl+C stops it with 130 (what was not looked up is not written). Lookups of a batch are not
// recorded in the history (a batch of 10,000 would bury it).
class BatchCommand : public CliSubcommand
{
    Q_OBJECT

public:
    explicit BatchCommand(CliContext &cli, QObject *parent = nullptr);
    ~BatchCommand() override;

    void run(const CliCommand &command, Done done) override;

    enum class Format
    {
        Ndjson,
        Csv,
        Table,
    };
    // The header written before the first row (empty for ndjson).
    static QByteArray header(Format format);
    // One finished row in the format, with its line end.
    static QByteArray line(const BatchRow &row, Format format, const QTimeZone &zone);

private:
    void writeReady();
    void onFinished(BatchRun::Outcome outcome);

    std::unique_ptr<BatchRun> m_run;
    std::unique_ptr<InterruptNotifier> m_interrupt;
    Format m_format = Format::Ndjson;
    size_t m_nextToWrite = 0;
    QList<bool> m_written;
    qsizetype m_invalid = 0; // entries refused before sending (not duplicates)
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    Done m_done;
};
