#include "message/messagesummary.h"

#include "common/counttext.h"
#include "message/messageanalysis.h"
#include "message/messageformatting.h"
#include "text/safetext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MessageSummary)
};

QString safe(const QString &text, qsizetype maxChars = 300)
{
    return SafeText::forDisplay(text, maxChars);
}

template <typename T> QString fieldText(const ViewField<T> &field, const QString &present)
{
    if (field.isAbsent())
        return MessageSummary::absent();
    if (field.hasWrongType())
        return Tr::tr("%1 (not the documented type)").arg(safe(field.raw, 120));
    return present;
}

// The chip when there is one to paint; its text otherwise.
void chip(const ViewField<QString> &field, const Badge &badge, Badge &outBadge, QString &outText)
{
    if (field.isPresent()) {
        outBadge = badge;
        outBadge.label = safe(badge.label, 80);
        outBadge.rawValue = safe(badge.rawValue, 80);
        outText = outBadge.label;
    } else {
        outText = fieldText(field, QString());
    }
}

QString unquoted(const QString &raw)
{
    if (raw.size() >= 2 && raw.startsWith(u'"') && raw.endsWith(u'"'))
        return raw.mid(1, raw.size() - 2);
    return raw;
}

QString dateField(const ViewField<QDateTime> &field, const QDateTime &now, const QTimeZone &zone)
{
    if (field.isPresent())
        return MessageSummary::dateText(field.value, now, zone);
    if (field.isAbsent())
        return MessageSummary::absent();
    return Tr::tr("%1 (not a valid date)").arg(safe(unquoted(field.raw), 60));
}

} // namespace

QString MessageSummary::absent()
{
    return Tr::tr("—");
}

QString MessageSummary::dateText(const QDateTime &when, const QDateTime &now, const QTimeZone &zone)
{
    const QDateTime local = when.toTimeZone(zone);
    QString zoneName = zone.abbreviation(local);
    if (zoneName.isEmpty())
        zoneName = local.timeZoneAbbreviation();
    return Tr::tr("%1 %2 (%3)")
        .arg(MessageFormatting::localDateTime(when, zone), zoneName,
             MessageFormatting::relativeTime(when, now));
}

MessageSummary MessageSummary::from(const MessageAnalysis &analysis, const QDateTime &now,
                                    const QTimeZone &zone)
{
    MessageSummary s;
    const ResponseShape &shape = analysis.shape;
    const MessageView &v = analysis.view;
    s.shapeName = shape.kindName();
    s.origin = shape.description();
    if (v.traceId.isPresent())
        s.traceId = safe(v.traceId.value, 200);
    s.isMessage = v.isMessage;
    if (!s.isMessage) {
        switch (shape.kind) {
        case ResponseShape::Kind::Empty:
            s.notMessage = Tr::tr("The response has no body.");
            break;
        case ResponseShape::Kind::NotJson:
            s.notMessage = Tr::tr("The body is not valid JSON: %1").arg(analysis.document.error().toString());
            break;
        case ResponseShape::Kind::ErrorBody:
            s.notMessage = shape.errorMessages.isEmpty()
                               ? Tr::tr("The server answered with an error instead of a message.")
                               : Tr::tr("The server answered with an error instead of a message: %1")
                                     .arg(safe(shape.errorMessages.join(u"; "_s), 300));
            break;
        default:
            s.notMessage = Tr::tr("The body is JSON, but not a message.");
            break;
        }
        return s;
    }

    chip(v.direction, v.directionBadge, s.direction, s.directionText);
    chip(v.status, v.statusBadge, s.status, s.statusText);
    chip(v.messageType, v.messageTypeBadge, s.messageType, s.messageTypeText);
    QString ignored;
    chip(v.callStatus, v.callStatusBadge, s.callStatus, ignored);
    chip(v.source, v.sourceBadge, s.source, ignored);
    if (v.type.isPresent()) {
        const QString number = QString::number(v.type.value);
        s.typeDetail = v.typeName.isEmpty()
                           ? Tr::tr("type %1, no known name").arg(number)
                           : Tr::tr("type %1 · %2, %3")
                                 .arg(number, v.typeName,
                                      v.typeNameDocumented ? Tr::tr("documented") : Tr::tr("inferred"));
    } else if (v.type.hasWrongType()) {
        s.typeDetail = Tr::tr("type %1, not a number").arg(safe(v.type.raw, 40));
    }

    s.when = dateField(v.dateAdded, now, zone);
    if (!v.dateAdded.isAbsent()) {
        s.whenOriginal = safe(unquoted(v.dateAdded.raw), 60);
        s.whenTooltip = Tr::tr("Sent by the server as %1").arg(s.whenOriginal);
    }
    if (!v.dateUpdated.isAbsent())
        s.updated = dateField(v.dateUpdated, now, zone);

    s.hasBody = v.body.isPresent();
    if (s.hasBody)
        s.body = safe(MessageFormatting::readableText(v.body.value).replace(u'\n', u' '), 2000);
    if (v.failureText.isPresent())
        s.failure = safe(v.failureText.value, 300);

    const auto idOf = [](const ViewField<QString> &field) {
        return field.isPresent() ? field.value : QString();
    };
    s.messageId = idOf(v.id);
    s.contactId = idOf(v.contactId);
    s.conversationId = idOf(v.conversationId);
    s.locationId = idOf(v.locationId);
    s.userId = idOf(v.userId);

    QStringList call;
    if (v.callStatus.isPresent())
        call << s.callStatus.label;
    else if (v.callStatus.hasWrongType())
        call << fieldText(v.callStatus, QString());
    if (v.callDuration.isPresent()) {
        call << Tr::tr("lasted %1").arg(MessageFormatting::duration(v.callDuration.value));
    } else if (v.callDuration.hasWrongType()) {
        // e.g. the official example's number where the schema says string: still readable.
        const auto seconds = MessageFormatting::parseDurationSeconds(v.callDuration.raw);
        call << (seconds ? Tr::tr("lasted %1").arg(MessageFormatting::duration(*seconds))
                         : Tr::tr("duration %1 (not a number of seconds)").arg(safe(v.callDuration.raw, 40)));
    }
    s.call = call.join(u" · "_s);
    if (!s.call.isEmpty())
        s.extraFacts << Tr::tr("Call: %1").arg(s.call);
    if (v.emailMessageIdCount.isPresent()) {
        s.emailCount = v.emailMessageIdCount.value;
        s.extraFacts << countText(s.emailCount, Tr::tr("1 email in this thread"),
                                  Tr::tr("%1 emails in this thread"));
    }
    s.attachmentCount = v.attachmentCount;
    if (s.attachmentCount > 0)
        s.extraFacts << countText(s.attachmentCount, Tr::tr("1 attachment"), Tr::tr("%1 attachments"));
    if (v.source.isPresent())
        s.extraFacts << Tr::tr("Source: %1").arg(s.source.label);
    if (!s.updated.isEmpty())
        s.extraFacts << Tr::tr("Updated %1").arg(s.updated);
    return s;
}
