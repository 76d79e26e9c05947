#include "report/batchreport.h"

#include "batch/batchtally.h"
#include "common/counttext.h"
#include "report/markdowntext.h"
#include "report/secretscrubber.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchReport)
};

// The columns of the table; the code ones are ids, written as code in Markdown and HTML.
enum Column
{
    IdColumn,
    ResultColumn,
    StatusColumn,
    TypeColumn,
    DirectionColumn,
    DateColumn,
    TraceIdColumn,
    TextColumn,
    ProblemColumn,
    ColumnCount
};

bool isCode(int column)
{
    return column == IdColumn || column == TraceIdColumn;
}

QString badgeText(const Badge &badge)
{
    if (!badge.isBadge())
        return badge.label.isEmpty() ? badge.rawValue : badge.label;
    return badge.known ? badge.label : Tr::tr("%1 (not in the schema)").arg(badge.label);
}

QString resultText(const BatchRow &row)
{
    const QString label = BatchRow::outcomeLabel(row.outcome);
    if (row.httpStatus > 0 && row.httpStatus != 200)
        return Tr::tr("%1 (%2)").arg(label).arg(row.httpStatus);
    return label;
}

QString markdownCell(const QString &value, bool code)
{
    if (value.isEmpty())
        return {};
    if (code && !value.contains(u'`') && !value.contains(u'|') && !value.contains(u'\n'))
        return u'`' + value + u'`';
    return MarkdownText::escaped(value);
}

} // namespace

BatchReport BatchReport::build(std::span<const BatchRow> rows, const Options &options)
{
    BatchReport report;
    report.m_token = options.token;
    PersonalDataMask mask(options.masked);
    const auto clean = [&](const QString &text) { return SecretScrubber::scrub(text, options.token); };

    report.m_title = countText(qint64(rows.size()), Tr::tr("Batch lookup of 1 message"),
                               Tr::tr("Batch lookup of %1 messages"));
    report.m_facts.append({Tr::tr("Result"), BatchTally::of(rows).text()});
    if (!options.scope.isEmpty())
        report.m_facts.append({Tr::tr("Rows"), clean(options.scope)});
    if (!options.profile.isEmpty())
        report.m_facts.append({Tr::tr("Profile"), clean(options.profile)});
    if (options.lookedUpAt.isValid())
        report.m_facts.append(
            {Tr::tr("Looked up"),
             options.lookedUpAt.toTimeZone(options.zone).toString(u"yyyy-MM-dd HH:mm:ss t"_s)});

    report.m_headers = {Tr::tr("Message id"), Tr::tr("Result"),    Tr::tr("Status"),
                        Tr::tr("Type"),       Tr::tr("Direction"), Tr::tr("Date"),
                        Tr::tr("Trace id"),   Tr::tr("Text"),      Tr::tr("Problem")};
    const qsizetype listed =
        std::min<qsizetype>(qsizetype(rows.size()), std::max<qsizetype>(1, options.maxRows));
    report.m_rows.reserve(listed);
    for (qsizetype i = 0; i < listed; ++i) {
        const BatchRow &row = rows[size_t(i)];
        QStringList cells(ColumnCount);
        cells[IdColumn] = clean(row.id);
        cells[ResultColumn] = resultText(row);
        cells[StatusColumn] = clean(badgeText(row.status));
        cells[TypeColumn] = clean(badgeText(row.messageType));
        cells[DirectionColumn] = clean(badgeText(row.direction));
        cells[DateColumn] = row.date.isValid()
                                ? row.date.toTimeZone(options.zone).toString(u"yyyy-MM-dd HH:mm t"_s)
                                : clean(row.dateText);
        cells[TraceIdColumn] = clean(row.traceId);
        if (row.outcome == BatchRow::Outcome::Found && !row.text.isEmpty())
            cells[TextColumn] = mask.messageText(clean(row.text));
        cells[ProblemColumn] = mask.text(clean(row.error));
        report.m_rows.append(cells);
    }
    report.m_omitted = qsizetype(rows.size()) - listed;
    if (report.m_omitted > 0)
        report.m_omittedNote =
            countText(report.m_omitted,
                      Tr::tr("1 more row is not listed here: export the batch as CSV or JSON Lines "
                             "for every row."),
                      Tr::tr("%1 more rows are not listed here: export the batch as CSV or JSON "
                             "Lines for every row."));
    report.m_masking = mask.summary();
    return report;
}

QString BatchReport::markdown() const
{
    QString out = u"## "_s + MarkdownText::escaped(m_title) + u"\n\n"_s;
    for (const Fact &fact : m_facts)
        out += u"- **"_s + MarkdownText::escaped(fact.label) + u":** "_s + MarkdownText::escaped(fact.value) +
               u'\n';
    out += u"\n|"_s;
    for (const QString &header : m_headers)
        out += u' ' + MarkdownText::escaped(header) + u" |"_s;
    out += u"\n|"_s;
    for (qsizetype i = 0; i < m_headers.size(); ++i)
        out += u"---|"_s;
    out += u'\n';
    for (const QStringList &cells : m_rows) {
        out += u'|';
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString cell = markdownCell(cells.at(c), isCode(int(c)));
            out += cell.isEmpty() ? u" |"_s : u' ' + cell + u" |"_s;
        }
        out += u'\n';
    }
    if (!m_omittedNote.isEmpty())
        out += u"\n"_s + MarkdownText::escaped(m_omittedNote) + u'\n';
    out += u"\n_"_s + MarkdownText::escaped(m_masking) + u"_\n"_s;
    return SecretScrubber::scrub(out, m_token);
}

QString BatchReport::html() const
{
    const auto e = [](const QString &text) { return text.toHtmlEscaped(); };
    QString out = u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"_s + e(m_title) +
                  u"</title>\n</head>\n<body>\n<h2>"_s + e(m_title) + u"</h2>\n<ul>\n"_s;
    for (const Fact &fact : m_facts)
        out += u"<li><b>"_s + e(fact.label) + u":</b> "_s + e(fact.value) + u"</li>\n"_s;
    out += u"</ul>\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<tr>"_s;
    for (const QString &header : m_headers)
        out += u"<th>"_s + e(header) + u"</th>"_s;
    out += u"</tr>\n"_s;
    for (const QStringList &cells : m_rows) {
        out += u"<tr>"_s;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString &cell = cells.at(c);
            out += u"<td>"_s +
                   (isCode(int(c)) && !cell.isEmpty() ? u"<code>"_s + e(cell) + u"</code>"_s : e(cell)) +
                   u"</td>"_s;
        }
        out += u"</tr>\n"_s;
    }
    out += u"</table>\n"_s;
    if (!m_omittedNote.isEmpty())
        out += u"<p>"_s + e(m_omittedNote) + u"</p>\n"_s;
    out += u"<p><i>"_s + e(m_masking) + u"</i></p>\n</body>\n</html>\n"_s;
    return SecretScrubber::scrub(out, m_token);
}
