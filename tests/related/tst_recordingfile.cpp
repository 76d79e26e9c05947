// The recording's private temporary file: owner-only, written as a BodySink (a new body empties it), a copy
// saved on request, the content type kept clean, and removed when the object goes, whatever happened.
#include "related/recordingfile.h"

#include "wavtone.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestRecordingFile : public QObject
{
    Q_OBJECT

private slots:
    void isPrivateAndRemovedWhenGone()
    {
        QTemporaryDir dir;
        QString path;
        {
            RecordingFile file(dir.path());
            QVERIFY2(file.isOpen(), qPrintable(file.errorString()));
            path = file.path();
            QVERIFY(path.startsWith(dir.path()));
            QVERIFY(QFileInfo(path).fileName().startsWith(u"message-inspector-recording-"_s));
            struct stat info
            {};
            QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
            QCOMPARE(info.st_mode & 0777, mode_t(0600));
            QVERIFY(QFile::exists(path));
        }
        QVERIFY(!QFile::exists(path));
    }

    void writesWhatTheClientHandsIt()
    {
        QTemporaryDir dir;
        RecordingFile file(dir.path());
        const QByteArray wav = TestSupport::wavTone(100);
        QVERIFY(file.begin());
        QVERIFY(file.write(QByteArrayView(wav).first(1000)));
        QVERIFY(file.write(QByteArrayView(wav).sliced(1000)));
        QVERIFY(file.flush());
        QCOMPARE(file.size(), wav.size());
        QFile read(file.path());
        QVERIFY(read.open(QIODevice::ReadOnly));
        QCOMPARE(read.readAll(), wav);
    }

    void aNewBodyStartsAgain()
    {
        QTemporaryDir dir;
        RecordingFile file(dir.path());
        QVERIFY(file.begin());
        QVERIFY(file.write("first attempt, cut short"));
        QVERIFY(file.begin());
        QVERIFY(file.write("whole"));
        QVERIFY(file.flush());
        QCOMPARE(file.size(), 5);
        QCOMPARE(QFileInfo(file.path()).size(), 5);
    }

    void savesACopy()
    {
        QTemporaryDir dir;
        RecordingFile file(dir.path());
        const QByteArray wav = TestSupport::wavTone(600); // larger than one copy step
        QVERIFY(file.begin());
        QVERIFY(file.write(wav));
        const QString target = dir.filePath(u"kept.wav"_s);
        QCOMPARE(file.saveCopy(target), QString());
        QFile kept(target);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), wav);
        QVERIFY(!file.saveCopy(dir.filePath(u"no/such/folder/x.wav"_s)).isEmpty());
    }

    void streamsItsBytesWithoutNamingTheFile()
    {
        QTemporaryDir dir;
        RecordingFile file(dir.path());
        const QByteArray wav = TestSupport::wavTone(300);
        QVERIFY(file.begin());
        QVERIFY(file.write(wav));
        // On Linux the file has no name yet (O_TMPFILE); streaming must not give it one.
        const bool namedBefore = !QDir(dir.path()).isEmpty();
        QByteArray received;
        int pieces = 0;
        const auto collect = [&](const QByteArray &piece) {
            received += piece;
            ++pieces;
            return true;
        };
        QCOMPARE(file.streamTo(collect, 1000), QString());
        QCOMPARE(received, wav);
        QCOMPARE(pieces, int((wav.size() + 999) / 1000));
        QCOMPARE(!QDir(dir.path()).isEmpty(), namedBefore);
        // Again, from the first byte.
        received.clear();
        QCOMPARE(file.streamTo(collect), QString());
        QCOMPARE(received, wav);
        // A writer that gives up stops it, and says so.
        int calls = 0;
        QVERIFY(!file.streamTo([&](const QByteArray &) { return ++calls < 2; }, 100).isEmpty());
        QCOMPARE(calls, 2);
        // A new body written after streaming starts at the beginning as usual.
        QVERIFY(file.begin());
        QVERIFY(file.write("abc"));
        received.clear();
        QCOMPARE(file.streamTo(collect), QString());
        QCOMPARE(received, QByteArray("abc"));
    }

    void keepsACleanContentType()
    {
        RecordingFile file;
        file.setContentType("audio/x-wav\r\nX-Evil: 1");
        QCOMPARE(file.contentType(), QByteArray("audio/x-wavX-Evil: 1"));
        QCOMPARE(file.suggestedSuffix(), u".wav"_s);
        file.setContentType("audio/mpeg");
        QCOMPARE(file.suggestedSuffix(), u".mp3"_s);
        file.setContentType("application/octet-stream");
        QCOMPARE(file.suggestedSuffix(), u".audio"_s);
    }

    void saysWhenNoFileCanBeMade()
    {
        RecordingFile file(u"/nonexistent-folder-for-mi-tests"_s);
        QVERIFY(!file.isOpen());
        QVERIFY(!file.errorString().isEmpty());
        QVERIFY(!file.begin());
        QVERIFY(!file.write("x"));
    }
};

QTEST_GUILESS_MAIN(TestRecordingFile)
#include "tst_recordingfile.moc"
