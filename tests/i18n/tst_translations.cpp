#include "common/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// The translation files are built (lrelease) and compiled into the libraries, and the program can load them.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyCatalogueIsCompiledIn_data()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::newRow("core") << QString(Translations::core);
        QTest::newRow("window") << QString(Translations::window);
        QTest::newRow("cli") << QString(Translations::cli);
    }

    void everyCatalogueIsCompiledIn()
    {
        QFETCH(QString, catalogue);
        QVERIFY2(QFile::exists(u":/i18n/"_s + catalogue + u"_en.qm"_s), qPrintable(catalogue));
    }

    void findsTheCataloguesForTheLanguage()
    {
        const QStringList all{Translations::core, Translations::window, Translations::cli};
        QCOMPARE(Translations::install(all, QLocale(QLocale::English, QLocale::UnitedKingdom)), all);
    }

    void skipsLanguagesWithoutATranslation()
    {
        // Icelandic: no translation file exists, so nothing is installed and the source text (English) stays.
        QCOMPARE(Translations::install({Translations::core}, QLocale(QLocale::Icelandic)), QStringList());
        QCOMPARE(QCoreApplication::translate("InputValidation", "a space"), u"a space"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
