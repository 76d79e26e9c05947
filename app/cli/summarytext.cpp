#include "summarytext.h"
#include "common/counttext.h"

#include "api/resultsummary.h"
#include "message/finding.h"
#include "message/messageformatting.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SummaryText", text, disambiguation, n);
}

// Server text made safe and single-line for a terminal.
QString safe(const QString &text, qsizetype maxChars = 300)
{
    return Json::escapeForDisplay(text, maxChars);
}

// A value that is present, absent ("—") or sent with another type than documented.
template <typename T> QString stringField(const ViewField<T> &field, const QString &present)
{
    if (field.isAbsent())
        return tr("—");
    if (field.hasWrongType())
        return tr("%1 (not the documented type)").arg(safe(field.raw, 120));
    return present;
}

QString badgeField(const ViewField<QString> &field, const Badge &badge, const TerminalStyle &style)
{
    if (field.isAbsent())
        return tr("—");
    if (field.hasWrongType())
        return tr("%1 (not the documented type)").arg(safe(field.raw, 120));
    Badge shown = badge;
    shown.label = safe(badge.label, 80);
    shown.rawValue = safe(badge.rawValue, 80);
    return style.badge(shown);
}

QString problemsText(const QList<Finding> &findings)
{
    int errors = 0, warnings = 0, notes = 0;
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
    const MessageView &v = inspection.analysis.view;
    if (!v.isMessage) {
        out.append({tr("Message"), tr("the body is not a JSON object")});
    } else {
        out.append({tr("Direction"), badgeField(v.direction, v.directionBadge, style)});
        out.append({tr("Status"), badgeField(v.status, v.statusBadge, style)});

        QString type = badgeField(v.messageType, v.messageTypeBadge, style);
        if (v.type.isPresent()) {
            const QString number = QString::number(v.type.value);
            type +=
                QStringLiteral("  ") +
                (v.typeName.isEmpty() ? tr("(type %1, no known name)").arg(number)
                                      : tr("(type %1 · %2, %3)")
                                            .arg(number, v.typeName,
                                                 v.typeNameDocumented ? tr("documented") : tr("inferred")));
        } else if (v.type.hasWrongType()) {
            type += QStringLiteral("  ") + tr("(type %1, not a number)").arg(safe(v.type.raw, 40));
        }
        out.append({tr("Type"), type});

        QString when;
        if (v.dateAdded.isPresent()) {
            // The original beside the local form, as the window's tooltip shows it.
            QString original = v.dateAdded.raw;
            if (original.size() >= 2 && original.startsWith(QLatin1Char('"')) &&
                original.endsWith(QLatin1Char('"')))
                original = original.mid(1, original.size() - 2);
            when = MessageFormatting::dateForDisplay(v.dateAdded.value, now, zone) + QStringLiteral("  ") +
                   style.caption(safe(original, 60));
        } else if (v.dateAdded.isAbsent()) {
            when = tr("—");
        } else {
            when = tr("%1 (not a valid date)").arg(safe(v.dateAdded.raw, 60));
        }
        out.append({tr("Date"), when});

        if (v.body.isPresent()) {
            const QString preview = MessageFormatting::bodyPreview(v.body.value, 300);
            out.append({tr("Text"), preview.isEmpty() ? tr("(empty)")
                                                      : QStringLiteral("“") + preview + QStringLiteral("”")});
        } else {
            out.append({tr("Text"), stringField(v.body, QString())});
        }

        out.append({tr("Contact"), stringField(v.contactId, safe(v.contactId.value))});
        out.append({tr("Conversation"), stringField(v.conversationId, safe(v.conversationId.value))});
        out.append({tr("Location"), stringField(v.locationId, safe(v.locationId.value))});
        out.append({tr("Message id"), stringField(v.id, safe(v.id.value))});

        // The extra facts the card lists below the text, only when there is something to say.
        if (!v.callStatus.isAbsent() || !v.callDuration.isAbsent()) {
            QStringList call;
            if (!v.callStatus.isAbsent())
                call << badgeField(v.callStatus, v.callStatusBadge, style);
            if (v.callDuration.isPresent()) {
                call << tr("lasted %1").arg(MessageFormatting::duration(v.callDuration.value));
            } else if (v.callDuration.hasWrongType()) {
                // e.g. the official example's number where the schema says string: still readable.
                const auto seconds = MessageFormatting::parseDurationSeconds(v.callDuration.raw);
                call << (seconds
                             ? tr("lasted %1 (sent as %2, not the documented string)")
                                   .arg(MessageFormatting::duration(*seconds), safe(v.callDuration.raw, 40))
                             : tr("duration %1 (not a number of seconds)").arg(safe(v.callDuration.raw, 40)));
            }
            out.append({tr("Call"), call.join(QStringLiteral(" · "))});
        }
        if (v.emailMessageIdCount.isPresent()) {
            out.append({tr("Email thread"),
                        countText("SummaryText", v.emailMessageIdCount.value, "1 email", "%1 emails")});
        }
        if (v.attachments.isPresent() && !v.attachments.value.isEmpty()) {
            out.append({tr("Attachments"), countText("SummaryText", v.attachments.value.size(),
                                                     "1 attachment", "%1 attachments")});
        }
        if (!v.source.isAbsent())
            out.append({tr("Source"), badgeField(v.source, v.sourceBadge, style)});
    }

    if (inspection.http)
        out.append({tr("Response"), httpLine(*inspection.http)});
    else if (!inspection.fileName.isEmpty())
        out.append({tr("File"), inspection.fileName == QLatin1StringView("-") ? tr("standard input")
                                                                              : inspection.fileName});
    out.append({tr("Problems"), problemsText(inspection.analysis.findings)});
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
