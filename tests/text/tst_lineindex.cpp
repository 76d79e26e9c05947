#include "text/lineindex.h"

#include <QTest>

#include <thread>

class TestLineIndex : public QObject
{
    Q_OBJECT

private:
    static QStringList linesOf(const LineIndex &index)
    {
        QStringList lines;
        for (qsizetype l = 0; l < index.lineCount(); ++l)
            lines << QString::fromUtf8(index.line(l));
        return lines;
    }

private slots:
    void emptyBufferHasOneEmptyLine()
    {
        const LineIndex index = LineIndex::build(QByteArray());
        QVERIFY(index.isValid());
        QCOMPARE(index.lineCount(), 1);
        QCOMPARE(index.rowCount(), 1);
        QVERIFY(index.line(0).isEmpty());
        QCOMPARE(index.position(0), (TextPosition{0, 0}));
        QCOMPARE(index.offset({5, 5}), 0);
    }

    void lastLineWithoutNewline()
    {
        const LineIndex index = LineIndex::build("{\n  \"a\": 1\n}");
        QCOMPARE(linesOf(index), (QStringList{u"{"_qs, u"  \"a\": 1"_qs, u"}"_qs}));
        QCOMPARE(index.lineStart(2), 11);
        QCOMPARE(index.lineEnd(2), 12);
    }

    void trailingNewlineStartsAnEmptyLine()
    {
        const LineIndex index = LineIndex::build("a\nb\n");
        QCOMPARE(linesOf(index), (QStringList{u"a"_qs, u"b"_qs, QString()}));
    }

    void crlfIsOneTerminator()
    {
        const LineIndex index = LineIndex::build("ab\r\ncd\r\n\r\nx\ry");
        QCOMPARE(linesOf(index), (QStringList{u"ab"_qs, u"cd"_qs, QString(), u"x\ry"_qs}));
        QCOMPARE(index.lineEnd(0), 2);
        QCOMPARE(index.lineStart(1), 4);
        // The CR of a CRLF belongs to the first line's terminator.
        QCOMPARE(index.position(2), (TextPosition{0, 2}));
        QCOMPARE(index.position(3), (TextPosition{0, 3}));
    }

    void offsetsAndPositionsRoundTrip()
    {
        const QByteArray text = "zero\none\n\nthree\nfour";
        const LineIndex index = LineIndex::build(text);
        for (qsizetype off = 0; off <= text.size(); ++off) {
            const TextPosition p = index.position(off);
            QVERIFY(p.line >= 0 && p.line < index.lineCount());
            if (off < text.size() && text.at(off) == '\n')
                continue; // the newline itself is past the line's text; offset() clamps it
            QCOMPARE(index.offset(p), off);
        }
        QCOMPARE(index.position(10), (TextPosition{3, 0}));
        QCOMPARE(index.offset({1, 99}), 8); // clamped to the end of "one"
        QCOMPARE(index.lineAt(9), 2);
        QCOMPARE(index.position(-3), (TextPosition{0, 0}));
        QCOMPARE(index.position(999), (TextPosition{4, 4}));
    }

    void shortLinesAreRows()
    {
        const LineIndex index = LineIndex::build("a\nbb\nccc", 16);
        QCOMPARE(index.rowCount(), 3);
        QCOMPARE(index.rowBytes(1).toByteArray(), QByteArray("bb"));
        QVERIFY(!index.isContinuationRow(1));
        QCOMPARE(index.longestRowBytes(), 3);
    }

    void longLineIsCutIntoRows()
    {
        // 40 bytes then a short line: with 16-byte segments the first line has rows of 16, 16, 8.
        const QByteArray text = QByteArray(40, 'x') + "\nend";
        const LineIndex index = LineIndex::build(text, 16);
        QCOMPARE(index.lineCount(), 2);
        QCOMPARE(index.rowCount(), 4);
        QCOMPARE(index.rowStart(1), 16);
        QCOMPARE(index.rowEnd(2), 40);
        QCOMPARE(index.rowBytes(3).toByteArray(), QByteArray("end"));
        QVERIFY(!index.isContinuationRow(0));
        QVERIFY(index.isContinuationRow(1));
        QVERIFY(index.isContinuationRow(2));
        QVERIFY(!index.isContinuationRow(3));
        QCOMPARE(index.lineOfRow(2), 0);
        QCOMPARE(index.lineOfRow(3), 1);
        QCOMPARE(index.firstRowOfLine(1), 3);
        QCOMPARE(index.rowAt(20), 1);
        QCOMPARE(index.rowAt(42), 3);
        QCOMPARE(index.longestRowBytes(), 16);
    }

    void cutsNeverSplitUtf8()
    {
        // "é" is two bytes; 15 ASCII bytes then é would straddle a 16-byte cut.
        const QByteArray text = QByteArray(15, 'a') + "\xC3\xA9" + QByteArray(20, 'b');
        const LineIndex index = LineIndex::build(text, 16);
        QCOMPARE(index.rowStart(1), 15);
        QVERIFY(QString::fromUtf8(index.rowBytes(1)).startsWith(u"é"_qs));
    }

    void tenMegabyteSingleLine()
    {
        const QByteArray text(10 * 1024 * 1024, 'x');
        const LineIndex index = LineIndex::build(text);
        QCOMPARE(index.lineCount(), 1);
        QCOMPARE(index.rowCount(), 10 * 1024);
        QCOMPARE(index.line(0).size(), text.size());
        QCOMPARE(index.rowBytes(index.rowCount() - 1).size(), LineIndex::DefaultSegmentBytes);
        QCOMPARE(index.position(text.size() - 1), (TextPosition{0, text.size() - 1}));
        QCOMPARE(index.rowAt(5 * 1024 * 1024), 5 * 1024);
    }

    void cancelledBuildIsInvalid()
    {
        const std::atomic_bool cancel{true};
        QByteArray text;
        for (int i = 0; i < 1000000; ++i)
            text += "line\n";
        const LineIndex index = LineIndex::build(text, LineIndex::DefaultSegmentBytes, &cancel);
        QVERIFY(!index.isValid());
    }

    void buildsOnAnotherThread()
    {
        QByteArray text;
        for (int i = 0; i < 1000; ++i)
            text += QByteArray::number(i) + '\n';
        LineIndex index;
        std::thread worker([&] { index = LineIndex::build(text); });
        worker.join();
        QCOMPARE(index.lineCount(), 1001);
        QCOMPARE(index.line(999).toByteArray(), QByteArray("999"));
    }
};

QTEST_APPLESS_MAIN(TestLineIndex)
#include "tst_lineindex.moc"
