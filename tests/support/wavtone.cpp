#include "wavtone.h"

#include <QtEndian>

#include <cmath>

namespace TestSupport {
namespace {

void append32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void append16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

} // namespace

QByteArray wavTone(int milliseconds, int frequencyHz, int sampleRate)
{
    const quint32 samples = quint32(qint64(sampleRate) * milliseconds / 1000);
    const quint32 dataBytes = samples * 2;
    QByteArray wav;
    wav.reserve(int(44 + dataBytes));
    wav += "RIFF";
    append32(wav, 36 + dataBytes);
    wav += "WAVEfmt ";
    append32(wav, 16);                      // fmt chunk size
    append16(wav, 1);                       // PCM
    append16(wav, 1);                       // mono
    append32(wav, quint32(sampleRate));     // sample rate
    append32(wav, quint32(sampleRate) * 2); // byte rate
    append16(wav, 2);                       // block align
    append16(wav, 16);                      // bits per sample
    wav += "data";
    append32(wav, dataBytes);
    for (quint32 i = 0; i < samples; ++i) {
        const double t = double(i) / sampleRate;
        append16(wav, quint16(qint16(std::lround(8000.0 * std::sin(2.0 * M_PI * frequencyHz * t)))));
    }
    return wav;
}

} // namespace TestSupport
