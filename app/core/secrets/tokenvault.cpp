#include "tokenvault.h"

#include "api/inputvalidation.h"
#include "common/redaction.h"
#include "common/secretwipe.h"

using Status = TokenStoreResult::Status;
using Operation = TokenStoreResult::Operation;

TokenVault::TokenVault(TokenStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &TokenStore::lateAnswer, this, &TokenVault::reconcile);
}

TokenStoreCall TokenVault::track(const TokenStoreCall &call, const Pending &pending)
{
    auto *job = new TokenStoreJob(call.id(), this);
    call.then(this,
              [this, job, pending](const TokenStoreResult &result) { job->finish(settle(pending, result)); });
    return {call.id(), job};
}

TokenStoreCall TokenVault::load(const QString &profile)
{
    return track(m_store->load(profile), {Operation::Load, profile, {}, {}});
}

TokenStoreCall TokenVault::save(const QString &profile, const QString &input, TokenStore::Overwrite overwrite)
{
    const InputValidation::Checked<QString> checked = InputValidation::token(input);
    return track(m_store->save(profile, input, overwrite),
                 {Operation::Save, profile, {}, checked.ok() ? checked.value : QString()});
}

TokenStoreCall TokenVault::forget(const QString &profile)
{
    if (m_entries.remove(profile) > 0)
        emit changed(profile);
    return track(m_store->forget(profile), {Operation::Forget, profile, {}, {}});
}

TokenStoreCall TokenVault::move(const QString &from, const QString &to)
{
    return track(m_store->move(from, to), {Operation::Move, from, to, {}});
}

QString TokenVault::token(const QString &profile) const
{
    return m_entries.value(profile).token;
}

TokenVault::State TokenVault::state(const QString &profile) const
{
    const Entry entry = m_entries.value(profile);
    State state;
    state.storage = entry.token.isEmpty() ? Storage::Missing : entry.storage;
    state.note = entry.note;
    const TokenInfo info = TokenInfo::inspect(entry.token);
    state.kind = info.kind();
    state.kindName = info.shortKindName();
    state.expired = info.isExpired();
    state.expiryText = info.expiryText();
    if (!entry.token.isEmpty())
        state.hint = Redaction::hint(entry.token);
    switch (state.storage) {
    case Storage::Missing:
        state.summary = tr("no token");
        break;
    case Storage::Keychain:
        state.summary = tr("token in keychain · %1").arg(state.kindName);
        break;
    case Storage::SessionOnly:
        state.summary = tr("token for this session only · %1").arg(state.kindName);
        break;
    }
    if (state.expired)
        state.summary += tr(" · expired");
    return state;
}

void TokenVault::setEntry(const QString &profile, const Entry &entry)
{
    // The token being dropped or replaced is overwritten when nothing else holds it (issue 10).
    if (const auto it = m_entries.find(profile); it != m_entries.end() && it->token != entry.token)
        SecretWipe::wipe(it->token);
    if (entry.token.isEmpty())
        m_entries.remove(profile);
    else
        m_entries.insert(profile, entry);
    emit changed(profile);
}

TokenStoreResult TokenVault::settle(const Pending &pending, const TokenStoreResult &result)
{
    TokenStoreResult forwarded = result;
    if (result.status == Status::TimedOut &&
        (pending.operation == Operation::Save || pending.operation == Operation::Forget))
        m_unsettled.insert(pending.profile);

    if (result.status == Status::NoKeychain)
        m_keychainAvailable = false;
    else if (result.status == Status::Ok)
        m_keychainAvailable = true;

    switch (pending.operation) {
    case Operation::Load:
        if (result.status == Status::Ok) {
            setEntry(pending.profile, {result.token, Storage::Keychain, {}});
        } else if (result.status == Status::NotFound) {
            // The keychain has nothing, but a token entered in this session stays usable.
            if (m_entries.contains(pending.profile) &&
                m_entries[pending.profile].storage == Storage::Keychain)
                setEntry(pending.profile, {});
        } else if (m_entries.contains(pending.profile)) {
            Entry entry = m_entries.value(pending.profile);
            entry.note = result.message;
            setEntry(pending.profile, entry);
        }
        break;
    case Operation::Save:
        if (result.status == Status::Ok) {
            setEntry(pending.profile, {pending.token, Storage::Keychain, {}});
        } else if (result.status == Status::NoKeychain || result.status == Status::Locked ||
                   result.status == Status::AccessDenied || result.status == Status::TimedOut ||
                   result.status == Status::Failed) {
            const QString note =
                result.status == Status::NoKeychain
                    ? tr("No keychain is available: the token will be kept for this session "
                         "only.")
                    : tr("The token could not be saved in the keychain, so it is kept for this "
                         "session only.");
            setEntry(pending.profile, {pending.token, Storage::SessionOnly, note});
            // NoKeychain's own message already says the same in other words.
            if (result.status != Status::NoKeychain)
                forwarded.message = note + QLatin1Char(' ') + result.message;
            else
                forwarded.message = note;
        }
        // Exists and Invalid change nothing: the user decides (replace, or correct the input).
        break;
    case Operation::Forget:
        break;
    case Operation::Move:
        if (m_entries.contains(pending.profile) &&
            (result.status == Status::Ok || result.status == Status::NoKeychain)) {
            const Entry entry = m_entries.take(pending.profile);
            emit changed(pending.profile);
            setEntry(pending.target, entry);
        }
        break;
    }
    emit finished(forwarded);
    return forwarded;
}

void TokenVault::reconcile(const QString &profile)
{
    if (!m_unsettled.remove(profile))
        return;
    // Only changed() follows: the operation that timed out already had its one result.
    m_store->load(profile).then(this, [this, profile](const TokenStoreResult &read) {
        const Entry entry = m_entries.value(profile);
        if (read.status == Status::Ok) {
            // A token entered later in this session, different from the saved one, stays in use.
            if (entry.storage == Storage::SessionOnly && entry.token != read.token)
                return;
            if (entry.storage != Storage::Keychain || entry.token != read.token)
                setEntry(profile, {read.token, Storage::Keychain, {}});
        } else if (read.status == Status::NotFound && entry.storage == Storage::Keychain) {
            setEntry(profile, {});
        }
        // Anything else: the keychain still cannot say; what is shown stays.
    });
}
