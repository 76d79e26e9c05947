#pragma once

#include "related/recordingfile.h"
#include "related/transcription.h"

#include <QUrl>
#include <QWidget>

#include <memory>

class BadgeLabel;
class QLabel;
class QPushButton;
class QSlider;
class QToolButton;
class QTreeView;
class RecordingPlayback;
class TranscriptModel;
struct MessageSummary;

// The Call tab: how long the call lasted and how it ended, a player for its recording and the transcript
// with times (a click on a sentence plays from there). The recording stays in its private temporary file
// (RecordingFile) while this view holds it and is removed when the view goes (the tab closed, the window
// closed); Save… keeps a copy where the user chooses. The player comes from the playback module
// (RecordingPlaybackLoader, loaded with the first call shown); without it or a working Qt Multimedia backend
// the player says so and Save… still works.
class CallView : public QWidget
{
    Q_OBJECT

public:
    explicit CallView(QWidget *parent = nullptr);
    ~CallView() override;

    void setCall(const MessageSummary &summary);
    // What the recording's and the transcript's lookups are doing ("Fetching…", a failure), shown in place.
    void setRecordingNote(const QString &text);
    void setTranscriptNote(const QString &text);
    void setRecording(std::shared_ptr<RecordingFile> recording);
    void setTranscription(const Transcription &transcription);

    // Plays from ms (a click on a sentence does this).
    void seek(qint64 ms);
    // Save…: copies the recording to path off the UI thread; ends in one saveFinished().
    void saveTo(const QString &path);
    void saveWithDialog();

    bool hasRecording() const { return m_recording != nullptr; }
    // The temporary file's path while held (tests check it is gone afterwards); empty without one.
    QString recordingPath() const;
    bool playerAvailable() const;
    QString playerNote() const;
    qint64 requestedPosition() const { return m_requestedPosition; }
    TranscriptModel *transcriptModel() const { return m_transcriptModel; }
    QTreeView *transcriptView() const { return m_transcript; }
    // What the player was given to play (the temporary file's URL), empty without a recording.
    QUrl playerSource() const;

    // Whether the playback module loaded and Qt Multimedia has a backend here that can decode audio at all;
    // the first call loads the module.
    static bool backendAvailable();

signals:
    void fetchRecordingRequested();
    void fetchTranscriptRequested();
    void saveFinished(bool ok, const QString &path, const QString &error);

private:
    void connectPlayer();
    void connectTranscript();
    void updatePlayerState();
    void showPlayerProblem(const QString &why);

    QLabel *m_callFacts;
    BadgeLabel *m_status;
    QPushButton *m_fetchRecording;
    QPushButton *m_fetchTranscript;
    QLabel *m_recordingNote;
    QLabel *m_transcriptNote;
    QToolButton *m_play;
    QSlider *m_position;
    QLabel *m_time;
    QPushButton *m_save;
    QLabel *m_playerNote;
    QTreeView *m_transcript;
    TranscriptModel *m_transcriptModel;
    std::unique_ptr<RecordingPlayback> m_player; // none without the module or a working backend
    std::shared_ptr<RecordingFile> m_recording;
    qint64 m_requestedPosition = -1;
    bool m_saving = false;
};
