#include "translations.h"

#include <QCoreApplication>
#include <QTranslator>

#include <memory>

namespace Translations {

QStringList install(const QStringList &catalogues, const QLocale &locale)
{
    QStringList found;
    auto *application = QCoreApplication::instance();
    if (application == nullptr)
        return found;
    for (const QString &catalogue : catalogues) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(locale, catalogue, QStringLiteral("_"), QStringLiteral(":/i18n")))
            continue;
        found << catalogue;
        // The source language's own file translates nothing; installing it would only slow every tr().
        if (translator->isEmpty())
            continue;
        translator->setParent(application);
        QCoreApplication::installTranslator(translator.release());
    }
    return found;
}

} // namespace Translations
