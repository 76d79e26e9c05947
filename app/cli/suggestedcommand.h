#pragma once

#include <QString>
#include <QStringList>

// A command the CLI suggests in its messages, written so that it can be pasted into a POSIX shell as it is:
// every word that holds anything but plain characters goes in single quotes, and a ' inside becomes '\''.
// Every place that tells the user what to run builds the text here.
namespace SuggestedCommand {

// One word for a POSIX shell: unchanged when it is made only of letters, digits and @%+=:,./_- (and not
// empty), otherwise single-quoted.
QString quoteWord(const QString &word);

// "message-inspector-cli " followed by the words, each quoted as needed.
QString cli(const QStringList &words);

} // namespace SuggestedCommand
