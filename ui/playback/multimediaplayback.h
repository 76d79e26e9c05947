#pragma once

#include "recordingplayback.h"

#include <QObject>

class QAudioOutput;
class QMediaPlayer;

// A recording played with Qt Multimedia: a QMediaPlayer with its audio output, reporting through the events
// the Call tab gave.
class MultimediaPlayback final : public QObject, public RecordingPlayback
{
    Q_OBJECT

public:
    explicit MultimediaPlayback(Events events);
    ~MultimediaPlayback() override;

    bool isAvailable() const override;
    void setSource(const QUrl &source) override;
    QUrl source() const override;
    void play() override;
    void pause() override;
    void stop() override;
    bool isPlaying() const override;
    void setPosition(qint64 ms) override;
    qint64 position() const override;
    qint64 duration() const override;

private:
    Events m_events;
    QMediaPlayer *m_player;
    QAudioOutput *m_audio;
};
