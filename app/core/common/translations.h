#pragma once

#include <QLatin1StringView>
#include <QLocale>
#include <QStringList>

// The program's translations are compiled into the binaries at build time (lrelease, from translations/*.ts)
// as :/i18n/<catalogue>_<language>.qm: one catalogue for the core, one for the window, one for the CLI.
namespace Translations {

inline constexpr QLatin1StringView core{"message-inspector-core"};
inline constexpr QLatin1StringView window{"message-inspector"};
inline constexpr QLatin1StringView cli{"message-inspector-cli"};

// Loads, for each catalogue, the file that best matches `locale`'s languages and installs it on the running
// application (which owns the translators). A catalogue with no file for those languages is skipped, and its
// strings stay in English, the language of the source. Returns the catalogues a file was found for.
QStringList install(const QStringList &catalogues, const QLocale &locale = QLocale());

} // namespace Translations
