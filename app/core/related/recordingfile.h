#pragma once

#include "api/bodysink.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryFile>

#include <functional>

// A call's recording, kept in a private temporary file while something holds it: created owner-only (0600)
// in the system's temporary folder, written by the client as the bytes arrive (it is a BodySink), and removed
// when this object is destroyed, whether the download finished, failed or was abandoned. Hold it in a
// std::shared_ptr: the player and the Save… action share it, and the last one to let go removes the file.
// On Linux the file has no name until path() is first asked for (QTemporaryFile uses O_TMPFILE), so a crash
// before then leaves nothing behind; after that a crash leaves it in the temporary folder, owner-only.
class RecordingFile : public BodySink
{
public:
    // The recording's own cap: a call of an hour in 8 kHz mono WAV is about 58 MB; more is not fetched.
    static constexpr qint64 defaultMaxBytes = 50LL * 1024 * 1024;

    // The file is made at once; isOpen() says whether that worked (errorString() why not).
    explicit RecordingFile(const QString &directory = {});
    ~RecordingFile() override;
    RecordingFile(const RecordingFile &) = delete;
    RecordingFile &operator=(const RecordingFile &) = delete;

    bool isOpen() const { return m_file.isOpen(); }
    // Gives the file its name in the folder (if it had none yet), for a player or a copy.
    QString path() const { return m_file.fileName(); }
    qint64 size() const { return m_written; }

    // The server's Content-Type (e.g. audio/x-wav), printable ASCII only, at most 128 characters.
    QByteArray contentType() const { return m_contentType; }
    void setContentType(const QByteArray &contentType);
    // A file name suffix for Save…: ".wav", ".mp3", ".ogg", or ".audio" when the type says nothing known.
    QString suggestedSuffix() const;

    // Makes the bytes visible to a reader (a player, a copy): flushes what the client wrote.
    bool flush();
    // Save…: copies the recording to target (overwriting it). Returns an error message, or empty. It reads
    // and writes the whole file: run it off the UI thread while holding the shared_ptr.
    QString saveCopy(const QString &target);
    // Hands the recording to write, from its first byte, in pieces of at most pieceBytes, through the file's
    // own open handle: unlike path() it never gives the file a name, so a crash meanwhile leaves nothing
    // behind (the CLI's `recording -o`). Stops when write returns false. Returns an error message, or empty.
    QString streamTo(const std::function<bool(const QByteArray &piece)> &write,
                     qint64 pieceBytes = 256 * 1024);

    // BodySink
    bool begin() override;
    bool write(QByteArrayView bytes) override;
    QString errorString() const override { return m_error; }

private:
    QTemporaryFile m_file;
    qint64 m_written = 0;
    QByteArray m_contentType;
    QString m_error;
};
