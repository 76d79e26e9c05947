#include "relatedcommand.h"

#include "cliarguments.h"
#include "clicontext.h"
#include "interruptnotifier.h"
#include "jsonwriter.h"
#include "relatedtext.h"
#include "suggestedcommand.h"

#include "related/relatedlinks.h"
#include "session/inspectionsession.h"
#include "json/jsondocument.h"

using namespace Qt::StringLiterals;
using Kind = RelatedLink::Kind;
using Category = InspectionFailure::Category;

RelatedCommand::RelatedCommand(CliContext &cli, QObject *parent)
    : CliSubcommand(cli, parent)
{}

RelatedCommand::~RelatedCommand()
{
    // The program is ending: the lookup's own completion is of no interest any more.
    if (m_lookup) {
        disconnect(m_lookup, nullptr, this, nullptr);
        m_lookup->cancel();
    }
}

QString RelatedCommand::whatOf(Kind kind)
{
    switch (kind) {
    case Kind::EmailMessage:
        return u"thread"_s;
    case Kind::Recording:
        return u"recording"_s;
    case Kind::Transcription:
        return u"transcript"_s;
    case Kind::Conversation:
    case Kind::ConversationMessages:
        return u"conversation"_s;
    case Kind::Contact:
        return u"contact"_s;
    }
    return {};
}

RelatedLookupOptions RelatedCommand::lookupOptions(const InspectionRequest &request)
{
    RelatedLookupOptions options;
    options.baseUrlOverride = request.baseUrlOverride;
    options.allowHost = request.allowHost;
    options.clientOptions = request.clientOptions;
    return options;
}

QString RelatedCommand::missingText(const QString &what)
{
    if (what == u"thread"_s)
        return tr("The message lists no email thread (no meta.email.messageIds).");
    if (what == u"recording"_s || what == u"transcript"_s)
        return tr("The message is not a call: only calls and voicemails have a recording and a transcript.");
    return tr("The message does not lead to this.");
}

void RelatedCommand::run(const CliCommand &command, Done done)
{
    m_done = std::move(done);
    m_json = command.formatName == u"json"_s;
    // Named kinds must be there; "all" and the default take what the message has.
    const bool all = command.what == QStringList{u"all"_s};
    m_what = command.what.isEmpty() ? CliArguments::relatedDefaultWhat()
             : all                  ? CliArguments::relatedWhatNames()
                                    : command.what;
    const bool explicitWhat = !command.what.isEmpty() && !all;
    const bool fetchRecording = explicitWhat || all;
    m_interrupt = std::make_unique<InterruptNotifier>();
    connect(m_interrupt.get(), &InterruptNotifier::interrupted, this, [this] {
        m_interrupted = true;
        if (m_lookup)
            m_lookup->cancel(); // its finished() ends the run
    });

    const InspectionRequest request = m_cli.lookupRequest(command, command.messageId);
    m_options = lookupOptions(request);
    m_cli.inspect(request, QString(), [this, explicitWhat, fetchRecording](const Inspection &found) {
        if (found.failure()) {
            m_done(m_cli.fail(*found.failure()));
            return;
        }
        if (m_interrupted) {
            m_done(ExitCodes::value(ExitCode::Interrupted));
            return;
        }
        if (!found.analysis().shape.hasMessage()) {
            m_done(m_cli.fail(
                InspectionFailure::make(Category::InvalidResponse, QLatin1StringView("not_a_message"),
                                        tr("The answer holds no message, so there is nothing to follow"),
                                        tr("The server answered with JSON that is not a message."),
                                        tr("“get ID --format pretty” shows what it sent."))));
            return;
        }
        m_messageId = found.result.messageId;
        m_profile = found.result.profile;
        m_options.focusMessageId = m_messageId;

        const QList<RelatedLink> links = RelatedLinks::from(found.analysis());
        for (const QString &what : CliArguments::relatedWhatNames()) {
            if (!m_what.contains(what))
                continue;
            Group group;
            group.what = what;
            for (const RelatedLink &link : links) {
                if (whatOf(link.kind) != what)
                    continue;
                // A link the message cannot fill (an id missing or refused) is said; it is tried, and fails
                // as a usage error, only when --what asked for it.
                if (!link.available && !explicitWhat) {
                    RelatedResult notLookedUp;
                    notLookedUp.link = link;
                    group.results << notLookedUp;
                    continue;
                }
                group.links << link;
            }
            if (group.links.isEmpty() && group.results.isEmpty()) {
                if (!explicitWhat)
                    continue; // a transcript of an SMS was not asked for by name: nothing to say
                group.missing = true;
                group.note = missingText(what);
                m_worst = ExitCodes::worst(m_worst, ExitCode::Usage);
            } else if (what == u"recording"_s && !fetchRecording && !group.links.isEmpty()) {
                // Announced only: megabytes of audio are fetched when asked for (`recording`, --what).
                group.links.clear();
                group.note = tr("Available; save it with: %1")
                                 .arg(SuggestedCommand::cli(
                                     {u"recording"_s, m_messageId, u"-o"_s, u"recording.wav"_s}));
            }
            m_groups << group;
        }
        if (!m_json)
            m_cli.writeOut(RelatedText::messageLine(found.analysis(), m_cli.style()).toUtf8());
        lookUpNext();
    });
}

void RelatedCommand::lookUpNext()
{
    while (m_group < m_groups.size()) {
        Group &group = m_groups[m_group];
        if (!m_interrupted && m_link < group.links.size()) {
            const RelatedLink link = group.links.at(m_link++);
            m_lookup = RelatedLookup::start(m_cli.session(), link, m_profile, m_options);
            connect(m_lookup, &RelatedLookup::finished, this, &RelatedCommand::onResult);
            return;
        }
        printGroup(group);
        ++m_group;
        m_link = 0;
    }
    end();
}

void RelatedCommand::onResult(const RelatedResult &result)
{
    m_lookup = nullptr;
    m_groups[m_group].results << result;
    if (result.failure) {
        m_worst = ExitCodes::worst(m_worst, ExitCodes::forFailure(*result.failure));
        InspectionFailure failure = *result.failure;
        failure.title = result.link.label + u": "_s + failure.title;
        m_cli.fail(failure);
    }
    // Let the lookup that just finished go first (it deletes itself after this signal).
    QMetaObject::invokeMethod(this, &RelatedCommand::lookUpNext, Qt::QueuedConnection);
}

void RelatedCommand::printGroup(Group &group)
{
    if (m_json)
        return;
    QString text;
    if (!group.note.isEmpty() && group.results.isEmpty()) {
        text = m_cli.style().strong(RelatedText::heading(group.what)) + u'\n' + u"  "_s +
               (group.missing ? tr("none: %1").arg(group.note) : group.note) + u'\n';
    } else {
        text = RelatedText::section(group.what, group.results, m_messageId, m_cli.style());
    }
    m_cli.writeOut((u'\n' + text).toUtf8());
    releaseRecordings(group);
}

void RelatedCommand::releaseRecordings(Group &group)
{
    // A recording fetched to check it is not kept: its temporary file goes as soon as it was reported.
    for (RelatedResult &result : group.results)
        result.recording.reset();
}

void RelatedCommand::end()
{
    if (m_interrupted)
        m_worst = ExitCodes::worst(m_worst, ExitCode::Interrupted);
    if (m_json) {
        JsonWriter w;
        w.beginObject();
        w.field(u"messageId", m_messageId);
        w.field(u"profile", m_profile);
        w.key(u"what");
        w.beginArray();
        for (const QString &what : std::as_const(m_what))
            w.string(what);
        w.endArray();
        w.key(u"results");
        w.beginArray();
        for (const Group &group : std::as_const(m_groups)) {
            for (const RelatedResult &result : group.results)
                RelatedText::json(w, result);
        }
        w.endArray();
        w.key(u"notLookedUp");
        w.beginArray();
        for (const Group &group : std::as_const(m_groups)) {
            if (group.note.isEmpty())
                continue;
            w.beginObject();
            w.field(u"what", group.what);
            w.field(u"reason", group.note);
            w.fieldBool(u"missing", group.missing);
            w.endObject();
        }
        w.endArray();
        w.fieldBool(u"interrupted", m_interrupted);
        w.field(u"exitCode", qint64(ExitCodes::value(m_worst)));
        w.endObject();
        m_cli.writeOut(w.data());
        for (Group &group : m_groups)
            releaseRecordings(group);
    }
    for (const Group &group : std::as_const(m_groups)) {
        if (group.missing)
            m_cli.writeErr(tr("error: %1: %2").arg(RelatedText::heading(group.what), group.note) + u'\n');
    }
    m_done(ExitCodes::value(m_worst));
}
