#pragma once

#include "clisubcommand.h"

#include "related/relatedlookup.h"

#include <QPointer>
#include <QString>

#include <memory>

class InterruptNotifier;
struct Inspection;
struct InspectionFailure;

// `recording ID -o FILE`: the message is looked up through the session (like `get`); when it is a call or a
// voicemail, its recording is downloaded by a RelatedLookup into a private temporary file with its own cap
// (--max-size, default RecordingFile::defaultMaxBytes), then copied to FILE and the temporary file removed —
// on every path, failures and Ctrl+C included. FILE is never replaced unless --force (then atomically); an
// existing FILE is refused before anything is sent. `-o -` writes the audio to standard output, only when
// that is not a terminal. Without --timeout the download may take up to downloadDeadlineMs.
class RecordingCommand : public CliSubcommand
{
    Q_OBJECT

public:
    // A recording is megabytes: it gets longer than a message lookup's 60 s unless --timeout says otherwise.
    static constexpr int downloadDeadlineMs = 10 * 60 * 1000;

    explicit RecordingCommand(CliContext &cli, QObject *parent = nullptr);
    ~RecordingCommand() override;

    void run(const CliCommand &command, Done done) override;

private:
    void onMessage(const Inspection &found);
    void onRecording(const RelatedResult &result);
    // Writes the recording to the target; returns an error message, or empty.
    QString save(RecordingFile &recording);
    int refuse(const InspectionFailure &failure);

    Done m_done;
    QString m_target; // the file, or "-" for standard output
    bool m_force = false;
    bool m_timeoutGiven = false;
    qint64 m_maxBytes = 0;
    QString m_messageId;
    QPointer<RelatedLookup> m_lookup;
    std::unique_ptr<InterruptNotifier> m_interrupt;
    bool m_interrupted = false;
};
