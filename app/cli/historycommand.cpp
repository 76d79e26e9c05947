#include "historycommand.h"

#include "cliarguments.h"
#include "clicontext.h"
#include "exitcode.h"
#include "jsonwriter.h"

#include "store/historyquery.h"
#include "store/lookuphistory.h"
#include "text/safetext.h"
#include "json/jsondocument.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

HistoryCommand::HistoryCommand(CliContext &cli, QObject *parent)
    : CliSubcommand(cli, parent)
{
    connect(&m_byText, &QFutureWatcherBase::finished, this, &HistoryCommand::onAnswered);
    connect(&m_byOutcome, &QFutureWatcherBase::finished, this, &HistoryCommand::onAnswered);
}

void HistoryCommand::run(const CliCommand &command, Done done)
{
    m_done = std::move(done);
    m_json = command.formatName == u"json"_s;
    m_limit = command.limit.value_or(CliArguments::defaultHistoryLimit);
    m_search = command.search;
    m_profile = command.profile.value_or(QString());

    HistoryQuery query;
    query.text = m_search;
    query.profile = m_profile;
    query.limit = m_limit;
    LookupHistory *history = m_cli.history();
    m_waiting = 1;
    if (!m_search.isEmpty()) {
        // A failed lookup has no summary; its outcome name (not_found, unauthorized) is what one searches
        // for.
        HistoryQuery byOutcome = query;
        byOutcome.text.clear();
        byOutcome.outcomes = {m_search.toLower()};
        m_waiting = 2;
        m_byOutcome.setFuture(history->search(byOutcome));
    }
    m_byText.setFuture(history->search(query));
}

void HistoryCommand::onAnswered()
{
    if (--m_waiting > 0)
        return;
    LookupHistory *history = m_cli.history();
    if (!history->isAvailable()) {
        m_done(m_cli.fail(InspectionFailure::make(
            InspectionFailure::Category::Usage, QLatin1StringView("history_unavailable"),
            tr("The lookup history cannot be read"), history->errorString(),
            tr("Lookups still work; the history file is %1.").arg(history->path()))));
        return;
    }
    const QList<LookupRecord> byText =
        m_byText.future().resultCount() ? m_byText.result() : QList<LookupRecord>();
    const QList<LookupRecord> byOutcome = !m_search.isEmpty() && m_byOutcome.future().resultCount()
                                              ? m_byOutcome.result()
                                              : QList<LookupRecord>();
    present(merged(byText, byOutcome, m_limit));
}

void HistoryCommand::present(const QList<LookupRecord> &records)
{
    if (m_json) {
        m_cli.writeOut(json(records));
    } else if (records.isEmpty()) {
        m_cli.writeErr((m_search.isEmpty() && m_profile.isEmpty() ? tr("The history holds no lookups yet.")
                                                                  : tr("No lookup in the history matches.")) +
                       u'\n');
    } else {
        m_cli.writeOut(table(records, QTimeZone::systemTimeZone()).toUtf8());
    }
    m_done(ExitCodes::value(ExitCode::Success));
}

QList<LookupRecord> HistoryCommand::merged(const QList<LookupRecord> &a, const QList<LookupRecord> &b,
                                           int limit)
{
    QList<LookupRecord> all = a;
    for (const LookupRecord &record : b) {
        const bool known = std::any_of(all.cbegin(), all.cend(), [&](const LookupRecord &r) {
            return r.rowId == record.rowId && r.time == record.time && r.messageId == record.messageId;
        });
        if (!known)
            all.append(record);
    }
    std::stable_sort(all.begin(), all.end(), [](const LookupRecord &x, const LookupRecord &y) {
        return x.time != y.time ? x.time > y.time : x.rowId > y.rowId;
    });
    if (all.size() > limit)
        all.resize(limit);
    return all;
}

QString HistoryCommand::table(const QList<LookupRecord> &records, const QTimeZone &zone)
{
    QList<QStringList> rows;
    rows.append({tr("ROW"), tr("TIME"), tr("PROFILE"), tr("MESSAGE ID"), tr("HTTP"), tr("OUTCOME"),
                 tr("KEPT"), tr("SUMMARY")});
    for (const LookupRecord &r : records) {
        rows.append({r.rowId >= 0 ? QString::number(r.rowId) : u"-"_s,
                     r.time.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm:ss"_s),
                     SafeText::forDisplay(r.profile, 40), SafeText::forDisplay(r.messageId, 64),
                     r.httpStatus > 0 ? QString::number(r.httpStatus) : u"-"_s,
                     SafeText::forDisplay(r.outcome, 40),
                     r.hasKeptAnswer() ? QLocale().formattedDataSize(r.keptBodyBytes) : u"-"_s,
                     SafeText::forDisplay(r.summary, LookupRecord::maxSummaryLength)});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += (i ? u"  "_s : QString()) +
                    (i + 1 < row.size() ? row.at(i).leftJustified(widths[i]) : row.at(i));
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    }
    return text;
}

QByteArray HistoryCommand::json(const QList<LookupRecord> &records)
{
    JsonWriter json;
    json.beginArray();
    for (const LookupRecord &r : records) {
        json.beginObject();
        json.field(u"row", r.rowId >= 0 ? std::optional<qint64>(r.rowId) : std::nullopt);
        json.field(u"time", r.time.toUTC().toString(Qt::ISODateWithMs));
        json.field(u"profile", r.profile);
        json.field(u"messageId", r.messageId);
        json.field(u"httpStatus", r.httpStatus > 0 ? std::optional<qint64>(r.httpStatus) : std::nullopt);
        json.field(u"outcome", r.outcome);
        json.field(u"summary", r.summary);
        json.field(u"keptBodyBytes",
                   r.hasKeptAnswer() ? std::optional<qint64>(r.keptBodyBytes) : std::nullopt);
        json.endObject();
    }
    json.endArray();
    return json.data();
}
