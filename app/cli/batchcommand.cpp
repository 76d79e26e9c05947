#include "batchcommand.h"

#include "cliarguments.h"
#include "clicontext.h"
#include "exitcode.h"
#include "interruptnotifier.h"
#include "stdininput.h"

#include "batch/batchexport.h"
#include "batch/batchrun.h"
#include "batch/idlist.h"
#include "common/counttext.h"
#include "session/inspectionsession.h"
#include "text/safetext.h"
#include "json/jsondocument.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// Rejected entries listed one by one on stderr; the rest are counted.
constexpr qsizetype maxRejectedShown = 50;

struct TableColumn
{
    const char *title;
    int width; // 0: the last column, not padded
};

// id, result, http, direction, status, type, date, text (or the error)
constexpr TableColumn tableColumns[] = {{"ID", 20},     {"RESULT", 11}, {"HTTP", 4},  {"DIRECTION", 9},
                                        {"STATUS", 11}, {"TYPE", 9},    {"DATE", 16}, {"TEXT", 0}};

QString tableLine(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const int width = tableColumns[i].width;
        line += (i ? u"  "_s : QString()) + (width > 0 ? cells.at(i).leftJustified(width) : cells.at(i));
    }
    while (line.endsWith(u' '))
        line.chop(1);
    return line + u'\n';
}

QString badgeText(const Badge &badge)
{
    return SafeText::forDisplay(badge.label.isEmpty() ? badge.rawValue : badge.label, 20);
}

} // namespace

BatchCommand::BatchCommand(CliContext &cli, QObject *parent)
    : CliSubcommand(cli, parent)
{}

BatchCommand::~BatchCommand() = default;

QByteArray BatchCommand::header(Format format)
{
    switch (format) {
    case Format::Ndjson:
        return {};
    case Format::Csv:
        return BatchExport::csvHeader(BatchColumns::all());
    case Format::Table: {
        QStringList titles;
        for (const TableColumn &column : tableColumns)
            titles << QString::fromLatin1(column.title);
        return tableLine(titles).toUtf8();
    }
    }
    return {};
}

QByteArray BatchCommand::line(const BatchRow &row, Format format, const QTimeZone &zone)
{
    switch (format) {
    case Format::Ndjson:
        return BatchExport::jsonLine(row);
    case Format::Csv:
        return BatchExport::csvRecord(row, BatchColumns::all());
    case Format::Table: {
        const QString text = row.hasMessage() && row.error.isEmpty() ? row.text : row.error;
        return tableLine({SafeText::forDisplay(row.id, 40), BatchRow::outcomeLabel(row.outcome),
                          row.httpStatus > 0 ? QString::number(row.httpStatus) : u"-"_s,
                          badgeText(row.direction), badgeText(row.status), badgeText(row.messageType),
                          row.date.isValid() ? row.date.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s)
                                             : SafeText::forDisplay(row.dateText, 16),
                          SafeText::forDisplay(text, 60)})
            .toUtf8();
    }
    }
    return {};
}

void BatchCommand::run(const CliCommand &command, Done done)
{
    m_done = std::move(done);
    const QString format = !command.formatName.isEmpty() ? command.formatName
                           : m_cli.stdoutIsTerminal()    ? u"table"_s
                                                         : u"ndjson"_s;
    m_format = format == u"csv"_s ? Format::Csv : format == u"table"_s ? Format::Table : Format::Ndjson;

    // The list, read whole (bounded) before anything is sent.
    const bool fromStdin = command.file == u"-"_s;
    const QString source = fromStdin ? tr("standard input") : SafeText::forDisplay(command.file, 80);
    QByteArray bytes;
    if (fromStdin) {
        if (StdinInput::stdinIsTerminal())
            m_cli.writeErr(tr("Paste or type the message ids, then press Ctrl+D.") + u'\n');
        const std::optional<QByteArray> input = StdinInput::readAll(IdList::maxInputBytes);
        if (!input) {
            m_done(m_cli.fail(InspectionFailure::make(
                InspectionFailure::Category::Usage, InspectionFailure::invalidInputKind,
                tr("Standard input holds more than %1; nothing was sent")
                    .arg(QLocale().formattedDataSize(IdList::maxInputBytes)),
                tr("A batch reads at most %1 ids.").arg(QLocale().toString(qint64(IdList::maxIds))))));
            return;
        }
        bytes = *input;
    } else {
        QFile file(command.file);
        const QFileInfo info(command.file);
        if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
            m_done(m_cli.fail(InspectionFailure::make(
                InspectionFailure::Category::Usage, InspectionFailure::fileUnreadableKind,
                tr("%1 cannot be read").arg(source),
                info.isDir() ? tr("It is a folder.") : file.errorString(),
                tr("Give a text or CSV file with the ids, or - to read them from standard input."))));
            return;
        }
        bytes = file.read(IdList::maxInputBytes + 1);
    }

    const IdList list = IdList::fromFile(bytes, command.column);
    if (!list.ok()) {
        m_done(m_cli.fail(InspectionFailure::make(
            InspectionFailure::Category::Usage, InspectionFailure::invalidInputKind,
            tr("The list in %1 was refused; nothing was sent").arg(source), list.error,
            list.columns.isEmpty()
                ? QString()
                : tr("Columns: %1.").arg(SafeText::forDisplay(list.columns.join(u", "_s), 300)))));
        return;
    }
    // What will not be sent, and why, before anything is.
    if (list.rejectedCount() > 0) {
        m_cli.writeErr(tr("%1; not sent:").arg(list.summaryText()) + u'\n');
        for (const IdList::Rejected &rejected : list.rejected.mid(0, maxRejectedShown)) {
            m_cli.writeErr(u"  "_s +
                           tr("line %1 (“%2”): %3")
                               .arg(rejected.line)
                               .arg(SafeText::forDisplay(rejected.input, 80), rejected.text) +
                           u'\n');
        }
        if (list.rejectedCount() > maxRejectedShown)
            m_cli.writeErr(u"  "_s + tr("… and %1 more").arg(list.rejectedCount() - maxRejectedShown) +
                           u'\n');
    }
    m_invalid = list.invalidCount + list.overLimitCount;
    if (list.ids.isEmpty()) {
        m_done(m_cli.fail(InspectionFailure::make(
            InspectionFailure::Category::Usage, InspectionFailure::invalidInputKind,
            tr("There is no message id in %1; nothing was sent").arg(source), QString(),
            tr("Give one id (or a link holding one) per line, or a CSV file with an id column (--column "
               "NAME)."))));
        return;
    }

    BatchRun::Options options;
    options.profile = command.profile.value_or(QString());
    options.baseUrlOverride = command.baseUrl.value_or(QString());
    options.allowHost = command.allowHost.value_or(QString());
    if (command.maxRateCount) {
        options.pacing.maxPerWindow = *command.maxRateCount;
        options.pacing.userWindowMs = command.maxRateWindowMs;
    }
    m_run = std::make_unique<BatchRun>(m_cli.session(), list.ids, options);
    m_written = QList<bool>(list.ids.size(), false);
    connect(m_run.get(), &BatchRun::rowFinished, this, &BatchCommand::writeReady);
    connect(m_run.get(), &BatchRun::paused, this,
            [this](const QString &reason) { m_cli.writeErr(tr("paused: %1").arg(reason) + u'\n'); });
    connect(m_run.get(), &BatchRun::finished, this, &BatchCommand::onFinished);

    m_interrupt = std::make_unique<InterruptNotifier>();
    connect(m_interrupt.get(), &InterruptNotifier::interrupted, m_run.get(), &BatchRun::cancel);

    m_cli.writeOut(header(m_format));
    m_run->start();
}

void BatchCommand::writeReady()
{
    // In the order of the list: a row that finished early waits for the ones before it.
    const std::vector<BatchRow> &rows = m_run->rows();
    while (m_nextToWrite < rows.size() && !rows[m_nextToWrite].isPending()) {
        m_cli.writeOut(line(rows[m_nextToWrite], m_format, m_zone));
        m_written[qsizetype(m_nextToWrite)] = true;
        ++m_nextToWrite;
    }
}

void BatchCommand::onFinished(BatchRun::Outcome outcome)
{
    writeReady();
    // Stopped or cancelled: what did finish after a row that never will is written too, in order.
    const std::vector<BatchRow> &rows = m_run->rows();
    qsizetype notLookedUp = 0;
    for (size_t i = m_nextToWrite; i < rows.size(); ++i) {
        if (rows[i].isPending()) {
            ++notLookedUp;
        } else if (!m_written[qsizetype(i)]) {
            m_cli.writeOut(line(rows[i], m_format, m_zone));
            m_written[qsizetype(i)] = true;
        }
    }
    m_cli.writeErr(m_run->tally().text() + u'\n');
    if (notLookedUp > 0)
        m_cli.writeErr(
            tr("%1 not looked up.")
                .arg(countText(notLookedUp, BatchCommand::tr("1 id was"), BatchCommand::tr("%1 ids were"))) +
            u'\n');

    if (outcome == BatchRun::Outcome::Cancelled) {
        m_done(ExitCodes::value(ExitCode::Interrupted));
        return;
    }
    if (const auto &stop = m_run->stopFailure()) {
        m_done(m_cli.fail(*stop));
        return;
    }
    m_done(m_run->allFound() && m_invalid == 0 ? ExitCodes::value(ExitCode::Success) : 1);
}
