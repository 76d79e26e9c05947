#include "batch/idlist.h"

#include "api/inputvalidation.h"
#include "batch/csvreader.h"
#include "common/counttext.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IdList)
};

// Long enough to recognise an entry in the list of rejected ones, short enough for one line.
constexpr qsizetype maxShownInput = 80;

QString shown(const QString &input)
{
    QString text = input.left(maxShownInput);
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u' ';
    }
    return input.size() > maxShownInput ? text + u'…' : text;
}

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u',':
    case u';':
    case u'|':
    case u'"':
    case u'\'':
    case u'<':
    case u'>':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'{':
    case u'}':
    case u'`':
        return true;
    default:
        return c.isSpace();
    }
}

// Collects the accepted ids and the rejected entries, in order, within the bounds.
class Collector
{
public:
    explicit Collector(IdList &list)
        : m_list(list)
    {}

    void add(const QString &entry, int line)
    {
        const auto checked = InputValidation::messageId(entry);
        if (!checked.ok()) {
            ++m_list.invalidCount;
            reject(IdList::Rejected::Reason::Invalid, line, entry, checked.error);
            return;
        }
        const auto earlier = m_firstLine.constFind(checked.value);
        if (earlier != m_firstLine.constEnd()) {
            ++m_list.duplicateCount;
            reject(IdList::Rejected::Reason::Duplicate, line, entry,
                   Tr::tr("Already in the list (line %1).").arg(*earlier));
            return;
        }
        if (m_list.ids.size() >= IdList::maxIds) {
            ++m_list.overLimitCount;
            reject(IdList::Rejected::Reason::OverLimit, line, entry,
                   Tr::tr("Past the limit of %L1 ids in one batch.").arg(IdList::maxIds));
            return;
        }
        m_firstLine.insert(checked.value, line);
        m_list.ids.append(checked.value);
    }

private:
    void reject(IdList::Rejected::Reason reason, int line, const QString &entry, const QString &text)
    {
        if (m_list.rejected.size() >= IdList::maxRejectedListed)
            return;
        // A token pasted among the ids is refused by the id check; the list of rejected entries must not
        // show it back (it reaches the screen and the command line's stderr).
        const QString input =
            InputValidation::looksLikeToken(entry) ? Tr::tr("(a token: not shown)") : shown(entry);
        m_list.rejected.append({reason, line, input, text});
    }

    IdList &m_list;
    QHash<QString, int> m_firstLine;
};

QString normalisedName(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.remove(u' ');
    n.remove(u'_');
    n.remove(u'-');
    return n;
}

QString tooLarge(qsizetype size)
{
    return Tr::tr("This is too much for one batch (%L1 bytes; at most %L2 MiB).")
        .arg(size)
        .arg(IdList::maxInputBytes / (1024 * 1024));
}

} // namespace

QString IdList::summaryText() const
{
    QStringList parts{countText(ids.size(), Tr::tr("1 id"), Tr::tr("%1 ids"))};
    if (duplicateCount > 0)
        parts.append(countText(duplicateCount, Tr::tr("1 duplicate"), Tr::tr("%1 duplicates")));
    if (invalidCount > 0)
        parts.append(countText(invalidCount, Tr::tr("1 invalid"), Tr::tr("%1 invalid")));
    if (overLimitCount > 0)
        parts.append(countText(overLimitCount, Tr::tr("1 over the limit"), Tr::tr("%1 over the limit")));
    return parts.join(u" · "_s);
}

IdList IdList::fromText(const QString &text)
{
    IdList list;
    if (text.size() > maxInputBytes) {
        list.error = tooLarge(text.size());
        return list;
    }
    Collector collector(list);
    int line = 1;
    qsizetype start = -1;
    int startLine = 1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text.at(i) : QChar(u' ');
        if (isSeparator(c)) {
            if (start >= 0) {
                collector.add(text.mid(start, i - start), startLine);
                start = -1;
            }
            if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n')))
                ++line;
        } else if (start < 0) {
            start = i;
            startLine = line;
        }
    }
    return list;
}

QStringList IdList::tableColumns(const QString &text)
{
    CsvReader reader(text, CsvReader::detectDelimiter(text));
    CsvReader::Record header;
    if (!reader.next(header))
        return {};
    QStringList names;
    for (const QString &name : std::as_const(header.fields))
        names.append(name.trimmed());
    return names;
}

QString IdList::guessColumn(const QStringList &columns)
{
    for (const char *wanted : {"messageid", "msgid", "id"}) {
        for (const QString &name : columns) {
            if (normalisedName(name) == QLatin1StringView(wanted))
                return name;
        }
    }
    for (const QString &name : columns) {
        if (normalisedName(name).contains(u"messageid"_s))
            return name;
    }
    return {};
}

IdList IdList::fromTable(const QString &text, const QString &column)
{
    IdList list;
    if (text.size() > maxInputBytes) {
        list.error = tooLarge(text.size());
        return list;
    }
    CsvReader reader(text, CsvReader::detectDelimiter(text));
    CsvReader::Record record;
    if (!reader.next(record)) {
        list.error = Tr::tr("The file is empty: it needs a header row and one id per row.");
        return list;
    }
    for (const QString &name : std::as_const(record.fields))
        list.columns.append(name.trimmed());

    const QString wanted = column.isEmpty() ? guessColumn(list.columns) : column;
    qsizetype index = -1;
    for (qsizetype i = 0; i < list.columns.size() && !wanted.isEmpty(); ++i) {
        if (list.columns.at(i).compare(wanted.trimmed(), Qt::CaseInsensitive) == 0) {
            index = i;
            break;
        }
    }
    if (index < 0) {
        const QString names = list.columns.join(u", "_s);
        list.error =
            column.isEmpty()
                ? Tr::tr("Pick the column that holds the message ids (the header row has: %1).").arg(names)
                : Tr::tr("There is no column “%1” (the header row has: %2).").arg(column, names);
        return list;
    }
    list.column = list.columns.at(index);

    Collector collector(list);
    while (reader.next(record)) {
        const QString cell = record.fields.value(index).trimmed();
        if (cell.isEmpty())
            continue; // a blank row or a row without this cell: nothing was meant
        collector.add(cell, record.line);
    }
    return list;
}

IdList IdList::fromFile(const QByteArray &bytes, const QString &column)
{
    if (bytes.size() > maxInputBytes) {
        IdList list;
        list.error = tooLarge(bytes.size());
        return list;
    }
    const QString text = QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    if (!column.isEmpty())
        return fromTable(text, column);
    const QStringList header = tableColumns(text);
    if (header.size() > 1 || !guessColumn(header).isEmpty())
        return fromTable(text);
    return fromText(text);
}
