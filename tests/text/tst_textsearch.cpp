#include "text/textsearch.h"

#include <QSignalSpy>
#include <QTest>

class TestTextSearch : public QObject
{
    Q_OBJECT

private:
    static TextSearch::Options options(bool caseSensitive = true, qsizetype cap = 1000, qsizetype chunk = 4)
    {
        TextSearch::Options o;
        o.caseSensitive = caseSensitive;
        o.maxStoredMatches = cap;
        o.chunkBytes = chunk;
        return o;
    }

private slots:
    void findsEveryMatchAcrossChunkBoundaries()
    {
        // 4-byte chunks make every match below straddle or touch a boundary.
        const QByteArray hay = "abc xabcx abcabc ab";
        const TextSearch::Result r = TextSearch::findAll(hay, "abc", options());
        QCOMPARE(r.offsets, (QList<qsizetype>{0, 5, 10, 13}));
        QCOMPARE(r.total, 4);
        QVERIFY(!r.cancelled);
        QVERIFY(!r.isCapped());
    }

    void matchesDoNotOverlap()
    {
        QCOMPARE(TextSearch::findAll("aaaaa", "aa", options()).offsets, (QList<qsizetype>{0, 2}));
        QCOMPARE(TextSearch::findAll("abababa", "aba", options(true, 1000, 2)).offsets,
                 (QList<qsizetype>{0, 4}));
    }

    void caseInsensitiveFoldsAsciiOnly()
    {
        const QByteArray hay = "Status STATUS status \xC3\x89t\xC3\xA9 \xC3\xA9t\xC3\xA9";
        QCOMPARE(TextSearch::findAll(hay, "sTaTuS", options(false)).total, 3);
        QCOMPARE(TextSearch::findAll(hay, "sTaTuS", options(true)).total, 0);
        QCOMPARE(TextSearch::findAll(hay, "\xC3\xA9t\xC3\xA9", options(false)).offsets,
                 (QList<qsizetype>{27}));
    }

    void capKeepsCountingTotal()
    {
        const QByteArray hay = QByteArray("x,").repeated(500);
        const TextSearch::Result r = TextSearch::findAll(hay, "x", options(true, 10, 64));
        QCOMPARE(r.offsets.size(), 10);
        QCOMPARE(r.offsets.last(), 18);
        QCOMPARE(r.total, 500);
        QVERIFY(r.isCapped());
    }

    void emptyNeedleOrShortHaystackFindsNothing()
    {
        QCOMPARE(TextSearch::findAll("abc", "", options()).total, 0);
        QCOMPARE(TextSearch::findAll("ab", "abc", options()).total, 0);
    }

    void asynchronousSearchFinishesOnce()
    {
        const QByteArray hay = QByteArray("{\"id\": 1}\n").repeated(10000);
        TextSearch search(hay, "ID", options(false, 100, 4096));
        QSignalSpy finished(&search, &TextSearch::finished);
        QSignalSpy progress(&search, &TextSearch::progress);
        search.start();
        QVERIFY(search.isRunning());
        QVERIFY(finished.wait(10000));
        QCOMPARE(search.result().total, 10000);
        QCOMPARE(search.result().offsets.size(), 100);
        QVERIFY(search.isFinished());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).value<qsizetype>(), hay.size());
        // Nothing more arrives later, and starting again does nothing.
        search.start();
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }

    void cancelGivesExactlyOneFinished()
    {
        const QByteArray hay(64 * 1024 * 1024, 'a');
        TextSearch search(hay, "a", options(true, 10, 64 * 1024));
        QSignalSpy finished(&search, &TextSearch::finished);
        search.start();
        search.cancel();
        search.cancel();
        QVERIFY(finished.wait(10000));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QVERIFY(search.result().cancelled);
        QCOMPARE(search.result().total, 0);
    }

    void emptyNeedleStillFinishes()
    {
        TextSearch search("abc", QByteArray(), options());
        QSignalSpy finished(&search, &TextSearch::finished);
        search.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(search.result().total, 0);
        QVERIFY(!search.result().cancelled);
    }

    void destroyingARunningSearchIsSafe()
    {
        auto *search = new TextSearch(QByteArray(32 * 1024 * 1024, 'b'), "b", options(true, 1, 1024));
        search->start();
        delete search; // the worker stops by itself; nothing dangles
        QTest::qWait(20);
    }
};

QTEST_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
