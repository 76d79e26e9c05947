#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QFile;

// A file's bytes, memory-mapped read-only: opening a 2 GB file allocates nothing and copies nothing; the
// kernel reads pages as they are touched and can drop them again under memory pressure (they are backed by
// the file, not by swap).
//
// bytes() is a QByteArray over the mapping (QByteArray::fromRawData). It, and every copy of it, is valid only
// while this object lives — a copy does not own the bytes. So whoever keeps the bytes keeps the owner too:
// Json::Document, LineIndex, TextSearch, LargeTextView and InspectionResult take it as a
// std::shared_ptr<const void> "keepAlive" beside the bytes. Never modify such a QByteArray in place (a
// non-const call would copy the whole file).
//
// A mapped file that another program truncates while it is shown makes reads past the new end fault
// (SIGBUS); files below readThreshold are therefore read into memory instead (InspectionSession,
// FileBytes::load), where such a file cannot hurt, and only large files — where a copy would double the
// memory — are mapped.
class MappedFile
{
public:
    ~MappedFile();
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    // Maps the whole file. Null (and *error, a plain sentence from the system) when the file cannot be opened
    // or mapped. An empty file maps to an empty QByteArray.
    static std::shared_ptr<const MappedFile> map(const QString &path, QString *error = nullptr);

    const QByteArray &bytes() const { return m_bytes; }
    qint64 size() const { return m_bytes.size(); }

private:
    MappedFile() = default;

    std::unique_ptr<QFile> m_file; // unmapping happens when the QFile goes
    QByteArray m_bytes;
};

// A file read for inspection: mapped when it is large, read into memory when it is small (see MappedFile).
// keepAlive is what keeps bytes valid (null for bytes read into memory, which own themselves).
struct FileBytes
{
    // Files at least this large are mapped; smaller ones are read.
    static constexpr qint64 readThreshold = 16LL * 1024 * 1024;

    QByteArray bytes;
    std::shared_ptr<const void> keepAlive;
    QString error;         // why the file could not be read (empty on success)
    bool tooLarge = false; // refused because it is larger than the limit (error says so)
    qint64 fileSize = -1;  // as the file system reported it, also when refused
    bool mapped() const { return keepAlive != nullptr; }

    // Reads or maps the file; refuses (tooLarge) a file larger than maxBytes before touching its bytes.
    static FileBytes load(const QString &path, qint64 maxBytes);
};
