#include "largetextview.h"
#include "palettes.h"
#include "rawjsonview.h"
#include "testsupport.h"

#include "common/mappedfile.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>

namespace {

// A body as a server might send it: compact, with escapes, big integers and number text QJsonDocument would
// rewrite, and three "status" occurrences.
const QByteArray Raw =
    "{\"id\":\"ve9EPM428h8vShlRW1KT\",\"status\":\"delivered\",\"body\":\"Hi \\\"there\\\"\\n\","
    "\"amount\":1.50,\"big\":12345678901234567890,\"meta\":{\"callStatus\":\"completed\","
    "\"STATUS\":null,\"ok\":true}}";
const QByteArray Pretty =
    "{\n  \"id\": \"ve9EPM428h8vShlRW1KT\",\n  \"status\": \"delivered\",\n"
    "  \"body\": \"Hi \\\"there\\\"\\n\",\n  \"amount\": 1.50,\n"
    "  \"big\": 12345678901234567890,\n  \"meta\": {\n    \"callStatus\": \"completed\",\n"
    "    \"STATUS\": null,\n    \"ok\": true\n  }\n}\n";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "<unreadable>";
    return file.readAll();
}

} // namespace

class TestRawJsonView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RawJsonView> makeView()
    {
        auto view = std::make_unique<RawJsonView>();
        view->resize(800, 400);
        view->show();
        view->activateWindow();
        if (!QTest::qWaitForWindowActive(view.get()))
            qWarning("window not active");
        return view;
    }

    static QToolButton *button(RawJsonView *view, const QString &accessibleName)
    {
        for (QToolButton *b : view->findChildren<QToolButton *>()) {
            if (b->accessibleName() == accessibleName)
                return b;
        }
        return nullptr;
    }

    static QLineEdit *findEdit(RawJsonView *view)
    {
        for (QLineEdit *e : view->findChildren<QLineEdit *>()) {
            if (e->accessibleName() == u"Find in body"_qs)
                return e;
        }
        return nullptr;
    }

    static QString statusText(RawJsonView *view)
    {
        for (QLabel *l : view->findChildren<QLabel *>()) {
            if (l->accessibleName() == u"Raw view status"_qs)
                return l->text();
        }
        return {};
    }

private slots:
    void showsTheBodyExactlyAsReceived()
    {
        auto view = makeView();
        view->setBody(Raw);
        QCOMPARE(view->textView()->text(), Raw);
        QCOMPARE(view->mode(), RawJsonView::Mode::Raw);
        QVERIFY(!button(view.get(), u"Pretty"_qs)->isEnabled()); // no pretty text yet
    }

    void ctrlFFindsAndCountsMatches()
    {
        auto view = makeView();
        view->setBody(Raw);
        view->textView()->setFocus();
        QTest::keyClick(view->textView(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(view->isFindOpen());
        QLineEdit *edit = findEdit(view.get());
        QVERIFY(edit->hasFocus());
        QSignalSpy finished(view.get(), &RawJsonView::searchFinished);
        QTest::keyClicks(edit, u"status"_qs);
        QVERIFY(finished.wait(5000));
        // Case-insensitive by default: "status", "callStatus", "STATUS".
        QCOMPARE(view->matchCountText(), u"1 of 3"_qs);
        QCOMPARE(view->textView()->selectionStart(), Raw.indexOf("status"));

        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(view->matchCountText(), u"2 of 3"_qs);
        QCOMPARE(view->textView()->selectedBytes(), QByteArray("Status"));
        QTest::keyClick(edit, Qt::Key_F3);
        QCOMPARE(view->matchCountText(), u"3 of 3"_qs);
        QCOMPARE(view->textView()->selectedBytes(), QByteArray("STATUS"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(view->matchCountText(), u"1 of 3"_qs); // wraps
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(view->matchCountText(), u"3 of 3"_qs);
        QTest::keyClick(edit, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(view->matchCountText(), u"2 of 3"_qs);

        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(!view->isFindOpen());
        QCOMPARE(view->textView()->currentMatch(), -1);
    }

    void shortcutsCanBeHandedToTheWindow()
    {
        auto view = makeView();
        view->setBody(Raw);
        view->setShortcutsEnabled(false);
        view->textView()->setFocus();
        QTest::keyClick(view->textView(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(!view->isFindOpen());
        view->setShortcutsEnabled(true);
        QTest::keyClick(view->textView(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(view->isFindOpen());
    }

    void matchCaseAndNoMatches()
    {
        auto view = makeView();
        view->setBody(Raw);
        view->openFind();
        QSignalSpy finished(view.get(), &RawJsonView::searchFinished);
        QCheckBox *matchCase = view->findChild<QCheckBox *>();
        matchCase->setChecked(true);
        view->setFindText(u"STATUS"_qs);
        QTRY_VERIFY(!view->isSearching());
        QCOMPARE(view->matchCountText(), u"1 of 1"_qs);
        view->setFindText(u"nowhere to be found"_qs);
        QTRY_VERIFY(!view->isSearching());
        QCOMPARE(view->matchCountText(), u"No matches"_qs);
        QCOMPARE(view->matchCount(), 0);
    }

    void nextScrollsToAFarMatch()
    {
        QByteArray body = "[\n";
        for (int i = 0; i < 3000; ++i)
            body += "  {\"n\": " + QByteArray::number(i) + "},\n";
        body += "  {\"needle\": true}\n]\n";
        auto view = makeView();
        view->setBody(body);
        QCOMPARE(view->textView()->firstVisibleRow(), 0);
        QSignalSpy finished(view.get(), &RawJsonView::searchFinished);
        view->setFindText(u"needle"_qs);
        QVERIFY(finished.wait(5000));
        QCOMPARE(view->matchCountText(), u"1 of 1"_qs);
        const qsizetype row = view->textView()->index().rowAt(body.indexOf("needle"));
        QVERIFY(view->textView()->firstVisibleRow() > 2900);
        QVERIFY(row < view->textView()->firstVisibleRow() + view->textView()->visibleRowCount());
    }

    void rawAndPrettyToggle()
    {
        auto view = makeView();
        view->setBody(Raw);
        view->setPrettyText(Pretty);
        QToolButton *pretty = button(view.get(), u"Pretty"_qs);
        QVERIFY(pretty->isEnabled());
        QSignalSpy modeChanged(view.get(), &RawJsonView::modeChanged);
        QTest::mouseClick(pretty, Qt::LeftButton);
        QCOMPARE(view->mode(), RawJsonView::Mode::Pretty);
        QCOMPARE(view->textView()->text(), Pretty);
        QCOMPARE(view->currentBytes(), Pretty);
        QCOMPARE(modeChanged.size(), 1);
        QCOMPARE(view->textView()->index().lineCount(),
                 13); // 12 lines and the empty one after the last newline

        // A search follows the mode.
        view->setFindText(u"1.50"_qs);
        QTRY_VERIFY(!view->isSearching());
        QCOMPARE(view->textView()->selectionStart(), Pretty.indexOf("1.50"));

        QTest::mouseClick(button(view.get(), u"Raw"_qs), Qt::LeftButton);
        QCOMPARE(view->textView()->text(), Raw);
        QTRY_VERIFY(!view->isSearching());
        QCOMPARE(view->textView()->selectionStart(), Raw.indexOf("1.50"));

        // A new body forgets the old pretty text.
        view->setMode(RawJsonView::Mode::Pretty);
        view->setBody("{}");
        QCOMPARE(view->mode(), RawJsonView::Mode::Raw);
        QVERIFY(!pretty->isEnabled());
    }

    void copyAllCopiesTheCurrentMode()
    {
        auto view = makeView();
        view->setBody(Raw);
        view->setPrettyText(Pretty);
        QTest::mouseClick(button(view.get(), u"Copy All"_qs), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), Raw);
        view->setMode(RawJsonView::Mode::Pretty);
        view->copyAll();
        QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), Pretty);
    }

    void saveWritesTheExactBytes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Bytes that a text round trip would change: CRLF, invalid UTF-8, NUL.
        const QByteArray body = QByteArray("{\"a\":\"\xFF\xFE\",\r\n\"b\":\"x\0y\"}", 23);
        auto view = makeView();
        view->setBody(body);
        QSignalSpy saved(view.get(), &RawJsonView::saveFinished);
        const QString path = dir.filePath(u"raw.json"_qs);
        view->saveToFile(path);
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.first().at(0).toBool(), true);
        QCOMPARE(readFile(path), body);
        QVERIFY(statusText(view.get()).contains(u"Saved"_qs));
    }

    void saveButtonAsksForAPathThenWrites()
    {
        QTemporaryDir dir;
        auto view = makeView();
        view->setBody(Raw);
        view->setPrettyText(Pretty);
        view->setMode(RawJsonView::Mode::Pretty);
        const QString path = dir.filePath(u"pretty.json"_qs);
        QSignalSpy saved(view.get(), &RawJsonView::saveFinished);
        bool sawDialog = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            sawDialog = true;
            dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept();
        });
        QTest::mouseClick(button(view.get(), u"Save…"_qs), Qt::LeftButton);
        QVERIFY(sawDialog);
        QVERIFY(saved.wait(5000));
        QCOMPARE(readFile(path), Pretty);
    }

    void saveErrorIsReported()
    {
        QTemporaryDir dir;
        auto view = makeView();
        view->setBody(Raw);
        QSignalSpy saved(view.get(), &RawJsonView::saveFinished);
        const QString path = dir.filePath(u"missing-folder/raw.json"_qs);
        view->saveToFile(path);
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.first().at(0).toBool(), false);
        QVERIFY(!saved.first().at(2).toString().isEmpty());
        QVERIFY(statusText(view.get()).startsWith(u"Could not save to "_qs));
        QVERIFY(!QFile::exists(path));
    }

    void emptyBodySaysSo()
    {
        auto view = makeView();
        view->setBody(QByteArray());
        QVERIFY(!button(view.get(), u"Copy All"_qs)->isEnabled());
        QVERIFY(!button(view.get(), u"Save…"_qs)->isEnabled());
        const QImage image = view->textView()->viewport()->grab().toImage();
        QVERIFY(!image.isNull());
    }

    void bigBodySearchRunsOffThread()
    {
        QByteArray body = QByteArray("{\"k\": \"v\"},").repeated(200000); // ~2 MB, 200,000 matches of "k"
        auto view = makeView();
        view->textView()->setSynchronousIndexLimit(1024);
        QSignalSpy indexed(view->textView(), &LargeTextView::indexed);
        view->setBody(body);
        QVERIFY(view->textView()->isIndexing());
        QVERIFY(indexed.wait(10000));
        QSignalSpy finished(view.get(), &RawJsonView::searchFinished);
        view->setFindText(u"\"k\""_qs);
        QVERIFY(view->isSearching());
        QVERIFY(finished.wait(10000));
        QCOMPARE(view->matchCount(), 200000);
        QCOMPARE(view->matchCountText(), u"1 of %1"_qs.arg(QLocale().toString(200000)));
    }

    // A memory-mapped body: the view, its index worker, its searches and its saves keep the mapping alive
    // although the caller let go of it, and it goes once the view shows something else.
    void mappedBodyStaysMappedWhileShown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"body.json"_qs);
        const QByteArray content = QByteArray("{\"k\": \"v\"},").repeated(100000);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(content), content.size());
        }
        auto isMapped = [&] {
            QFile maps(u"/proc/self/maps"_qs);
            return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(QFile::encodeName(path));
        };
        std::shared_ptr<const MappedFile> mapped = MappedFile::map(path);
        QVERIFY(mapped);
        auto view = makeView();
        view->textView()->setSynchronousIndexLimit(1024);
        QSignalSpy indexed(view->textView(), &LargeTextView::indexed);
        view->setBody(mapped->bytes(), mapped);
        mapped.reset();
        QVERIFY(isMapped());
        QVERIFY(indexed.wait(10000));
        QSignalSpy finished(view.get(), &RawJsonView::searchFinished);
        view->setFindText(u"\"k\""_qs);
        QVERIFY(finished.wait(10000));
        QCOMPARE(view->matchCount(), 100000);
        QSignalSpy saved(view.get(), &RawJsonView::saveFinished);
        view->saveToFile(dir.filePath(u"copy.json"_qs));
        QVERIFY(saved.wait(10000));
        QCOMPARE(readFile(dir.filePath(u"copy.json"_qs)), content);
        QVERIFY(isMapped());

        view->setBody(Raw);
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!isMapped());
    }

    void screenshots()
    {
        // Renders the view in light and dark palettes; MI_RAWVIEW_SCREENSHOTS=<dir> keeps the PNGs.
        const QString outDir = qEnvironmentVariable("MI_RAWVIEW_SCREENSHOTS");
        for (const bool dark : {false, true}) {
            const QPalette palette = dark ? TestSupport::darkPalette() : QApplication::palette();
            auto view = makeView();
            view->setPalette(palette);
            view->setBody(Raw);
            view->setPrettyText(Pretty + "\"\x01\xFF\"\n");
            view->setMode(RawJsonView::Mode::Pretty);
            view->setFindText(u"status"_qs);
            QTRY_VERIFY(!view->isSearching());
            view->textView()->setFocus();
            const QImage image = view->grab().toImage();
            const QColor background = view->textView()->colors().background;
            QCOMPARE(background, palette.color(QPalette::Base));
            if (!outDir.isEmpty())
                QVERIFY(image.save(
                    QDir(outDir).filePath(dark ? u"rawview-dark.png"_qs : u"rawview-light.png"_qs)));
        }
    }
};

QTEST_MAIN(TestRawJsonView)
#include "tst_rawjsonview.moc"
