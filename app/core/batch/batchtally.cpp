#include "batch/batchtally.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchTally)
};

// The failed lookups in the order the tally lists them, with their words.
struct OutcomeWord
{
    BatchRow::Outcome outcome;
    const char *label;
    BadgeMeaning meaning;
};

constexpr OutcomeWord outcomeWords[] = {
    {BatchRow::Outcome::NotAMessage, QT_TRANSLATE_NOOP("BatchTally", "not a message"), BadgeMeaning::Unknown},
    {BatchRow::Outcome::NotFound, QT_TRANSLATE_NOOP("BatchTally", "not found"), BadgeMeaning::Bad},
    {BatchRow::Outcome::NoAccess, QT_TRANSLATE_NOOP("BatchTally", "no access"), BadgeMeaning::Bad},
    {BatchRow::Outcome::RateLimited, QT_TRANSLATE_NOOP("BatchTally", "rate limited"), BadgeMeaning::Waiting},
    {BatchRow::Outcome::Refused, QT_TRANSLATE_NOOP("BatchTally", "refused"), BadgeMeaning::Bad},
    {BatchRow::Outcome::Failed, QT_TRANSLATE_NOOP("BatchTally", "lookup failed"), BadgeMeaning::Bad},
    {BatchRow::Outcome::Cancelled, QT_TRANSLATE_NOOP("BatchTally", "cancelled"), BadgeMeaning::Neutral},
};

} // namespace

BatchTally BatchTally::of(std::span<const BatchRow> rows)
{
    BatchTally tally;
    for (const BatchRow &row : rows)
        tally.add(row);
    return tally;
}

QString BatchTally::keyOf(const BatchRow &row)
{
    if (row.outcome != BatchRow::Outcome::Found)
        return BatchRow::outcomeName(row.outcome);
    return row.status.rawValue.isEmpty() ? u"no_status"_s : row.status.rawValue.toLower();
}

void BatchTally::add(const BatchRow &row)
{
    change(row, 1);
}

void BatchTally::remove(const BatchRow &row)
{
    change(row, -1);
}

void BatchTally::change(const BatchRow &row, qsizetype by)
{
    m_total += by;
    m_outcomes[int(row.outcome)] += by;
    if (row.outcome == BatchRow::Outcome::Pending)
        m_pending += by;
    if (row.outcome != BatchRow::Outcome::Found)
        return;
    m_found += by;
    const QString key = keyOf(row);
    auto it =
        std::find_if(m_statuses.begin(), m_statuses.end(), [&](const Entry &e) { return e.key == key; });
    if (it == m_statuses.end()) {
        const QString label =
            row.status.rawValue.isEmpty() ? Tr::tr("without a status") : row.status.label.toLower();
        const BadgeMeaning meaning = row.status.isBadge() ? row.status.meaning : BadgeMeaning::Neutral;
        m_statuses.append({key, label, 0, meaning, true});
        it = m_statuses.end() - 1;
    }
    it->count += by;
}

QList<BatchTally::Entry> BatchTally::entries() const
{
    QList<Entry> list;
    for (const Entry &e : m_statuses) {
        if (e.count > 0)
            list.append(e);
    }
    std::stable_sort(list.begin(), list.end(), [](const Entry &a, const Entry &b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });
    for (const OutcomeWord &word : outcomeWords) {
        const qsizetype n = m_outcomes[int(word.outcome)];
        if (n > 0)
            list.append({BatchRow::outcomeName(word.outcome), Tr::tr(word.label), n, word.meaning});
    }
    if (m_pending > 0)
        list.append({BatchRow::outcomeName(BatchRow::Outcome::Pending), Tr::tr("to go"), m_pending,
                     BadgeMeaning::Waiting});
    return list;
}

QString BatchTally::text() const
{
    QStringList parts;
    for (const Entry &e : entries())
        parts.append(Tr::tr("%L1 %2").arg(e.count).arg(e.label));
    return parts.isEmpty() ? Tr::tr("nothing yet") : parts.join(u" · "_s);
}
