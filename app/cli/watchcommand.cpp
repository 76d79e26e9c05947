#include "watchcommand.h"

#include "cliarguments.h"
#include "clicontext.h"
#include "exitcode.h"
#include "interruptnotifier.h"
#include "jsonlines.h"
#include "jsonwriter.h"

#include "common/counttext.h"
#include "message/messagesummary.h"
#include "session/inspectionsession.h"
#include "store/lookuphistory.h"
#include "text/safetext.h"
#include "json/jsondocument.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'g', 3);
}

QString lookups(int count)
{
    return countText(count, WatchCommand::tr("1 lookup"), WatchCommand::tr("%1 lookups"));
}

} // namespace

WatchCommand::WatchCommand(CliContext &cli, QObject *parent)
    : CliSubcommand(cli, parent)
{}

WatchCommand::~WatchCommand() = default;

int WatchCommand::exitStatus(MessageWatch::Outcome outcome)
{
    using Outcome = MessageWatch::Outcome;
    switch (outcome) {
    case Outcome::Delivered:
    case Outcome::Reached:
        return ExitCodes::value(ExitCode::Success);
    case Outcome::Failed:
        return 1; // the message did not arrive: a plain "no" for scripts, like check's problems
    case Outcome::TimedOut:
        return ExitCodes::value(ExitCode::Network); // 6: gave up waiting, as a lookup that timed out
    case Outcome::Stopped:
        return ExitCodes::value(ExitCode::Interrupted);
    case Outcome::Error:
        break;
    }
    return ExitCodes::value(ExitCode::Network);
}

QString WatchCommand::line(const MessageWatch::Entry &entry, const QString &previousLabel,
                           const QTimeZone &zone)
{
    const QString label = entry.statusLabel.isEmpty() ? tr("(no status)") : entry.statusLabel;
    QString text = entry.observedAt.toTimeZone(zone).toString(u"HH:mm:ss"_s) + u"  "_s;
    text += previousLabel.isEmpty() || previousLabel == label ? label : previousLabel + u" → "_s + label;
    if (!entry.dateUpdated.isEmpty())
        text += u"  ("_s + tr("dateUpdated %1").arg(entry.dateUpdated) + u')';
    // What else changed (the status itself is the line's subject).
    QStringList others;
    for (const QString &change : entry.changes) {
        if (!change.startsWith(u"status:"_s))
            others << change;
    }
    if (!others.isEmpty())
        text += u"  · "_s + others.join(u"; "_s);
    return SafeText::forDisplay(text, 1000);
}

QByteArray WatchCommand::jsonLine(const MessageWatch::Entry &entry, const QString &previousStatus)
{
    JsonWriter json;
    json.beginObject();
    json.field(u"time", entry.observedAt.toUTC().toString(Qt::ISODateWithMs));
    json.field(u"httpStatus", qint64(entry.httpStatus));
    json.fieldOrNull(u"status", entry.status.isEmpty() ? QString() : entry.status);
    json.fieldOrNull(u"statusLabel", entry.statusLabel.isEmpty() ? QString() : entry.statusLabel);
    json.fieldOrNull(u"previousStatus", previousStatus.isEmpty() ? QString() : previousStatus);
    json.fieldOrNull(u"dateUpdated", entry.dateUpdated.isEmpty() ? QString() : entry.dateUpdated);
    json.key(u"changes");
    json.beginArray();
    for (const QString &change : entry.changes)
        json.string(change);
    json.endArray();
    json.endObject();
    return JsonLines::line(json.data());
}

QString WatchCommand::clock() const
{
    return QDateTime::currentDateTimeUtc().toTimeZone(m_zone).toString(u"HH:mm:ss"_s);
}

void WatchCommand::run(const CliCommand &command, Done done)
{
    m_done = std::move(done);
    m_json = command.formatName == u"json"_s;
    m_messageId = command.messageId;

    // --timeout bounds the whole watch, not one lookup: each lookup keeps the normal deadline.
    CliCommand lookup = command;
    lookup.timeoutMs.reset();
    MessageWatch::Options options;
    options.timeoutMs = command.timeoutMs.value_or(CliArguments::defaultWatchSeconds * 1000);
    options.untilStatus = command.untilStatus;
    if (command.intervalMs) {
        options.pacing.firstIntervalMs = *command.intervalMs;
        options.pacing.maxIntervalMs = std::max(options.pacing.maxIntervalMs, *command.intervalMs);
    }
    m_watch = std::make_unique<MessageWatch>(m_cli.session(), m_cli.lookupRequest(lookup, command.messageId),
                                             options);
    connect(m_watch.get(), &MessageWatch::changed, this, &WatchCommand::onChanged);
    connect(m_watch.get(), &MessageWatch::polled, this, &WatchCommand::onPolled);
    connect(m_watch.get(), &MessageWatch::waiting, this, &WatchCommand::onWaiting);
    connect(m_watch.get(), &MessageWatch::paused, this, [this](const QString &reason, qint64) {
        m_cli.writeErr(clock() + u"  "_s + tr("paused: %1").arg(reason) + u'\n');
    });
    connect(m_watch.get(), &MessageWatch::finished, this, &WatchCommand::onFinished);

    m_interrupt = std::make_unique<InterruptNotifier>();
    connect(m_interrupt.get(), &InterruptNotifier::interrupted, m_watch.get(), &MessageWatch::stop);

    if (m_cli.stdoutIsTerminal()) {
        m_cli.writeErr(tr("Watching %1 until %2, for at most %3 s (Ctrl+C stops).")
                           .arg(SafeText::forDisplay(command.messageId, 40),
                                command.untilStatus.isEmpty()
                                    ? tr("its status is final")
                                    : tr("its status is %1").arg(command.untilStatus),
                                seconds(options.timeoutMs)) +
                       u'\n');
    }
    m_watch->start();
}

void WatchCommand::onPolled(const InspectionResult &result)
{
    m_lastPolled = result;
}

void WatchCommand::onChanged(const MessageWatch::Entry &entry)
{
    if (entry.status.isEmpty() && !entry.note.isEmpty())
        return; // a lookup that failed for good: reported on stderr when the watch ends
    if (m_json)
        m_cli.writeOut(jsonLine(entry, m_previousStatus));
    else
        m_cli.writeOut((line(entry, m_previousLabel, m_zone) + u'\n').toUtf8());
    m_previousStatus = entry.status;
    m_previousLabel = entry.statusLabel.isEmpty() ? tr("(no status)") : entry.statusLabel;
}

void WatchCommand::onWaiting(qint64 ms)
{
    // The answer before this wait failed in a way that may pass (network, 5xx): say so, and that it goes on.
    if (m_lastPolled && m_lastPolled->failure && m_lastPolled->failure->apiKind != ErrorKind::RateLimited) {
        m_cli.writeErr(clock() + u"  "_s +
                       tr("%1; asking again in %2 s").arg(m_lastPolled->failure->title, seconds(ms)) + u'\n');
    }
}

void WatchCommand::record()
{
    // One row for the whole watch (its lookups are not recorded one by one): the last answer.
    if (!m_lastPolled || !m_lastPolled->wasSent())
        return;
    const InspectionResult &result = *m_lastPolled;
    if (result.failure && result.failure->category == InspectionFailure::Category::Cancelled)
        return;
    LookupRecord row;
    row.messageId = result.messageId;
    row.profile = result.profile;
    row.httpStatus = result.http->httpStatus;
    row.outcome = result.ok() ? u"ok"_s : result.failure->kind;
    QStringList words;
    if (result.ok()) {
        const MessageSummary summary = MessageSummary::from(result.analysis);
        for (const Badge *badge : {&summary.direction, &summary.status, &summary.messageType}) {
            if (badge->isBadge())
                words << badge->label;
        }
    }
    words << tr("watched, %1").arg(lookups(m_watch->polls()));
    row.summary = words.join(u" · "_s);
    m_cli.history()->record(row);
}

void WatchCommand::onFinished(MessageWatch::Outcome outcome)
{
    using Outcome = MessageWatch::Outcome;
    record();
    const int polls = m_watch->polls();
    const QString status = m_previousLabel.isEmpty() ? tr("unknown") : m_previousLabel;
    int exit = exitStatus(outcome);
    QString closing;
    switch (outcome) {
    case Outcome::Delivered:
    case Outcome::Failed:
        closing = tr("Final status: %1 (%2).").arg(status, lookups(polls));
        break;
    case Outcome::Reached:
        closing = tr("Reached %1 (%2).").arg(status, lookups(polls));
        break;
    case Outcome::TimedOut:
        closing =
            tr("Gave up: the time limit passed and the status is still %1 (%2).").arg(status, lookups(polls));
        break;
    case Outcome::Stopped:
        closing = tr("Stopped; the status was %1 (%2).").arg(status, lookups(polls));
        break;
    case Outcome::Error:
        if (m_lastPolled && m_lastPolled->failure) {
            exit = m_cli.fail(*m_lastPolled->failure);
        }
        break;
    }
    if (m_json) {
        JsonWriter json;
        json.beginObject();
        json.field(u"outcome", MessageWatch::outcomeName(outcome));
        json.field(u"exitCode", qint64(exit));
        json.field(u"lookups", qint64(polls));
        json.fieldOrNull(u"status", m_previousStatus.isEmpty() ? QString() : m_previousStatus);
        json.endObject();
        m_cli.writeOut(JsonLines::line(json.data()));
    }
    if (!closing.isEmpty())
        m_cli.writeErr(closing + u'\n');
    m_done(exit);
}
