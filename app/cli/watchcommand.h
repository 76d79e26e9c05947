#pragma once

#include "clisubcommand.h"

#include "session/inspectionresult.h"
#include "watch/messagewatch.h"

#include <QTimeZone>

#include <memory>
#include <optional>

class InterruptNotifier;

// `watch ID`: the core's MessageWatch looks the message up again and again (a growing interval, paced by the
// rate-limit headers) until its status is final, the --until status is reached, the --timeout passes or
// Ctrl+C stops it. One line per change on stdout, not one per lookup:
//
//   12:01:03  Pending
//   12:01:09  Pending → Sent
//   12:01:21  Sent → Delivered  (dateUpdated 2026-03-01T12:01:20.000Z)
//
// (--format json: one JSON object a line, then one with the outcome.) Pauses for 429 and lookups that failed
// and are tried again are noted on stderr. Exit status: 0 delivered, read, completed … or the --until status
// reached; 1 failed or undelivered; 6 gave up (the time limit passed first); 130 stopped with Ctrl+C; a
// lookup failure that repeating cannot fix (401, 403, 404, no token) exits as `get` would. The watch is
// recorded in the history as one lookup, its last answer.
class WatchCommand : public CliSubcommand
{
    Q_OBJECT

public:
    explicit WatchCommand(CliContext &cli, QObject *parent = nullptr);
    ~WatchCommand() override;

    void run(const CliCommand &command, Done done) override;

    // The exit status for an outcome (Error: the failure's own status, decided by the caller).
    static int exitStatus(MessageWatch::Outcome outcome);
    // One timeline entry as its text line (no newline); previousLabel is the status before it (empty for
    // the first entry).
    static QString line(const MessageWatch::Entry &entry, const QString &previousLabel,
                        const QTimeZone &zone);
    // The same entry as one JSON Lines object.
    static QByteArray jsonLine(const MessageWatch::Entry &entry, const QString &previousStatus);

private:
    void onChanged(const MessageWatch::Entry &entry);
    void onPolled(const InspectionResult &result);
    void onWaiting(qint64 ms);
    void onFinished(MessageWatch::Outcome outcome);
    void record();
    QString clock() const;

    std::unique_ptr<MessageWatch> m_watch;
    std::unique_ptr<InterruptNotifier> m_interrupt;
    Done m_done;
    bool m_json = false;
    QString m_messageId;
    QString m_previousStatus;
    QString m_previousLabel;
    std::optional<InspectionResult> m_lastPolled;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
