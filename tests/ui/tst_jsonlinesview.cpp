// JsonLinesView: a JSON Lines file opened off the UI thread with one loadFinished() per open (also when it
// fails, is cancelled or replaced), its records listed with chips, and a picked record handed out with its
// line number.
#include "jsonlinesview.h"

#include "jsonl/jsonlinesmodel.h"

#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

class TestJsonLinesView : public QObject
{
    Q_OBJECT

private:
    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray lines()
    {
        return "{\"id\":\"a1\",\"direction\":\"inbound\",\"status\":\"delivered\",\"type\":2,\"body\":\"Hi\"}"
               "\n"
               "\n"
               "{\"message\":{\"id\":\"b2\",\"direction\":\"outbound\",\"status\":\"failed\",\"type\":2},"
               "\"traceId\":\"t\"}\n"
               "not json\n";
    }

    // Every later report of a finished load has been delivered.
    static void settle()
    {
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

private slots:
    void opensListsAndHandsOutRecords()
    {
        QTemporaryDir dir;
        const QString path = write(dir, u"hooks.jsonl"_s, lines());
        JsonLinesView view;
        view.resize(900, 300);
        view.show();
        QSignalSpy finished(&view, &JsonLinesView::loadFinished);
        QSignalSpy chosen(&view, &JsonLinesView::recordChosen);
        view.openFile(path);
        QVERIFY(view.isLoading());
        QVERIFY(finished.wait(10000));
        settle();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(finished.at(0).at(1).toString(), u"hooks.jsonl · 3 records · 1 blank line"_s);
        QVERIFY(!view.isLoading());
        QVERIFY(view.progressBar()->isHidden());
        QVERIFY(view.cancelButton()->isHidden());
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(view.model()->index(1, JsonLinesModel::StatusColumn).data().toString(), u"Failed"_s);
        QVERIFY(!view.inspectButton()->isEnabled());

        // Enter on a row picks it.
        view.table()->setFocus();
        view.table()->setCurrentIndex(view.model()->index(1, 0));
        QVERIFY(view.inspectButton()->isEnabled());
        QTest::keyClick(view.table(), Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(
            chosen.at(0).at(0).toByteArray(),
            QByteArray(
                "{\"message\":{\"id\":\"b2\",\"direction\":\"outbound\",\"status\":\"failed\",\"type\":2},"
                "\"traceId\":\"t\"}"));
        QCOMPARE(chosen.at(0).at(1).toLongLong(), 3);

        // The button and a line number do the same; a blank line is no record.
        QVERIFY(view.chooseLine(4));
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.at(1).at(0).toByteArray(), QByteArray("not json"));
        QCOMPARE(chosen.at(1).at(1).toLongLong(), 4);
        QVERIFY(!view.chooseLine(2));
        view.inspectButton()->click();
        QCOMPARE(chosen.size(), 3);
        QCOMPARE(chosen.at(2).at(1).toLongLong(), 4);
    }

    void unreadableFileSaysWhy()
    {
        QTemporaryDir dir;
        JsonLinesView view;
        QSignalSpy finished(&view, &JsonLinesView::loadFinished);
        view.openFile(dir.filePath(u"missing.jsonl"_s));
        QVERIFY(finished.wait(10000));
        settle();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!finished.at(0).at(1).toString().isEmpty());
        QCOMPARE(view.model()->rowCount(), 0);
    }

    void cancelAndReplaceEndEachLoadOnce()
    {
        QTemporaryDir dir;
        const QByteArray line =
            "{\"id\":\"ve9EPM428h8vShlRW1KT\",\"direction\":\"inbound\",\"status\":\"read\"}\n";
        const QString big = write(dir, u"big.jsonl"_s, line.repeated(48 * 1024 * 1024 / line.size()));
        const QString small = write(dir, u"small.jsonl"_s, lines());
        JsonLinesView view;
        QSignalSpy finished(&view, &JsonLinesView::loadFinished);
        view.openFile(big);
        view.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(1).toString(), u"Cancelled."_s);
        view.cancel(); // nothing in progress: nothing happens
        QCOMPARE(finished.size(), 1);

        view.openFile(big);
        view.openFile(small); // replaces the first: it ends, cancelled, before the second starts
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).at(1).toString(), u"Cancelled."_s);
        QVERIFY(finished.wait(10000));
        settle();
        QCOMPARE(finished.size(), 3);
        QCOMPARE(finished.at(2).at(0).toBool(), true);
        QCOMPARE(view.fileName(), u"small.jsonl"_s);
        QCOMPARE(view.model()->rowCount(), 3);
    }

    void bytesInHandAreListedToo()
    {
        JsonLinesView view;
        QSignalSpy finished(&view, &JsonLinesView::loadFinished);
        view.setBytes(lines(), {}, u"pasted"_s);
        QVERIFY(finished.wait(10000));
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(view.summaryText(), u"pasted · 3 records · 1 blank line"_s);
        view.clear();
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_MAIN(TestJsonLinesView)
#include "tst_jsonlinesview.moc"
