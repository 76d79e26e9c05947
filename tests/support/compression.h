#pragma once

#include <QByteArray>

// Compresses test bodies the way servers do (zlib), so the client's decoder meets real streams: gzip for
// Content-Encoding: gzip, zlib-wrapped and raw deflate for the two things servers send as "deflate".
namespace TestSupport {

enum class Compression
{
    Gzip,
    Zlib,
    RawDeflate,
};

QByteArray compress(const QByteArray &data, Compression format = Compression::Gzip);

// The gzip stream of `size` zero bytes, made without holding them in memory: a decompression bomb.
QByteArray gzipOfZeros(qint64 size);

} // namespace TestSupport
