// MappedFile and FileBytes: a large file is mapped, not copied, and the mapping lives exactly as long as its
// owner; a small file is read; limits are checked before a byte is touched.
#include "common/mappedfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMappedFile : public QObject
{
    Q_OBJECT

private:
    static bool write(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

    // Whether this process has path mapped, from the kernel's own list.
    static bool isMapped(const QString &path)
    {
        QFile maps(u"/proc/self/maps"_s);
        if (!maps.open(QIODevice::ReadOnly))
            qFatal("cannot read /proc/self/maps");
        return maps.readAll().contains(QFile::encodeName(path));
    }

private slots:
    void mapsAndUnmapsWithItsOwner()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"body.json"_s);
        QVERIFY(write(path, R"({"id": "a1"})"));
        QString error;
        std::shared_ptr<const MappedFile> mapped = MappedFile::map(path, &error);
        QVERIFY2(mapped, qPrintable(error));
        QCOMPARE(mapped->bytes(), QByteArray(R"({"id": "a1"})"));
        QCOMPARE(mapped->size(), qint64(12));
        QVERIFY(isMapped(path));
        const QByteArray view = mapped->bytes(); // a copy shares the mapping: it does not own it
        QCOMPARE(view.constData(), mapped->bytes().constData());
        mapped.reset();
        QVERIFY(!isMapped(path));
    }

    void emptyAndMissingFiles()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(u"empty.json"_s);
        QVERIFY(write(empty, QByteArray()));
        const auto mapped = MappedFile::map(empty);
        QVERIFY(mapped);
        QVERIFY(mapped->bytes().isEmpty());

        QString error;
        QVERIFY(!MappedFile::map(dir.filePath(u"missing.json"_s), &error));
        QVERIFY(!error.isEmpty());
        const FileBytes missing = FileBytes::load(dir.filePath(u"missing.json"_s), 1024);
        QVERIFY(!missing.error.isEmpty());
        QVERIFY(!missing.tooLarge);
    }

    void smallFilesAreReadLargeOnesMapped()
    {
        QTemporaryDir dir;
        const QString small = dir.filePath(u"small.json"_s);
        QVERIFY(write(small, "[1, 2, 3]"));
        const FileBytes read = FileBytes::load(small, 1024);
        QVERIFY(read.error.isEmpty());
        QVERIFY(!read.mapped());
        QCOMPARE(read.bytes, QByteArray("[1, 2, 3]"));

        const QString large = dir.filePath(u"large.json"_s);
        const QByteArray content = "[" + QByteArray("1,").repeated(FileBytes::readThreshold / 2) + "1]";
        QVERIFY(write(large, content));
        FileBytes loaded = FileBytes::load(large, content.size());
        QVERIFY(loaded.error.isEmpty());
        QVERIFY(loaded.mapped());
        QCOMPARE(loaded.fileSize, qint64(content.size()));
        QVERIFY(loaded.bytes == content);
        QVERIFY(isMapped(large));
        loaded = FileBytes();
        QVERIFY(!isMapped(large));
    }

    void limitsAreCheckedFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"x.json"_s);
        QVERIFY(write(path, QByteArray(100, ' ')));
        const FileBytes refused = FileBytes::load(path, 99);
        QVERIFY(refused.tooLarge);
        QVERIFY(refused.bytes.isEmpty());
        QCOMPARE(refused.fileSize, qint64(100));
        QVERIFY(!FileBytes::load(path, 100).tooLarge);
    }
};

QTEST_GUILESS_MAIN(TestMappedFile)
#include "tst_mappedfile.moc"
