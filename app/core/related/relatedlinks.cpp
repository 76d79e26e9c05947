#include "related/relatedlinks.h"

#include "api/inputvalidation.h"
#include "message/messageanalysis.h"
#include "related/emailmessage.h"
#include "json/jsonpath.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using Kind = RelatedLink::Kind;
using Json::NodeKind;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RelatedLinks)
};

// One path id a link needs: its parameter name, what a person calls it, the value as found (if any) and
// where it was found.
struct Need
{
    QString parameter;
    QString words;
    std::optional<QString> value; // nullopt: the message does not have it
    QString path;
};

std::optional<QString> valueOf(const ViewField<QString> &field)
{
    if (field.isPresent())
        return field.value;
    return std::nullopt;
}

RelatedLink make(Kind kind, const Endpoint &endpoint, const QString &label, const QString &description,
                 const QList<Need> &needs)
{
    RelatedLink link;
    link.kind = kind;
    link.endpoint = endpoint;
    link.label = label;
    link.description = description;
    link.cheap = endpoint.answer == Endpoint::Answer::Json;
    QStringList words;
    for (const Need &need : needs)
        words << need.words;
    link.needs = words.size() == 1 ? Tr::tr("Needs the %1.").arg(words.first())
                                   : Tr::tr("Needs the %1 and the %2.")
                                         .arg(words.mid(0, words.size() - 1).join(u", "_s), words.last());
    link.sourcePath = needs.isEmpty() ? QString() : needs.last().path;
    link.available = true;
    for (const Need &need : needs) {
        if (!need.value) {
            link.available = false;
            link.unavailable = Tr::tr("The message has no %1.").arg(need.words);
            break;
        }
        const auto checked = InputValidation::resourceId(*need.value, need.words);
        if (!checked.ok()) {
            link.available = false;
            link.unavailable = checked.error;
            break;
        }
        link.ids.append({need.parameter, checked.value});
    }
    if (!link.available)
        link.ids.clear();
    return link;
}

} // namespace

namespace RelatedLinks {

QList<ThreadId> threadIds(const MessageAnalysis &analysis, qint64 *total)
{
    if (total)
        *total = 0;
    const Json::Document &doc = analysis.document;
    const ResponseShape &shape = analysis.shape;
    QList<ThreadId> ids;
    if (!shape.hasMessage() || !doc.isValid())
        return ids;
    for (const QString &canonical : {u"$.meta.email.messageIds"_s, u"$.meta.email.email.messageIds"_s}) {
        const QString path = shape.actualPath(canonical);
        const qint64 list = doc.offsetForPath(path);
        if (list < 0 || doc.kindAt(list) != NodeKind::Array)
            continue;
        // The count comes from the parse's record (a thread list of millions is not walked to count it);
        // only the first maxThreadEmails are read.
        if (total)
            *total = doc.childCount(list);
        qint64 index = 0;
        for (Json::Member m = doc.firstMember(list); m.isValid() && ids.size() < maxThreadEmails;
             m = doc.nextMember(m), ++index) {
            // A member that is no string is offered as refused, so it is not silently lost.
            const QString text =
                doc.kindAt(m.valueOffset) == NodeKind::String
                    ? doc.decodeString(m.valueOffset, 1024).text
                    : QString::fromUtf8(doc.rawAt(m.valueOffset)
                                            .first(std::min<qsizetype>(doc.rawAt(m.valueOffset).size(), 64)));
            ids.append({text, Json::appendIndex(path, index), doc.kindAt(m.valueOffset) == NodeKind::String});
        }
        break; // the first list found is the thread
    }
    return ids;
}

bool isCall(const MessageAnalysis &analysis)
{
    const MessageView &v = analysis.view;
    if (v.type.isPresent() && (v.type.value == 1 || v.type.value == 10))
        return true;
    if (v.messageType.isPresent() &&
        (v.messageType.value.endsWith(u"_CALL"_s) || v.messageType.value.endsWith(u"_VOICEMAIL"_s)))
        return true;
    return !v.callStatus.isAbsent() || !v.callDuration.isAbsent();
}

QList<RelatedLink> from(const MessageAnalysis &analysis)
{
    QList<RelatedLink> links;
    const MessageView &v = analysis.view;
    if (!analysis.shape.hasMessage())
        return links;

    qint64 total = 0;
    const QList<ThreadId> thread = threadIds(analysis, &total);
    for (qsizetype i = 0; i < thread.size(); ++i) {
        const ThreadId &t = thread.at(i);
        RelatedLink link = make(Kind::EmailMessage, Endpoints::emailMessage(),
                                Tr::tr("Email %1 of %2 in the thread").arg(i + 1).arg(total),
                                Tr::tr("Its sender, recipients, subject, status and text."),
                                {{u"id"_s, Tr::tr("email id"), t.id, t.path}});
        if (!t.isString) {
            link.available = false;
            link.ids.clear();
            link.unavailable = Tr::tr("The email id at %1 is not text.").arg(t.path);
        }
        link.isThisMessage = t.isString && v.id.isPresent() && t.id == v.id.value;
        if (link.isThisMessage)
            link.label = Tr::tr("Email %1 of %2 in the thread (this message)").arg(i + 1).arg(total);
        links << link;
    }

    if (isCall(analysis)) {
        const Need message{u"messageId"_s, Tr::tr("message id"), valueOf(v.id), v.id.path};
        const Need location{u"locationId"_s, Tr::tr("location id"), valueOf(v.locationId), v.locationId.path};
        links << make(Kind::Recording, Endpoints::recording(), Tr::tr("Call recording"),
                      Tr::tr("The call's audio, kept in a private temporary file while it is open."),
                      {message, location});
        links << make(Kind::Transcription, Endpoints::transcription(), Tr::tr("Call transcript"),
                      Tr::tr("What was said, sentence by sentence, with times."), {location, message});
    }

    const Need conversation{u"conversationId"_s, Tr::tr("conversation id"), valueOf(v.conversationId),
                            v.conversationId.path};
    links << make(Kind::Conversation, Endpoints::conversation(), Tr::tr("Conversation"),
                  Tr::tr("Who the conversation is with, its channel, whether it is unread or assigned."),
                  {conversation});
    links << make(Kind::ConversationMessages, Endpoints::conversationMessages(),
                  Tr::tr("Messages around this one"),
                  Tr::tr("The conversation's messages, 20 to a page, this one among them."), {conversation});
    links << make(Kind::Contact, Endpoints::contact(), Tr::tr("Contact"),
                  Tr::tr("Phone, email and Do-Not-Disturb per channel: whether the contact can be reached."),
                  {{u"contactId"_s, Tr::tr("contact id"), valueOf(v.contactId), v.contactId.path}});
    return links;
}

QList<RelatedLink> fromEmail(const EmailMessage &email)
{
    const auto value = [](const QString &text) {
        return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
    };
    QList<RelatedLink> links;
    const Need conversation{u"conversationId"_s, Tr::tr("conversation id"), value(email.conversationId),
                            u"$.conversationId"_s};
    links << make(Kind::Conversation, Endpoints::conversation(), Tr::tr("Conversation"),
                  Tr::tr("Who the conversation is with, its channel, whether it is unread or assigned."),
                  {conversation});
    links << make(Kind::ConversationMessages, Endpoints::conversationMessages(),
                  Tr::tr("Messages of the conversation"),
                  Tr::tr("The conversation's messages, 20 to a page."), {conversation});
    links << make(Kind::Contact, Endpoints::contact(), Tr::tr("Contact"),
                  Tr::tr("Phone, email and Do-Not-Disturb per channel: whether the contact can be reached."),
                  {{u"contactId"_s, Tr::tr("contact id"), value(email.contactId), u"$.contactId"_s}});
    return links;
}

} // namespace RelatedLinks
