#include "errorexplainer.h"
#include "common/counttext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

namespace ErrorExplainer {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ErrorExplainer)
};

bool mentions(const QStringList &texts, const QString &error, QLatin1StringView needle)
{
    if (error.contains(needle, Qt::CaseInsensitive))
        return true;
    for (const QString &text : texts) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Short plain-text answers (e.g. "Too Many Requests" from a proxy) are worth showing; HTML pages are not.
QString plainTextMessage(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 500 || trimmed.startsWith('<') || trimmed.startsWith('{') ||
        trimmed.startsWith('['))
        return {};
    const QString text = QString::fromUtf8(trimmed);
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t' && c != u'\r')
            return {};
    }
    return text;
}

void fillForbidden(ApiError &error, const ServerErrorBody &server, const QString &neededScope,
                   const QString &what)
{
    error.title = Tr::tr("Access denied (403)");
    const bool scope = mentions(server.messages, server.error, QLatin1StringView("scope"));
    const bool location = mentions(server.messages, server.error, QLatin1StringView("location"));
    if (scope) {
        error.cause = Tr::tr("The token is missing the scope %1, which this lookup needs.").arg(neededScope);
        error.nextStep = Tr::tr("In HighLevel, edit the Private Integration (or the app's scopes) to include "
                                "%1, then use the new token.")
                             .arg(neededScope);
    } else if (location) {
        error.cause =
            Tr::tr("The token does not have access to this location (sub-account). Tokens only work for "
                   "the location they were created in, and agency tokens do not work for this lookup.");
        error.nextStep = Tr::tr("Use a token created in the sub-account the message belongs to.");
    } else {
        error.cause =
            Tr::tr("The token is valid but not allowed to read this %1: either it belongs to another "
                   "location (sub-account), or it lacks the scope %2.")
                .arg(what, neededScope);
        error.nextStep = Tr::tr("Check that the token was created in the message's sub-account and includes "
                                "the scope %1.")
                             .arg(neededScope);
    }
}

} // namespace

ServerErrorBody readErrorBody(const QByteArray &body)
{
    ServerErrorBody out;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString text = plainTextMessage(body);
        if (!text.isEmpty())
            out.messages << text;
        return out;
    }
    const QJsonObject object = document.object();
    // Some HighLevel services say `msg` instead of `message`.
    QJsonValue message = object.value(QLatin1StringView("message"));
    if (message.isUndefined())
        message = object.value(QLatin1StringView("msg"));
    if (message.isString()) {
        out.messages << message.toString();
    } else if (message.isArray()) {
        for (const QJsonValue &item : message.toArray()) {
            if (item.isString())
                out.messages << item.toString();
            else if (!item.isNull() && !item.isUndefined())
                out.messages << QString::fromUtf8(
                    QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
        }
    }
    const QJsonValue error = object.value(QLatin1StringView("error"));
    if (error.isString())
        out.error = error.toString();
    const QJsonValue statusCode = object.value(QLatin1StringView("statusCode"));
    if (statusCode.isDouble())
        out.statusCode = statusCode.toInt();
    return out;
}

ErrorKind kindForStatus(int httpStatus, const QByteArray &body)
{
    switch (httpStatus) {
    case 400:
        return ErrorKind::BadRequest;
    case 401: {
        const ServerErrorBody server = readErrorBody(body);
        if (mentions(server.messages, server.error, QLatin1StringView("version header")) ||
            (mentions(server.messages, server.error, QLatin1StringView("version")) &&
             mentions(server.messages, server.error, QLatin1StringView("header"))))
            return ErrorKind::VersionHeaderMissing;
        return ErrorKind::Unauthorized;
    }
    case 403:
        return ErrorKind::Forbidden;
    case 404:
        return ErrorKind::NotFound;
    case 422:
        return ErrorKind::Unprocessable;
    case 429:
        return ErrorKind::RateLimited;
    default:
        break;
    }
    if (httpStatus >= 500 && httpStatus <= 599)
        return ErrorKind::ServerError;
    if (httpStatus >= 300 && httpStatus <= 399)
        return ErrorKind::Redirect;
    if (httpStatus >= 200 && httpStatus <= 299)
        return ErrorKind::None;
    return ErrorKind::HttpError;
}

ErrorKind kindForNetworkError(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::NoError:
        return ErrorKind::None;
    case QNetworkReply::ConnectionRefusedError:
        return ErrorKind::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return ErrorKind::HostNotFound;
    case QNetworkReply::TimeoutError:
        return ErrorKind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return ErrorKind::Tls;
    case QNetworkReply::OperationCanceledError:
        return ErrorKind::Cancelled;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return ErrorKind::Redirect;
    default:
        return ErrorKind::Network;
    }
}

ApiError explain(ErrorKind kind, const Facts &facts)
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = facts.httpStatus;
    error.retryAfterSeconds = facts.retryAfterSeconds;
    error.technicalDetail = facts.technicalDetail;
    if (facts.httpStatus >= 300 || !facts.body.isEmpty()) {
        const ServerErrorBody server = readErrorBody(facts.body);
        error.serverMessages = server.messages;
        error.serverErrorText = server.error;
    }

    switch (kind) {
    case ErrorKind::None:
        error = ApiError{};
        break;
    case ErrorKind::InvalidInput:
        error.title = Tr::tr("The lookup was not sent");
        error.cause = Tr::tr("Something entered is not valid.");
        error.nextStep = Tr::tr("Correct the highlighted input and try again.");
        break;
    case ErrorKind::BadRequest:
        error.title = Tr::tr("The server rejected the request (400)");
        error.cause =
            Tr::tr("The server could not accept the request as sent; its own message below says which part.");
        error.nextStep = Tr::tr("Check the message id, and the API version in the profile settings.");
        break;
    case ErrorKind::Unauthorized:
        error.title = Tr::tr("The token was not accepted (401)");
        error.cause =
            Tr::tr("The token is wrong, expired or revoked. OAuth access tokens expire after about a day; "
                   "a Private Integration Token stops working when it is rotated or deleted.");
        error.nextStep = Tr::tr("Update the token: copy a current one from HighLevel (Settings → Private "
                                "Integrations) and paste it into the profile.");
        break;
    case ErrorKind::VersionHeaderMissing:
        error.title = Tr::tr("The API version was not accepted (401)");
        error.cause =
            Tr::tr("The server says the Version header is missing or wrong. This is not a token problem, "
                   "even though the status reads like one.");
        error.nextStep = Tr::tr("Set the API version of the profile to 2021-04-15 and try again.");
        break;
    case ErrorKind::Forbidden:
        fillForbidden(error, readErrorBody(facts.body),
                      facts.scope.isEmpty() ? QStringLiteral("conversations/message.readonly") : facts.scope,
                      facts.what.isEmpty() ? Tr::tr("message") : facts.what);
        break;
    case ErrorKind::NotFound:
        if (facts.what.isEmpty() || facts.what == Tr::tr("message")) {
            error.title = Tr::tr("Message not found (404)");
            error.cause =
                Tr::tr("No message with this id exists for this token's location: the id may be mistyped, "
                       "belong to another sub-account, or the message was deleted.");
        } else {
            // A related lookup: the id came from the message, so it is not mistyped; say what is missing.
            error.title = Tr::tr("Not found (404): the %1").arg(facts.what);
            error.cause =
                Tr::tr("The server has no %1 for this id in this token's location: it may have been "
                       "deleted, or the message names something this sub-account cannot see.")
                    .arg(facts.what);
        }
        error.nextStep =
            Tr::tr("Check the id in the ticket, and that the profile's token belongs to the customer's "
                   "sub-account.");
        break;
    case ErrorKind::Unprocessable:
        error.title = Tr::tr("The server could not process the request (422)");
        error.cause =
            Tr::tr("The request was understood but one of its values was not accepted; the server's own "
                   "messages below say which.");
        error.nextStep =
            Tr::tr("Check the message id; if it looks right, send the details below to a developer.");
        break;
    case ErrorKind::RateLimited:
        error.title = Tr::tr("Too many requests (429)");
        error.cause =
            Tr::tr("The rate limit for this app and location was reached (100 requests per 10 seconds, "
                   "200,000 per day).");
        error.nextStep =
            facts.retryAfterSeconds
                ? countText(*facts.retryAfterSeconds, Tr::tr("Wait 1 second and try again."),
                            Tr::tr("Wait %1 seconds and try again."))
                : Tr::tr("Wait a few seconds and try again. If it keeps happening, another integration "
                         "may be using up the same limit.");
        break;
    case ErrorKind::ServerError:
        error.title = Tr::tr("HighLevel had a server problem (%1)").arg(facts.httpStatus);
        error.cause = Tr::tr("The error is on HighLevel's side, not in the request or the token.");
        error.nextStep =
            facts.retryAfterSeconds
                ? countText(*facts.retryAfterSeconds,
                            Tr::tr("Try again in 1 second. If it persists, check HighLevel's status page."),
                            Tr::tr("Try again in %1 seconds. If it persists, check HighLevel's status page."))
                : Tr::tr("Try again in a minute. If it persists, check HighLevel's status page.");
        break;
    case ErrorKind::HttpError:
        error.title = Tr::tr("Unexpected answer from the server (%1)").arg(facts.httpStatus);
        error.cause =
            Tr::tr("The server answered with a status this tool does not expect for a message lookup.");
        error.nextStep =
            Tr::tr("Check the API address in the profile; if it is right, send the details below to a "
                   "developer.");
        break;
    case ErrorKind::Timeout:
        error.title = Tr::tr("The server took too long to answer");
        error.cause =
            facts.deadlineMs > 0
                ? Tr::tr("No complete answer arrived within %1 seconds. The server or the network may be "
                         "slow or overloaded.")
                      .arg(QLocale().toString(facts.deadlineMs / 1000.0, 'g', 3))
                : Tr::tr("No complete answer arrived in time. The server or the network may be slow or "
                         "overloaded.");
        error.nextStep = Tr::tr("Try again. If it keeps happening, check the network connection.");
        break;
    case ErrorKind::ConnectionRefused:
        error.title = Tr::tr("The connection was refused");
        error.cause =
            Tr::tr("Nothing is accepting connections at the API address: it may be mistyped, or a firewall "
                   "or proxy blocks it.");
        error.nextStep =
            Tr::tr("Check the API address in the profile (normally https://services.leadconnectorhq.com).");
        break;
    case ErrorKind::HostNotFound:
        error.title = Tr::tr("The server's name could not be found");
        error.cause = Tr::tr("The computer could not look up the API address: it is mistyped, or there is no "
                             "working internet connection or DNS.");
        error.nextStep = Tr::tr("Check the internet connection and the API address in the profile.");
        break;
    case ErrorKind::Tls:
        error.title = Tr::tr("A secure connection could not be established");
        error.cause =
            Tr::tr("The server's certificate was not trusted, or the secure handshake failed. A company "
                   "proxy that inspects traffic, or a wrong system clock, often causes this.");
        error.nextStep =
            Tr::tr("Check the computer's date and time and the API address. If your network inspects "
                   "traffic, ask IT to install its certificate. The details below name the problem.");
        break;
    case ErrorKind::Redirect:
        error.title = Tr::tr("The server redirected the request elsewhere");
        error.cause =
            facts.redirectTarget.isEmpty()
                ? Tr::tr("The server sent a redirect that was not followed (no target, or too many "
                         "redirects in a row).")
                : Tr::tr("The server redirected the request to %1. Redirects to another server are never "
                         "followed, so the token is not sent there.")
                      .arg(facts.redirectTarget);
        error.nextStep =
            Tr::tr("Check the API address in the profile; it should be the address the API answers at "
                   "directly.");
        break;
    case ErrorKind::NotJson:
        error.title = Tr::tr("The answer is not JSON");
        error.cause =
            Tr::tr("The server reported success but did not send JSON. The API address may point to a web "
                   "page, or a proxy or captive portal answered instead.");
        error.nextStep =
            Tr::tr("Check the API address in the profile and the network; the raw answer is kept for "
                   "inspection.");
        break;
    case ErrorKind::Truncated:
        error.title = Tr::tr("The answer was cut off");
        error.cause = Tr::tr("The connection ended before the whole answer arrived.");
        error.nextStep = Tr::tr("Try again. If it keeps happening, the network or a proxy is interrupting "
                                "downloads.");
        break;
    case ErrorKind::TooLarge: {
        error.title = Tr::tr("The answer is too large");
        const QLocale locale;
        switch (facts.tooLargeBound) {
        case Facts::Bound::Body:
            error.cause =
                facts.maxBodyBytes > 0
                    ? Tr::tr("The answer was bigger than the limit of %1, so the download was stopped. A "
                             "single message is never that large.")
                          .arg(locale.formattedDataSize(facts.maxBodyBytes))
                    : Tr::tr("The answer was bigger than the limit, so the download was stopped.");
            break;
        case Facts::Bound::UnpackedBody:
            error.cause =
                Tr::tr("The answer came compressed and unpacked to more than the limit of %1, so the "
                       "download was stopped. A single message is never that large.")
                    .arg(locale.formattedDataSize(facts.maxBodyBytes));
            break;
        case Facts::Bound::HeaderCount:
            error.cause = Tr::tr("The answer had more than %1 header fields, so it was not read further. The "
                                 "HighLevel API sends a few dozen.")
                              .arg(locale.toString(facts.maxHeaderCount));
            break;
        case Facts::Bound::HeaderBytes:
            error.cause = Tr::tr("The answer's header was bigger than %1, so it was not read further. The "
                                 "HighLevel API sends a few kilobytes.")
                              .arg(locale.formattedDataSize(facts.maxHeaderBytes));
            break;
        }
        const bool bodyBound =
            facts.tooLargeBound == Facts::Bound::Body || facts.tooLargeBound == Facts::Bound::UnpackedBody;
        error.nextStep =
            bodyBound
                ? Tr::tr("Check the API address in the profile; it should point to the HighLevel API. If "
                         "the answer really is that large, raise the profile's largest answer (Manage "
                         "profiles… in the window; for a new profile: message-inspector-cli profile add NAME "
                         "--max-response SIZE).")
                : Tr::tr("Check the API address in the profile; it should point to the HighLevel API.");
        break;
    }
    case ErrorKind::Malformed:
        error.title = Tr::tr("The answer could not be read");
        error.cause =
            Tr::tr("What came back is not a valid HTTP answer, or its compressed body is broken. Something "
                   "other than the HighLevel API may be answering at this address.");
        error.nextStep = Tr::tr("Check the API address in the profile; the details below name the problem.");
        break;
    case ErrorKind::Cancelled:
        error.title = Tr::tr("The lookup was cancelled");
        error.cause = Tr::tr("It was stopped before it finished.");
        error.nextStep = Tr::tr("Look up again when ready.");
        break;
    case ErrorKind::Network:
        error.title = Tr::tr("A network error stopped the lookup");
        error.cause = Tr::tr("The connection failed or was interrupted before an answer arrived.");
        error.nextStep =
            Tr::tr("Check the network connection and try again. The details below name the problem.");
        break;
    }
    return error;
}

ApiError fromHttpStatus(int httpStatus, const QByteArray &body, std::optional<int> retryAfterSeconds)
{
    Facts facts;
    facts.httpStatus = httpStatus;
    facts.body = body;
    facts.retryAfterSeconds = retryAfterSeconds;
    return explain(kindForStatus(httpStatus, body), facts);
}

ApiError fromNetworkError(QNetworkReply::NetworkError code, const QString &technicalDetail)
{
    Facts facts;
    facts.technicalDetail = technicalDetail;
    return explain(kindForNetworkError(code), facts);
}

} // namespace ErrorExplainer
