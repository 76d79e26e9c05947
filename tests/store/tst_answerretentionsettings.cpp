// The limits for kept answers in the settings: defaults when nothing is stored, a round trip, and bounds
// for hand-edited nonsense.
#include "store/answerretentionsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestAnswerRetentionSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsRoundTripAndBounds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        {
            QSettings settings(path, QSettings::IniFormat);
            const AnswerRetention loaded = AnswerRetentionSettings::load(settings);
            const AnswerRetention defaults;
            QCOMPARE(loaded.maxBodyBytes, defaults.maxBodyBytes);
            QCOMPARE(loaded.maxTotalBytes, defaults.maxTotalBytes);
            QCOMPARE(loaded.maxAge, std::chrono::milliseconds(defaults.maxAge));

            AnswerRetention chosen;
            chosen.maxBodyBytes = 512 * 1024;
            chosen.maxTotalBytes = 20 * 1024 * 1024;
            chosen.maxAge = 7 * 24h;
            AnswerRetentionSettings::save(settings, chosen);
        }
        {
            QSettings settings(path, QSettings::IniFormat);
            const AnswerRetention loaded = AnswerRetentionSettings::load(settings);
            QCOMPARE(loaded.maxBodyBytes, qint64(512 * 1024));
            QCOMPARE(loaded.maxTotalBytes, qint64(20 * 1024 * 1024));
            QCOMPARE(loaded.maxAge, std::chrono::milliseconds(7 * 24h));

            // Hand-edited: a negative size, a total below one answer, an age of a million days, text.
            settings.setValue(u"history/maxAnswerBytes"_s, -5);
            settings.setValue(u"history/maxKeptAnswersBytes"_s, 10);
            settings.setValue(u"history/keepAnswersDays"_s, 1000000);
        }
        {
            QSettings settings(path, QSettings::IniFormat);
            const AnswerRetention loaded = AnswerRetentionSettings::load(settings);
            QCOMPARE(loaded.maxBodyBytes, AnswerRetentionSettings::minBodyBytes);
            QCOMPARE(loaded.maxTotalBytes, AnswerRetentionSettings::minTotalBytes);
            QCOMPARE(loaded.maxAge,
                     std::chrono::milliseconds(std::chrono::hours(24) * AnswerRetentionSettings::maxAgeDays));
            settings.setValue(u"history/maxAnswerBytes"_s, u"lots"_s);
        }
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(AnswerRetentionSettings::load(settings).maxBodyBytes, AnswerRetention().maxBodyBytes);
        // The total never stays below one answer's limit.
        AnswerRetention odd;
        odd.maxBodyBytes = 50 * 1024 * 1024;
        odd.maxTotalBytes = 2 * 1024 * 1024;
        QCOMPARE(AnswerRetentionSettings::bounded(odd).maxTotalBytes, odd.maxBodyBytes);
    }
};

QTEST_GUILESS_MAIN(TestAnswerRetentionSettings)
#include "tst_answerretentionsettings.moc"
