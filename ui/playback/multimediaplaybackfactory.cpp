#include "multimediaplaybackfactory.h"

#include "multimediaplayback.h"

#include <QMediaFormat>

bool MultimediaPlaybackFactory::canDecode() const
{
    static const bool available = !QMediaFormat().supportedFileFormats(QMediaFormat::Decode).isEmpty();
    return available;
}

std::unique_ptr<RecordingPlayback> MultimediaPlaybackFactory::create(RecordingPlayback::Events events)
{
    return std::make_unique<MultimediaPlayback>(std::move(events));
}
