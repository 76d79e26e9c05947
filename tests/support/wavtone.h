#pragma once

#include <QByteArray>

namespace TestSupport {

// A real, playable WAV file made on the spot: 16-bit PCM, mono, a sine tone. A test serves it as a call's
// recording; its size is 44 header bytes + 2 bytes per sample.
QByteArray wavTone(int milliseconds, int frequencyHz = 440, int sampleRate = 8000);

} // namespace TestSupport
