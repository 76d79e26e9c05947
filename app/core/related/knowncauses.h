#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// Why a message that failed most often failed, kept as data with the public source of each row, so the
// why-it-failed panel and the CLI's `why` say the same and the README can list the table. A row is a known
// cause, never a verdict: the evidence lines (FailureEvidence) say which facts point at which row.
struct KnownCause
{
    QString code;           // stable: "carrier-filtering", "unreachable-number", "dnd", "opt-out", …
    QString title;          // "Carrier filtering"
    QString explanation;    // what happens, one or two sentences
    QString whatToDo;       // what a support person can do or check
    QStringList errorCodes; // carrier error codes that name this cause ("30007"), as the web app shows them
    QStringList keywords;   // words of an error text that name it ("filtered", "landline"), lower case
    QStringList channels;   // the channels it applies to ("SMS", "Call", "Email", …); empty: every channel
    QString source;         // where this is publicly documented
};

namespace KnownCauses {

const QList<KnownCause> &table();
const KnownCause *byCode(QStringView code);
// The rows an error text names, by error code first, then by keyword ("30007: Message filtered" → carrier
// filtering). Each row at most once, in table order.
QList<const KnownCause *> matching(QStringView errorText);
// Rows that apply to a channel ("SMS"); an empty channel gives every row.
QList<const KnownCause *> forChannel(QStringView channel);

// The API does not give the carrier's error code of a failed message (the web app's conversation view shows
// it): said plainly, with its source.
QString carrierCodeNotExposed();
QString carrierCodeNotExposedSource();

} // namespace KnownCauses
