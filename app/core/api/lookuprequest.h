#pragma once

#include "api/inputvalidation.h"

#include <QString>
#include <QUrl>

// What a caller asks for: the raw inputs as typed. validate() runs every check before anything is sent.
struct LookupRequest
{
    static constexpr QLatin1StringView defaultBaseUrl{"https://services.leadconnectorhq.com"};
    static constexpr QLatin1StringView defaultApiVersion{"2021-04-15"};

    QString baseUrl = defaultBaseUrl;
    QString messageIdInput; // an id or a pasted link that contains one
    QString token;          // never logged, never shown
    QString apiVersion = defaultApiVersion;
    // Whose token this is: copied to ApiResult::profile, so what is done later with a result (copy as cURL
    // with the token) uses the token of the profile that made it. Never validated, never sent.
    QString profile;

    // The checked form, ready to send.
    struct Valid
    {
        QUrl url; // {base}/conversations/messages/{id}
        QString messageId;
        QString token;
        QByteArray apiVersion;
    };

    // Every input checked; the first problem found is the error (id, then token, then address, then version).
    InputValidation::Checked<Valid> validate() const;

    // The endpoint URL for a validated base and id. The id must already be a plain id; the path can never
    // leave /conversations/messages/.
    static QUrl endpointUrl(const QUrl &validatedBase, const QString &validatedId);
};
