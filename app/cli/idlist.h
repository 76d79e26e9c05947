#pragma once

#include <QString>
#include <QStringList>

// The message ids of one `get`: given as arguments, or read from standard input with `get -` (one per line,
// or separated by any whitespace). Every id is checked before anything is sent, so a list with one bad entry
// sends nothing.
namespace IdList {

// Most ids one command looks up; more is refused before anything is sent (HighLevel allows 100 requests per
// 10 seconds, so this is already minutes of lookups).
inline constexpr int maxIds = 1000;
// Most bytes read from standard input for `get -`: room for maxIds links of up to 1 KiB each.
inline constexpr qint64 maxInputBytes = qint64(maxIds) * 1024;

struct Checked
{
    QStringList ids;      // the clean ids, in the order given
    QStringList refusals; // one line per refused entry: "Id 2 (“ab/c”): <reason>"
    QString error;        // the list as a whole was refused (empty, too many ids)

    bool ok() const { return error.isEmpty() && refusals.isEmpty(); }
};

// The whitespace-separated words of text (standard input).
QStringList split(const QString &text);

// Validates every entry with InputValidation::messageId.
Checked check(const QStringList &inputs);

} // namespace IdList
