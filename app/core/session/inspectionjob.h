#pragma once

#include "session/inspectionresult.h"

#include <QObject>

// One inspection in progress: the handle the caller continues from. finished() is emitted exactly once, on
// every path (success, refusal, failure, cancel), from the event loop (never from inside inspect()); the job
// deletes itself afterwards. Connect to it with the caller's own context object as receiver, so a caller that
// is gone never hears from it.
class InspectionJob : public QObject
{
    Q_OBJECT

public:
    const InspectionRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }

    // Stops the inspection; finished() follows with a Cancelled failure (unless it already finished).
    void cancel();

signals:
    // A lookup's input passed every check (id, profile, address) and is under way; messageId is the id as
    // validated (taken out of a link). Not emitted for refused input, files or bodies.
    void accepted(const QString &messageId);
    // What is happening now, for a progress line: "Reading the keychain…", "Retrying (2 of 3) in 4 s…".
    void progress(const QString &text);
    // How far the analysis of a big body is (bytes parsed of total), for a progress bar with a Cancel button:
    // emitted on the UI thread a few times a second while a body of at least a few MB is parsed.
    void workProgress(qint64 done, qint64 total);
    void finished(const InspectionResult &result);

private:
    friend class InspectionSession;
    explicit InspectionJob(const InspectionRequest &request, QObject *parent);
    // Emits finished() once; later calls are ignored.
    void finish(const InspectionResult &result);

    InspectionRequest m_request;
    bool m_finished = false;
    std::function<void()> m_cancel; // what cancelling means at the current step
};
