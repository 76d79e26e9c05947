#include "summarytext.h"
#include "common/counttext.h"

#include "api/resultsummary.h"
#include "message/finding.h"
#include "message/messagesummary.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SummaryText", text, disambiguation, n);
}

// A chip in the terminal's colours, or the summary's text when there is no chip to show.
QString chipText(const Badge &badge, const QString &text, const TerminalStyle &style)
{
    return badge.isBadge() ? style.badge(badge) : text;
}

QString orAbsent(const QString &value)
{
    return value.isEmpty() ? MessageSummary::absent() : Json::escapeForDisplay(value, 300);
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
        return tr("none");
    QStringList parts;
    if (errors)
        parts << countText("SummaryText", errors, "1 error", "%1 errors");
    if (warnings)
        parts << countText("SummaryText", warnings, "1 warning", "%1 warnings");
    if (notes)
        parts << countText("SummaryText", notes, "1 note", "%1 notes");
    if (known)
        parts << countText("SummaryText", known, "1 known live-API difference",
                           "%1 known live-API differences");
    return parts.join(QStringLiteral(", ")) + tr(" (see --format problems)");
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
        out.append({tr("Shape"), s.origin});
    if (!s.isMessage) {
        out.append({tr("Message"), s.notMessage});
    } else {
        out.append({tr("Direction"), chipText(s.direction, s.directionText, style)});
        QString status = chipText(s.status, s.statusText, style);
        if (!s.failure.isEmpty())
            status += QStringLiteral("  ") + tr("error: %1").arg(s.failure);
        out.append({tr("Status"), status});
        QString type = chipText(s.messageType, s.messageTypeText, style);
        if (!s.typeDetail.isEmpty())
            type += QStringLiteral("  (") + s.typeDetail + QLatin1Char(')');
        out.append({tr("Type"), type});
        QString when = s.when;
        if (!s.whenOriginal.isEmpty() && !s.when.contains(s.whenOriginal))
            when += QStringLiteral("  ") + style.caption(s.whenOriginal);
        out.append({tr("Date"), when});
        if (!s.updated.isEmpty())
            out.append({tr("Updated"), s.updated});
        if (s.hasBody) {
            const QString preview = Json::escapeForDisplay(s.body, 300);
            out.append({tr("Text"), preview.isEmpty() ? tr("(empty)")
                                                      : QStringLiteral("“") + preview + QStringLiteral("”")});
        } else {
            out.append({tr("Text"), MessageSummary::absent()});
        }
        out.append({tr("Contact"), orAbsent(s.contactId)});
        out.append({tr("Conversation"), orAbsent(s.conversationId)});
        out.append({tr("Location"), orAbsent(s.locationId)});
        out.append({tr("Message id"), orAbsent(s.messageId)});
        if (!s.call.isEmpty())
            out.append(
                {tr("Call"), s.callStatus.isBadge()
                                 ? QString(s.call).replace(s.callStatus.label, style.badge(s.callStatus))
                                 : s.call});
        if (s.emailCount >= 0)
            out.append({tr("Email thread"), countText("SummaryText", s.emailCount, "1 email", "%1 emails")});
        if (s.attachmentCount > 0)
            out.append({tr("Attachments"),
                        countText("SummaryText", s.attachmentCount, "1 attachment", "%1 attachments")});
        if (s.source.isBadge())
            out.append({tr("Source"), style.badge(s.source)});
    }
    if (!s.traceId.isEmpty())
        out.append({tr("Trace id"), s.traceId});

    if (inspection.comparison) {
        const QStringList lines = inspection.comparison->describe(inspection.comparedWith, tr("live"));
        out.append({tr("Compared"), lines.isEmpty()
                                        ? tr("the %1 and the live message agree").arg(inspection.comparedWith)
                                        : lines.join(QStringLiteral("; "))});
    }
    if (inspection.http())
        out.append({tr("Response"), httpLine(*inspection.http())});
    else if (!inspection.fileName.isEmpty())
        out.append({tr("File"), inspection.fileName == QLatin1StringView("-") ? tr("standard input")
                                                                              : inspection.fileName});
    out.append({tr("Problems"), problemsText(inspection.analysis().findings)});
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
