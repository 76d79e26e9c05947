#pragma once

#include "secrets/tokenstorejob.h"
#include "secrets/tokenstoreresult.h"

#include <QObject>

#include <chrono>

class TokenStoreOperation;

// Saves, loads and forgets one bearer token per profile in the OS keychain (QtKeychain), asynchronously.
//
// Every call returns at once with a TokenStoreCall (the operation's id and its job) and later ends exactly
// once: the job's finished() and this store's shared finished() carry the one result (success, keychain
// errors, invalid input and the deadline included). Each keychain request has its own deadline
// (setDeadline); when it passes the operation ends with TimedOut. QtKeychain's own D-Bus timeouts are far
// longer (about 25 s per call), so nothing ever waits on them.
//
// The keychain may still carry out a write or a delete after its deadline passed: the user was told
// "timed out", yet the entry changed. Such a late answer is not a second result; lateAnswer(profile) says
// that what the keychain holds for the profile may differ from what was reported (TokenVault re-reads it).
//
// All tokens live under one service name, one key per profile ("profile/<name>"). There is no insecure
// fallback: without a keychain the answer is NoKeychain, and keeping a session-only token is TokenVault's
// job.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    // What Save may do when a different token is already saved for the profile.
    enum class Overwrite
    {
        Refuse,  // answer Exists (or Locked when the keychain cannot tell) and change nothing
        Replace, // the user confirmed: replace it
    };

    // The keychain requests an operation is made of (for jobStarting()).
    enum class Request
    {
        Read,
        Write,
        Delete
    };
    Q_ENUM(Request)

    static constexpr std::chrono::milliseconds defaultDeadline{4000};

    explicit TokenStore(QObject *parent = nullptr);
    // A different service name keeps tests or side-by-side installs apart from the real entries.
    explicit TokenStore(const QString &service, QObject *parent = nullptr);
    ~TokenStore() override;

    static QString defaultServiceName();
    QString serviceName() const { return m_service; }
    // The keychain key for a profile's token.
    static QString keyFor(const QString &profile);

    void setDeadline(std::chrono::milliseconds deadline);
    std::chrono::milliseconds deadline() const { return m_deadline; }

    // Reads the profile's token. NotFound is only reported when the keychain is not known to be locked.
    TokenStoreCall load(const QString &profile);
    // Stores the token (validated and cleaned with InputValidation::token first). With Overwrite::Refuse a
    // different stored token, or a locked keychain that cannot say whether one exists, leaves everything
    // unchanged and answers Exists or Locked.
    TokenStoreCall save(const QString &profile, const QString &token,
                        Overwrite overwrite = Overwrite::Refuse);
    // Removes the profile's token. Removing what is not there is Ok.
    TokenStoreCall forget(const QString &profile);
    // Moves the token from one profile to another: writes the new entry first, then removes the old one,
    // so a failure in between never loses the token. Refuses (Exists) to replace a different token saved
    // under `to`. Nothing saved under `from` is Ok. Once the new entry is written the move is Ok even if the
    // old entry cannot be removed (error or deadline): then `sourceKept` is set, and the old entry is a
    // copy under a name the caller should clean up (ProfileStore does).
    TokenStoreCall move(const QString &from, const QString &to);

    // Operations started and not yet finished.
    int pendingCount() const;

signals:
    void finished(const TokenStoreResult &result);
    // A write or delete for this profile's entry was answered after its operation had ended with TimedOut.
    void lateAnswer(const QString &profile);
    // Just before each keychain request goes out (for logs, and for tests that stop the keychain at a given
    // step). Never carries a secret.
    void jobStarting(TokenStore::Request request, const QString &profile);

private:
    friend class TokenStoreOperation;
    TokenStoreOperation *start(TokenStoreResult::Operation operation, const QString &profile);
    void complete(TokenStoreOperation *operation);

    QString m_service;
    std::chrono::milliseconds m_deadline = defaultDeadline;
    quint64 m_nextId = 1;
};
