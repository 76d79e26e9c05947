#pragma once

#include "message/messageanalysis.h"
#include "session/inspectionrequest.h"
#include "session/inspectionresult.h"
#include "watch/watchpacing.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class InspectionJob;
class InspectionSession;

// Watches one message settle: looks it up again and again through the one inspection session, with a growing
// interval paced by the rate-limit headers, until its status is final (or the status asked for), the user
// stops it, or the time limit passes. Each change of status (or of another field) becomes a timeline entry;
// polls that change nothing do not. finished() comes exactly once.
class MessageWatch : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Delivered, // a final good status: delivered, read, completed, opened, clicked, …
        Failed,    // failed or undelivered
        Reached,   // the status asked for with untilStatus
        TimedOut,  // the time limit passed first
        Stopped,   // the user stopped it
        Error,     // a lookup failed in a way that repeating cannot fix (401, 403, 404, refused input)
    };
    Q_ENUM(Outcome)

    struct Options
    {
        WatchPacing pacing;
        qint64 timeoutMs = 10 * 60 * 1000;
        QString untilStatus; // empty: until the status is final
    };

    struct Entry
    {
        QDateTime observedAt; // UTC, when the answer came
        int httpStatus = 0;
        QString status;      // the raw value ("delivered"); empty when absent
        QString statusLabel; // "Delivered"
        QString dateUpdated; // as sent, when the server sends it
        QStringList changes; // "status: Sent → Delivered", … (empty for the first entry)
        QString note;        // "paused 10 s: rate limited", a failed poll's title
    };

    MessageWatch(InspectionSession *session, const InspectionRequest &request, const Options &options,
                 QObject *parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    const QList<Entry> &timeline() const { return m_timeline; }
    int polls() const { return m_polls; }
    // The last answer that held a message.
    const std::optional<InspectionResult> &last() const { return m_last; }

    static bool isFinalStatus(const QString &status);
    static bool isFailedStatus(const QString &status);
    static QString outcomeName(Outcome outcome); // "delivered", "failed", "reached", "timed-out", …

signals:
    void polled(const InspectionResult &result);    // every answer
    void changed(const MessageWatch::Entry &entry); // a new timeline entry
    void paused(const QString &reason, qint64 ms);
    void waiting(qint64 ms); // the next poll is in ms
    void finished(MessageWatch::Outcome outcome);

private:
    void poll();
    void onResult(const InspectionResult &result);
    void schedule(qint64 ms);
    void finish(Outcome outcome);

    InspectionSession *m_session;
    InspectionRequest m_request;
    Options m_options;
    QTimer m_next;
    QElapsedTimer m_clock;
    QPointer<InspectionJob> m_job;
    bool m_running = false;
    int m_polls = 0;
    QList<Entry> m_timeline;
    std::optional<InspectionResult> m_last;
};
