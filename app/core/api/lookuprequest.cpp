#include "lookuprequest.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LookupRequest)
};

// The Version header is sent as typed, so it must be a short, plain value (e.g. 2021-04-15).
QString apiVersionProblem(const QString &version)
{
    if (version.isEmpty())
        return Tr::tr("The API version is empty; HighLevel expects 2021-04-15.");
    if (version.size() > 32)
        return Tr::tr("The API version is too long; HighLevel expects a date such as 2021-04-15.");
    for (const QChar c : version) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') ||
                             (u >= u'A' && u <= u'Z') || u == u'-' || u == u'.' || u == u'_';
        if (!allowed)
            return Tr::tr(
                "The API version may contain only letters, digits, “-”, “.” and “_”; HighLevel expects "
                "2021-04-15.");
    }
    return {};
}

} // namespace

QUrl LookupRequest::endpointUrl(const QUrl &validatedBase, const QString &validatedId)
{
    const QString prefix = validatedBase.path() + QStringLiteral("/conversations/messages/");
    QUrl url = validatedBase;
    url.setPath(prefix + validatedId, QUrl::StrictMode);
    // The id is letters, digits, '_' and '-' only, so the path is exactly the prefix plus the id.
    Q_ASSERT(url.path() == prefix + validatedId);
    Q_ASSERT(!validatedId.contains(QLatin1Char('/')) && !validatedId.contains(QLatin1Char('.')));
    return url;
}

InputValidation::Checked<LookupRequest::Valid> LookupRequest::validate() const
{
    const auto id = InputValidation::messageId(messageIdInput);
    if (!id.ok())
        return {{}, id.error};
    const auto checkedToken = InputValidation::token(token);
    if (!checkedToken.ok())
        return {{}, checkedToken.error};
    const auto base = InputValidation::baseUrl(baseUrl);
    if (!base.ok())
        return {{}, base.error};
    const QString version = apiVersion.trimmed();
    if (const QString problem = apiVersionProblem(version); !problem.isEmpty())
        return {{}, problem};

    Valid valid;
    valid.messageId = id.value;
    valid.token = checkedToken.value;
    valid.apiVersion = version.toLatin1();
    valid.url = endpointUrl(base.value, id.value);
    // Belt and braces for release builds, where the assertion above is compiled out.
    if (!valid.url.isValid() ||
        !valid.url.path().endsWith(QStringLiteral("/conversations/messages/") + id.value))
        return {{}, Tr::tr("The request address could not be built from this id.")};
    return {valid, {}};
}
