#pragma once

#include "secrets/tokeninfo.h"
#include "secrets/tokenstore.h"

#include <QHash>
#include <QObject>
#include <QSet>

// The token of each profile as the rest of the program sees it: the keychain (through TokenStore) plus
// memory.
//
// A token that was loaded or saved is kept in memory for this session. When no keychain is available (or it
// refuses the save), the token is still kept in memory, for this session only, and state() says so. Nothing
// is ever written anywhere else. Every operation returns a TokenStoreCall and ends exactly once: its job's
// finished() and this vault's shared finished() carry TokenStore's result (same id), after the vault's own
// state was updated; changed() tells views to refresh a profile's state.
//
// A save or forget that hit its deadline may still be carried out by the keychain later. When it answers
// (TokenStore::lateAnswer), the vault reads the entry again, so the state shown is the keychain's real
// one: a token the user was told is "for this session only" shows as saved once it is, and a token whose
// removal failed after all shows as still saved. That re-read only emits changed(), never another
// finished().
class TokenVault : public QObject
{
    Q_OBJECT

public:
    enum class Storage
    {
        Missing,     // no token for this profile
        Keychain,    // saved in (or read from) the keychain, and in memory
        SessionOnly, // in memory only: forgotten when the program quits
    };
    Q_ENUM(Storage)

    struct State
    {
        Storage storage = Storage::Missing;
        TokenInfo::Kind kind = TokenInfo::Kind::Empty;
        QString kindName; // "PIT", "JWT", "unknown", "none"
        bool expired = false;
        QString expiryText; // "expires in 3 h" / "expired 2 days ago" for a JWT, else empty
        QString hint;       // Redaction::hint, e.g. "pit-…1a2b"; safe to show
        QString summary;    // one line for a status bar: "token in keychain · PIT"
        QString note;       // why the token is session-only, or the last keychain problem; may be empty
    };

    explicit TokenVault(TokenStore *store, QObject *parent = nullptr);

    TokenStore *store() const { return m_store; }

    // Reads the profile's token from the keychain into memory. Without a keychain a session token stays.
    TokenStoreCall load(const QString &profile);
    // Takes a token the user entered (validated and cleaned by InputValidation::token) for the profile and
    // saves it in the keychain. A different saved token is only replaced with Overwrite::Replace. When the
    // keychain is missing, locked, refuses or does not answer, the token is kept for this session only.
    TokenStoreCall save(const QString &profile, const QString &input,
                        TokenStore::Overwrite overwrite = TokenStore::Overwrite::Refuse);
    // Forgets the profile's token: at once in memory, then in the keychain.
    TokenStoreCall forget(const QString &profile);
    // Moves the profile's token to a new name (profile rename): keychain entry and memory.
    TokenStoreCall move(const QString &from, const QString &to);

    // The token to send for the profile, or empty. Never log or display it.
    QString token(const QString &profile) const;
    State state(const QString &profile) const;
    // False once the keychain answered NoKeychain in this session.
    bool keychainAvailable() const { return m_keychainAvailable; }

signals:
    void finished(const TokenStoreResult &result);
    void changed(const QString &profile);

private:
    struct Entry
    {
        QString token;
        Storage storage = Storage::Missing;
        QString note;
    };
    struct Pending
    {
        TokenStoreResult::Operation operation;
        QString profile;
        QString target;
        QString token; // Save: the cleaned token
    };

    // Follows the store's operation with this vault's own job, finished once the vault's state is updated.
    TokenStoreCall track(const TokenStoreCall &call, const Pending &pending);
    TokenStoreResult settle(const Pending &pending, const TokenStoreResult &result);
    void reconcile(const QString &profile);
    void setEntry(const QString &profile, const Entry &entry);

    TokenStore *m_store;
    QHash<QString, Entry> m_entries;
    QSet<QString> m_unsettled; // a save or forget hit its deadline: the keychain may still carry it out
    bool m_keychainAvailable = true;
};
