#include "message/messagecomparison.h"

#include "message/messageanalysis.h"
#include "message/messageformatting.h"
#include "text/safetext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MessageComparison)
};

template <typename T> bool present(const ViewField<T> &field)
{
    return !field.isAbsent();
}

QString text(const ViewField<QString> &field)
{
    return field.isPresent() ? SafeText::forDisplay(field.value, 120) : SafeText::forDisplay(field.raw, 120);
}

// A chip's meaning-bearing value: the documented name a live short name stands for.
QString badgeValue(const ViewField<QString> &field, const Badge &badge)
{
    if (!field.isPresent())
        return text(field);
    return badge.known ? badge.label : SafeText::forDisplay(field.value, 120);
}

} // namespace

MessageComparison MessageComparison::compare(const MessageAnalysis &first, const MessageAnalysis &second)
{
    const MessageView &a = first.view;
    const MessageView &b = second.view;
    MessageComparison result;
    auto add = [&](const QString &field, bool inA, const QString &valueA, bool inB, const QString &valueB) {
        Row row{field, inA ? valueA : QString(), inB ? valueB : QString(), Outcome::Same};
        if (inA && !inB)
            row.outcome = Outcome::OnlyInFirst;
        else if (!inA && inB)
            row.outcome = Outcome::OnlyInSecond;
        else if (inA && inB && valueA != valueB)
            row.outcome = Outcome::Different;
        if (inA || inB)
            result.rows.append(row);
    };
    add(u"id"_s, present(a.id), text(a.id), present(b.id), text(b.id));
    add(u"status"_s, present(a.status), badgeValue(a.status, a.statusBadge), present(b.status),
        badgeValue(b.status, b.statusBadge));
    add(u"direction"_s, present(a.direction), badgeValue(a.direction, a.directionBadge), present(b.direction),
        badgeValue(b.direction, b.directionBadge));
    add(u"messageType"_s, present(a.messageType), badgeValue(a.messageType, a.messageTypeBadge),
        present(b.messageType), badgeValue(b.messageType, b.messageTypeBadge));
    const auto date = [](const ViewField<QDateTime> &f) {
        return f.isPresent() ? f.value.toUTC().toString(Qt::ISODateWithMs) : SafeText::forDisplay(f.raw, 60);
    };
    add(u"dateAdded"_s, present(a.dateAdded), date(a.dateAdded), present(b.dateAdded), date(b.dateAdded));
    add(u"body"_s, present(a.body), text(a.body), present(b.body), text(b.body));
    add(u"contactId"_s, present(a.contactId), text(a.contactId), present(b.contactId), text(b.contactId));
    add(u"conversationId"_s, present(a.conversationId), text(a.conversationId), present(b.conversationId),
        text(b.conversationId));
    add(u"locationId"_s, present(a.locationId), text(a.locationId), present(b.locationId),
        text(b.locationId));
    add(u"callStatus"_s, present(a.callStatus), badgeValue(a.callStatus, a.callStatusBadge),
        present(b.callStatus), badgeValue(b.callStatus, b.callStatusBadge));
    const auto seconds = [](const ViewField<qint64> &f) {
        if (f.isPresent())
            return MessageFormatting::duration(f.value);
        if (const auto s = MessageFormatting::parseDurationSeconds(f.raw))
            return MessageFormatting::duration(*s);
        return SafeText::forDisplay(f.raw, 40);
    };
    add(u"callDuration"_s, present(a.callDuration), seconds(a.callDuration), present(b.callDuration),
        seconds(b.callDuration));
    add(u"attachments"_s, present(a.attachments), QString::number(a.attachmentCount), present(b.attachments),
        QString::number(b.attachmentCount));
    add(u"failure"_s, present(a.failureText), text(a.failureText), present(b.failureText),
        text(b.failureText));
    return result;
}

QList<MessageComparison::Row> MessageComparison::differences() const
{
    QList<Row> out;
    for (const Row &row : rows) {
        if (row.outcome != Outcome::Same)
            out.append(row);
    }
    return out;
}

QStringList MessageComparison::describe(const QString &firstName, const QString &secondName) const
{
    QStringList lines;
    for (const Row &row : differences()) {
        switch (row.outcome) {
        case Outcome::Different:
            lines << Tr::tr("%1: %2 (%3) → %4 (%5)")
                         .arg(row.field, row.first, firstName, row.second, secondName);
            break;
        case Outcome::OnlyInFirst:
            lines << Tr::tr("%1: only in the %2 (%3)").arg(row.field, firstName, row.first);
            break;
        case Outcome::OnlyInSecond:
            lines << Tr::tr("%1: only in the %2 (%3)").arg(row.field, secondName, row.second);
            break;
        case Outcome::Same:
            break;
        }
    }
    return lines;
}
