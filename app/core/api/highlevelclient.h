#pragma once

#include "api/apirequest.h"
#include "api/apiresult.h"
#include "api/bodysink.h"
#include "api/clientoptions.h"
#include "api/lookuprequest.h"
#include "api/replyclassifier.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class HttpExchange;

// Looks up one message: GET {base}/conversations/messages/{id} with the token, the Version header,
// Accept: application/json and a User-Agent, on the calling thread's event loop (never blocking). get() does
// the same for any documented endpoint (ApiRequest: an email, a recording, a contact, …) with that
// endpoint's own Version and Accept; everything below holds for both.
//
// Contract:
// - finished() is emitted exactly once per lookup(), on every path: success, HTTP error, network error,
//   timeout, cancel, and refused input. Refused input sends nothing and is reported through a queued
//   finished() with ErrorKind::InvalidInput (never from inside lookup()).
// - cancel() ends the lookup in progress (request or retry wait) with ErrorKind::Cancelled, synchronously.
//   Starting a lookup while busy cancels the previous one first, with its own finished().
// - One overall deadline (options().deadlineMs) covers the whole lookup: attempts, retry waits, redirect
// hops.
//   remainingMs() tells what is left of it, for progress text.
// - Every bound of options() (header count and size, body and unpacked body size) is checked as the bytes
//   arrive (HttpExchange, HttpResponseParser); what went wrong is decided by ReplyClassifier::classify().
// - Redirects are followed only within the same origin (scheme, host, port), at most options().maxRedirects
//   hops; a redirect elsewhere is refused (ErrorKind::Redirect) and the other origin never sees the token.
// - TLS errors are never ignored; options().sslConfiguration may add trusted CAs.
// - Destroying the client while busy aborts silently (no signal from a destructor).
// - get() with a sink streams a 2xx body into it instead of ApiResult::body (ApiResult::size counts it); the
//   client keeps the sink alive until finished().
class HighLevelClient : public QObject
{
    Q_OBJECT

public:
    explicit HighLevelClient(QObject *parent = nullptr);
    ~HighLevelClient() override;

    // Applies to lookups started afterwards.
    void setOptions(const ClientOptions &options);
    const ClientOptions &options() const { return m_options; }

    void lookup(const LookupRequest &request);
    void get(const ApiRequest &request, std::shared_ptr<BodySink> sink = {});
    void cancel();
    bool isBusy() const { return m_busy; }
    // Milliseconds left of the lookup's overall deadline; -1 when no lookup is running.
    qint64 remainingMs() const;

    // "message-inspector/<version>"
    static QByteArray userAgent();

signals:
    void started();
    void retryScheduled(int nextAttempt, int maxAttempts, int waitMs);
    void progress(qint64 received, qint64 total);
    void finished(const ApiResult &result);

private:
    void begin(const InputValidation::Checked<ApiRequest::Valid> &checked, const QString &profile,
               const QString &token, std::shared_ptr<BodySink> sink);
    void startAttempt();
    void sendRequest(const QUrl &url);
    void onExchangeFinished();
    void onAttemptTimer();
    void concludeAttempt(ReplyClassifier::Facts::Stop stoppedBy);
    void finish(ErrorKind overrideKind = ErrorKind::None);
    void dropExchange(); // stops the current exchange without handling its finished()

    ClientOptions m_options;

    bool m_busy = false;
    ApiRequest::Valid m_request;
    std::shared_ptr<BodySink> m_sink; // where a 2xx body goes, for the request in progress
    ApiResult m_result;
    QElapsedTimer m_clock;
    QDeadlineTimer m_deadline; // the lookup's overall deadline
    int m_redirectHops = 0;

    // The attempt in flight.
    QPointer<HttpExchange> m_exchange;
    QUrl m_currentUrl;

    QTimer m_attemptTimer;            // the attempt's own time, never past m_deadline
    bool m_attemptEndsLookup = false; // the attempt's time was cut to what was left of the lookup
    QTimer m_retryWait;
    QTimer m_reportInvalid; // delivers the InvalidInput finished() from the event loop
};
