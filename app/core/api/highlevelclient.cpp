#include "highlevelclient.h"

#include "api/errorexplainer.h"
#include "api/httpexchange.h"
#include "common/logging.h"
#include "common/redaction.h"
#include "common/secretwipe.h"

#include <QLocale>

HighLevelClient::HighLevelClient(QObject *parent)
    : QObject(parent)
{
    m_attemptTimer.setSingleShot(true);
    m_retryWait.setSingleShot(true);
    m_reportInvalid.setSingleShot(true);
    m_reportInvalid.setInterval(0);
    connect(&m_attemptTimer, &QTimer::timeout, this, &HighLevelClient::onAttemptTimer);
    connect(&m_retryWait, &QTimer::timeout, this, &HighLevelClient::startAttempt);
    connect(&m_reportInvalid, &QTimer::timeout, this, [this] { finish(); });
}

HighLevelClient::~HighLevelClient()
{
    dropExchange();
}

void HighLevelClient::setOptions(const ClientOptions &options)
{
    m_options = options;
}

QByteArray HighLevelClient::userAgent()
{
    return QByteArrayLiteral("message-inspector/" MI_VERSION);
}

qint64 HighLevelClient::remainingMs() const
{
    return m_busy ? m_deadline.remainingTime() : -1;
}

void HighLevelClient::lookup(const LookupRequest &request)
{
    const auto checked = request.validate();
    InputValidation::Checked<ApiRequest::Valid> valid{{}, checked.error};
    if (checked.ok()) {
        valid.value.url = checked.value.url;
        valid.value.primaryId = checked.value.messageId;
        valid.value.token = checked.value.token;
        valid.value.apiVersion = checked.value.apiVersion;
    }
    begin(valid, request.profile, request.token, {});
}

void HighLevelClient::get(const ApiRequest &request, std::shared_ptr<BodySink> sink)
{
    begin(request.validate(), request.profile, request.token, std::move(sink));
}

void HighLevelClient::begin(const InputValidation::Checked<ApiRequest::Valid> &checked,
                            const QString &profile, const QString &token, std::shared_ptr<BodySink> sink)
{
    if (m_busy)
        cancel();

    m_busy = true;
    m_result = ApiResult{};
    m_request = ApiRequest::Valid{};
    m_sink.reset();
    m_redirectHops = 0;
    m_clock.start();
    m_deadline = QDeadlineTimer(std::max(1, m_options.deadlineMs));
    m_result.profile = profile;

    if (!checked.ok()) {
        ApiError error = ErrorExplainer::explain(ErrorKind::InvalidInput);
        error.cause = checked.error;
        error.scrub(token.trimmed());
        m_result.error = error;
        qCInfo(lcApi) << "lookup refused before sending:" << error.cause;
        m_reportInvalid.start();
        return;
    }
    m_request = checked.value;
    m_result.messageId = m_request.primaryId;
    qCInfo(lcApi) << "lookup" << m_request.url.toString(QUrl::FullyEncoded) << "within"
                  << m_options.deadlineMs << "ms";
    m_sink = std::move(sink);
    startAttempt();
    emit started();
}

void HighLevelClient::startAttempt()
{
    ++m_result.attempts;
    m_redirectHops = 0;
    // The attempt's own time, cut to what is left of the lookup.
    const qint64 left = std::max<qint64>(1, m_deadline.remainingTime());
    const qint64 own = std::max(1, m_options.attemptTimeoutMs);
    // Decided now, not when the timer fires: a coarse timer may fire a little before the deadline expires.
    m_attemptEndsLookup = own >= left;
    m_attemptTimer.start(int(std::min(own, left)));
    sendRequest(m_request.url);
}

void HighLevelClient::sendRequest(const QUrl &url)
{
    dropExchange();
    m_currentUrl = url;

    HttpHeaders headers{
        {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_request.token.toLatin1()},
        {QByteArrayLiteral("Version"), m_request.apiVersion},
        {QByteArrayLiteral("Accept"), m_request.accept},
        {QByteArrayLiteral("User-Agent"), userAgent()},
    };
    m_result.requestHeaders.clear();
    for (const auto &[name, value] : headers)
        m_result.requestHeaders.append({name, Redaction::headerValueForDisplay(name, value)});
    m_result.url = url;
    m_result.body.clear();
    m_result.size = 0;

    HttpLimits limits;
    limits.maxBodyBytes = m_options.bodyCap();
    limits.maxHeaderCount = m_options.maxHeaderCount;
    limits.maxHeaderBytes = m_options.maxHeaderBytes;

    qCDebug(lcApi) << "attempt" << m_result.attempts << "GET" << url.toString(QUrl::FullyEncoded);
    auto *exchange = new HttpExchange(this);
    m_exchange = exchange;
    connect(exchange, &HttpExchange::progress, this, &HighLevelClient::progress);
    connect(exchange, &HttpExchange::finished, this, &HighLevelClient::onExchangeFinished);
    exchange->start(url, headers, limits, m_options.sslConfiguration, m_sink.get());
    SecretWipe::wipe(headers.first().second); // the exchange has its own copy, wiped once written
}

void HighLevelClient::dropExchange()
{
    if (HttpExchange *exchange = m_exchange) {
        m_exchange = nullptr;
        exchange->disconnect(this);
        exchange->abort();
        exchange->deleteLater();
    }
}

void HighLevelClient::onAttemptTimer()
{
    if (!m_exchange)
        return;
    const bool lookupOver = m_attemptEndsLookup || m_deadline.hasExpired();
    qCInfo(lcApi) << (lookupOver ? "the lookup's deadline passed" : "the attempt's time ran out");
    concludeAttempt(lookupOver ? ReplyClassifier::Facts::Stop::LookupDeadline
                               : ReplyClassifier::Facts::Stop::AttemptTimeout);
}

void HighLevelClient::onExchangeFinished()
{
    if (sender() != m_exchange)
        return;
    concludeAttempt(ReplyClassifier::Facts::Stop::None);
}

void HighLevelClient::concludeAttempt(ReplyClassifier::Facts::Stop stoppedBy)
{
    HttpExchange *exchange = m_exchange;
    if (!exchange)
        return;
    if (stoppedBy != ReplyClassifier::Facts::Stop::None)
        exchange->abort();
    HttpResponseParser &response = exchange->response();

    ReplyClassifier::Facts facts;
    facts.stoppedBy = stoppedBy;
    facts.transport = exchange->transport();
    facts.transportDetail = exchange->transportDetail();
    facts.failure = response.failure();
    facts.failureDetail = response.failureDetail();
    facts.headComplete = response.headComplete();
    facts.httpStatus = response.headComplete() ? response.status() : 0;
    facts.headers = response.headers();
    facts.body = response.takeBody();
    facts.expectJson = m_request.expectJson;
    facts.scope = m_request.scope;
    facts.what = m_request.what;
    const qint64 sunk = response.bodyWentToSink() ? response.sunkBodyBytes() : -1;
    facts.requestUrl = m_currentUrl;
    facts.lookupUrl = m_request.url;
    facts.redirectHops = m_redirectHops;
    facts.maxRedirects = m_options.maxRedirects;
    facts.maxBodyBytes = m_options.bodyCap();
    facts.maxHeaderCount = m_options.maxHeaderCount;
    facts.maxHeaderBytes = m_options.maxHeaderBytes;
    facts.attemptTimeoutMs = m_options.attemptTimeoutMs;
    facts.deadlineMs = m_options.deadlineMs;
    facts.now = QDateTime::currentDateTimeUtc();
    const QByteArray reason = response.reasonPhrase();
    dropExchange();

    // The result describes the last request sent, whatever came of it.
    const QByteArray token = m_request.token.toLatin1();
    m_result.httpStatus = facts.httpStatus;
    m_result.reasonPhrase = facts.httpStatus ? reason : QByteArray();
    m_result.responseHeaders.clear();
    for (const auto &[name, value] : std::as_const(facts.headers))
        m_result.responseHeaders.append({name, Redaction::scrub(value, token)});
    m_result.rateLimit = RateLimitInfo::fromHeaders(m_result.responseHeaders);
    m_result.body = facts.body;
    m_result.size = sunk >= 0 ? sunk : m_result.body.size();

    const ReplyClassifier::Verdict verdict = ReplyClassifier::classify(facts);
    if (verdict.redirectTo.isValid()) {
        ++m_redirectHops;
        qCInfo(lcApi) << "following same-origin redirect" << facts.httpStatus << "to"
                      << verdict.redirectTo.path();
        sendRequest(verdict.redirectTo); // the attempt's timer keeps running: hops share its time
        return;
    }
    m_attemptTimer.stop();
    m_result.error = verdict.error;

    const RetryPolicy &policy = m_options.retry;
    const ApiError &error = m_result.error;
    const RetryPolicy::Reason why =
        RetryPolicy::reasonFor(error.kind, error.httpStatus, verdict.connectionCut);
    const int maxAttempts = std::max(1, policy.maxAttempts);
    if (error.kind == ErrorKind::None || why == RetryPolicy::Reason::None || !policy.enabled ||
        m_result.attempts >= maxAttempts || stoppedBy == ReplyClassifier::Facts::Stop::LookupDeadline) {
        finish();
        return;
    }
    const int nextAttempt = m_result.attempts + 1;
    const int wait = policy.waitMs(why, nextAttempt, error.retryAfterSeconds);
    const qint64 left = m_deadline.remainingTime();
    if (wait >= left) {
        // Waiting would use up the lookup's time: the answer so far is the answer.
        qCInfo(lcApi) << "not retrying: a wait of" << wait << "ms does not fit in the" << left << "ms left";
        const QString note = tr("Not tried again: the wait of %1 s would pass the lookup's limit of %2 s.")
                                 .arg(QLocale().toString(wait / 1000.0, 'f', 1),
                                      QLocale().toString(m_options.deadlineMs / 1000.0, 'g', 3));
        m_result.error.technicalDetail =
            m_result.error.technicalDetail.isEmpty() ? note : m_result.error.technicalDetail + u' ' + note;
        finish();
        return;
    }
    qCInfo(lcApi) << "attempt" << m_result.attempts << "failed with" << error.machineName() << "- retrying in"
                  << wait << "ms";
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
    dropExchange();
    m_attemptTimer.stop();
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
    SecretWipe::wipe(m_request.token);
    m_sink.reset();
    m_busy = false;

    if (result.ok())
        qCInfo(lcApi) << "lookup finished:" << result.httpStatus << result.size << "bytes in"
                      << result.elapsedMs << "ms," << result.attempts << "attempt(s)";
    else
        qCInfo(lcApi) << "lookup failed:" << result.error.machineName() << result.httpStatus << "after"
                      << result.attempts << "attempt(s)";
    emit finished(result);
}
