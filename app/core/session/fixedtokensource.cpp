#include "session/fixedtokensource.h"

#include <QCoreApplication>

void FixedTokenSource::fetch(const QString &profile, QObject *context,
                             std::function<void(const TokenAnswer &)> done)
{
    TokenAnswer answer;
    answer.token = m_tokens.value(profile, m_everyProfile);
    if (answer.token.isEmpty()) {
        answer.failure = InspectionFailure::make(
            InspectionFailure::Category::Authentication, InspectionFailure::noTokenKind,
            QCoreApplication::translate("FixedTokenSource", "No token is set for the profile “%1”")
                .arg(profile));
    }
    // Delivered from the event loop, as the keychain would.
    QMetaObject::invokeMethod(
        context, [done = std::move(done), answer] { done(answer); }, Qt::QueuedConnection);
}
