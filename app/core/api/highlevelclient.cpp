#include "highlevelclient.h"
#include "common/counttext.h"

#include "api/errorexplainer.h"
#include "common/logging.h"
#include "common/redaction.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &url) {
        return url.port(url.scheme().compare(QLatin1StringView("https"), Qt::CaseInsensitive) == 0 ? 443
                                                                                                   : 80);
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

bool isTransportError(QNetworkReply::NetworkError code)
{
    // Codes below 100 are connection-level; the others mirror an HTTP status or a proxy problem.
    return code != QNetworkReply::NoError && code < QNetworkReply::ProxyConnectionRefusedError;
}

// The refused target for the error text: scheme, host and port only, so a query cannot carry anything along.
QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
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

} // namespace

HighLevelClient::HighLevelClient(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    m_retryWait.setSingleShot(true);
    m_reportInvalid.setSingleShot(true);
    m_reportInvalid.setInterval(0);
    connect(&m_deadline, &QTimer::timeout, this, &HighLevelClient::onDeadline);
    connect(&m_retryWait, &QTimer::timeout, this, [this] { sendRequest(m_request.url, Send::Attempt); });
    connect(&m_reportInvalid, &QTimer::timeout, this, [this] { finish(); });
}

HighLevelClient::~HighLevelClient()
{
    abortReply();
}

void HighLevelClient::setOptions(const ClientOptions &options)
{
    m_options = options;
}

QByteArray HighLevelClient::userAgent()
{
    return QByteArrayLiteral("message-inspector/" MI_VERSION);
}

void HighLevelClient::lookup(const LookupRequest &request)
{
    if (m_busy)
        cancel();

    m_busy = true;
    m_result = ApiResult{};
    m_request = LookupRequest::Valid{};
    m_redirectHops = 0;
    m_clock.start();

    const auto checked = request.validate();
    if (!checked.ok()) {
        ApiError error = ErrorExplainer::explain(ErrorKind::InvalidInput);
        error.cause = checked.error;
        error.scrub(request.token.trimmed());
        m_result.error = error;
        qCInfo(lcApi) << "lookup refused before sending:" << error.cause;
        m_reportInvalid.start();
        return;
    }
    m_request = checked.value;
    m_result.messageId = m_request.messageId;
    qCInfo(lcApi) << "lookup" << m_request.url.toString(QUrl::FullyEncoded);
    sendRequest(m_request.url, Send::Attempt);
    emit started();
}

void HighLevelClient::sendRequest(const QUrl &url, Send kind)
{
    if (kind == Send::Attempt)
        ++m_result.attempts;
    m_currentUrl = url;
    m_timedOut = false;
    m_tooLarge = false;
    m_tlsErrors.clear();

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (m_options.sslConfiguration)
        request.setSslConfiguration(*m_options.sslConfiguration);

    const HttpHeaders headers{
        {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_request.token.toLatin1()},
        {QByteArrayLiteral("Version"), m_request.apiVersion},
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
        {QByteArrayLiteral("User-Agent"), userAgent()},
    };
    m_result.requestHeaders.clear();
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
        m_result.requestHeaders.append({name, Redaction::headerValueForDisplay(name, value)});
    }
    m_result.url = url;

    qCDebug(lcApi) << "attempt" << m_result.attempts << "GET" << url.toString(QUrl::FullyEncoded);
    QNetworkReply *reply = m_manager.get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &HighLevelClient::onMetaDataChanged);
    connect(reply, &QIODevice::readyRead, this, &HighLevelClient::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, &HighLevelClient::progress);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsErrors << error.errorString();
    });
    connect(reply, &QNetworkReply::finished, this, &HighLevelClient::onReplyFinished);
    m_result.body.clear();
    m_result.size = 0;
    m_deadline.start(std::max(1, m_options.deadlineMs));
}

void HighLevelClient::onMetaDataChanged()
{
    if (!m_reply || sender() != m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.maxBodyBytes) {
        qCInfo(lcApi) << "Content-Length" << length.toLongLong() << "exceeds the cap"
                      << m_options.maxBodyBytes;
        m_tooLarge = true;
        m_reply->abort();
    }
}

void HighLevelClient::onReadyRead()
{
    if (!m_reply || sender() != m_reply || m_tooLarge)
        return;
    m_result.body += m_reply->readAll();
    m_result.size = m_result.body.size();
    if (m_result.size > m_options.maxBodyBytes) {
        qCInfo(lcApi) << "body exceeds the cap" << m_options.maxBodyBytes << "- download stopped";
        m_tooLarge = true;
        m_reply->abort();
    }
}

void HighLevelClient::onDeadline()
{
    if (!m_reply)
        return;
    qCInfo(lcApi) << "deadline of" << m_options.deadlineMs << "ms passed";
    m_timedOut = true;
    m_reply->abort();
}

void HighLevelClient::abortReply()
{
    m_deadline.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HighLevelClient::onReplyFinished()
{
    auto *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply || reply != m_reply)
        return;
    m_reply = nullptr;
    m_deadline.stop();
    reply->deleteLater();
    reply->disconnect(this);

    if (!m_tooLarge && !m_timedOut) {
        m_result.body += reply->readAll();
        m_result.size = m_result.body.size();
    }

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    m_result.httpStatus = status;
    m_result.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    m_result.responseHeaders.clear();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        m_result.responseHeaders.append({name, Redaction::scrub(value, m_request.token.toLatin1())});
    m_result.rateLimit = RateLimitInfo::fromHeaders(m_result.responseHeaders);

    const QNetworkReply::NetworkError code = reply->error();
    QString detail = reply->errorString();
    if (!m_tlsErrors.isEmpty())
        detail = m_tlsErrors.join(QStringLiteral("; ")) + QStringLiteral(" (") + detail + QLatin1Char(')');

    ErrorExplainer::Facts facts;
    facts.httpStatus = status;
    facts.technicalDetail = code == QNetworkReply::NoError ? QString() : detail;
    facts.maxBodyBytes = m_options.maxBodyBytes;
    facts.deadlineMs = m_options.deadlineMs;

    if (m_tooLarge) {
        concludeAttempt(ErrorExplainer::explain(ErrorKind::TooLarge, facts), false);
        return;
    }
    if (m_timedOut) {
        facts.technicalDetail.clear();
        concludeAttempt(ErrorExplainer::explain(ErrorKind::Timeout, facts), false);
        return;
    }
    if (status == 0) {
        const bool cut = code == QNetworkReply::RemoteHostClosedError;
        concludeAttempt(ErrorExplainer::explain(ErrorExplainer::kindForNetworkError(code), facts), cut);
        return;
    }
    if (isTransportError(code)) {
        // Headers arrived, then the connection failed: the body is incomplete.
        concludeAttempt(ErrorExplainer::explain(ErrorKind::Truncated, facts), true);
        return;
    }
    const QByteArray contentLength = m_result.responseHeader("Content-Length");
    const bool encoded = !m_result.responseHeader("Content-Encoding").isEmpty();
    if (!contentLength.isNull() && !encoded) {
        bool ok = false;
        const qint64 announced = contentLength.trimmed().toLongLong(&ok);
        if (ok && announced > m_result.size) {
            facts.technicalDetail =
                tr("Content-Length %1, received %2 bytes").arg(announced).arg(m_result.size);
            concludeAttempt(ErrorExplainer::explain(ErrorKind::Truncated, facts), true);
            return;
        }
    }

    if (status >= 300 && status <= 399) {
        const QByteArray location = m_result.responseHeader("Location");
        const QUrl target =
            location.isEmpty() ? QUrl() : m_currentUrl.resolved(QUrl::fromEncoded(location.trimmed()));
        if (target.isValid() && sameOrigin(target, m_request.url) &&
            m_redirectHops < m_options.maxRedirects) {
            ++m_redirectHops;
            qCInfo(lcApi) << "following same-origin redirect" << status << "to" << target.path();
            sendRequest(target, Send::RedirectHop);
            return;
        }
        if (target.isValid() && !sameOrigin(target, m_request.url)) {
            facts.redirectTarget = originOf(target);
            qCWarning(lcApi) << "refused redirect to another origin:" << facts.redirectTarget;
        } else {
            facts.technicalDetail = target.isValid() ? countText("HighLevelClient", m_options.maxRedirects,
                                                                 "More than 1 redirect in a row",
                                                                 "More than %1 redirects in a row")
                                                     : tr("Redirect status without a usable Location header");
        }
        facts.body = m_result.body;
        concludeAttempt(ErrorExplainer::explain(ErrorKind::Redirect, facts), false);
        return;
    }

    if (status >= 200 && status <= 299) {
        if (!looksLikeJson(m_result.responseHeader("Content-Type"), m_result.body)) {
            facts.technicalDetail =
                tr("Content-Type: %1").arg(QString::fromLatin1(m_result.responseHeader("Content-Type")));
            concludeAttempt(ErrorExplainer::explain(ErrorKind::NotJson, facts), false);
            return;
        }
        concludeAttempt(ApiError{}, false);
        return;
    }

    facts.body = m_result.body;
    facts.retryAfterSeconds =
        RetryPolicy::parseRetryAfter(m_result.responseHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    concludeAttempt(ErrorExplainer::explain(ErrorExplainer::kindForStatus(status, m_result.body), facts),
                    false);
}

void HighLevelClient::concludeAttempt(const ApiError &error, bool connectionCut)
{
    m_result.error = error;
    const RetryPolicy &policy = m_options.retry;
    const RetryPolicy::Reason reason = RetryPolicy::reasonFor(error.kind, error.httpStatus, connectionCut);
    const int maxAttempts = std::max(1, policy.maxAttempts);
    if (error.kind == ErrorKind::None || reason == RetryPolicy::Reason::None || !policy.enabled ||
        m_result.attempts >= maxAttempts) {
        finish();
        return;
    }
    const int nextAttempt = m_result.attempts + 1;
    const int wait = policy.waitMs(reason, nextAttempt, error.retryAfterSeconds);
    qCInfo(lcApi) << "attempt" << m_result.attempts << "failed with" << error.machineName() << "- retrying in"
                  << wait << "ms";
    m_redirectHops = 0;
    m_retryWait.start(wait);
    emit retryScheduled(nextAttempt, maxAttempts, wait);
}

void HighLevelClient::cancel()
{
    if (!m_busy)
        return;
    qCInfo(lcApi) << "lookup cancelled";
    finish(ErrorKind::Cancelled);
}

void HighLevelClient::finish(ErrorKind overrideKind)
{
    abortReply();
    m_retryWait.stop();
    m_reportInvalid.stop();

    ApiResult result = std::move(m_result);
    m_result = ApiResult{};
    if (overrideKind != ErrorKind::None) {
        ErrorExplainer::Facts facts;
        facts.httpStatus = result.httpStatus;
        result.error = ErrorExplainer::explain(overrideKind, facts);
    }
    result.error.scrub(m_request.token);
    result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_request.token.clear();
    m_busy = false;

    if (result.ok())
        qCInfo(lcApi) << "lookup finished:" << result.httpStatus << result.size << "bytes in"
                      << result.elapsedMs << "ms," << result.attempts << "attempt(s)";
    else
        qCInfo(lcApi) << "lookup failed:" << result.error.machineName() << result.httpStatus << "after"
                      << result.attempts << "attempt(s)";
    emit finished(result);
}
