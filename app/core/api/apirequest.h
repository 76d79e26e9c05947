#pragma once

#include "api/endpoint.h"
#include "api/inputvalidation.h"
#include "api/lookuprequest.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

// A GET of any documented endpoint (Endpoints::…), with the ids for its path template and its query. Like
// LookupRequest, it holds the raw inputs and validate() runs every check before anything is sent: each id
// through InputValidation::resourceId (an id found in a response is input too), the token, the address and
// the endpoint's own Version. HighLevelClient::get() accepts nothing else.
struct ApiRequest
{
    using Parameter = std::pair<QString, QString>; // name, raw value

    Endpoint endpoint;
    QList<Parameter> pathIds; // one per {name} of endpoint.pathTemplate, in any order
    QList<Parameter> query;   // e.g. {"lastMessageId", "…"}: values are ids or plain numbers
    QString baseUrl = LookupRequest::defaultBaseUrl;
    QString token; // never logged, never shown
    QString profile;

    // The checked form, ready to send.
    struct Valid
    {
        QUrl url;
        QString primaryId; // the id the answer is about (endpoint.subject): ApiResult::messageId
        QString token;
        QByteArray apiVersion;
        QByteArray accept = QByteArrayLiteral("application/json");
        bool expectJson = true;
        QString scope; // the endpoint's OAuth scope and what one answer is: for the explanations
        QString what;
    };

    // At most this many query parameters (the endpoints here take one or two).
    static constexpr int maxQueryParameters = 8;

    // Every input checked; the first problem found is the error (ids, then token, then address).
    // The URL is {base}{template with each id}[?query]: an id can never leave its path segment.
    InputValidation::Checked<Valid> validate() const;
    // The ids and the query alone, for a caller that checks them before it asks for a token.
    QString idProblem() const;
    // The words for a path or query parameter in messages: "messageId" → "message id".
    static QString describeParameter(const QString &name, const Endpoint &endpoint);
};
