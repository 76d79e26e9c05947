#include "whycommand.h"

#include "cliarguments.h"
#include "clicontext.h"
#include "exitcode.h"
#include "jsonreport.h"
#include "jsonwriter.h"
#include "relatedcommand.h"

#include "related/knowncauses.h"
#include "related/relatedlinks.h"
#include "related/relatedlookup.h"
#include "related/webapplinks.h"
#include "store/profilestore.h"
#include "text/safetext.h"
#include "json/jsondocument.h"

using namespace Qt::StringLiterals;
using Category = InspectionFailure::Category;

namespace {

void writeCause(JsonWriter &w, const KnownCause &cause)
{
    w.beginObject();
    w.field(u"code", cause.code);
    w.field(u"title", cause.title);
    w.field(u"explanation", cause.explanation);
    w.field(u"whatToDo", cause.whatToDo);
    w.key(u"carrierCodes");
    w.beginArray();
    for (const QString &code : cause.errorCodes)
        w.string(code);
    w.endArray();
    w.field(u"source", cause.source);
    w.endObject();
}

QString sourceKey(EvidenceLine::Source source)
{
    switch (source) {
    case EvidenceLine::Source::Message:
        return u"message"_s;
    case EvidenceLine::Source::Contact:
        return u"contact"_s;
    case EvidenceLine::Source::KnownCause:
        return u"knownCause"_s;
    case EvidenceLine::Source::Api:
        return u"api"_s;
    }
    return {};
}

} // namespace

WhyCommand::WhyCommand(CliContext &cli, QObject *parent)
    : CliSubcommand(cli, parent)
{}

WhyCommand::~WhyCommand()
{
    // The program is ending: the lookup's own completion is of no interest any more.
    if (m_lookup) {
        disconnect(m_lookup, nullptr, this, nullptr);
        m_lookup->cancel();
    }
}

void WhyCommand::run(const CliCommand &command, Done done)
{
    m_done = std::move(done);
    m_json = command.formatName == u"json"_s;
    m_withContact = command.withContact;
    m_cli.inspect(m_cli.lookupRequest(command, command.messageId), QString(),
                  [this](const Inspection &found) { onMessage(found); });
}

void WhyCommand::onMessage(const Inspection &found)
{
    if (found.failure()) {
        m_done(m_cli.fail(*found.failure()));
        return;
    }
    if (!found.analysis().shape.hasMessage()) {
        m_done(m_cli.fail(
            InspectionFailure::make(Category::InvalidResponse, QLatin1StringView("not_a_message"),
                                    tr("The answer holds no message, so there is nothing to explain"),
                                    tr("The server answered with JSON that is not a message."),
                                    tr("“get ID --format pretty” shows what it sent."))));
        return;
    }
    m_message = found;
    const MessageView &view = found.analysis().view;
    if (const auto profile = m_cli.profiles()->profile(found.result.profile)) {
        const auto link = WebAppLinks::conversation(
            *profile, view.locationId.isPresent() ? view.locationId.value : QString(),
            view.conversationId.isPresent() ? view.conversationId.value : QString());
        if (link.ok())
            m_conversationLink = link.value;
    }

    // The contact only when asked (one more request, another scope), and only for a message that failed.
    if (!m_withContact || !FailureEvidence::appliesTo(found.analysis())) {
        explain(std::nullopt);
        return;
    }
    RelatedLink contact;
    for (const RelatedLink &link : RelatedLinks::from(found.analysis())) {
        if (link.kind == RelatedLink::Kind::Contact)
            contact = link;
    }
    RelatedLookupOptions options = RelatedCommand::lookupOptions(found.result.request);
    m_lookup = RelatedLookup::start(m_cli.session(), contact, found.result.profile, options);
    connect(m_lookup, &RelatedLookup::finished, this, [this](const RelatedResult &result) {
        m_lookup = nullptr;
        explain(result);
    });
}

void WhyCommand::explain(const std::optional<RelatedResult> &contactResult)
{
    std::optional<Contact> contact;
    std::optional<InspectionFailure> contactFailure;
    if (contactResult) {
        if (contactResult->failure) {
            contactFailure = contactResult->failure;
            contactFailure->title = tr("Contact: %1").arg(contactFailure->title);
        } else {
            contact = contactResult->contact;
        }
    }
    const FailureEvidence evidence =
        FailureEvidence::build(m_message.analysis(), contact, m_conversationLink);
    const QString messageId = m_message.result.messageId;
    int exit = ExitCodes::value(ExitCode::Success);
    if (contactFailure)
        exit = ExitCodes::value(ExitCodes::forFailure(*contactFailure));
    if (m_json)
        m_cli.writeOut(json(evidence, messageId, contactFailure, exit));
    else
        m_cli.writeOut(text(evidence, messageId).toUtf8());
    if (contactFailure)
        m_cli.fail(*contactFailure); // the explanation above is without the contact
    m_done(exit);
}

QString WhyCommand::text(const FailureEvidence &evidence, const QString &messageId)
{
    const QString status = SafeText::forDisplay(evidence.status, 60);
    QString out;
    if (!evidence.applies) {
        out += (evidence.status.isEmpty()
                    ? tr("The message %1 does not say it failed: it has no status.").arg(messageId)
                    : tr("The message %1 did not fail: its status is “%2”.").arg(messageId, status)) +
               u'\n';
        out += tr("Only a message whose status is failed or undelivered has a why-it-failed explanation.") +
               u'\n';
        if (evidence.conversationLink.isValid())
            out +=
                tr("The conversation in the web app: %1").arg(evidence.conversationLink.toString()) + u'\n';
        return out;
    }
    out += tr("Why the message %1 did not arrive (status “%2”), fact by fact, each with its source:")
               .arg(messageId, status) +
           u'\n';
    out += evidence.toText();
    return out;
}

QByteArray WhyCommand::json(const FailureEvidence &evidence, const QString &messageId,
                            const std::optional<InspectionFailure> &contactFailure, int exitCode)
{
    JsonWriter w;
    w.beginObject();
    w.field(u"messageId", messageId);
    w.fieldBool(u"failed", evidence.applies);
    w.fieldOrNull(u"status", evidence.status.isEmpty() ? QString() : evidence.status);
    w.fieldOrNull(u"channel", evidence.channel.isEmpty() ? QString() : evidence.channel);
    w.fieldBool(u"contactChecked", evidence.contactChecked);
    w.key(u"lines");
    w.beginArray();
    if (evidence.applies) {
        for (const EvidenceLine &line : evidence.lines) {
            w.beginObject();
            w.field(u"source", sourceKey(line.source));
            w.field(u"text", line.text);
            w.field(u"origin", line.origin);
            w.fieldOrNull(u"path", line.path.isEmpty() ? QString() : line.path);
            w.fieldOrNull(u"cause", line.causeCode.isEmpty() ? QString() : line.causeCode);
            w.endObject();
        }
    }
    w.endArray();
    w.key(u"pointedAt");
    w.beginArray();
    for (const KnownCause *cause : evidence.pointedAt)
        writeCause(w, *cause);
    w.endArray();
    w.key(u"otherCauses");
    w.beginArray();
    if (evidence.applies) {
        for (const KnownCause *cause : evidence.otherCauses)
            writeCause(w, *cause);
    }
    w.endArray();
    w.key(u"carrierErrorCode");
    w.beginObject();
    w.fieldBool(u"exposedByApi", false);
    w.field(u"note", KnownCauses::carrierCodeNotExposed());
    w.field(u"source", KnownCauses::carrierCodeNotExposedSource());
    w.endObject();
    w.fieldOrNull(u"conversationLink", evidence.conversationLink.isValid()
                                           ? evidence.conversationLink.toString(QUrl::FullyEncoded)
                                           : QString());
    w.key(u"contactError");
    if (contactFailure)
        JsonReport::writeError(w, *contactFailure);
    else
        w.null();
    w.field(u"exitCode", qint64(exitCode));
    w.endObject();
    return w.data();
}
