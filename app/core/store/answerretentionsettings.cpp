#include "store/answerretentionsettings.h"

#include <QSettings>

#include <algorithm>

namespace {

constexpr qint64 msPerDay = 24LL * 60 * 60 * 1000;

const QString bodyKey = QStringLiteral("history/maxAnswerBytes");
const QString totalKey = QStringLiteral("history/maxKeptAnswersBytes");
const QString ageKey = QStringLiteral("history/keepAnswersDays");

// A stored figure, or the fallback when it is missing or not a whole number.
qint64 figure(const QSettings &settings, const QString &key, qint64 fallback)
{
    bool ok = false;
    const qint64 value = settings.value(key).toString().toLongLong(&ok);
    return ok ? value : fallback;
}

} // namespace

namespace AnswerRetentionSettings {

AnswerRetention bounded(const AnswerRetention &retention)
{
    AnswerRetention r = retention;
    r.maxBodyBytes = std::clamp(r.maxBodyBytes, minBodyBytes, maxBodyBytes);
    r.maxTotalBytes = std::clamp(r.maxTotalBytes, std::max(minTotalBytes, r.maxBodyBytes), maxTotalBytes);
    const qint64 days =
        std::clamp<qint64>((r.maxAge.count() + msPerDay - 1) / msPerDay, minAgeDays, maxAgeDays);
    r.maxAge = std::chrono::milliseconds(days * msPerDay);
    return r;
}

AnswerRetention load(const QSettings &settings)
{
    const AnswerRetention defaults;
    AnswerRetention r;
    r.maxBodyBytes = figure(settings, bodyKey, defaults.maxBodyBytes);
    r.maxTotalBytes = figure(settings, totalKey, defaults.maxTotalBytes);
    const qint64 days = figure(settings, ageKey, defaults.maxAge.count() / msPerDay);
    r.maxAge = std::chrono::milliseconds(std::clamp<qint64>(days, minAgeDays, maxAgeDays) * msPerDay);
    return bounded(r);
}

void save(QSettings &settings, const AnswerRetention &retention)
{
    const AnswerRetention r = bounded(retention);
    settings.setValue(bodyKey, r.maxBodyBytes);
    settings.setValue(totalKey, r.maxTotalBytes);
    settings.setValue(ageKey, qint64(r.maxAge.count() / msPerDay));
}

} // namespace AnswerRetentionSettings
