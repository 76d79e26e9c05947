#include "common/mappedfile.h"

#include <QCoreApplication>
#include <QFile>

MappedFile::~MappedFile() = default;

std::shared_ptr<const MappedFile> MappedFile::map(const QString &path, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::shared_ptr<const MappedFile>();
    };
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(file->errorString());
    std::shared_ptr<MappedFile> mapped(new MappedFile);
    const qint64 size = file->size();
    if (size > 0) {
        uchar *data = file->map(0, size);
        if (!data)
            return fail(file->errorString());
        mapped->m_bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    }
    // The descriptor may close: a mapping outlives it. The QFile stays, because it unmaps on destruction.
    file->close();
    mapped->m_file = std::move(file);
    return mapped;
}

FileBytes FileBytes::load(const QString &path, qint64 maxBytes)
{
    FileBytes out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = file.errorString();
        return out;
    }
    out.fileSize = file.size();
    if (out.fileSize > maxBytes) {
        out.tooLarge = true;
        out.error = QCoreApplication::translate("FileBytes", "The file is larger than the limit.");
        return out;
    }
    if (out.fileSize >= readThreshold) {
        file.close();
        QString why;
        const std::shared_ptr<const MappedFile> mapped = MappedFile::map(path, &why);
        if (!mapped) {
            out.error = why;
            return out;
        }
        if (mapped->size() > maxBytes) { // grew between the two looks
            out.tooLarge = true;
            out.error = QCoreApplication::translate("FileBytes", "The file is larger than the limit.");
            return out;
        }
        out.bytes = mapped->bytes();
        out.keepAlive = mapped;
        return out;
    }
    // Small, or a device without a size (a pipe reports 0): read in chunks, never more than the limit.
    out.bytes.reserve(qsizetype(out.fileSize));
    constexpr qint64 chunk = 1024 * 1024;
    for (;;) {
        const QByteArray part = file.read(chunk);
        if (part.isEmpty())
            break;
        if (out.bytes.size() + part.size() > maxBytes) {
            out.bytes.clear();
            out.tooLarge = true;
            out.error = QCoreApplication::translate("FileBytes", "The file is larger than the limit.");
            return out;
        }
        out.bytes += part;
    }
    if (file.error() != QFileDevice::NoError) {
        out.bytes.clear();
        out.error = file.errorString();
    }
    return out;
}
