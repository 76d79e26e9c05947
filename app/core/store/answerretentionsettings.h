#pragma once

#include "store/keptanswer.h"

class QSettings;

// The user's limits for kept answers (LookupHistory::setAnswerRetention), stored in the application's
// settings under "history/" — figures only, never an answer. Every figure has a bound: what is read or set
// outside it is brought to the nearest bound, so a hand-edited file can neither keep answers forever nor fill
// the disk.
namespace AnswerRetentionSettings {

constexpr qint64 minBodyBytes = 1024;
constexpr qint64 maxBodyBytes = 64LL * 1024 * 1024; // the network's own cap on a body (ClientOptions)
constexpr qint64 minTotalBytes = 1024 * 1024;
constexpr qint64 maxTotalBytes = 10LL * 1024 * 1024 * 1024;
constexpr int minAgeDays = 1;
constexpr int maxAgeDays = 3650;

// Within the bounds above; the total is never below one answer's limit.
AnswerRetention bounded(const AnswerRetention &retention);
// AnswerRetention's defaults when nothing (or nonsense) is stored.
AnswerRetention load(const QSettings &settings);
void save(QSettings &settings, const AnswerRetention &retention);

} // namespace AnswerRetentionSettings
