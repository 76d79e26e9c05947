#pragma once

#include "api/apiresult.h"
#include "api/clientoptions.h"
#include "api/lookuprequest.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

// Looks up one message: GET {base}/conversations/messages/{id} with the token, the Version header,
// Accept: application/json and a User-Agent, on the calling thread's event loop (never blocking).
//
// Contract:
// - finished() is emitted exactly once per lookup(), on every path: success, HTTP error, network error,
// timeout,
//   cancel, and refused input. Refused input sends nothing and is reported through a queued finished() with
//   ErrorKind::InvalidInput (never from inside lookup()).
// - cancel() ends the lookup in progress (request or retry wait) with ErrorKind::Cancelled, synchronously.
//   Starting a lookup while busy cancels the previous one first, with its own finished().
// - Redirects are followed only within the same origin (scheme, host, port), at most options().maxRedirects
//   hops; a redirect elsewhere is refused (ErrorKind::Redirect) and the other origin never sees the token.
// - TLS errors are never ignored; options().sslConfiguration may add trusted CAs.
// - Destroying the client while busy aborts silently (no signal from a destructor).
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
    void cancel();
    bool isBusy() const { return m_busy; }

    // "message-inspector/<version>"
    static QByteArray userAgent();

signals:
    void started();
    void retryScheduled(int nextAttempt, int maxAttempts, int waitMs);
    void progress(qint64 received, qint64 total);
    void finished(const ApiResult &result);

private:
    enum class Send
    {
        Attempt,
        RedirectHop
    };
    void sendRequest(const QUrl &url, Send kind);
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void onDeadline();
    void abortReply(); // stops the current reply without handling its finished()
    void concludeAttempt(const ApiError &error, bool connectionCut);
    void finish(ErrorKind overrideKind = ErrorKind::None);

    QNetworkAccessManager m_manager;
    ClientOptions m_options;

    bool m_busy = false;
    LookupRequest::Valid m_request;
    ApiResult m_result;
    QElapsedTimer m_clock;
    int m_redirectHops = 0;

    // The attempt in flight.
    QPointer<QNetworkReply> m_reply;
    QUrl m_currentUrl;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    QStringList m_tlsErrors;

    QTimer m_deadline;
    QTimer m_retryWait;
    QTimer m_reportInvalid; // delivers the InvalidInput finished() from the event loop
};
