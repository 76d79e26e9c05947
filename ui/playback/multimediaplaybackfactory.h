#pragma once

#include "recordingplayback.h"

#include <QObject>

// The playback module's plugin object: RecordingPlaybackLoader loads it and asks it for players.
class MultimediaPlaybackFactory final : public QObject, public RecordingPlaybackFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RecordingPlaybackFactory_iid)
    Q_INTERFACES(RecordingPlaybackFactory)

public:
    bool canDecode() const override;
    std::unique_ptr<RecordingPlayback> create(RecordingPlayback::Events events) override;
};
