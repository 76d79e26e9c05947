#include "multimediaplayback.h"

#include <QAudioOutput>
#include <QMediaPlayer>

MultimediaPlayback::MultimediaPlayback(Events events)
    : m_events(std::move(events))
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
{
    m_player->setAudioOutput(m_audio);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        if (m_events.playingChanged)
            m_events.playingChanged(state == QMediaPlayer::PlayingState);
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (m_events.durationChanged)
            m_events.durationChanged(ms);
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (m_events.positionChanged)
            m_events.positionChanged(ms);
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
        if (m_events.failed)
            m_events.failed(text);
    });
}

MultimediaPlayback::~MultimediaPlayback()
{
    // Nobody is told any more: the view that listened is going.
    m_events = {};
    m_player->stop();
    m_player->setSource(QUrl());
}

bool MultimediaPlayback::isAvailable() const
{
    return m_player->isAvailable();
}

void MultimediaPlayback::setSource(const QUrl &source)
{
    m_player->setSource(source);
}

QUrl MultimediaPlayback::source() const
{
    return m_player->source();
}

void MultimediaPlayback::play()
{
    m_player->play();
}

void MultimediaPlayback::pause()
{
    m_player->pause();
}

void MultimediaPlayback::stop()
{
    m_player->stop();
}

bool MultimediaPlayback::isPlaying() const
{
    return m_player->playbackState() == QMediaPlayer::PlayingState;
}

void MultimediaPlayback::setPosition(qint64 ms)
{
    m_player->setPosition(ms);
}

qint64 MultimediaPlayback::position() const
{
    return m_player->position();
}

qint64 MultimediaPlayback::duration() const
{
    return m_player->duration();
}
