#pragma once

#include <QString>

// Drives the test keyring daemon that scripts/with-test-keyring.sh started, through the Secret Service D-Bus
// API, so tests can produce a locked collection and a stopped daemon for real.
namespace KeyringControl {

// Empty when the test runs outside the README's test command (no private keyring).
QString unavailableReason();

// org.freedesktop.Secret.Service.Lock on the default collection.
bool lockDefaultCollection(QString *error);
// gnome-keyring's UnlockWithMasterPassword with MI_TEST_KEYRING_PASSWORD.
bool unlockDefaultCollection(QString *error);
// The Locked property of the default collection; false when it cannot be read.
bool defaultCollectionLocked();

// SIGSTOP / SIGCONT on MI_TEST_KEYRING_PID.
bool stopDaemon();
bool continueDaemon();

} // namespace KeyringControl
