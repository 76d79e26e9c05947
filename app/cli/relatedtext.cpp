#include "relatedtext.h"

#include "exitcode.h"
#include "jsonreport.h"
#include "jsonwriter.h"

#include "common/counttext.h"
#include "message/messageformatting.h"
#include "message/messagesummary.h"
#include "text/safetext.h"
#include "json/jsondocument.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;
using Kind = RelatedLink::Kind;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RelatedText)
};

// Server text for one line: control characters and escapes made visible, cut.
QString shown(const QString &text, qsizetype maxChars = 200)
{
    return SafeText::forDisplay(text, maxChars);
}

Badge safe(Badge badge)
{
    badge.rawValue = shown(badge.rawValue, 60);
    badge.label = shown(badge.label, 60);
    return badge;
}

QString badgeText(const Badge &badge, const QString &raw, const TerminalStyle &style)
{
    if (badge.isBadge())
        return style.badge(safe(badge));
    return raw.isEmpty() ? QString() : shown(raw, 60);
}

QString dateText(const QDateTime &date, const QString &asSent, const QTimeZone &zone)
{
    if (date.isValid())
        return MessageFormatting::localDateTime(date, zone);
    return asSent.isEmpty() ? Tr::tr("(no date)") : shown(asSent, 40);
}

QString joinShown(const QStringList &list)
{
    QStringList parts;
    for (const QString &item : list)
        parts << shown(item, 120);
    return parts.join(u", "_s);
}

// "GET /contacts/Cn6V…" as sent (path and query), or empty when nothing was sent.
QString requestLine(const RelatedResult &result)
{
    const InspectionResult *last = result.last();
    if (!last || !last->http || last->http->url.isEmpty())
        return {};
    return QString::fromLatin1(last->http->method) + u' ' +
           last->http->url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded);
}

QString failedLine(const RelatedResult &result)
{
    return u"  "_s +
           Tr::tr("failed: %1 (exit status %2; details on stderr)")
               .arg(result.failure->title)
               .arg(ExitCodes::value(ExitCodes::forFailure(*result.failure))) +
           u'\n';
}

QString percent(double confidence)
{
    return QLocale().toString(qRound(confidence * 100.0)) + u" %"_s;
}

QString timeSpan(const TranscriptSentence &s)
{
    if (!s.startMs)
        return u"?"_s;
    QString text = Transcription::timeText(*s.startMs);
    if (s.endMs)
        text += u"–"_s + Transcription::timeText(*s.endMs);
    return text;
}

QString dndStatus(const DndSetting &setting)
{
    QString text = setting.channel + u": "_s +
                   (setting.status.isEmpty() ? Tr::tr("(no status)") : shown(setting.status, 40));
    if (setting.blocks())
        text += u", "_s + Tr::tr("blocks this channel");
    QStringList notes;
    if (!setting.message.isEmpty())
        notes << u"“"_s + shown(setting.message, 120) + u"”"_s;
    if (!setting.code.isEmpty())
        notes << Tr::tr("code %1").arg(shown(setting.code, 40));
    if (!notes.isEmpty())
        text += u" ("_s + notes.join(u", "_s) + u')';
    return text;
}

void writeStrings(JsonWriter &w, QStringView name, const QStringList &list)
{
    w.key(name);
    w.beginArray();
    for (const QString &item : list)
        w.string(item);
    w.endArray();
}

void optionalNumber(JsonWriter &w, QStringView name, const std::optional<qint64> &value)
{
    w.field(name, value);
}

void optionalBool(JsonWriter &w, QStringView name, const std::optional<bool> &value)
{
    if (value)
        w.fieldBool(name, *value);
    else
        w.fieldNull(name);
}

QString orNull(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

void emailJson(JsonWriter &w, const EmailMessage &e)
{
    w.beginObject();
    w.field(u"id", e.id);
    w.fieldOrNull(u"threadId", orNull(e.threadId));
    w.fieldOrNull(u"from", orNull(e.from));
    writeStrings(w, u"to", e.to);
    writeStrings(w, u"cc", e.cc);
    writeStrings(w, u"bcc", e.bcc);
    w.fieldOrNull(u"subject", orNull(e.subject));
    w.fieldOrNull(u"dateAdded", orNull(e.dateText));
    w.fieldOrNull(u"status", orNull(e.status));
    w.fieldOrNull(u"direction", orNull(e.direction));
    w.fieldOrNull(u"provider", orNull(e.provider));
    w.fieldOrNull(u"replyToMessageId", orNull(e.replyToMessageId));
    w.fieldOrNull(u"conversationId", orNull(e.conversationId));
    w.fieldOrNull(u"contactId", orNull(e.contactId));
    writeStrings(w, u"attachments", e.attachments);
    w.field(u"bodyText", e.bodyText);
    w.fieldBool(u"bodyCut", e.bodyCut);
    writeStrings(w, u"problems", e.problems);
    w.endObject();
}

void transcriptJson(JsonWriter &w, const Transcription &t)
{
    w.beginObject();
    w.field(u"shape", t.shape == Transcription::Shape::List      ? u"list"_s
                      : t.shape == Transcription::Shape::Object  ? u"object"_s
                      : t.shape == Transcription::Shape::Wrapped ? u"wrapped"_s
                                                                 : u"unknown"_s);
    w.key(u"sentences");
    w.beginArray();
    for (const TranscriptSentence &s : t.sentences) {
        w.beginObject();
        optionalNumber(w, u"channel", s.channel);
        optionalNumber(w, u"index", s.index);
        optionalNumber(w, u"startMs", s.startMs);
        optionalNumber(w, u"endMs", s.endMs);
        w.field(u"text", s.text);
        w.key(u"confidence");
        if (s.confidence)
            w.rawValue(QByteArray::number(*s.confidence, 'g', 6));
        else
            w.null();
        w.endObject();
    }
    w.endArray();
    w.fieldBool(u"cut", t.cut);
    writeStrings(w, u"problems", t.problems);
    w.endObject();
}

void conversationJson(JsonWriter &w, const ConversationInfo &c)
{
    w.beginObject();
    w.field(u"id", c.id);
    w.fieldOrNull(u"contactId", orNull(c.contactId));
    w.fieldOrNull(u"locationId", orNull(c.locationId));
    w.fieldOrNull(u"assignedTo", orNull(c.assignedTo));
    optionalNumber(w, u"type", c.type);
    w.fieldOrNull(u"typeName", orNull(c.typeName()));
    optionalNumber(w, u"unreadCount", c.unreadCount);
    optionalBool(w, u"inbox", c.inbox);
    optionalBool(w, u"starred", c.starred);
    optionalBool(w, u"deleted", c.deleted);
    writeStrings(w, u"problems", c.problems);
    w.endObject();
}

QString shapeName(ConversationPage::Shape shape)
{
    ConversationPage page;
    page.shape = shape;
    return page.shapeName();
}

void messagesJson(JsonWriter &w, const ConversationMessages &m)
{
    w.beginObject();
    w.field(u"pages", qint64(m.pages));
    QStringList shapes;
    for (const ConversationPage::Shape shape : m.shapes)
        shapes << shapeName(shape);
    writeStrings(w, u"pageShapes", shapes);
    w.fieldBool(u"complete", m.complete);
    w.field(u"stopReason", m.stopReason);
    w.key(u"thisMessageIndex");
    if (m.focusIndex >= 0)
        w.number(m.focusIndex);
    else
        w.null();
    w.key(u"messages");
    w.beginArray();
    for (qsizetype i = 0; i < m.messages.size(); ++i) {
        const ConversationMessage &msg = m.messages.at(i);
        w.beginObject();
        w.field(u"id", msg.id);
        w.fieldOrNull(u"direction", orNull(msg.direction));
        w.fieldOrNull(u"status", orNull(msg.status));
        w.fieldOrNull(u"messageType", orNull(msg.messageType));
        w.fieldOrNull(u"dateAdded", orNull(msg.dateText));
        w.fieldOrNull(u"bodyPreview", orNull(msg.bodyPreview));
        w.fieldBool(u"thisMessage", i == m.focusIndex);
        w.endObject();
    }
    w.endArray();
    writeStrings(w, u"problems", m.problems);
    w.endObject();
}

void contactJson(JsonWriter &w, const Contact &c)
{
    w.beginObject();
    w.field(u"id", c.id);
    w.fieldOrNull(u"name", orNull(c.displayName()));
    w.fieldOrNull(u"phone", orNull(c.phone));
    w.fieldOrNull(u"email", orNull(c.email));
    w.fieldOrNull(u"locationId", orNull(c.locationId));
    w.fieldOrNull(u"timezone", orNull(c.timezone));
    optionalBool(w, u"dnd", c.dnd);
    w.key(u"dndSettings");
    w.beginArray();
    for (const DndSetting &s : c.dndSettings) {
        w.beginObject();
        w.field(u"channel", s.channel);
        w.fieldOrNull(u"status", orNull(s.status));
        w.fieldBool(u"blocks", s.blocks());
        w.fieldOrNull(u"message", orNull(s.message));
        w.fieldOrNull(u"code", orNull(s.code));
        w.endObject();
    }
    w.endArray();
    writeStrings(w, u"problems", c.problems);
    w.endObject();
}

} // namespace

namespace RelatedText {

QString messageLine(const MessageAnalysis &analysis, const TerminalStyle &style)
{
    const MessageSummary s = MessageSummary::from(analysis);
    QStringList parts{style.strong(Tr::tr("Message %1").arg(shown(s.messageId, 128)))};
    for (const Badge *badge : {&s.direction, &s.status, &s.messageType}) {
        if (badge->isBadge())
            parts << style.badge(safe(*badge));
    }
    if (!s.when.isEmpty())
        parts << s.when;
    return parts.join(u"  "_s) + u'\n';
}

QString heading(const QString &what)
{
    if (what == u"thread"_s)
        return Tr::tr("Email thread");
    if (what == u"recording"_s)
        return Tr::tr("Call recording");
    if (what == u"transcript"_s)
        return Tr::tr("Call transcript");
    if (what == u"conversation"_s)
        return Tr::tr("Conversation");
    if (what == u"contact"_s)
        return Tr::tr("Contact");
    return what;
}

QString emailLines(const RelatedResult &result, const TerminalStyle &style, const QTimeZone &zone)
{
    const EmailMessage &e = *result.email;
    QStringList chips;
    for (const QString &chip :
         {badgeText(e.statusBadge, e.status, style), badgeText(e.directionBadge, e.direction, style)}) {
        if (!chip.isEmpty())
            chips << chip;
    }
    QString text = u"  "_s + dateText(e.date, e.dateText, zone);
    if (!chips.isEmpty())
        text += u"  "_s + chips.join(u"  "_s);
    text +=
        u"  "_s + (e.subject.isEmpty() ? Tr::tr("(no subject)") : u"“"_s + shown(e.subject) + u"”"_s) + u'\n';
    text += u"    "_s + style.caption(Tr::tr("From")) + u' ' +
            (e.from.isEmpty() ? Tr::tr("(not sent)") : shown(e.from, 120)) + u'\n';
    text += u"    "_s + style.caption(Tr::tr("To")) + u' ' +
            (e.to.isEmpty() ? Tr::tr("(not sent)") : joinShown(e.to)) + u'\n';
    if (!e.cc.isEmpty())
        text += u"    "_s + style.caption(Tr::tr("Cc")) + u' ' + joinShown(e.cc) + u'\n';
    if (!e.bcc.isEmpty())
        text += u"    "_s + style.caption(Tr::tr("Bcc")) + u' ' + joinShown(e.bcc) + u'\n';
    if (!e.bodyText.trimmed().isEmpty())
        text += u"    "_s + MessageFormatting::bodyPreview(e.bodyText.simplified(), 140) + u'\n';
    return text;
}

QString transcriptLines(const Transcription &transcription)
{
    QString text;
    for (const TranscriptSentence &s : transcription.sentences) {
        text += u"  "_s + timeSpan(s);
        if (s.channel)
            text += u"  "_s + Tr::tr("channel %1").arg(*s.channel);
        text += u"  "_s + shown(s.text, 1000);
        if (s.confidence)
            text += u"  ("_s + percent(*s.confidence) + u')';
        text += u'\n';
    }
    if (transcription.sentences.isEmpty())
        text += u"  "_s + Tr::tr("(no sentences)") + u'\n';
    if (transcription.cut)
        text += u"  "_s + Tr::tr("(only the first %1 sentences were read)").arg(Transcription::maxSentences) +
                u'\n';
    return text;
}

QString conversationLines(const ConversationInfo &c)
{
    QStringList facts;
    if (!c.typeName().isEmpty())
        facts << c.typeName();
    else if (c.type)
        facts << Tr::tr("type %1").arg(*c.type);
    if (c.unreadCount)
        facts << Tr::tr("%1 unread").arg(*c.unreadCount);
    if (!c.assignedTo.isEmpty())
        facts << Tr::tr("assigned to %1").arg(shown(c.assignedTo, 60));
    else
        facts << Tr::tr("not assigned");
    if (c.starred && *c.starred)
        facts << Tr::tr("starred");
    if (c.inbox && !*c.inbox)
        facts << Tr::tr("not in the inbox");
    if (c.deleted && *c.deleted)
        facts << Tr::tr("deleted");
    QString text = u"  "_s + facts.join(u" · "_s) + u'\n';
    if (!c.contactId.isEmpty())
        text += u"  "_s + Tr::tr("Contact %1").arg(shown(c.contactId, 128)) + u'\n';
    return text;
}

QString messagesLines(const ConversationMessages &m, const QString &messageId, const TerminalStyle &style,
                      const QTimeZone &zone)
{
    QString text = u"  "_s +
                   Tr::tr("Messages around this one (%1 read from %2, newest first):")
                       .arg(countText(m.messages.size(), Tr::tr("1 message"), Tr::tr("%1 messages")),
                            countText(m.pages, Tr::tr("1 page"), Tr::tr("%1 pages"))) +
                   u'\n';
    qsizetype from = 0;
    qsizetype to = std::min<qsizetype>(m.messages.size(), 2 * neighbours + 1);
    if (m.focusIndex >= 0) {
        from = std::max<qsizetype>(0, m.focusIndex - neighbours);
        to = std::min<qsizetype>(m.messages.size(), m.focusIndex + neighbours + 1);
    }
    if (from > 0)
        text += u"    "_s + Tr::tr("… %1 newer").arg(from) + u'\n';
    for (qsizetype i = from; i < to; ++i) {
        const ConversationMessage &msg = m.messages.at(i);
        const bool isThis = i == m.focusIndex;
        QStringList parts;
        parts << (msg.date.isValid()
                      ? MessageFormatting::localDateTime(msg.date, zone)
                      : (msg.dateText.isEmpty() ? Tr::tr("(no date)") : shown(msg.dateText, 40)));
        for (const QString &chip : {badgeText(msg.directionBadge, msg.direction, style),
                                    badgeText(msg.statusBadge, msg.status, style),
                                    badgeText(msg.messageTypeBadge, msg.messageType, style)}) {
            if (!chip.isEmpty())
                parts << chip;
        }
        parts << shown(msg.id, 128);
        if (!msg.bodyPreview.isEmpty())
            parts << msg.bodyPreview;
        QString line = (isThis ? u"  ▶ "_s : u"    "_s) + parts.join(u"  "_s);
        if (isThis)
            line = style.strong(line + u"  "_s + Tr::tr("(this message)"));
        text += line + u'\n';
    }
    if (to < m.messages.size())
        text += u"    "_s + Tr::tr("… %1 older").arg(m.messages.size() - to) + u'\n';
    if (m.complete)
        text += u"  "_s + Tr::tr("That is the whole conversation.") + u'\n';
    else if (!m.stopReason.isEmpty())
        text += u"  "_s + m.stopReason + u'\n';
    if (m.focusIndex < 0 && !messageId.isEmpty())
        text += u"  "_s +
                Tr::tr("This message is not among the %1 newest messages read.").arg(m.messages.size()) +
                u'\n';
    return text;
}

QString contactLines(const Contact &c)
{
    QString text;
    const QString name = c.displayName();
    if (!name.isEmpty())
        text += u"  "_s + Tr::tr("Name   %1").arg(shown(name, 120)) + u'\n';
    text +=
        u"  "_s + Tr::tr("Phone  %1").arg(c.phone.isEmpty() ? Tr::tr("(none)") : shown(c.phone, 60)) + u'\n';
    text +=
        u"  "_s + Tr::tr("Email  %1").arg(c.email.isEmpty() ? Tr::tr("(none)") : shown(c.email, 120)) + u'\n';
    QStringList dnd;
    if (c.dnd)
        dnd << (*c.dnd ? Tr::tr("on for every channel (dnd is true)")
                       : Tr::tr("not on for every channel (dnd is false)"));
    for (const DndSetting &setting : c.dndSettings)
        dnd << dndStatus(setting);
    if (dnd.isEmpty())
        dnd << Tr::tr("(not sent)");
    text += u"  "_s + Tr::tr("DND    %1").arg(dnd.first()) + u'\n';
    for (qsizetype i = 1; i < dnd.size(); ++i)
        text += u"         "_s + dnd.at(i) + u'\n';
    return text;
}

QString section(const QString &what, const QList<RelatedResult> &results, const QString &messageId,
                const TerminalStyle &style, const QTimeZone &zone)
{
    QString text;
    if (what == u"thread"_s) {
        text += style.strong(Tr::tr("Email thread (%1)")
                                 .arg(countText(results.size(), Tr::tr("1 email"), Tr::tr("%1 emails")))) +
                u'\n';
        for (const RelatedResult &r : results) {
            text += style.caption(shown(r.link.label, 120)) + u'\n';
            if (!r.link.available)
                text += u"  "_s + Tr::tr("not looked up: %1").arg(r.link.unavailable) + u'\n';
            else if (r.failure)
                text += failedLine(r);
            else if (r.email)
                text += emailLines(r, style, zone);
        }
        return text;
    }
    for (const RelatedResult &r : results) {
        QString title = heading(what);
        if (r.link.kind == Kind::ConversationMessages)
            title.clear(); // under the conversation's heading
        else if (!r.link.subjectId().isEmpty())
            title += u' ' + r.link.subjectId();
        if (!title.isEmpty())
            text += style.strong(title) + u'\n';
        if (!r.link.available) {
            text += u"  "_s + Tr::tr("not looked up: %1").arg(r.link.unavailable) + u'\n';
            continue;
        }
        if (r.failure) {
            if (r.messages) {
                text += messagesLines(*r.messages, messageId, style, zone); // the pages before the failure
                text += u"  "_s + Tr::tr("The next page:") + u'\n';
            } else if (r.link.kind == Kind::ConversationMessages) {
                text += u"  "_s + Tr::tr("Messages around this one:") + u'\n';
            }
            text += failedLine(r);
            continue;
        }
        switch (r.link.kind) {
        case Kind::Recording:
            if (r.recording)
                text += u"  "_s +
                        Tr::tr("%1 bytes, %2 (fetched to check it, not kept)")
                            .arg(QLocale().toString(r.recording->size()),
                                 r.recording->contentType().isEmpty()
                                     ? Tr::tr("no content type")
                                     : QString::fromLatin1(r.recording->contentType())) +
                        u'\n';
            break;
        case Kind::Transcription:
            if (r.transcription)
                text += transcriptLines(*r.transcription);
            break;
        case Kind::Conversation:
            if (r.conversation)
                text += conversationLines(*r.conversation);
            break;
        case Kind::ConversationMessages:
            if (r.messages)
                text += messagesLines(*r.messages, messageId, style, zone);
            break;
        case Kind::Contact:
            if (r.contact)
                text += contactLines(*r.contact);
            break;
        case Kind::EmailMessage:
            if (r.email)
                text += emailLines(r, style, zone);
            break;
        }
    }
    return text;
}

void json(JsonWriter &w, const RelatedResult &r)
{
    w.beginObject();
    w.field(u"kind", RelatedLink::kindName(r.link.kind));
    w.field(u"label", r.link.label);
    w.fieldOrNull(u"id", orNull(r.link.subjectId()));
    if (r.link.kind == Kind::EmailMessage)
        w.fieldBool(u"thisMessage", r.link.isThisMessage);
    w.fieldOrNull(u"request", orNull(requestLine(r)));
    w.field(u"scope", r.link.scope());
    w.key(u"httpStatus");
    if (r.last() && r.last()->http && r.last()->http->httpStatus > 0)
        w.number(r.last()->http->httpStatus);
    else
        w.null();
    w.field(u"requests", qint64(r.exchanges.size()));
    w.fieldBool(u"ok", r.ok() && r.link.available);
    // A link the message could not fill and that was not asked for by name: said, not looked up.
    w.fieldOrNull(u"unavailable", r.link.available ? QString() : r.link.unavailable);
    switch (r.link.kind) {
    case Kind::EmailMessage:
        w.key(u"email");
        if (r.email)
            emailJson(w, *r.email);
        else
            w.null();
        break;
    case Kind::Recording:
        w.key(u"recording");
        if (r.recording) {
            w.beginObject();
            w.field(u"size", r.recording->size());
            w.fieldOrNull(u"contentType", r.recording->contentType().isEmpty()
                                              ? QString()
                                              : QString::fromLatin1(r.recording->contentType()));
            w.endObject();
        } else {
            w.null();
        }
        break;
    case Kind::Transcription:
        w.key(u"transcript");
        if (r.transcription)
            transcriptJson(w, *r.transcription);
        else
            w.null();
        break;
    case Kind::Conversation:
        w.key(u"conversation");
        if (r.conversation)
            conversationJson(w, *r.conversation);
        else
            w.null();
        break;
    case Kind::ConversationMessages:
        w.key(u"messages");
        if (r.messages)
            messagesJson(w, *r.messages);
        else
            w.null();
        break;
    case Kind::Contact:
        w.key(u"contact");
        if (r.contact)
            contactJson(w, *r.contact);
        else
            w.null();
        break;
    }
    w.key(u"error");
    if (r.failure) {
        JsonReport::writeError(w, *r.failure);
    } else {
        w.null();
    }
    w.endObject();
}

} // namespace RelatedText
