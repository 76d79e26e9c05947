#pragma once

#include "secrets/tokenstoreresult.h"

#include <QSignalSpy>
#include <QString>

namespace TestSupport {

// Waits (spinning the event loop) for the one TokenStoreResult with this id in a spy on a
// finished(TokenStoreResult) signal. Returns a default result, with a warning, when it does not come in time
// or comes more than once — "exactly one completion signal" is part of what the keychain tests check.
TokenStoreResult waitForTokenResult(QSignalSpy &spy, quint64 id, int timeoutMs = 30000);

// How many results with this id the spy has seen.
int countTokenResults(const QSignalSpy &spy, quint64 id);

// A fresh, well-formed Private Integration Token ("pit-" + a random UUID) for tests.
QString newPit();

} // namespace TestSupport
