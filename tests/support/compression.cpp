#include "compression.h"

#include <zlib.h>

#include <algorithm>

namespace TestSupport {
namespace {

int windowBitsFor(Compression format)
{
    switch (format) {
    case Compression::Gzip:
        return MAX_WBITS + 16;
    case Compression::Zlib:
        return MAX_WBITS;
    case Compression::RawDeflate:
        return -MAX_WBITS;
    }
    return MAX_WBITS;
}

// Feeds `total` bytes from `next(piece)` through deflate and returns the compressed stream.
template <typename Source> QByteArray deflateAll(Compression format, qint64 total, Source next)
{
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, windowBitsFor(format), 9, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        return {};
    QByteArray out;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qint64 fed = 0;
    int flush = Z_NO_FLUSH;
    do {
        const QByteArray piece = next(std::min<qint64>(1 << 20, total - fed));
        fed += piece.size();
        flush = fed >= total ? Z_FINISH : Z_NO_FLUSH;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(piece.constData()));
        z.avail_in = uInt(piece.size());
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer.data());
            z.avail_out = uInt(buffer.size());
            deflate(&z, flush);
            out.append(buffer.constData(), buffer.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&z);
    return out;
}

} // namespace

QByteArray compress(const QByteArray &data, Compression format)
{
    qint64 offset = 0;
    return deflateAll(format, data.size(), [&](qint64 size) {
        const QByteArray piece = data.mid(offset, size);
        offset += size;
        return piece;
    });
}

QByteArray gzipOfZeros(qint64 size)
{
    const QByteArray zeros(1 << 20, '\0');
    return deflateAll(Compression::Gzip, size, [&](qint64 piece) { return zeros.left(piece); });
}

} // namespace TestSupport
