#pragma once

#include <QString>

// The --help texts. Every command's help ends with the exit statuses, so a script author finds them where
// they look first.
namespace HelpText {

QString overview();
// Help for one command word ("get", "open", "check", "token", "profile"); empty for an unknown word.
QString forCommand(const QString &command);

} // namespace HelpText
