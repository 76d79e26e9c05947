#include "json/jsonlimits.h"
#include "json/prettyprinter.h"

#include <QBuffer>
#include <QTest>

using namespace Json;
using namespace Qt::StringLiterals;

namespace {

// Everything but whitespace outside strings: what the printer must never change.
QByteArray withoutWhitespace(const QByteArray &json)
{
    QByteArray out;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (c == '\\') {
                out += json[++i];
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
            out += c;
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            out += c;
        }
    }
    return out;
}

} // namespace

class TestPrettyPrinter : public QObject
{
    Q_OBJECT

private slots:
    void reindentsKeepingEverythingElse()
    {
        const QByteArray json = "{\"z\":1.50,\"a\":[12345678901234567890,{},[],\"x \\\" y\\u00e9 : , { "
                                "[\"],\"z\":{\"k\":null,\"t\":true}}";
        const QByteArray expected = "{\n"
                                    "  \"z\": 1.50,\n"
                                    "  \"a\": [\n"
                                    "    12345678901234567890,\n"
                                    "    {},\n"
                                    "    [],\n"
                                    "    \"x \\\" y\\u00e9 : , { [\"\n"
                                    "  ],\n"
                                    "  \"z\": {\n"
                                    "    \"k\": null,\n"
                                    "    \"t\": true\n"
                                    "  }\n"
                                    "}";
        QCOMPARE(PrettyPrinter().format(Document::parse(json)), expected);
    }

    void alreadyPrettyInputAndOtherIndents()
    {
        const QByteArray json = "  [ 1 ,\r\n\t{ \"a\" :  [ ] } ]  ";
        QCOMPARE(PrettyPrinter(4).format(Document::parse(json)),
                 QByteArray("[\n    1,\n    {\n        \"a\": []\n    }\n]"));
        QCOMPARE(PrettyPrinter(0).format(Document::parse(json)), QByteArray("[\n1,\n{\n\"a\": []\n}\n]"));
        QCOMPARE(PrettyPrinter().format(Document::parse("\"top\"")), QByteArray("\"top\""));
        QCOMPARE(PrettyPrinter().format(Document::parse("\xEF\xBB\xBF 7")), QByteArray("7"));
    }

    void invalidBytesInStringsStayExact()
    {
        static const char raw[] = "{\"bad\":\"\xFF\xC3\",\"nul\":\"a\0b\"}";
        const QByteArray json(raw, sizeof(raw) - 1);
        const QByteArray pretty = PrettyPrinter().format(Document::parse(json));
        QVERIFY(pretty.contains(QByteArray("\"\xFF\xC3\"")));
        QVERIFY(pretty.contains(QByteArray("\"a\0b\"", 5)));
        QCOMPARE(withoutWhitespace(pretty), withoutWhitespace(json));
    }

    void brokenDocumentsGiveNothing()
    {
        QVERIFY(PrettyPrinter().format(Document::parse("{\"a\":")).isEmpty());
        QVERIFY(PrettyPrinter().format(Document()).isEmpty());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(!PrettyPrinter().write(Document::parse("[1,"), &buffer));
        QVERIFY(buffer.data().isEmpty());
        QVERIFY(!PrettyPrinter().write(Document::parse("[1]"), nullptr));
    }

    void streamsLargeDocumentsInChunks()
    {
        QByteArray json = "{\"ids\":[";
        for (int i = 0; i < 300000; ++i)
            json += (i ? ",\"" : "\"") + QByteArray::number(i) + "\"";
        json += "],\"deep\":" + QByteArray(500, '[') + QByteArray(500, ']') + "}";
        const Document doc = Document::parse(json);
        QVERIFY(doc.isValid());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(PrettyPrinter().write(doc, &buffer));
        QVERIFY(buffer.data().size() > 2 * 1024 * 1024); // more than one chunk
        QCOMPARE(buffer.data(), PrettyPrinter().format(doc));
        QCOMPARE(withoutWhitespace(buffer.data()), json);
        // The pretty text is itself the same document.
        QCOMPARE(PrettyPrinter().format(Document::parse(buffer.data())), buffer.data());
    }

    // Issue 10, item 4: every line was indented by depth × 2 spaces, so 1,000 levels and then a flat array
    // (402 KB) gave 402 MB of text. Indentation now stops growing at Limits::maxIndentLevels ...
    void indentationStopsGrowingAtTheCap()
    {
        const int levels = Limits::maxIndentLevels + 10;
        const QByteArray json = QByteArray(levels, '[') + "1,2" + QByteArray(levels, ']');
        auto indent = [](int depth) { return QByteArray(std::min(depth, Limits::maxIndentLevels) * 2, ' '); };
        QByteArray expected;
        for (int depth = 0; depth < levels; ++depth)
            expected += indent(depth) + "[\n";
        expected += indent(levels) + "1,\n" + indent(levels) + "2";
        for (int depth = levels - 1; depth >= 0; --depth)
            expected += "\n" + indent(depth) + "]";
        PrettyPrinter::Notes notes;
        QCOMPARE(PrettyPrinter().format(Document::parse(json), &notes), expected);
        QVERIFY(notes.depthCapped);
        QVERIFY(!notes.indentationStopped);
        QCOMPARE(PrettyPrinter::describe(notes), u"Levels deeper than 64 are indented like level 64."_s);

        PrettyPrinter::Notes shallow;
        PrettyPrinter().format(Document::parse("[[1]]"), &shallow);
        QVERIFY(!shallow.depthCapped && !shallow.indentationStopped);
        QVERIFY(PrettyPrinter::describe(shallow).isEmpty());
    }

    // ... and the indentation as a whole is bounded by the input's size, so the output is O(input).
    void outputStaysLinearInTheInput()
    {
        const QByteArray json =
            QByteArray(1000, '[') + "[" + QByteArray("0,").repeated(200000) + "0]" + QByteArray(1000, ']');
        const Document doc = Document::parse(json);
        QVERIFY(doc.isValid());
        PrettyPrinter::Notes notes;
        const QByteArray pretty = PrettyPrinter().format(doc, &notes);
        QVERIFY2(pretty.size() <=
                     Limits::prettyOutputBytesPerInputByte * json.size() + Limits::prettyIndentAllowanceBytes,
                 qPrintable(QString::number(pretty.size())));
        QVERIFY(notes.depthCapped);
        QVERIFY(notes.indentationStopped);
        QVERIFY(notes.indentationStoppedAt > 0 && notes.indentationStoppedAt < pretty.size());
        QVERIFY(PrettyPrinter::describe(notes).contains(u"not indented"_s));
        // Still complete: the same tokens, one per line, and the same document.
        QCOMPARE(withoutWhitespace(pretty), json);
        QCOMPARE(pretty.count('\n'), 1001 + 200001 + 1001 - 1);
        const QByteArray lastLines = ",\n0" + QByteArray("\n]").repeated(1001);
        QVERIFY(pretty.endsWith(lastLines));
        QVERIFY(Document::parse(pretty).isValid());
        // Streaming gives the same text.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(PrettyPrinter().write(doc, &buffer));
        QCOMPARE(buffer.data(), pretty);
    }

    void indentWidthIsClamped()
    {
        const Document doc = Document::parse("[[1]]");
        QCOMPARE(PrettyPrinter(100).format(doc), PrettyPrinter(Limits::maxIndentWidth).format(doc));
        QCOMPARE(PrettyPrinter(-5).format(doc), PrettyPrinter(0).format(doc));
        QCOMPARE(PrettyPrinter(100).format(doc), QByteArray("[\n        [\n                1\n        ]\n]"));
    }
};

QTEST_GUILESS_MAIN(TestPrettyPrinter)
#include "tst_prettyprinter.moc"
