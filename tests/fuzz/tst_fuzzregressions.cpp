// Replays, in the normal suite, every input kept for the fuzz targets through the same checks the fuzzers
// run: the seed corpora in tests/fuzz/corpus/<target>/ and the JSON regression inputs in tests/json/data/
// (the reproducers from issue reports and every crash input a fuzzer found).
#include "inputvalidationcheck.h"
#include "jsondocumentcheck.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private:
    static QString sourceDir()
    {
        const QString root = qEnvironmentVariable("MI_SOURCE_DIR");
        return root.isEmpty() ? QStringLiteral(".") : root;
    }

    // One row per file; a folder that is missing or empty is a failure, not a silent pass.
    static void addFiles(const QString &relativeDir)
    {
        QTest::addColumn<QString>("file");
        const QDir dir(sourceDir() + QLatin1Char('/') + relativeDir);
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY2(!names.isEmpty(), qPrintable(dir.path() + QStringLiteral(" holds no inputs")));
        for (const QString &name : names)
            QTest::newRow(qPrintable(relativeDir + QLatin1Char('/') + name)) << dir.filePath(name);
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QByteArray();
        return file.readAll();
    }

private slots:
    void jsonRegressionInputs_data() { addFiles(QStringLiteral("tests/json/data")); }
    void jsonRegressionInputs()
    {
        QFETCH(QString, file);
        const QByteArray body = read(file);
        const QString document = JsonCheck::checkDocument(body);
        QVERIFY2(document.isEmpty(), qPrintable(document));
        for (int indent : {0, 2, 8}) {
            const QString pretty = JsonCheck::checkPrettyPrinter(body, indent);
            QVERIFY2(pretty.isEmpty(), qPrintable(pretty));
        }
    }

    void documentCorpus_data() { addFiles(QStringLiteral("tests/fuzz/corpus/json_document")); }
    void documentCorpus()
    {
        QFETCH(QString, file);
        const QString problem = JsonCheck::checkDocument(read(file));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void prettyPrinterCorpus_data() { addFiles(QStringLiteral("tests/fuzz/corpus/pretty_printer")); }
    void prettyPrinterCorpus()
    {
        QFETCH(QString, file);
        const QByteArray input = read(file);
        QVERIFY(!input.isEmpty());
        // As the fuzz target reads it: the first byte picks the indent.
        const QString problem =
            JsonCheck::checkPrettyPrinter(input.mid(1), static_cast<unsigned char>(input[0]) % 10);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void inputValidationCorpus_data() { addFiles(QStringLiteral("tests/fuzz/corpus/input_validation")); }
    void inputValidationCorpus()
    {
        QFETCH(QString, file);
        const QString problem = InputValidationCheck::check(read(file));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
