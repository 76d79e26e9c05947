#include "json/prettyprinter.h"

#include <QBuffer>
#include <QTest>

using namespace Json;

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
};

QTEST_GUILESS_MAIN(TestPrettyPrinter)
#include "tst_prettyprinter.moc"
