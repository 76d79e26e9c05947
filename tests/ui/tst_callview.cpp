// The Call tab: the transcript as rows with times (a click on a sentence asks the player for that position),
// the recording played from its private temporary file, Save… copying it off the UI thread, the file removed
// when the view goes, and a player that says so when this computer cannot play audio.
#include "callview.h"
#include "message/messageanalysis.h"
#include "message/messagesummary.h"
#include "recordingplayback.h"
#include "recordingplaybackloader.h"
#include "transcriptmodel.h"

#include "testsupport.h"
#include "wavtone.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

Transcription transcript()
{
    QFile file(TestSupport::sourcePath(u"tests/data/related/transcript-list.json"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return Transcription::fromDocument(Json::Document::parse(file.readAll()));
}

QString rowsText(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data().toString();
        rows << cells.join(u" | "_s);
    }
    return rows.join(u'\n');
}

std::shared_ptr<RecordingFile> recording(const QString &dir, const QByteArray &bytes)
{
    auto file = std::make_shared<RecordingFile>(dir);
    file->setContentType("audio/x-wav");
    if (!file->begin() || !file->write(bytes))
        return {};
    return file;
}

} // namespace

class TestCallView : public QObject
{
    Q_OBJECT

private slots:
    // Runs first, before any call view exists in this process.
    void qtMultimediaIsLoadedOnlyForACall()
    {
        // This test links the window's whole library, yet Qt Multimedia and its audio libraries are not
        // loaded: the playback module brings them with the first call shown.
        QVERIFY(!TestSupport::isLibraryLoaded("libQt6Multimedia.so"));
        QVERIFY(!TestSupport::isLibraryLoaded("libpulse.so"));
        QVERIFY2(RecordingPlaybackLoader::factory(), qPrintable(RecordingPlaybackLoader::whyNot()));
        QVERIFY(TestSupport::isLibraryLoaded("libQt6Multimedia.so"));
        QVERIFY(TestSupport::isLibraryLoaded(RecordingPlaybackLoader::moduleFileName().toUtf8()));
        // Asked again, the same module answers: it is loaded once.
        QCOMPARE(RecordingPlaybackLoader::factory(), RecordingPlaybackLoader::factory());
        QCOMPARE(RecordingPlaybackLoader::whyNot(), QString());
    }

    void theModuleComesFromBesideTheExecutable()
    {
        // This test runs from the build tree: it uses the module built there.
        const QString here = RecordingPlaybackLoader::moduleFolderFor(QCoreApplication::applicationDirPath());
        QVERIFY(QFile::exists(here + u'/' + RecordingPlaybackLoader::moduleFileName()));
        // Installed, the module is found relative to the executable, in a message-inspector folder of its
        // own, never in the build tree (not even one whose name merely starts like it).
        const QString buildTree = QDir(QCoreApplication::applicationDirPath() + u"/../.."_s).absolutePath();
        for (const QString &installed : QStringList{u"/opt/mi/bin"_s, buildTree + u"-copy/bin"_s}) {
            const QString folder = RecordingPlaybackLoader::moduleFolderFor(installed);
            QVERIFY2(folder.endsWith(u"/message-inspector"_s), qPrintable(folder));
            QVERIFY2(folder != here, qPrintable(folder));
            QVERIFY2(folder.startsWith(QFileInfo(installed).absolutePath()), qPrintable(folder));
        }
    }

    void transcriptRows()
    {
        TranscriptModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTranscription(transcript());
        QCOMPARE(rowsText(model), u"0:00 – 0:02 | Channel 1 | Hello, Acme Dental. | 93 %\n"
                                  "0:02 – 1:05 | Channel 2 | Hi, I'd like to move my appointment. | 88 %"_s);
        QCOMPARE(model.index(1, 0).data(TranscriptModel::StartMsRole).toLongLong(), 2600);
        QCOMPARE(model.rowAt(0), 0);
        QCOMPARE(model.rowAt(3000), 1);
        QCOMPARE(model.rowAt(-1), -1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void callFactsAndSeek()
    {
        CallView view;
        view.resize(800, 500);
        view.setCall(MessageSummary::from(
            MessageAnalysis::analyze(TestSupport::sampleResponse(u"live-call-completed.json"_s))));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString facts = view.findChild<QLabel *>(u"callFacts"_s)->text();
        QVERIFY2(facts.contains(u"0:37"_s), qPrintable(facts));
        view.setTranscription(transcript());
        // Without a recording a click says what to do.
        const QRect second = view.transcriptView()->visualRect(view.transcriptModel()->index(1, 2));
        QTest::mouseClick(view.transcriptView()->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(view.requestedPosition(), 2600);
        QVERIFY(view.playerNote().contains(u"Fetch the recording"_s) || !view.playerAvailable());
        QSignalSpy fetch(&view, &CallView::fetchRecordingRequested);
        view.findChild<QPushButton *>(u"callFetchRecording"_s)->click();
        QCOMPARE(fetch.count(), 1);
    }

    void recordingPlaysFromItsFileSavesAndIsRemoved()
    {
        QTemporaryDir dir;
        const QByteArray wav = TestSupport::wavTone(1500);
        QString path;
        QTemporaryDir target;
        {
            CallView view;
            view.setTranscription(transcript());
            view.setRecording(recording(dir.path(), wav));
            QVERIFY(view.hasRecording());
            path = view.recordingPath();
            QVERIFY(QFile::exists(path));
            QCOMPARE(QFile(path).size(), wav.size());
            if (view.playerAvailable())
                QCOMPARE(view.playerSource(), QUrl::fromLocalFile(path));
            else // no backend: the player says so, and Save… still works
                QVERIFY2(view.playerNote().contains(u"Save…"_s), qPrintable(view.playerNote()));
            auto *save = view.findChild<QPushButton *>(u"callSave"_s);
            QVERIFY(save->isEnabled());
            view.seek(2600);
            QCOMPARE(view.requestedPosition(), 2600);
            QCOMPARE(view.transcriptView()->currentIndex().row(), 1);

            QSignalSpy saved(&view, &CallView::saveFinished);
            const QString copy = target.filePath(u"call.wav"_s);
            view.saveTo(copy);
            QVERIFY(saved.wait(10000));
            QCOMPARE(saved.count(), 1);
            QVERIFY2(saved.at(0).at(0).toBool(), qPrintable(saved.at(0).at(2).toString()));
            QFile kept(copy);
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QCOMPARE(kept.readAll(), wav);
        }
        // The view held the last reference: its temporary file is gone, the saved copy stays.
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QVERIFY(QFile::exists(target.filePath(u"call.wav"_s)));
    }

    void aPlayerProblemIsSaidWithSaveStillThere()
    {
        QTemporaryDir dir;
        CallView view;
        // Not audio at all: whatever backend there is, it cannot play this.
        view.setRecording(recording(dir.path(), QByteArray(4096, 'x')));
        if (view.playerAvailable()) {
            QTRY_VERIFY_WITH_TIMEOUT(!view.playerNote().isEmpty(), 10000);
        }
        QVERIFY2(view.playerNote().contains(u"Save…"_s), qPrintable(view.playerNote()));
        QVERIFY(view.findChild<QPushButton *>(u"callSave"_s)->isEnabled());
    }
};

QTEST_MAIN(TestCallView)
#include "tst_callview.moc"
