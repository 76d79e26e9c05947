#include "diffcommand.h"

#include "cliarguments.h"
#include "clicontext.h"
#include "exitcode.h"
#include "jsonwriter.h"
#include "stdininput.h"

#include "api/inputvalidation.h"
#include "session/inspectionsession.h"
#include "store/lookuphistory.h"
#include "text/safetext.h"
#include "json/jsondocument.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView historyPrefix{"@history:"};

QString shown(const QString &operand)
{
    return SafeText::forDisplay(operand, 80);
}

// An operand in a heading: whole (a path may be long), escaped.
QString named(const QString &operand)
{
    return SafeText::forDisplay(operand, 4096);
}

QString changeName(JsonDifference::Change change)
{
    switch (change) {
    case JsonDifference::Change::Added:
        return u"added"_s;
    case JsonDifference::Change::Removed:
        return u"removed"_s;
    case JsonDifference::Change::Changed:
        return u"changed"_s;
    }
    return {};
}

QString partName(JsonDifference::Part part)
{
    switch (part) {
    case JsonDifference::Part::Message:
        return u"message"_s;
    case JsonDifference::Part::Envelope:
        return u"envelope"_s;
    case JsonDifference::Part::Body:
        return u"body"_s;
    }
    return {};
}

// A null for an empty text: absent values are null in the JSON form.
QString orNull(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

} // namespace

DiffCommand::DiffCommand(CliContext &cli, QObject *parent)
    : CliSubcommand(cli, parent)
{
    connect(&m_kept, &QFutureWatcherBase::finished, this, [this] {
        const std::optional<KeptAnswer> kept = m_kept.future().resultCount() ? m_kept.result() : std::nullopt;
        if (kept) {
            const QString origin = tr("history row %1").arg(m_historyRow);
            m_cli.inspect(InspectionRequest::bytes(kept->body, origin), QString(),
                          [this, side = m_historySide](const Inspection &found) { resolved(side, found); });
            return;
        }
        // Say whether the row is gone or only kept no answer.
        m_entry.setFuture(m_cli.history()->entry(m_historyRow));
    });
    connect(&m_entry, &QFutureWatcherBase::finished, this, [this] {
        const std::optional<LookupRecord> entry =
            m_entry.future().resultCount() ? m_entry.result() : std::nullopt;
        LookupHistory *history = m_cli.history();
        if (!history->isAvailable()) {
            refuse(m_historySide,
                   InspectionFailure::make(InspectionFailure::Category::Usage,
                                           QLatin1StringView("history_unavailable"),
                                           tr("The lookup history cannot be read"), history->errorString()));
            return;
        }
        if (!entry) {
            refuse(m_historySide, InspectionFailure::make(
                                      InspectionFailure::Category::Usage, InspectionFailure::invalidInputKind,
                                      tr("There is no row %1 in the history").arg(m_historyRow),
                                      tr("It was never there, or it was deleted or trimmed since."),
                                      tr("Run “message-inspector-cli history” for the rows there are.")));
            return;
        }
        refuse(m_historySide,
               InspectionFailure::make(
                   InspectionFailure::Category::Usage, InspectionFailure::invalidInputKind,
                   tr("Row %1 of the history kept no response body").arg(m_historyRow),
                   tr("It records the lookup of %1 at %2, but not the answer: answers are kept only when the "
                      "profile's “keep response bodies” is on, and kept ones age out.")
                       .arg(shown(entry->messageId), entry->time.toUTC().toString(Qt::ISODate)),
                   tr("Compare with the message itself instead: message-inspector-cli diff %1 …")
                       .arg(shown(entry->messageId))));
    });
    connect(&m_diff, &QFutureWatcherBase::finished, this, &DiffCommand::onCompared);
}

DiffCommand::Source DiffCommand::sourceOf(const QString &operand, qint64 *row)
{
    if (operand.startsWith(historyPrefix)) {
        bool ok = false;
        const qint64 number = operand.mid(historyPrefix.size()).toLongLong(&ok);
        if (row)
            *row = ok && number > 0 ? number : 0;
        return Source::History;
    }
    if (operand == u"-"_s)
        return Source::StandardInput;
    if (operand.startsWith(u"https://"_s, Qt::CaseInsensitive) ||
        operand.startsWith(u"http://"_s, Qt::CaseInsensitive))
        return Source::Lookup;
    if (QFileInfo::exists(operand))
        return Source::File;
    return InputValidation::messageId(operand).ok() ? Source::Lookup : Source::File;
}

void DiffCommand::run(const CliCommand &command, Done done)
{
    m_done = std::move(done);
    m_options = command;
    m_operands = command.operands;
    m_json = command.formatName == u"json"_s;
    if (sourceOf(m_operands.value(0)) == Source::StandardInput &&
        sourceOf(m_operands.value(1)) == Source::StandardInput) {
        m_done(m_cli.fail(InspectionFailure::make(
            InspectionFailure::Category::Usage, InspectionFailure::usageKind,
            tr("Only one side of a diff can be standard input"), QString(),
            tr("Save one of the two bodies to a file, then compare the file with standard input."))));
        return;
    }
    resolve(0);
}

void DiffCommand::resolve(int side)
{
    const QString operand = m_operands.value(side);
    qint64 row = 0;
    switch (sourceOf(operand, &row)) {
    case Source::History:
        m_labels[side] = tr("history row %1").arg(row);
        if (row <= 0) {
            refuse(side, InspectionFailure::make(
                             InspectionFailure::Category::Usage, InspectionFailure::usageKind,
                             tr("“%1” names no row of the history").arg(shown(operand)),
                             tr("@history:N takes the number in the ROW column of “message-inspector-cli "
                                "history”, e.g. @history:12.")));
            return;
        }
        resolveHistory(side, row);
        return;
    case Source::StandardInput: {
        m_labels[side] = tr("standard input");
        const std::optional<QByteArray> data = StdinInput::readAll(InspectionSession::maxFileBytes);
        if (!data) {
            refuse(side, InspectionFailure::make(
                             InspectionFailure::Category::InvalidResponse, QLatin1StringView("too_large"),
                             tr("Standard input holds more than %1")
                                 .arg(QLocale().formattedDataSize(InspectionSession::maxFileBytes))));
            return;
        }
        m_cli.inspect(InspectionRequest::bytes(*data, tr("standard input")), u"-"_s,
                      [this, side](const Inspection &found) { resolved(side, found); });
        return;
    }
    case Source::File:
        m_labels[side] = tr("file %1").arg(named(operand));
        m_cli.inspect(InspectionRequest::file(operand), operand,
                      [this, side](const Inspection &found) { resolved(side, found); });
        return;
    case Source::Lookup:
        m_labels[side] = tr("message %1 (looked up)").arg(named(operand));
        m_cli.inspect(m_cli.lookupRequest(m_options, operand), QString(),
                      [this, side](const Inspection &found) { resolved(side, found); });
        return;
    }
}

void DiffCommand::resolveHistory(int side, qint64 row)
{
    m_historySide = side;
    m_historyRow = row;
    m_kept.setFuture(m_cli.history()->keptAnswer(row));
}

void DiffCommand::refuse(int side, InspectionFailure failure)
{
    failure.title = tr("%1: %2").arg(side == 0 ? u"A"_s : u"B"_s, failure.title);
    m_done(m_cli.fail(failure));
}

void DiffCommand::resolved(int side, const Inspection &inspection)
{
    if (inspection.failure()) {
        refuse(side, *inspection.failure());
        return;
    }
    if (!inspection.result.messageId.isEmpty())
        m_labels[side] = tr("message %1 (looked up)").arg(named(inspection.result.messageId));
    m_sides[side] = inspection;
    if (side == 0)
        resolve(1);
    else
        compare();
}

void DiffCommand::compare()
{
    m_diff.setFuture(JsonDiff::start(m_sides[0].document(), m_sides[1].document()));
}

void DiffCommand::onCompared()
{
    const JsonDiff diff = m_diff.future().resultCount() ? m_diff.result() : JsonDiff();
    if (m_json)
        m_cli.writeOut(json(diff, m_labels[0], m_labels[1]));
    else
        m_cli.writeOut(text(diff, m_labels[0], m_labels[1]).toUtf8());
    m_done(diff.isIdentical() ? ExitCodes::value(ExitCode::Success) : 1);
}

QString DiffCommand::text(const JsonDiff &diff, const QString &firstLabel, const QString &secondLabel)
{
    QString out = u"--- "_s + firstLabel + u"\n+++ "_s + secondLabel + u'\n';
    for (const QString &line : diff.toText())
        out += line + u'\n';
    return out;
}

QByteArray DiffCommand::json(const JsonDiff &diff, const QString &firstLabel, const QString &secondLabel)
{
    JsonWriter json;
    json.beginObject();
    json.fieldBool(u"identical", diff.isIdentical());
    json.field(u"first", firstLabel);
    json.field(u"second", secondLabel);
    json.fieldBool(u"pairedMessages", diff.pairedMessages());
    json.key(u"differences");
    json.beginArray();
    for (const JsonDifference &d : diff.differences()) {
        json.beginObject();
        json.field(u"change", changeName(d.change));
        json.field(u"part", partName(d.part));
        json.field(u"path", d.path);
        json.fieldOrNull(u"firstPath", orNull(d.firstPath));
        json.fieldOrNull(u"secondPath", orNull(d.secondPath));
        json.fieldOrNull(u"firstValue", d.hasFirst() ? d.firstValue : QString());
        json.fieldOrNull(u"secondValue", d.hasSecond() ? d.secondValue : QString());
        json.fieldOrNull(u"firstMeaning", orNull(d.firstMeaning));
        json.fieldOrNull(u"secondMeaning", orNull(d.secondMeaning));
        json.endObject();
    }
    json.endArray();
    json.key(u"notes");
    json.beginArray();
    for (const QString &note : diff.notes())
        json.string(note);
    json.endArray();
    json.fieldBool(u"truncated", diff.isTruncated());
    json.fieldOrNull(u"error", diff.hasError() ? diff.errorString() : QString());
    json.endObject();
    return json.data();
}
