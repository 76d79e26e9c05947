#pragma once

#include <QMetaType>
#include <QString>

// The outcome of one keychain operation. Exactly one is delivered per operation, whatever happened.
struct TokenStoreResult
{
    enum class Operation
    {
        Load,
        Save,
        Forget,
        Move
    };

    enum class Status
    {
        Ok,         // done; for Load the token is in `token`
        NotFound,   // no token is saved for this profile (and the keychain is not known to be locked)
        Exists,     // Save/Move: a different token is already saved there; replacing it needs the user's word
        NoKeychain, // no D-Bus session or no Secret Service: only a session-only token is possible
        AccessDenied, // the keychain refused (or the user declined) access
        Locked,       // the keychain collection is locked; nothing was read, written or replaced
        TimedOut,     // the keychain did not answer before the deadline (see TokenStore::lateAnswer)
        Invalid,      // the profile name or the token was refused before the keychain was asked
        Failed,       // anything else; `detail` carries the keychain's own words
    };

    quint64 id = 0; // returned by the call that started the operation
    Operation operation = Operation::Load;
    Status status = Status::Failed;
    QString profile;       // the profile the operation was about (for Move: the source)
    QString targetProfile; // Move only: the destination
    QString token;         // Load with status Ok only; never logged, never part of message or detail
    QString message;       // plain-language sentence for the user; never contains the token
    QString detail;        // the keychain's own error text (scrubbed), for "details" views; may be empty
    // Move with status Ok only: the token is saved under targetProfile, but the entry under `profile` could
    // not be removed (the keychain refused or did not answer in time). It may still hold a copy of the token
    // under a name that no profile uses any more; the caller cleans it up.
    bool sourceKept = false;

    bool ok() const { return status == Status::Ok; }
    // True when keeping the token in memory for this session is the only option left.
    bool keychainUnavailable() const { return status == Status::NoKeychain; }
};

// Stable names for logs, history and tests ("Ok", "NotFound", …).
QString statusName(TokenStoreResult::Status status);
QString operationName(TokenStoreResult::Operation operation);

Q_DECLARE_METATYPE(TokenStoreResult)
