#include "tokenwaiting.h"

#include <QElapsedTimer>
#include <QUuid>

namespace TestSupport {

int countTokenResults(const QSignalSpy &spy, quint64 id)
{
    int matches = 0;
    for (const QList<QVariant> &args : spy)
        matches += args.at(0).value<TokenStoreResult>().id == id ? 1 : 0;
    return matches;
}

TokenStoreResult waitForTokenResult(QSignalSpy &spy, quint64 id, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        int matches = 0;
        TokenStoreResult found;
        for (const QList<QVariant> &args : std::as_const(spy)) {
            const auto result = args.at(0).value<TokenStoreResult>();
            if (result.id == id) {
                ++matches;
                found = result;
            }
        }
        if (matches == 1)
            return found;
        if (matches > 1) {
            qWarning("keychain operation %llu finished %d times", static_cast<unsigned long long>(id),
                     matches);
            return {};
        }
        if (timer.elapsed() > timeoutMs) {
            qWarning("keychain operation %llu did not finish", static_cast<unsigned long long>(id));
            return {};
        }
        spy.wait(50);
    }
}

QString newPit()
{
    return QStringLiteral("pit-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace TestSupport
