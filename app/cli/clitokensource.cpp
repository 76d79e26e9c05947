#include "clitokensource.h"

#include "suggestedcommand.h"

#include "api/inputvalidation.h"
#include "common/logging.h"
#include "common/secretwipe.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliTokenSource)
};

} // namespace

CliTokenSource::CliTokenSource(const QString &environmentValue, TokenVault *vault)
    : m_environment(environmentValue)
    , m_inUse(environmentValue.trimmed()) // scrubbed from everything, even when it is refused below
    , m_vault(vault)
{}

CliTokenSource::~CliTokenSource()
{
    SecretWipe::wipe(m_environment);
    SecretWipe::wipe(m_inUse);
}

void CliTokenSource::fetch(const QString &profile, QObject *context,
                           std::function<void(const TokenAnswer &)> done)
{
    if (!m_environment.isEmpty()) {
        TokenAnswer answer;
        const auto checked = InputValidation::token(m_environment);
        if (checked.ok()) {
            answer.token = checked.value;
            m_inUse = checked.value;
            qCInfo(lcCli) << "token from" << variable;
        } else {
            answer.failure = InspectionFailure::make(
                InspectionFailure::Category::Usage, InspectionFailure::usageKind,
                Tr::tr("%1 does not hold a usable token").arg(variable), checked.error,
                Tr::tr(
                    "Set %1 to the Private Integration Token or OAuth access token, without quotes or extra "
                    "text.")
                    .arg(variable));
        }
        QMetaObject::invokeMethod(
            context, [done = std::move(done), answer] { done(answer); }, Qt::QueuedConnection);
        return;
    }
    m_vault.fetch(profile, context, [this, profile, done = std::move(done)](const TokenAnswer &answer) {
        TokenAnswer shown = answer;
        if (shown.failure)
            shown.failure = forShell(*shown.failure, profile);
        else {
            m_inUse = shown.token;
            qCInfo(lcCli) << "token from the keychain for profile" << profile;
        }
        done(shown);
    });
}

InspectionFailure CliTokenSource::forShell(InspectionFailure failure, const QString &profile)
{
    if (failure.kind == InspectionFailure::keychainUnavailableKind) {
        failure.nextStep =
            Tr::tr("Set the token for this shell with: read -rs %1 && export %1").arg(variable);
    } else if (failure.kind == InspectionFailure::noTokenKind) {
        failure.nextStep = Tr::tr("Save one with “%1” (it reads standard input), or set %2.")
                               .arg(SuggestedCommand::cli({QStringLiteral("token"), QStringLiteral("set"),
                                                           QStringLiteral("--profile"), profile}),
                                    variable);
    } else if (failure.kind == InspectionFailure::keychainErrorKind) {
        failure.nextStep += QLatin1Char(' ') + Tr::tr("Or set %1 for this shell.").arg(variable);
    }
    return failure;
}
