// JsonLinesIndex: records and their line numbers over every kind of line ending and blank line, checked
// against a plain split of the same bytes; the bound on its memory; lookups by line; cancel; a mapped file.
#include "common/mappedfile.h"
#include "jsonl/jsonlinesindex.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJsonLinesIndex : public QObject
{
    Q_OBJECT

private:
    struct Expected
    {
        QByteArray bytes;
        qint64 line;
    };

    // The records as a person would count them: split at '\n', drop a '\r' before it, skip lines of
    // whitespace.
    static QList<Expected> reference(const QByteArray &text)
    {
        QList<Expected> records;
        QList<QByteArray> lines = text.split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast(); // the newline at the end of the file ends the last line, it starts none
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QByteArray line = lines[i];
            if (line.endsWith('\r'))
                line.chop(1);
            bool blank = true;
            for (const char c : std::as_const(lines[i]))
                blank = blank && (c == ' ' || c == '\t' || c == '\r');
            if (!blank)
                records.append(Expected{line, i + 1});
        }
        return records;
    }

    static void compareWithReference(const QByteArray &text)
    {
        const JsonLinesIndex index = JsonLinesIndex::build(text);
        QVERIFY(index.isValid());
        const QList<Expected> expected = reference(text);
        QCOMPARE(index.recordCount(), qint64(expected.size()));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const JsonLinesIndex::Record record = index.record(i);
            QCOMPARE(record.line, expected[i].line);
            QCOMPARE(index.recordBytes(i).toByteArray(), expected[i].bytes);
            QCOMPARE(index.recordAtLine(record.line), qint64(i));
        }
        QVERIFY(!index.record(expected.size()).isValid());
        QVERIFY(!index.record(-1).isValid());
        QVERIFY(index.recordBytes(expected.size()).isEmpty());
    }

private slots:
    void recordsAndLines_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one line, no newline") << QByteArray(R"({"a":1})");
        QTest::newRow("newline at the end") << QByteArray("{\"a\":1}\n{\"a\":2}\n");
        QTest::newRow("crlf") << QByteArray("{\"a\":1}\r\n{\"a\":2}\r\n");
        QTest::newRow("blank lines") << QByteArray("\n\n{\"a\":1}\n  \n\t\r\n{\"a\":2}\n\n");
        QTest::newRow("only blank") << QByteArray(" \n\n \t\n");
        QTest::newRow("not json is still a record") << QByteArray("{\"a\":1}\nnot json\n[1,\n");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF{\"a\":1}\n");
    }

    void recordsAndLines()
    {
        QFETCH(QByteArray, text);
        compareWithReference(text);
        const JsonLinesIndex index = JsonLinesIndex::build(text);
        QCOMPARE(index.lineCount(),
                 qint64(text.count('\n') + (text.isEmpty() || text.endsWith('\n') ? 0 : 1)));
    }

    // Random files mixing tiny, long (past a checkpoint's 64 KiB) and blank lines: every record is where
    // a plain split says, and the index keeps far fewer entries than records.
    void randomFilesMatchASplit()
    {
        QRandomGenerator random(16);
        for (int round = 0; round < 30; ++round) {
            QByteArray text;
            const int lines = int(random.bounded(1, 3000));
            for (int i = 0; i < lines; ++i) {
                const int kind = int(random.bounded(100));
                if (kind < 10)
                    text += QByteArray(int(random.bounded(4)), ' ');
                else if (kind < 12)
                    text += "[\"" + QByteArray(int(random.bounded(60000, 140000)), 'x') + "\"]";
                else
                    text += "{\"n\":" + QByteArray::number(i) + "}";
                text += random.bounded(10) == 0 ? "\r\n" : "\n";
            }
            if (random.bounded(2))
                text.chop(1);
            compareWithReference(text);
        }
    }

    void memoryIsBoundedWhateverTheLines()
    {
        const QByteArray tiny = QByteArray("1\n").repeated(500000); // a million bytes, half a million records
        const JsonLinesIndex index = JsonLinesIndex::build(tiny);
        QCOMPARE(index.recordCount(), qint64(500000));
        QVERIFY(index.checkpointCount() <= 500000 / JsonLinesIndex::checkpointRecords + 1 +
                                               tiny.size() / JsonLinesIndex::checkpointBytes + 1);
        QCOMPARE(index.recordBytes(499999).toByteArray(), QByteArray("1"));
        QCOMPARE(index.record(499999).line, qint64(500000));
        QCOMPARE(index.longestRecordBytes(), qint64(1));
    }

    void progressAndCancel()
    {
        const QByteArray text = QByteArray("{\"id\":\"ve9EPM428h8vShlRW1KT\"}\n").repeated(700000); // ~21 MB
        QList<qint64> reports;
        const JsonLinesIndex whole = JsonLinesIndex::build(text, {}, [&](qint64 done) {
            reports << done;
            return true;
        });
        QVERIFY(whole.isValid());
        QCOMPARE(reports.size(), int(text.size() / JsonLinesIndex::progressStepBytes));
        const JsonLinesIndex stopped = JsonLinesIndex::build(text, {}, [](qint64) { return false; });
        QVERIFY(!stopped.isValid());
        QCOMPARE(stopped.recordCount(), qint64(0));
    }

    void mappedFileIsSharedNotCopied()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"log.jsonl"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"a\":1}\n\n{\"a\":2}\n");
        }
        std::shared_ptr<const MappedFile> mapped = MappedFile::map(path);
        QVERIFY(mapped);
        const std::weak_ptr<const MappedFile> watch = mapped;
        const JsonLinesIndex index = JsonLinesIndex::build(mapped->bytes(), mapped);
        QCOMPARE(index.bytes().constData(), mapped->bytes().constData());
        mapped.reset();
        QVERIFY(!watch.expired()); // the index keeps it
        QCOMPARE(index.recordCopy(1), QByteArray("{\"a\":2}"));
        QCOMPARE(index.record(1).line, qint64(3));
    }

    void fileNames()
    {
        QVERIFY(JsonLinesIndex::isJsonLinesFileName(u"hooks.jsonl"_s));
        QVERIFY(JsonLinesIndex::isJsonLinesFileName(u"/tmp/BATCH.NDJSON"_s));
        QVERIFY(JsonLinesIndex::isJsonLinesFileName(u"a.jsonlines"_s));
        QVERIFY(!JsonLinesIndex::isJsonLinesFileName(u"a.json"_s));
        QVERIFY(!JsonLinesIndex::isJsonLinesFileName(u"jsonl"_s));
    }
};

QTEST_GUILESS_MAIN(TestJsonLinesIndex)
#include "tst_jsonlinesindex.moc"
