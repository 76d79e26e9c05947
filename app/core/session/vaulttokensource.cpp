#include "session/vaulttokensource.h"

#include "secrets/tokenvault.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VaultTokenSource", text);
}

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
        return InspectionFailure::make(Category::Authentication, InspectionFailure::keychainUnavailableKind,
                                       tr("No keychain is available, so no saved token can be used"),
                                       tr("There is no D-Bus session or no Secret Service (for example GNOME "
                                          "Keyring or KWallet) on this "
                                          "machine, as is usual over SSH and in CI."),
                                       tr("Enter the token for this session; it is kept in memory only."));
    case Status::Locked:
        return InspectionFailure::make(Category::Authentication, InspectionFailure::keychainErrorKind,
                                       tr("The keychain is locked"), result.message,
                                       tr("Unlock your keyring (for example by logging in to the desktop "
                                          "session), then try again."));
    case Status::Ok:
    case Status::NotFound:
        return InspectionFailure::make(Category::Authentication, InspectionFailure::noTokenKind,
                                       tr("No token is saved for the profile “%1”").arg(profile),
                                       tr("Nothing was found in the keychain under this profile."),
                                       tr("Save the sub-account's Private Integration Token or access token "
                                          "for this profile."));
    default:
        break;
    }
    InspectionFailure failure =
        InspectionFailure::make(Category::Authentication, InspectionFailure::keychainErrorKind,
                                tr("The keychain did not give the token"), result.message, tr("Try again."));
    failure.detail = result.detail;
    return failure;
}
