#include "related/failureevidence.h"

#include "message/messageanalysis.h"
#include "message/messageformatting.h"
#include "text/safetext.h"
#include "json/jsonpath.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using Source = EvidenceLine::Source;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FailureEvidence)
};

QString shown(const QString &serverText)
{
    return SafeText::forDisplay(serverText, 300);
}

QString gapText(qint64 seconds)
{
    if (seconds < 0)
        return Tr::tr("%1 earlier").arg(MessageFormatting::duration(-seconds));
    if (seconds < 120)
        return Tr::tr("%1 s later").arg(seconds);
    return Tr::tr("%1 later").arg(MessageFormatting::duration(seconds));
}

// A string member of the message by its documented path, wherever the shape keeps it.
QString messageString(const MessageAnalysis &m, const QString &canonicalPath, QString *actualPath)
{
    const QString path = m.shape.actualPath(canonicalPath);
    if (actualPath)
        *actualPath = path;
    const qint64 at = m.document.isValid() ? m.document.offsetForPath(path) : -1;
    if (at < 0 || m.document.kindAt(at) != Json::NodeKind::String)
        return {};
    return m.document.decodeString(at, 1024).text;
}

bool isPhoneChannel(const QString &channel)
{
    return channel == u"SMS"_s || channel == u"Call"_s || channel == u"WhatsApp"_s;
}

} // namespace

QString EvidenceLine::sourceName(Source source)
{
    switch (source) {
    case Source::Message:
        return Tr::tr("message");
    case Source::Contact:
        return Tr::tr("contact");
    case Source::KnownCause:
        return Tr::tr("known cause");
    case Source::Api:
        return Tr::tr("API");
    }
    return {};
}

bool FailureEvidence::appliesTo(const MessageAnalysis &message)
{
    const ViewField<QString> &status = message.view.status;
    return status.isPresent() && (status.value.compare(u"failed"_s, Qt::CaseInsensitive) == 0 ||
                                  status.value.compare(u"undelivered"_s, Qt::CaseInsensitive) == 0);
}

QString FailureEvidence::channelFor(QStringView messageType)
{
    const QString type = messageType.toString().toUpper();
    if (type.contains(u"WHATSAPP"_s))
        return u"WhatsApp"_s;
    if (type.contains(u"SMS"_s) || type.contains(u"RCS"_s))
        return u"SMS"_s;
    if (type.contains(u"CALL"_s) || type.contains(u"VOICEMAIL"_s))
        return u"Call"_s;
    if (type.contains(u"EMAIL"_s))
        return u"Email"_s;
    if (type.contains(u"GMB"_s))
        return u"GMB"_s;
    if (type.contains(u"FACEBOOK"_s))
        return u"FB"_s;
    return {};
}

FailureEvidence FailureEvidence::build(const MessageAnalysis &m, const std::optional<Contact> &contact,
                                       const QUrl &conversationLink, const QTimeZone &zone)
{
    FailureEvidence e;
    e.applies = appliesTo(m);
    e.conversationLink = conversationLink;
    const MessageView &v = m.view;
    e.status = v.status.isPresent() ? v.status.value : QString();
    const auto add = [&e](Source source, const QString &text, const QString &origin,
                          const QString &path = {}) {
        e.lines.append({source, text, origin, path, {}, false});
        return &e.lines.last();
    };
    const auto point = [&e](EvidenceLine *line, const KnownCause *cause) {
        if (!cause)
            return;
        line->causeCode = cause->code;
        line->pointsAtCause = true;
        if (!e.pointedAt.contains(cause))
            e.pointedAt << cause;
    };
    const auto from = [](const QString &path) { return Tr::tr("message %1").arg(path); };

    // The message: its status and its own error text.
    if (v.status.isPresent())
        add(Source::Message, Tr::tr("The status is “%1”.").arg(shown(v.status.value)), from(v.status.path),
            v.status.path);
    else
        add(Source::Message, Tr::tr("The message has no status."), from(v.status.path), v.status.path);
    if (v.failureText.isPresent() && !v.failureText.value.trimmed().isEmpty()) {
        EvidenceLine *line =
            add(Source::Message, Tr::tr("It carries the error text “%1”.").arg(shown(v.failureText.value)),
                from(v.failureText.path), v.failureText.path);
        for (const KnownCause *cause : KnownCauses::matching(v.failureText.value))
            point(line, cause);
    } else {
        add(Source::Message, Tr::tr("It carries no error text."), Tr::tr("message"));
    }

    // The channel, which decides the DND setting that matters.
    const QString type = v.messageType.isPresent() ? v.messageType.value : v.typeName;
    e.channel = channelFor(type);
    if (!type.isEmpty()) {
        const QString direction = v.direction.isPresent() ? v.direction.value : Tr::tr("no direction");
        add(Source::Message,
            e.channel.isEmpty() ? Tr::tr("It is a %1 message (%2).").arg(shown(type), shown(direction))
                                : Tr::tr("It is a %1 message, channel %2 (%3).")
                                      .arg(shown(type), e.channel, shown(direction)),
            from(v.messageType.isPresent() ? v.messageType.path : v.type.path));
    }

    // What sent it.
    if (v.source.isPresent())
        add(Source::Message, Tr::tr("It was sent by “%1” (source).").arg(shown(v.source.value)),
            from(v.source.path), v.source.path);
    else
        add(Source::Message, Tr::tr("It does not say what sent it (no source)."), from(v.source.path));

    // The provider.
    QString providerPath;
    const QString provider = messageString(m, u"$.conversationProviderId"_s, &providerPath);
    if (!provider.isEmpty()) {
        add(Source::Message,
            Tr::tr(
                "It went through the conversation provider %1 (conversationProviderId): that provider's own "
                "logs hold its delivery details.")
                .arg(shown(provider)),
            from(providerPath), providerPath);
    } else {
        add(Source::Message, Tr::tr("It names no conversation provider (conversationProviderId is not set)."),
            from(providerPath));
    }

    // When it was added and when its status last changed.
    if (v.dateAdded.isPresent()) {
        const QString added = MessageFormatting::localDateTime(v.dateAdded.value, zone);
        if (v.dateUpdated.isPresent()) {
            const qint64 gap = v.dateAdded.value.secsTo(v.dateUpdated.value);
            add(Source::Message,
                Tr::tr("Added %1; last changed %2 (dateUpdated %3).")
                    .arg(added, gapText(gap), MessageFormatting::localDateTime(v.dateUpdated.value, zone)),
                from(v.dateUpdated.path), v.dateUpdated.path);
        } else {
            add(Source::Message,
                Tr::tr("Added %1; the message does not say when its status last changed (no dateUpdated).")
                    .arg(added),
                from(v.dateAdded.path), v.dateAdded.path);
        }
    }

    // The contact, when it was looked up.
    e.contactChecked = contact && contact->recognised;
    if (e.contactChecked) {
        const Contact &c = *contact;
        const auto cfrom = [](const QString &path) { return Tr::tr("contact %1").arg(path); };
        const KnownCause *dnd = KnownCauses::byCode(u"dnd");
        const DndSetting *setting = e.channel.isEmpty() ? nullptr : c.dndFor(e.channel);
        const QString dndPath = Json::appendKey(c.path, u"dnd"_s);
        if (c.dnd && *c.dnd) {
            point(add(Source::Contact, Tr::tr("DND is on for every channel (dnd is true)."), cfrom(dndPath),
                      dndPath),
                  dnd);
        }
        if (setting) {
            const QString statusPath = Json::appendKey(setting->path, u"status"_s);
            if (setting->blocks()) {
                QString text =
                    Tr::tr("DND is on for %1 (status “%2”).").arg(e.channel, shown(setting->status));
                if (!setting->message.isEmpty())
                    text += u' ' + Tr::tr("Its note: “%1”.").arg(shown(setting->message));
                EvidenceLine *line = add(Source::Contact, text, cfrom(statusPath), statusPath);
                point(line, dnd);
                // The setting's own words may say why it is on ("21610", "Replied STOP": an opt-out).
                for (const KnownCause *cause :
                     KnownCauses::matching(QString(setting->code + u' ' + setting->message)))
                    point(line, cause);
                if (dnd)
                    line->causeCode = dnd->code; // the line is about DND first
            } else {
                add(Source::Contact,
                    Tr::tr("DND is off for %1 (status “%2”).").arg(e.channel, shown(setting->status)),
                    cfrom(statusPath), statusPath);
            }
        } else if (!e.channel.isEmpty() && !(c.dnd && *c.dnd)) {
            add(Source::Contact,
                c.dnd ? Tr::tr("DND is off (dnd is false) and there is no setting for %1.").arg(e.channel)
                      : Tr::tr("The contact has no DND setting for %1.").arg(e.channel),
                cfrom(dndPath), dndPath);
        }
        const KnownCause *unreachable = KnownCauses::byCode(u"unreachable-number");
        if (isPhoneChannel(e.channel) || e.channel.isEmpty()) {
            const QString phonePath = Json::appendKey(c.path, u"phone"_s);
            if (c.phone.trimmed().isEmpty())
                point(add(Source::Contact, Tr::tr("The contact has no phone number."), cfrom(phonePath),
                          phonePath),
                      isPhoneChannel(e.channel) ? unreachable : nullptr);
            else
                add(Source::Contact, Tr::tr("The contact's phone number is %1.").arg(shown(c.phone)),
                    cfrom(phonePath), phonePath);
        }
        if (e.channel == u"Email"_s || e.channel.isEmpty()) {
            const QString emailPath = Json::appendKey(c.path, u"email"_s);
            if (c.email.trimmed().isEmpty())
                point(add(Source::Contact, Tr::tr("The contact has no email address."), cfrom(emailPath),
                          emailPath),
                      e.channel == u"Email"_s ? KnownCauses::byCode(u"provider-not-connected") : nullptr);
            else
                add(Source::Contact, Tr::tr("The contact's email address is %1.").arg(shown(c.email)),
                    cfrom(emailPath), emailPath);
        }
    } else {
        add(Source::Contact,
            Tr::tr(
                "The contact was not looked up: look it up to see its DND settings and its phone number and "
                "email "
                "(needs the scope contacts.readonly)."),
            Tr::tr("contact"));
    }

    // What the API does not tell, and where it can be seen.
    add(Source::Api, KnownCauses::carrierCodeNotExposed(), KnownCauses::carrierCodeNotExposedSource());
    if (conversationLink.isValid())
        add(Source::Api, Tr::tr("The conversation in the web app: %1").arg(conversationLink.toString()),
            Tr::tr("the profile's web-app address"));

    // The causes the facts point at, then the rest of the table for this channel.
    for (const KnownCause *cause : std::as_const(e.pointedAt)) {
        EvidenceLine *line =
            add(Source::KnownCause,
                Tr::tr("The facts above point at: %1. %2").arg(cause->title, cause->whatToDo), cause->source);
        line->causeCode = cause->code;
        line->pointsAtCause = true;
    }
    for (const KnownCause *cause : KnownCauses::forChannel(e.channel)) {
        if (!e.pointedAt.contains(cause))
            e.otherCauses << cause;
    }
    return e;
}

QString FailureEvidence::toText() const
{
    QString text;
    if (!applies)
        text += Tr::tr("The message did not fail (status “%1”); the facts are listed all the same.")
                    .arg(shown(status)) +
                u'\n';
    for (const EvidenceLine &line : lines)
        text += u"- "_s + line.text + u"  ["_s + line.origin + u"]\n"_s;
    if (!otherCauses.isEmpty()) {
        text += Tr::tr("Other known causes:") + u'\n';
        for (const KnownCause *cause : otherCauses)
            text +=
                u"- "_s + cause->title + u": "_s + cause->explanation + u"  ["_s + cause->source + u"]\n"_s;
    }
    return text;
}
