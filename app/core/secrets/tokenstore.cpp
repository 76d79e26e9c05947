#include "tokenstore.h"

#include "api/inputvalidation.h"
#include "common/logging.h"
#include "common/redaction.h"
#include "secrets/keychainprobe.h"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <functional>

using Status = TokenStoreResult::Status;
using Operation = TokenStoreResult::Operation;

QString statusName(TokenStoreResult::Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("Ok");
    case Status::NotFound:
        return QStringLiteral("NotFound");
    case Status::Exists:
        return QStringLiteral("Exists");
    case Status::NoKeychain:
        return QStringLiteral("NoKeychain");
    case Status::AccessDenied:
        return QStringLiteral("AccessDenied");
    case Status::Locked:
        return QStringLiteral("Locked");
    case Status::TimedOut:
        return QStringLiteral("TimedOut");
    case Status::Invalid:
        return QStringLiteral("Invalid");
    case Status::Failed:
        return QStringLiteral("Failed");
    }
    return QStringLiteral("Failed");
}

QString operationName(TokenStoreResult::Operation operation)
{
    switch (operation) {
    case Operation::Load:
        return QStringLiteral("Load");
    case Operation::Save:
        return QStringLiteral("Save");
    case Operation::Forget:
        return QStringLiteral("Forget");
    case Operation::Move:
        return QStringLiteral("Move");
    }
    return {};
}

namespace {

// Longest profile name accepted as a key; ProfileStore enforces its own, shorter limit with a clearer
// message.
constexpr qsizetype maxProfileKeyLength = 256;

struct JobOutcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text; // Read only
};

using JobKind = TokenStore::Request;

QString messageFor(Status status, const TokenStoreResult &r, std::chrono::milliseconds deadline)
{
    const QString &p = r.profile;
    switch (status) {
    case Status::Ok:
        switch (r.operation) {
        case Operation::Load:
            return TokenStore::tr("The token for “%1” was read from the keychain.").arg(p);
        case Operation::Save:
            return TokenStore::tr("The token for “%1” is saved in the keychain.").arg(p);
        case Operation::Forget:
            return TokenStore::tr("No token for “%1” is kept in the keychain any more.").arg(p);
        case Operation::Move:
            if (r.sourceKept)
                return TokenStore::tr(
                           "The token of “%1” is now saved for “%2”. The old keychain entry could not "
                           "be removed yet; it will be removed when the keychain answers again.")
                    .arg(p, r.targetProfile);
            return TokenStore::tr("The keychain entry of “%1” now belongs to “%2”.").arg(p, r.targetProfile);
        }
        break;
    case Status::NotFound:
        return TokenStore::tr("No token is saved in the keychain for “%1”.").arg(p);
    case Status::Exists:
        if (r.operation == Operation::Move)
            return TokenStore::tr("A different token is already saved for “%1”, so the token of “%2” was not "
                                  "moved there. Nothing was changed.")
                .arg(r.targetProfile, p);
        return TokenStore::tr(
                   "A different token is already saved for “%1”. Nothing was changed; confirm that "
                   "you want to replace it.")
            .arg(p);
    case Status::NoKeychain:
        return TokenStore::tr(
            "No keychain is available (no Secret Service on this session), so tokens cannot "
            "be saved on this computer. A token can be kept for this session only.");
    case Status::AccessDenied:
        return TokenStore::tr("The keychain refused access to the token for “%1”. Allow Message Inspector in "
                              "your keychain or password manager and try again.")
            .arg(p);
    case Status::Locked:
        switch (r.operation) {
        case Operation::Load:
            return TokenStore::tr("The keychain is locked, so the token for “%1” cannot be read. Unlock the "
                                  "keychain (log in again or open your password manager) and try again.")
                .arg(p);
        case Operation::Save:
            return TokenStore::tr(
                       "The keychain is locked, so the token for “%1” was not saved and nothing in "
                       "the keychain was replaced. Unlock the keychain and save again.")
                .arg(p);
        case Operation::Forget:
            return TokenStore::tr("The keychain is locked, so the saved token for “%1” could not be removed. "
                                  "Unlock the keychain and try again.")
                .arg(p);
        case Operation::Move:
            return TokenStore::tr("The keychain is locked, so the token of “%1” could not be moved to “%2”. "
                                  "Unlock the keychain and try again.")
                .arg(p, r.targetProfile);
        }
        break;
    case Status::TimedOut:
        return TokenStore::tr("The keychain did not answer within %1 s. It may be stuck or waiting for a "
                              "password prompt; the program keeps working. Try again, or restart the keyring "
                              "service.")
            .arg(double(deadline.count()) / 1000.0, 0, 'g', 3);
    case Status::Invalid:
        return TokenStore::tr("Nothing was asked from the keychain: the profile name is missing.");
    case Status::Failed:
        break;
    }
    return TokenStore::tr("The keychain reported an error; see the details. Nothing else was changed.");
}

} // namespace

// One running operation: a small chain of keychain jobs and probes ending in exactly one finish(). It is the
// job TokenStoreCall hands out.
class TokenStoreOperation : public TokenStoreJob
{
public:
    TokenStoreOperation(TokenStore *store, TokenStoreResult result)
        : TokenStoreJob(result.id, store)
        , m_store(store)
        , result(std::move(result))
    {}

    bool done() const { return m_done; }

    void finish(Status status, const QString &detail = {})
    {
        if (m_done)
            return;
        m_done = true;
        result.status = status;
        result.message =
            presetMessage.isEmpty() ? messageFor(status, result, m_store->deadline()) : presetMessage;
        result.detail = Redaction::scrub(detail, secret);
        if (!(status == Status::Ok && result.operation == Operation::Load))
            result.token.clear();
        secret.clear();
        qCDebug(lcSecrets) << operationName(result.operation) << "finished:" << statusName(status);
        m_store->complete(this);
    }

    // Finishes with the status that a keychain error means, after asking the Secret Service what is wrong.
    void failWith(const JobOutcome &outcome)
    {
        probe([this, outcome](KeychainProbe::Answer answer) {
            const bool noKeychain =
                answer == KeychainProbe::Answer::NoBus || answer == KeychainProbe::Answer::NoService;
            const bool locked = answer == KeychainProbe::Answer::Locked;
            Status status = Status::Failed;
            switch (outcome.error) {
            case QKeychain::NoBackendAvailable:
                status = Status::NoKeychain;
                break;
            case QKeychain::AccessDeniedByUser:
                status = Status::AccessDenied;
                break;
            case QKeychain::AccessDenied:
                status = locked ? Status::Locked : Status::AccessDenied;
                break;
            case QKeychain::EntryNotFound:
                status = locked ? Status::Locked : noKeychain ? Status::NoKeychain : Status::NotFound;
                break;
            default:
                status = noKeychain ? Status::NoKeychain : locked ? Status::Locked : Status::Failed;
                break;
            }
            finish(status, outcome.errorString);
        });
    }

    // Runs one keychain job under its own deadline; `next` gets the job's answer unless the deadline won.
    // When it does, `onDeadline` runs (by default the operation ends with TimedOut).
    void runJob(JobKind kind, const QString &profile, std::function<void(const JobOutcome &)> next,
                std::function<void()> onDeadline = {})
    {
        const QString service = m_store->serviceName();
        QKeychain::Job *job = nullptr;
        switch (kind) {
        case JobKind::Read:
            job = new QKeychain::ReadPasswordJob(service);
            break;
        case JobKind::Write: {
            auto *write = new QKeychain::WritePasswordJob(service);
            write->setTextData(secret);
            job = write;
            break;
        }
        case JobKind::Delete:
            job = new QKeychain::DeletePasswordJob(service);
            break;
        }
        // No parent on purpose: QtKeychain's libsecret callback holds a raw pointer to the job, so a job the
        // deadline gave up on must stay alive until the keychain finally answers; it then deletes itself.
        job->setAutoDelete(true);
        job->setKey(TokenStore::keyFor(profile));

        auto *deadline = new QTimer(this);
        deadline->setSingleShot(true);
        // The store, not this operation, receives the answer: the operation is gone when a late one comes.
        QPointer<TokenStoreOperation> self(this);
        connect(job, &QKeychain::Job::finished, m_store,
                [self, deadline, kind, profile, next, store = m_store](QKeychain::Job *finished) {
                    if (self && !self->done()) {
                        deadline->stop();
                        deadline->deleteLater();
                        JobOutcome outcome{finished->error(), finished->errorString(), {}};
                        if (kind == JobKind::Read && outcome.error == QKeychain::NoError)
                            outcome.text = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                        next(outcome);
                        return;
                    }
                    // Only the deadline ends an operation while one of its jobs runs, so this answer came
                    // after the caller was told TimedOut. A read changed nothing; a write or delete may have.
                    qCInfo(lcSecrets) << "keychain answered after the deadline:" << kind
                                      << (finished->error() == QKeychain::NoError ? "done" : "failed");
                    if (kind != JobKind::Read)
                        emit store->lateAnswer(profile);
                });
        connect(deadline, &QTimer::timeout, this, [this, onDeadline] {
            qCWarning(lcSecrets) << "keychain did not answer within" << m_store->deadline().count() << "ms";
            if (onDeadline)
                onDeadline();
            else
                finish(Status::TimedOut);
        });
        emit m_store->jobStarting(kind, profile);
        job->start();
        deadline->start(m_store->deadline());
    }

    void probe(std::function<void(KeychainProbe::Answer)> next)
    {
        KeychainProbe::ask(this, m_store->deadline(), [this, next](KeychainProbe::Answer answer) {
            if (!m_done)
                next(answer);
        });
    }

    // After "not found": a locked collection or a missing keychain also reads as not found.
    void whenReallyAbsent(std::function<void()> next)
    {
        probe([this, next](KeychainProbe::Answer answer) {
            if (answer == KeychainProbe::Answer::Locked)
                finish(Status::Locked);
            else if (answer == KeychainProbe::Answer::NoBus || answer == KeychainProbe::Answer::NoService)
                finish(Status::NoKeychain);
            else
                next();
        });
    }

    TokenStore *m_store;
    TokenStoreResult result;
    QString secret;        // the token being written or moved; cleared when the operation ends
    QString presetMessage; // replaces the standard message (e.g. why the input was refused)

private:
    bool m_done = false;
};

TokenStore::TokenStore(QObject *parent)
    : TokenStore(defaultServiceName(), parent)
{}

TokenStore::TokenStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    qRegisterMetaType<TokenStoreResult>();
}

TokenStore::~TokenStore() = default;

QString TokenStore::defaultServiceName()
{
    return QStringLiteral("message-inspector");
}

QString TokenStore::keyFor(const QString &profile)
{
    return QStringLiteral("profile/") + profile;
}

void TokenStore::setDeadline(std::chrono::milliseconds deadline)
{
    m_deadline = std::max(deadline, std::chrono::milliseconds(1));
}

int TokenStore::pendingCount() const
{
    int count = 0;
    for (const QObject *child : children()) {
        if (auto *op = dynamic_cast<const TokenStoreOperation *>(child); op && !op->done())
            ++count;
    }
    return count;
}

TokenStoreOperation *TokenStore::start(TokenStoreResult::Operation operation, const QString &profile)
{
    TokenStoreResult result;
    result.id = m_nextId++;
    result.operation = operation;
    result.profile = profile;
    return new TokenStoreOperation(this, result);
}

void TokenStore::complete(TokenStoreOperation *operation)
{
    const TokenStoreResult result = operation->result;
    operation->result.token.clear();
    operation->TokenStoreJob::finish(result);
    emit finished(result);
}

namespace {

bool validProfile(const QString &profile)
{
    return !profile.trimmed().isEmpty() && profile.size() <= maxProfileKeyLength;
}

// Invalid input still ends with one signal, delivered from the event loop like every other answer.
void finishLater(TokenStoreOperation *op, Status status, const QString &message = {})
{
    op->presetMessage = message;
    QMetaObject::invokeMethod(
        op, [op, status] { op->finish(status); }, Qt::QueuedConnection);
}

} // namespace

TokenStoreCall TokenStore::load(const QString &profile)
{
    TokenStoreOperation *op = start(Operation::Load, profile);
    if (!validProfile(profile)) {
        finishLater(op, Status::Invalid);
        return {op->id(), op};
    }
    op->runJob(JobKind::Read, profile, [op](const JobOutcome &read) {
        if (read.error == QKeychain::NoError) {
            op->result.token = read.text;
            op->finish(Status::Ok);
        } else if (read.error == QKeychain::EntryNotFound) {
            op->whenReallyAbsent([op] { op->finish(Status::NotFound); });
        } else {
            op->failWith(read);
        }
    });
    return {op->id(), op};
}

TokenStoreCall TokenStore::save(const QString &profile, const QString &token, Overwrite overwrite)
{
    TokenStoreOperation *op = start(Operation::Save, profile);
    const InputValidation::Checked<QString> checked = InputValidation::token(token);
    if (!validProfile(profile) || !checked.ok()) {
        finishLater(op, Status::Invalid, validProfile(profile) ? checked.error : QString());
        return {op->id(), op};
    }
    op->secret = checked.value;
    auto write = [op, profile] {
        op->runJob(JobKind::Write, profile, [op](const JobOutcome &written) {
            if (written.error == QKeychain::NoError)
                op->finish(Status::Ok);
            else
                op->failWith(written);
        });
    };
    if (overwrite == Overwrite::Replace) {
        write();
        return {op->id(), op};
    }
    op->runJob(JobKind::Read, profile, [op, write](const JobOutcome &read) {
        if (read.error == QKeychain::NoError) {
            if (read.text == op->secret)
                op->finish(Status::Ok);
            else
                op->finish(Status::Exists);
        } else if (read.error == QKeychain::EntryNotFound) {
            op->whenReallyAbsent(write);
        } else {
            op->failWith(read);
        }
    });
    return {op->id(), op};
}

TokenStoreCall TokenStore::forget(const QString &profile)
{
    TokenStoreOperation *op = start(Operation::Forget, profile);
    if (!validProfile(profile)) {
        finishLater(op, Status::Invalid);
        return {op->id(), op};
    }
    op->runJob(JobKind::Delete, profile, [op](const JobOutcome &deleted) {
        if (deleted.error == QKeychain::NoError || deleted.error == QKeychain::EntryNotFound) {
            // A locked collection answers a delete without deleting anything.
            op->whenReallyAbsent([op] { op->finish(Status::Ok); });
        } else {
            op->failWith(deleted);
        }
    });
    return {op->id(), op};
}

TokenStoreCall TokenStore::move(const QString &from, const QString &to)
{
    TokenStoreOperation *op = start(Operation::Move, from);
    op->result.targetProfile = to;
    if (!validProfile(from) || !validProfile(to)) {
        finishLater(op, Status::Invalid);
        return {op->id(), op};
    }
    if (from == to) {
        finishLater(op, Status::Ok);
        return {op->id(), op};
    }
    // The token is safe under `to` once written: from then on the move succeeds, and an old entry that
    // stays (refused, or no answer in time) is reported for clean-up instead of failing the whole move.
    auto removeOld = [op, from] {
        const auto keptOld = [op](const QString &why) {
            qCWarning(lcSecrets) << "moved the token, but the old keychain entry stays";
            op->result.sourceKept = true;
            op->finish(Status::Ok, why);
        };
        op->runJob(
            JobKind::Delete, from,
            [op, keptOld](const JobOutcome &deleted) {
                if (deleted.error == QKeychain::NoError || deleted.error == QKeychain::EntryNotFound)
                    op->finish(Status::Ok);
                else
                    keptOld(deleted.errorString);
            },
            [keptOld] { keptOld(TokenStore::tr("The keychain did not answer in time.")); });
    };
    auto writeNew = [op, to, removeOld] {
        op->runJob(JobKind::Write, to, [op, removeOld](const JobOutcome &written) {
            if (written.error == QKeychain::NoError)
                removeOld();
            else
                op->failWith(written);
        });
    };
    op->runJob(JobKind::Read, from, [op, to, writeNew, removeOld](const JobOutcome &source) {
        if (source.error == QKeychain::EntryNotFound) {
            op->whenReallyAbsent([op] { op->finish(Status::Ok); });
            return;
        }
        if (source.error != QKeychain::NoError) {
            op->failWith(source);
            return;
        }
        op->secret = source.text;
        op->runJob(JobKind::Read, to, [op, writeNew, removeOld](const JobOutcome &target) {
            if (target.error == QKeychain::NoError) {
                if (target.text == op->secret)
                    removeOld();
                else
                    op->finish(Status::Exists);
            } else if (target.error == QKeychain::EntryNotFound) {
                writeNew();
            } else {
                op->failWith(target);
            }
        });
    });
    return {op->id(), op};
}
