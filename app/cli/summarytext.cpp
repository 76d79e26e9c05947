#include "summarytext.h"
#include "common/counttext.h"

#include "api/resultsummary.h"
#include "message/finding.h"
#include "message/messagesummary.h"
#include "text/safetext.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SummaryText)
};

// A chip in the terminal's colours, or the summary's text when there is no chip to show.
QString chipText(const Badge &badge, const QString &text, const TerminalStyle &style)
{
    return badge.isBadge() ? style.badge(badge) : text;
}

QString orAbsent(const QString &value)
{
    return value.isEmpty() ? MessageSummary::absent() : SafeText::forDisplay(value, 300);
}

QString problemsText(const QList<Finding> &findings)
{
    int errors = 0, warnings = 0, notes = 0, known = 0;
    for (const Finding &finding : findings) {
        switch (finding.severity) {
        case Finding::Severity::Error:
            ++errors;
            break;
        case Finding::Severity::Warning:
            ++warnings;
            break;
        case Finding::Severity::Info:
            ++notes;
            break;
        case Finding::Severity::KnownDifference:
            ++known;
            break;
        }
    }
    if (findings.isEmpty())
        return Tr::tr("none");
    QStringList parts;
    if (errors)
        parts << countText(errors, Tr::tr("1 error"), Tr::tr("%1 errors"));
    if (warnings)
        parts << countText(warnings, Tr::tr("1 warning"), Tr::tr("%1 warnings"));
    if (notes)
        parts << countText(notes, Tr::tr("1 note"), Tr::tr("%1 notes"));
    if (known)
        parts << countText(known, Tr::tr("1 known live-API difference"),
                           Tr::tr("%1 known live-API differences"));
    return parts.join(QStringLiteral(", ")) + Tr::tr(" (see --format problems)");
}

} // namespace

namespace SummaryText {

QString httpLine(const ApiResult &result)
{
    return ResultSummary::fullLine(result);
}

QList<Row> rows(const Inspection &inspection, const TerminalStyle &style, const QDateTime &now,
                const QTimeZone &zone)
{
    QList<Row> out;
    const MessageSummary s = MessageSummary::from(inspection.analysis(), now, zone);
    if (!s.origin.isEmpty() && inspection.analysis().document.isValid())
        out.append({Tr::tr("Shape"), s.origin});
    if (!s.isMessage) {
        out.append({Tr::tr("Message"), s.notMessage});
    } else {
        out.append({Tr::tr("Direction"), chipText(s.direction, s.directionText, style)});
        QString status = chipText(s.status, s.statusText, style);
        if (!s.failure.isEmpty())
            status += QStringLiteral("  ") + Tr::tr("error: %1").arg(s.failure);
        out.append({Tr::tr("Status"), status});
        QString type = chipText(s.messageType, s.messageTypeText, style);
        if (!s.typeDetail.isEmpty())
            type += QStringLiteral("  (") + s.typeDetail + QLatin1Char(')');
        out.append({Tr::tr("Type"), type});
        QString when = s.when;
        if (!s.whenOriginal.isEmpty() && !s.when.contains(s.whenOriginal))
            when += QStringLiteral("  ") + style.caption(s.whenOriginal);
        out.append({Tr::tr("Date"), when});
        if (!s.updated.isEmpty())
            out.append({Tr::tr("Updated"), s.updated});
        if (s.hasBody) {
            const QString preview = SafeText::forDisplay(s.body, 300);
            out.append({Tr::tr("Text"), preview.isEmpty()
                                            ? Tr::tr("(empty)")
                                            : QStringLiteral("“") + preview + QStringLiteral("”")});
        } else {
            out.append({Tr::tr("Text"), MessageSummary::absent()});
        }
        out.append({Tr::tr("Contact"), orAbsent(s.contactId)});
        out.append({Tr::tr("Conversation"), orAbsent(s.conversationId)});
        out.append({Tr::tr("Location"), orAbsent(s.locationId)});
        out.append({Tr::tr("Message id"), orAbsent(s.messageId)});
        if (!s.call.isEmpty())
            out.append(
                {Tr::tr("Call"), s.callStatus.isBadge()
                                     ? QString(s.call).replace(s.callStatus.label, style.badge(s.callStatus))
                                     : s.call});
        if (s.emailCount >= 0)
            out.append(
                {Tr::tr("Email thread"), countText(s.emailCount, Tr::tr("1 email"), Tr::tr("%1 emails"))});
        if (s.attachmentCount > 0)
            out.append({Tr::tr("Attachments"),
                        countText(s.attachmentCount, Tr::tr("1 attachment"), Tr::tr("%1 attachments"))});
        if (s.source.isBadge())
            out.append({Tr::tr("Source"), style.badge(s.source)});
    }
    if (!s.traceId.isEmpty())
        out.append({Tr::tr("Trace id"), s.traceId});

    if (inspection.comparison) {
        const QStringList lines = inspection.comparison->describe(inspection.comparedWith, Tr::tr("live"));
        out.append({Tr::tr("Compared"),
                    lines.isEmpty() ? Tr::tr("the %1 and the live message agree").arg(inspection.comparedWith)
                                    : lines.join(QStringLiteral("; "))});
    }
    if (inspection.http())
        out.append({Tr::tr("Response"), httpLine(*inspection.http())});
    else if (!inspection.fileName.isEmpty())
        out.append({Tr::tr("File"), inspection.fileName == QLatin1StringView("-") ? Tr::tr("standard input")
                                                                                  : inspection.fileName});
    out.append({Tr::tr("Problems"), problemsText(inspection.analysis().findings)});
    return out;
}

QString render(const Inspection &inspection, const TerminalStyle &style, const QDateTime &now,
               const QTimeZone &zone)
{
    const QList<Row> all = rows(inspection, style, now, zone);
    qsizetype width = 0;
    for (const Row &row : all)
        width = std::max(width, row.caption.size());
    QString text;
    for (const Row &row : all)
        text += style.caption(row.caption.leftJustified(width)) + QStringLiteral("  ") + row.value +
                QLatin1Char('\n');
    return text;
}

} // namespace SummaryText
