#include "session/vaulttokensource.h"

#include "secrets/tokenvault.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VaultTokenSource)
};

using Category = InspectionFailure::Category;

} // namespace

void VaultTokenSource::fetch(const QString &profile, QObject *context,
                             std::function<void(const TokenAnswer &)> done)
{
    const QString known = m_vault->token(profile);
    if (!known.isEmpty()) {
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done), known] {
                done(TokenAnswer{known, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    m_vault->load(profile).then(context,
                                [this, profile, done = std::move(done)](const TokenStoreResult &result) {
                                    TokenAnswer answer;
                                    answer.token = m_vault->token(profile);
                                    if (answer.token.isEmpty())
                                        answer.failure = failureFor(result, profile);
                                    done(answer);
                                });
}

InspectionFailure VaultTokenSource::failureFor(const TokenStoreResult &result, const QString &profile)
{
    using Status = TokenStoreResult::Status;
    switch (result.status) {
    case Status::NoKeychain:
        return InspectionFailure::make(
            Category::Authentication, InspectionFailure::keychainUnavailableKind,
            Tr::tr("No keychain is available, so no saved token can be used"),
            Tr::tr("There is no D-Bus session or no Secret Service (for example GNOME "
                   "Keyring or KWallet) on this "
                   "machine, as is usual over SSH and in CI."),
            Tr::tr("Enter the token for this session; it is kept in memory only."));
    case Status::Locked:
        return InspectionFailure::make(Category::Authentication, InspectionFailure::keychainErrorKind,
                                       Tr::tr("The keychain is locked"), result.message,
                                       Tr::tr("Unlock your keyring (for example by logging in to the desktop "
                                              "session), then try again."));
    case Status::Ok:
    case Status::NotFound:
        return InspectionFailure::make(
            Category::Authentication, InspectionFailure::noTokenKind,
            Tr::tr("No token is saved for the profile “%1”").arg(profile),
            Tr::tr("Nothing was found in the keychain under this profile."),
            Tr::tr("Save the sub-account's Private Integration Token or access token "
                   "for this profile."));
    default:
        break;
    }
    InspectionFailure failure = InspectionFailure::make(
        Category::Authentication, InspectionFailure::keychainErrorKind,
        Tr::tr("The keychain did not give the token"), result.message, Tr::tr("Try again."));
    failure.detail = result.detail;
    return failure;
}
