#pragma once

#include <QByteArray>
#include <QString>

// Overwrites a secret (the token) before its memory is given back, so a later crash dump, swap or heap reuse
// finds zeros instead. Only when the caller holds the only reference: Qt's containers share their data, and
// writing into shared data would change the other holders' copies (they keep their bytes; the caller's copy
// is still dropped). Pragmatic, not complete: Qt may have made copies of its own on the way (a line edit, a
// socket's buffer).
namespace SecretWipe {

// Fills the characters with zeros, keeping the size, when the data is not shared; returns whether it did.
bool overwrite(QString &secret);
bool overwrite(QByteArray &secret);

// overwrite(), then clear().
void wipe(QString &secret);
void wipe(QByteArray &secret);

} // namespace SecretWipe
