#pragma once

#include "session/inspectionrequest.h"
#include "session/inspectionresult.h"
#include "watch/messagewatch.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class BadgeDelegate;
class InspectionSession;
class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QSystemTrayIcon;
class QTreeView;
class WatchTimelineModel;

// "Watch until final" in the window: looks one message up again and again through the session (MessageWatch
// paces it from the rate-limit headers and pauses on 429) and shows where it stands in one line, a Stop
// button and the status timeline. Two answers of the timeline can be compared (compareRequested); every
// answer is handed on (resultArrived) so the window can show the latest body.
class WatchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WatchPanel(InspectionSession *session, QWidget *parent = nullptr);
    ~WatchPanel() override;

    // Starts watching (a watch already running is stopped first, and the timeline starts afresh).
    void watch(const InspectionRequest &request);
    void watch(const QString &messageId, const QString &profile = {});
    void stop();
    bool isWatching() const;

    // Options, read when a watch starts (the notification also when it ends).
    void setTimeLimitMinutes(int minutes);
    int timeLimitMinutes() const;
    void setNotifyWhenFinal(bool notify);
    bool notifyWhenFinal() const;
    // How fast to ask (tests use milliseconds; the default grows 2 s → 60 s).
    void setPacing(const WatchPacing &pacing) { m_pacing = pacing; }

    // The one-line state: "Watching ve9E… — next check in 8 s", "Final: Delivered after 3 checks, 14 s".
    QString headerText() const;
    WatchTimelineModel *timeline() const { return m_model; }
    QTreeView *timelineView() const { return m_view; }

    // Compares the answers of the selected rows: two selected rows with each other, or one with the answer
    // before it. Returns false (and emits nothing) when the selection does not name two kept answers.
    bool compareSelected();

    // "3 min 12 s", "14 s", "10 min".
    static QString durationText(qint64 ms);

signals:
    // Every answer, each poll (also the ones that changed nothing), so the window can show the latest.
    void resultArrived(const InspectionResult &result);
    // Two answers of the timeline, older first, with labels for the diff ("12:01:03 (watch)").
    void compareRequested(const InspectionResult &first, const InspectionResult &second,
                          const QString &firstLabel, const QString &secondLabel);
    // Exactly once per watch().
    void finished(MessageWatch::Outcome outcome);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onPolled(const InspectionResult &result);
    void onChanged(const MessageWatch::Entry &entry);
    void onPaused(const QString &reason, qint64 ms);
    void onWaiting(qint64 ms);
    void onFinished(MessageWatch::Outcome outcome);
    void updateHeader();
    void updateButtons();
    void notify(MessageWatch::Outcome outcome);
    QString labelFor(int row) const;
    QString finalText(MessageWatch::Outcome outcome) const;
    void applyCaptionColor();

    InspectionSession *m_session;
    WatchPacing m_pacing;
    MessageWatch *m_watch = nullptr;
    InspectionRequest m_request;
    QString m_messageId; // as shown: the validated id once an answer names it, the input until then

    // Where the watch stands, for the header.
    QElapsedTimer m_elapsed;
    QDateTime m_startedAt; // UTC
    QDeadlineTimer m_nextCheck{QDeadlineTimer::Forever};
    qint64 m_pauseMs = 0;  // > 0 while paused after a 429
    QString m_lastProblem; // the last poll failed in a passing way
    QString m_lastStatusLabel;
    std::optional<InspectionResult> m_lastPolled;
    // The two latest answers that held a message: what changed besides the status is read from them.
    std::optional<MessageAnalysis> m_previousOk;
    std::optional<MessageAnalysis> m_currentOk;
    std::optional<MessageWatch::Outcome> m_outcome;
    QString m_outcomeDetail; // for Error: the failure's next step
    int m_checks = 0;
    qint64 m_finishedAfterMs = 0;

    QLabel *m_header;
    QLabel *m_subHeader;
    QLabel *m_caption;
    QPushButton *m_stop;
    QPushButton *m_again;
    QPushButton *m_compare;
    QSpinBox *m_timeLimit;
    QCheckBox *m_notify;
    QTreeView *m_view;
    WatchTimelineModel *m_model;
    BadgeDelegate *m_badges;
    QTimer m_tick;
    QSystemTrayIcon *m_tray = nullptr;
};
