#pragma once

#include <QString>
#include <QUrl>
#include <QtPlugin>

#include <functional>
#include <memory>

// Playing a call's recording, as the Call tab needs it. Qt Multimedia and the audio libraries it brings
// (PulseAudio, the codecs: a dozen shared libraries, some 10,000 relocations) are loaded only when a call is
// first shown, from the playback module (ui/playback), so a window that never shows a call never pays for
// them at start-up. Plain virtual classes, no QObject: the module and the window share nothing but this
// header.
class RecordingPlayback
{
public:
    // What the player reports, called on the thread that made it (the UI thread).
    struct Events
    {
        std::function<void(bool playing)> playingChanged;
        std::function<void(qint64 ms)> durationChanged;
        std::function<void(qint64 ms)> positionChanged;
        std::function<void(const QString &why)> failed;
    };

    virtual ~RecordingPlayback() = default;

    virtual bool isAvailable() const = 0;
    virtual void setSource(const QUrl &source) = 0; // an empty url lets go of the file
    virtual QUrl source() const = 0;
    virtual void play() = 0;
    virtual void pause() = 0;
    virtual void stop() = 0;
    virtual bool isPlaying() const = 0;
    virtual void setPosition(qint64 ms) = 0;
    virtual qint64 position() const = 0;
    virtual qint64 duration() const = 0;
};

// What the playback module's plugin object implements.
class RecordingPlaybackFactory
{
public:
    virtual ~RecordingPlaybackFactory() = default;
    // False when this computer has no working Qt Multimedia backend (no player is made then: Qt 6.4's
    // GStreamer backend crashes when a player is made without GStreamer's plugins).
    virtual bool canDecode() const = 0;
    virtual std::unique_ptr<RecordingPlayback> create(RecordingPlayback::Events events) = 0;
};

#define RecordingPlaybackFactory_iid "com.message-inspector.RecordingPlaybackFactory/1"
Q_DECLARE_INTERFACE(RecordingPlaybackFactory, RecordingPlaybackFactory_iid)
