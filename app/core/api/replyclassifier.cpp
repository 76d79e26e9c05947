#include "replyclassifier.h"

#include "api/errorexplainer.h"
#include "api/retrypolicy.h"
#include "common/counttext.h"

#include <QCoreApplication>

namespace ReplyClassifier {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReplyClassifier)
};

// The refused target for the error text: scheme, host and port only, so a query cannot carry anything along.
QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

ErrorExplainer::Facts explainerFacts(const Facts &facts)
{
    ErrorExplainer::Facts out;
    out.httpStatus = facts.httpStatus;
    out.scope = facts.scope;
    out.what = facts.what;
    out.maxBodyBytes = facts.maxBodyBytes;
    out.maxHeaderCount = facts.maxHeaderCount;
    out.maxHeaderBytes = facts.maxHeaderBytes;
    out.deadlineMs =
        facts.stoppedBy == Facts::Stop::AttemptTimeout ? facts.attemptTimeoutMs : facts.deadlineMs;
    return out;
}

Verdict verdict(ErrorKind kind, const ErrorExplainer::Facts &facts, bool connectionCut = false)
{
    Verdict result;
    result.error = ErrorExplainer::explain(kind, facts);
    result.connectionCut = connectionCut;
    return result;
}

} // namespace

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &url) {
        return url.port(url.scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) == 0 ? 443
                                                                                                   : 80);
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

bool looksLikeJson(const QByteArray &contentType, const QByteArray &body)
{
    if (!contentType.isEmpty() && !contentType.toLower().contains("json"))
        return false;
    // A UTF-8 byte order mark is not content.
    const QByteArrayView content =
        body.startsWith("\xEF\xBB\xBF") ? QByteArrayView(body).sliced(3) : QByteArrayView(body);
    for (const char c : content) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false; // empty or blank body
}

Verdict classify(const Facts &facts)
{
    using Failure = HttpResponseParser::Failure;
    using Transport = HttpExchange::Transport;
    ErrorExplainer::Facts explain = explainerFacts(facts);

    // 1. This side stopped it: a timer.
    if (facts.stoppedBy != Facts::Stop::None)
        return verdict(ErrorKind::Timeout, explain);

    // 2. This side stopped it: a bound.
    switch (facts.failure) {
    case Failure::None:
    case Failure::Malformed:
        break;
    case Failure::Sink:
        // The body could not be stored here (a full disk): nothing the server did, and trying again would
        // not help, so it is a network-side failure that is not retried, with the reason as its detail.
        explain.technicalDetail = Tr::tr("The body could not be stored: %1").arg(facts.failureDetail);
        return verdict(ErrorKind::Network, explain);
    case Failure::HeaderCount:
    case Failure::HeaderBytes:
    case Failure::BodyBytes:
    case Failure::DecodedBytes:
        explain.tooLargeBound =
            facts.failure == Failure::HeaderCount    ? ErrorExplainer::Facts::Bound::HeaderCount
            : facts.failure == Failure::HeaderBytes  ? ErrorExplainer::Facts::Bound::HeaderBytes
            : facts.failure == Failure::DecodedBytes ? ErrorExplainer::Facts::Bound::UnpackedBody
                                                     : ErrorExplainer::Facts::Bound::Body;
        explain.technicalDetail = facts.failureDetail;
        return verdict(ErrorKind::TooLarge, explain);
    }

    // 3. The connection failed.
    explain.technicalDetail = facts.transportDetail;
    switch (facts.transport) {
    case Transport::Ok:
        break;
    case Transport::ConnectionRefused:
        return verdict(ErrorKind::ConnectionRefused, explain);
    case Transport::HostNotFound:
        return verdict(ErrorKind::HostNotFound, explain);
    case Transport::Tls:
        return verdict(ErrorKind::Tls, explain);
    case Transport::Failed:
        return verdict(ErrorKind::Network, explain);
    case Transport::Closed:
        if (!facts.headComplete) {
            if (explain.technicalDetail.isEmpty())
                explain.technicalDetail =
                    Tr::tr("The connection was closed before a complete answer arrived");
            return verdict(ErrorKind::Network, explain, true);
        }
        if (explain.technicalDetail.isEmpty())
            explain.technicalDetail =
                Tr::tr("The connection was closed after %1 bytes of the body").arg(facts.body.size());
        return verdict(ErrorKind::Truncated, explain, true);
    }

    // 4. What arrived is not HTTP, or its framing or compression is broken.
    if (facts.failure == Failure::Malformed) {
        explain.technicalDetail = facts.failureDetail;
        return verdict(ErrorKind::Malformed, explain);
    }
    if (!facts.headComplete || facts.httpStatus == 0) {
        explain.technicalDetail = Tr::tr("No complete answer arrived");
        return verdict(ErrorKind::Network, explain, true);
    }

    // 5. A complete answer: its status decides.
    const int status = facts.httpStatus;
    explain.technicalDetail.clear();
    if (status >= 300 && status <= 399) {
        const QByteArray location = HttpHeaderList::firstValue(facts.headers, "Location").trimmed();
        const QUrl target =
            location.isEmpty() ? QUrl() : facts.requestUrl.resolved(QUrl::fromEncoded(location));
        if (target.isValid() && sameOrigin(target, facts.lookupUrl) &&
            facts.redirectHops < facts.maxRedirects) {
            Verdict follow;
            follow.redirectTo = target;
            return follow;
        }
        if (target.isValid() && !sameOrigin(target, facts.lookupUrl)) {
            explain.redirectTarget = originOf(target);
        } else {
            explain.technicalDetail =
                target.isValid() ? countText(facts.maxRedirects, Tr::tr("More than 1 redirect in a row"),
                                             Tr::tr("More than %1 redirects in a row"))
                                 : Tr::tr("Redirect status without a usable Location header");
        }
        explain.body = facts.body;
        return verdict(ErrorKind::Redirect, explain);
    }
    if (status >= 200 && status <= 299) {
        const QByteArray contentType = HttpHeaderList::firstValue(facts.headers, "Content-Type");
        if (facts.expectJson && !looksLikeJson(contentType, facts.body)) {
            explain.technicalDetail = Tr::tr("Content-Type: %1").arg(QString::fromLatin1(contentType));
            return verdict(ErrorKind::NotJson, explain);
        }
        return Verdict{};
    }
    explain.body = facts.body;
    explain.retryAfterSeconds =
        RetryPolicy::parseRetryAfter(HttpHeaderList::firstValue(facts.headers, "Retry-After"), facts.now);
    return verdict(ErrorExplainer::kindForStatus(status, facts.body), explain);
}

} // namespace ReplyClassifier
