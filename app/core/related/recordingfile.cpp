#include "related/recordingfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordingFile)
};

} // namespace

RecordingFile::RecordingFile(const QString &directory)
    : m_file((directory.isEmpty() ? QDir::tempPath() : directory) + u"/message-inspector-recording-XXXXXX"_s)
{
    m_file.setAutoRemove(true);
    if (!m_file.open()) {
        m_error = Tr::tr("No temporary file could be made for the recording: %1").arg(m_file.errorString());
        return;
    }
    // QTemporaryFile already makes it owner-only; said here so it never depends on that.
    if (!m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_error = Tr::tr("The recording's temporary file could not be made private.");
        m_file.close();
        m_file.remove();
    }
}

RecordingFile::~RecordingFile()
{
    m_file.close();
    if (!m_file.fileName().isEmpty())
        m_file.remove(); // autoRemove too; said twice because this is the promise of the class
}

void RecordingFile::setContentType(const QByteArray &contentType)
{
    QByteArray clean;
    for (const char c : contentType.left(128)) {
        if (c >= 0x20 && c < 0x7f)
            clean += c;
    }
    m_contentType = clean.trimmed();
}

QString RecordingFile::suggestedSuffix() const
{
    const QByteArray type = m_contentType.toLower();
    if (type.contains("wav"))
        return u".wav"_s;
    if (type.contains("mpeg") || type.contains("mp3"))
        return u".mp3"_s;
    if (type.contains("ogg"))
        return u".ogg"_s;
    if (type.contains("webm"))
        return u".webm"_s;
    return u".audio"_s;
}

bool RecordingFile::begin()
{
    if (!m_file.isOpen())
        return false;
    // A retry starts the body again: what an earlier attempt wrote goes.
    if (!m_file.resize(0) || !m_file.seek(0)) {
        m_error = Tr::tr("The recording's temporary file could not be emptied: %1").arg(m_file.errorString());
        return false;
    }
    m_written = 0;
    return true;
}

bool RecordingFile::write(QByteArrayView bytes)
{
    if (!m_file.isOpen())
        return false;
    if (m_file.write(bytes.data(), bytes.size()) != bytes.size()) {
        m_error =
            Tr::tr("The recording could not be written to its temporary file: %1").arg(m_file.errorString());
        return false;
    }
    m_written += bytes.size();
    return true;
}

bool RecordingFile::flush()
{
    return m_file.isOpen() && m_file.flush();
}

QString RecordingFile::saveCopy(const QString &target)
{
    if (!flush())
        return Tr::tr("The recording is not available any more.");
    QFile source(m_file.fileName());
    if (!source.open(QIODevice::ReadOnly))
        return source.errorString();
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    // In pieces: a recording may be tens of megabytes.
    while (!source.atEnd()) {
        const QByteArray piece = source.read(256 * 1024);
        if (piece.isEmpty() || out.write(piece) != piece.size()) {
            out.cancelWriting();
            return Tr::tr("The copy could not be written: %1").arg(out.errorString());
        }
    }
    if (!out.commit())
        return out.errorString();
    return {};
}

QString RecordingFile::streamTo(const std::function<bool(const QByteArray &piece)> &write, qint64 pieceBytes)
{
    if (!flush() || !m_file.seek(0))
        return Tr::tr("The recording is not available any more.");
    qint64 left = m_written;
    while (left > 0) {
        const QByteArray piece = m_file.read(std::min(left, std::max<qint64>(1, pieceBytes)));
        if (piece.isEmpty())
            return Tr::tr("The recording could not be read back: %1").arg(m_file.errorString());
        left -= piece.size();
        if (!write(piece))
            return Tr::tr("The recording could not be written.");
    }
    // Where the client would write next, should it begin again.
    m_file.seek(m_written);
    return {};
}
