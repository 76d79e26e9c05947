#include "text/safetext.h"
#include "json/jsondocument.h"
#include "json/jsonpath.h"

#include <QFile>
#include <QLocale>
#include <QTest>
#include <QtConcurrent>

#include <QRandomGenerator>
#include <cstring>
#include <memory>
#include <optional>

using namespace Json;
using namespace Qt::StringLiterals;

class TestJsonDocument : public QObject
{
    Q_OBJECT

private:
    // A file from tests/json/data (the regression inputs; tst_fuzzregressions replays them all as well).
    static QByteArray readData(const QString &name)
    {
        QFile file(qEnvironmentVariable("MI_SOURCE_DIR") + u"/tests/json/data/"_s + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read tests/json/data/%s", qPrintable(name));
        return file.readAll();
    }

    static QStringList keysOf(const Document &doc, qint64 object)
    {
        QStringList keys;
        const ChildIndex index = doc.childIndex(object);
        for (qint64 k : index.keyOffsets)
            keys << doc.stringAt(k);
        return keys;
    }

    static QString rawText(const Document &doc, qint64 offset)
    {
        return QString::fromUtf8(doc.rawAt(offset).toByteArray());
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void keepsKeyOrderNumberTextAndDuplicates()
    {
        const Document doc = Document::parse(
            R"({"zeta": 1.50, "alpha": 12345678901234567890, "mid": -0.0e+10, "zeta": "again"})");
        QVERIFY(doc.isValid());
        QCOMPARE(keysOf(doc, doc.rootOffset()), (QStringList{u"zeta"_s, u"alpha"_s, u"mid"_s, u"zeta"_s}));
        const ChildIndex index = doc.childIndex(doc.rootOffset());
        QCOMPARE(rawText(doc, index.valueOffsets[0]), QStringLiteral("1.50"));
        QCOMPARE(rawText(doc, index.valueOffsets[1]), QStringLiteral("12345678901234567890"));
        QCOMPARE(rawText(doc, index.valueOffsets[2]), QStringLiteral("-0.0e+10"));
        QCOMPARE(doc.kindAt(index.valueOffsets[3]), NodeKind::String);
        QCOMPARE(doc.childCount(doc.rootOffset()), 4);

        QCOMPARE(doc.issues().size(), 1);
        const DocumentIssue issue = doc.issues().first();
        QCOMPARE(issue.kind, DocumentIssue::Kind::DuplicateKey);
        QCOMPARE(issue.path, QStringLiteral("$.zeta"));
        QCOMPARE(issue.detail, QStringLiteral("zeta"));
        QCOMPARE(issue.offset, index.keyOffsets[3]);

        // Both occurrences can be reached; a path lookup gives the first.
        QCOMPARE(doc.findMembers(doc.rootOffset(), u"zeta").size(), 2);
        QCOMPARE(rawText(doc, doc.offsetForPath(u"$.zeta")), QStringLiteral("1.50"));
    }

    void duplicateKeysCompareDecodedText()
    {
        const Document doc = Document::parse(R"({"a":1,"\u0061":2,"b":{"x":[{"k":1,"k":2}]}})");
        QVERIFY(doc.isValid());
        QCOMPARE(doc.issues().size(), 2);
        QCOMPARE(doc.issues().at(0).path, QStringLiteral("$.a"));
        QCOMPARE(doc.issues().at(1).path, QStringLiteral("$.b.x[0].k"));
    }

    void duplicateKeysInLargeObjects()
    {
        QByteArray json = "{";
        for (int i = 0; i < 100; ++i)
            json += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
        json += "\"k7\":true}";
        const Document doc = Document::parse(json);
        QVERIFY(doc.isValid());
        QCOMPARE(doc.issues().size(), 1);
        QCOMPARE(doc.issues().first().detail, QStringLiteral("k7"));
        QCOMPARE(doc.childCount(doc.rootOffset()), 101);

        // Thousands of keys (the table grows several times), each sent again escaped: every repeat is found.
        QByteArray many = "{";
        for (int i = 0; i < 5000; ++i)
            many += "\"key" + QByteArray::number(i) + "\":0,";
        for (int i = 0; i < 5000; ++i)
            many += "\"\\u006bey" + QByteArray::number(i) + "\":1,";
        many += "\"last\":2}";
        const Document repeated = Document::parse(many);
        QVERIFY(repeated.isValid());
        QCOMPARE(repeated.issues().size(), Document::maxIssues + 1);
        QCOMPARE(repeated.issues().at(999).detail, u"key999"_s);
        QCOMPARE(repeated.issues().last().detail, u"4000"_s);
    }

    void decodesStrings()
    {
        const Document doc = Document::parse(
            // Not a raw string: moc misreads escaped quotes inside raw strings.
            "[\"plain\", \"tab\\there \\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\", \"\\u00e9\\u4e2d\", "
            "\"\\ud83d\\ude00\", \"caf\\u00E9 ok\", \"h\\u00e9llo wörld\"]");
        QVERIFY(doc.isValid());
        const ChildIndex index = doc.childIndex(doc.rootOffset());
        QCOMPARE(index.size(), 6);
        QCOMPARE(doc.stringAt(index.valueOffsets[0]), QStringLiteral("plain"));
        QCOMPARE(doc.stringAt(index.valueOffsets[1]), QStringLiteral("tab\there \"q\" \\ / \b\f\n\r"));
        QCOMPARE(doc.stringAt(index.valueOffsets[2]), QString::fromUtf8("é中"));
        QCOMPARE(doc.stringAt(index.valueOffsets[3]), QString::fromUtf8("😀"));
        QCOMPARE(doc.stringAt(index.valueOffsets[5]), QString::fromUtf8("héllo wörld"));
        QVERIFY(doc.issues().isEmpty());
    }

    void loneSurrogatesAreReplacedAndReported()
    {
        const Document doc = Document::parse(R"({"a":"x\ud800y","b":"\udc00","c":"\ud800\u0041"})");
        QVERIFY(doc.isValid());
        const QChar r(QChar::ReplacementCharacter);
        QCOMPARE(doc.stringAt(doc.offsetForPath(u"$.a")), QStringLiteral("x") + r + QStringLiteral("y"));
        QCOMPARE(doc.stringAt(doc.offsetForPath(u"$.b")), QString(r));
        QCOMPARE(doc.stringAt(doc.offsetForPath(u"$.c")), QString(r) + QStringLiteral("A"));
        QCOMPARE(doc.issues().size(), 3);
        for (const DocumentIssue &issue : doc.issues())
            QCOMPARE(issue.kind, DocumentIssue::Kind::LoneSurrogate);
        QCOMPARE(doc.issues().at(0).path, QStringLiteral("$.a"));
        QCOMPARE(doc.issues().at(0).detail, QStringLiteral("\\uD800"));
    }

    void invalidUtf8IsReplacedAndReported()
    {
        QByteArray json = "{\"ok\":\"fine\",\"bad\":\"a\xFF"
                          "b\xC3\",\"over\":\"\xC0\xAF\",\"list\":[\"\xED\xA0\x80\"]}";
        const Document doc = Document::parse(json);
        QVERIFY2(doc.isValid(), qPrintable(doc.error().toString()));
        const QChar r(QChar::ReplacementCharacter);
        QCOMPARE(doc.stringAt(doc.offsetForPath(u"$.ok")), QStringLiteral("fine"));
        const QString bad = doc.stringAt(doc.offsetForPath(u"$.bad"));
        QVERIFY(bad.startsWith(QStringLiteral("a") + r + QStringLiteral("b")));
        QVERIFY(bad.endsWith(r));
        QCOMPARE(doc.issues().size(), 3);
        QCOMPARE(doc.issues().at(0).kind, DocumentIssue::Kind::InvalidUtf8);
        QCOMPARE(doc.issues().at(0).path, QStringLiteral("$.bad"));
        QCOMPARE(doc.issues().at(0).offset, json.indexOf('\xFF'));
        QCOMPARE(doc.issues().at(1).path, QStringLiteral("$.over"));
        QCOMPARE(doc.issues().at(2).path, QStringLiteral("$.list[0]"));
        // The raw bytes stay exactly as sent.
        QCOMPARE(doc.rawAt(doc.offsetForPath(u"$.bad")).toByteArray(), QByteArray("\"a\xFF"
                                                                                  "b\xC3\""));
    }

    void invalidUtf8OutsideStringsIsAParseError()
    {
        const Document doc = Document::parse("{\"a\":1,\xFF}");
        QVERIFY(doc.hasError());
        QCOMPARE(doc.error().offset, 7);
        QCOMPARE(doc.error().message,
                 QStringLiteral("Expected a key in double quotes after ',', found the byte 0xFF."));
    }

    void controlCharactersAreReportedAndEscapedForDisplay()
    {
        const QByteArray json("{\"nul\":\"a\0b\",\"escaped\":\"x\\u0000y\\u202e\"}", 40);
        const Document doc = Document::parse(json);
        QVERIFY2(doc.isValid(), qPrintable(doc.error().toString()));
        QCOMPARE(doc.issues().size(), 1);
        QCOMPARE(doc.issues().first().kind, DocumentIssue::Kind::ControlCharacter);
        QCOMPARE(doc.issues().first().path, QStringLiteral("$.nul"));
        QCOMPARE(doc.issues().first().detail, QStringLiteral("U+0000"));
        const QString nul = doc.stringAt(doc.offsetForPath(u"$.nul"));
        QCOMPARE(nul.size(), 3);
        QCOMPARE(nul.at(1), QChar(0));
        QCOMPARE(SafeText::forDisplay(nul), QStringLiteral("a\\u0000b"));
        QCOMPARE(SafeText::forDisplay(doc.stringAt(doc.offsetForPath(u"$.escaped"))),
                 QStringLiteral("x\\u0000y\\u202E"));
    }

    void parseErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("empty") << QByteArray() << 0LL << 1 << 1 << u"empty"_s;
        QTest::newRow("whitespace") << QByteArray(" \n ") << 3LL << 2 << 2 << u"only whitespace"_s;
        QTest::newRow("truncated object")
            << QByteArray("{\"a\": [1, 2") << 11LL << 1 << 12 << u"ends inside an array"_s;
        QTest::newRow("truncated string")
            << QByteArray("{\"a\": \"abc") << 10LL << 1 << 11 << u"closing quote"_s;
        QTest::newRow("truncated literal")
            << QByteArray("[tru") << 4LL << 1 << 5 << u"middle of the word 'true'"_s;
        QTest::newRow("truncated key") << QByteArray("{\"ab") << 4LL << 1 << 5 << u"object key"_s;
        QTest::newRow("NaN") << QByteArray("{\"a\":NaN}") << 5LL << 1 << 6 << u"NaN is not allowed"_s;
        QTest::newRow("Infinity") << QByteArray("[1,\n Infinity]") << 5LL << 2 << 2
                                  << u"Infinity is not allowed"_s;
        QTest::newRow("-Infinity") << QByteArray("[-Infinity]") << 1LL << 1 << 2 << u"-Infinity"_s;
        QTest::newRow("trailing comma array")
            << QByteArray("[1,2,]") << 5LL << 1 << 6 << u"trailing commas"_s;
        QTest::newRow("trailing comma object")
            << QByteArray("{\"a\":1,}") << 7LL << 1 << 8 << u"trailing commas"_s;
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 5LL << 1 << 6 << u"Expected ':'"_s;
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << 1LL << 1 << 2 << u"double quotes"_s;
        QTest::newRow("garbage after") << QByteArray("{} x") << 3LL << 1 << 4 << u"after the end"_s;
        QTest::newRow("two values") << QByteArray("1 2") << 2LL << 1 << 3 << u"after the end"_s;
        QTest::newRow("leading zero") << QByteArray("[012]") << 1LL << 1 << 2 << u"leading zero"_s;
        QTest::newRow("bad escape") << QByteArray("[\"a\\x\"]") << 3LL << 1 << 4 << u"Invalid escape"_s;
        QTest::newRow("short unicode escape")
            << QByteArray("[\"\\u12\"]") << 2LL << 1 << 3 << u"four hexadecimal"_s;
        QTest::newRow("mismatched bracket") << QByteArray("[1}") << 2LL << 1 << 3 << u"Expected ',' or ']'"_s;
        QTest::newRow("empty mismatched") << QByteArray("[}") << 1LL << 1 << 2 << u"Unexpected '}'"_s;
        QTest::newRow("column counts characters")
            << QByteArray("{\"é\": x}") << 7LL << 1 << 7 << u"Unexpected 'x'"_s;
        QTest::newRow("bare word") << QByteArray("hello") << 0LL << 1 << 1 << u"Unexpected 'h'"_s;
        QTest::newRow("decimal point") << QByteArray("[1.]") << 3LL << 1 << 4 << u"after the decimal point"_s;
        QTest::newRow("exponent") << QByteArray("[1e]") << 3LL << 1 << 4 << u"exponent"_s;
    }

    void parseErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, offset);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, messagePart);
        const Document doc = Document::parse(json);
        QVERIFY(doc.hasError());
        QVERIFY(!doc.isValid());
        QCOMPARE(doc.rootOffset(), -1);
        const ParseError e = doc.error();
        QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
        QCOMPARE(e.offset, offset);
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        QVERIFY(e.toString().startsWith(
            QStringLiteral("Line %1, column %2 (byte %3): ").arg(line).arg(column).arg(offset)));
    }

    // --- The issue's bad-input list: each gives a document with findings or a positioned error. ---

    void topLevelScalarsAndArraysAreDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<NodeKind>("kind");
        QTest::newRow("null") << QByteArray("null") << NodeKind::Null;
        QTest::newRow("array") << QByteArray(" [1, 2] ") << NodeKind::Array;
        QTest::newRow("string") << QByteArray("\"just a string\"") << NodeKind::String;
        QTest::newRow("number") << QByteArray("42") << NodeKind::Number;
        QTest::newRow("false") << QByteArray("false") << NodeKind::Bool;
    }

    void topLevelScalarsAndArraysAreDocuments()
    {
        QFETCH(QByteArray, json);
        QFETCH(NodeKind, kind);
        const Document doc = Document::parse(json);
        QVERIFY(doc.isValid());
        QCOMPARE(doc.kindAt(doc.rootOffset()), kind);
        QCOMPARE(doc.rawAt(doc.rootOffset()).toByteArray(), json.trimmed());
    }

    void deepNestingIsRefusedWithPosition()
    {
        const int depth = 10000;
        const QByteArray json = QByteArray(depth, '[') + QByteArray(depth, ']');
        const Document doc = Document::parse(json);
        QVERIFY(doc.hasError());
        QCOMPARE(doc.error().offset, Document::maxDepth);
        QVERIFY(doc.error().message.contains(QStringLiteral("1,024 levels")));

        // Just inside the limit is fine.
        const QByteArray ok = QByteArray(Document::maxDepth, '[') + QByteArray(Document::maxDepth, ']');
        const Document okDoc = Document::parse(ok);
        QVERIFY(okDoc.isValid());
        QCOMPARE(okDoc.childCount(okDoc.rootOffset()), 1);

        const QByteArray objects = QByteArray("{\"a\":").repeated(depth) + "1" + QByteArray(depth, '}');
        QVERIFY(Document::parse(objects).hasError());
    }

    void hugeNumberKeepsItsText()
    {
        const QByteArray digits(100000, '7');
        const Document doc = Document::parse("{\"n\":-" + digits + ".5e-3}");
        QVERIFY(doc.isValid());
        QCOMPARE(doc.rawAt(doc.offsetForPath(u"$.n")).toByteArray(), "-" + digits + ".5e-3");
        QCOMPARE(doc.kindAt(doc.offsetForPath(u"$.n")), NodeKind::Number);
    }

    void byteOrderMarkIsSkippedAndReported()
    {
        const Document doc = Document::parse("\xEF\xBB\xBF{\"a\":1}");
        QVERIFY(doc.isValid());
        QCOMPARE(doc.rootOffset(), 3);
        QCOMPARE(doc.issues().size(), 1);
        QCOMPARE(doc.issues().first().kind, DocumentIssue::Kind::ByteOrderMark);
        QCOMPARE(doc.issues().first().path, QStringLiteral("$"));
    }

    void tenMegabyteStringDecodesOnDemand()
    {
        const QByteArray big(10 * 1024 * 1024, 'x');
        const Document doc = Document::parse("{\"body\":\"" + big + "\",\"after\":true}");
        QVERIFY(doc.isValid());
        const qint64 at = doc.offsetForPath(u"$.body");
        const DecodedString preview = doc.decodeString(at, 100);
        QVERIFY(preview.truncated);
        QCOMPARE(preview.text.size(), 100);
        QCOMPARE(preview.rawByteCount, big.size());
        QCOMPARE(doc.decodeString(at).text.size(), big.size());
        QVERIFY(doc.boolAt(doc.offsetForPath(u"$.after")));
    }

    void truncatedDecodingNeverSplitsACharacter()
    {
        const Document doc = Document::parse(QString::fromUtf8("[\"ééé\"]").toUtf8());
        const qint64 at = doc.childIndex(doc.rootOffset()).valueOffsets[0];
        const DecodedString cut = doc.decodeString(at, 3); // in the middle of the second é
        QVERIFY(cut.truncated);
        QCOMPARE(cut.text, QString::fromUtf8("é"));
    }

    void megabyteKey()
    {
        const QByteArray key(1024 * 1024, 'k');
        const Document doc = Document::parse("{\"" + key + "\":1,\"" + key + "\":2}");
        QVERIFY(doc.isValid());
        QCOMPARE(doc.issues().size(), 1);
        QCOMPARE(doc.issues().first().kind, DocumentIssue::Kind::DuplicateKey);
        QCOMPARE(doc.childCount(doc.rootOffset()), 2);
    }

    void issuesAreBounded()
    {
        QByteArray json = "[";
        for (int i = 0; i < 3000; ++i)
            json += "\"\xFF\",";
        json += "1]";
        const Document doc = Document::parse(json);
        QVERIFY(doc.isValid());
        QCOMPARE(doc.issues().size(), Document::maxIssues + 1);
        QCOMPARE(doc.issues().last().kind, DocumentIssue::Kind::TooManyIssues);
        QCOMPARE(doc.issues().last().detail, QStringLiteral("2000"));
    }

    void largeArrayCountsWithoutIndexing()
    {
        QByteArray json = "{\"meta\":{\"email\":{\"messageIds\":[";
        const int count = 400000;
        for (int i = 0; i < count; ++i) {
            if (i)
                json += ',';
            json += "\"id" + QByteArray::number(i) + "\"";
        }
        json += "]}},\"small\":[1,[2,3],{\"x\":[]}]}";
        const Document doc = Document::parse(json);
        QVERIFY(doc.isValid());
        const qint64 ids = doc.offsetForPath(u"$.meta.email.messageIds");
        QCOMPARE(doc.kindAt(ids), NodeKind::Array);
        QCOMPARE(doc.childCount(ids), count);
        QCOMPARE(doc.childCount(doc.offsetForPath(u"$.small")), 3);
        QCOMPARE(doc.childCount(doc.offsetForPath(u"$.small[1]")), 2);
        QCOMPARE(doc.childCount(doc.offsetForPath(u"$.small[2].x")), 0);
        QCOMPARE(doc.stringAt(doc.offsetForPath(u"$.meta.email.messageIds[399999]")),
                 QStringLiteral("id399999"));
        const ChildIndex index = doc.childIndex(ids);
        QCOMPARE(index.size(), count);
        QVERIFY(index.keyOffsets.empty());
        QCOMPARE(doc.stringAt(index.valueOffsets[123456]), QStringLiteral("id123456"));
        QCOMPARE(doc.endOf(ids), json.indexOf("]}}") + 1);
    }

    void paths()
    {
        QCOMPARE(appendKey(QStringLiteral("$"), QStringLiteral("meta")), QStringLiteral("$.meta"));
        QCOMPARE(appendKey(QStringLiteral("$"), QStringLiteral("odd key")), QStringLiteral("$['odd key']"));
        QCOMPARE(appendKey(QStringLiteral("$"), QStringLiteral("it's")), QStringLiteral("$['it\\'s']"));
        QCOMPARE(appendKey(QStringLiteral("$"), QString()), QStringLiteral("$['']"));
        QCOMPARE(appendIndex(QStringLiteral("$.a"), 3), QStringLiteral("$.a[3]"));

        const auto steps = parsePath(u"$.meta['it\\'s'][3].x");
        QVERIFY(steps.has_value());
        QCOMPARE(steps->size(), 4);
        QCOMPARE(steps->at(0).key, QStringLiteral("meta"));
        QCOMPARE(steps->at(1).key, QStringLiteral("it's"));
        QCOMPARE(steps->at(2).index, 3);
        QCOMPARE(steps->at(3).key, QStringLiteral("x"));
        QVERIFY(!parsePath(u"meta").has_value());
        QVERIFY(!parsePath(u"$.").has_value());
        QVERIFY(!parsePath(u"$[x]").has_value());
        QVERIFY(!parsePath(u"$['open").has_value());
        QVERIFY(parsePath(u"$").has_value());

        const Document doc = Document::parse("{\"odd key\":{\"it's\":[0,1,{\"x\":\"found\"}]}}");
        QCOMPARE(doc.stringAt(doc.offsetForPath(u"$['odd key']['it\\'s'][2].x")), QStringLiteral("found"));
        QCOMPARE(doc.offsetForPath(u"$.missing"), -1);
        QCOMPARE(doc.offsetForPath(u"$['odd key']['it\\'s'][3]"), -1);
        QCOMPARE(doc.offsetForPath(u"$"), doc.rootOffset());
    }

    void readsFromSeveralThreads()
    {
        QByteArray json = "[";
        for (int i = 0; i < 20000; ++i)
            json += (i ? ",{\"k\":" : "{\"k\":") + QByteArray::number(i) + "}";
        json += "]";
        const Document doc = Document::parse(json);
        QVERIFY(doc.isValid());
        QList<int> starts{0, 5000, 10000, 15000};
        const QList<qint64> sums = QtConcurrent::blockingMapped(starts, [doc](int start) {
            const ChildIndex index = doc.childIndex(doc.rootOffset());
            qint64 sum = 0;
            for (int i = start; i < start + 5000; ++i)
                sum +=
                    doc.rawAt(doc.findMember(index.valueOffsets[size_t(i)], u"k").valueOffset).toLongLong();
            return sum;
        });
        QCOMPARE(sums.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const qint64 first = starts[i];
            QCOMPARE(sums[i], (first + first + 4999) * 5000 / 2);
        }
    }

    // Issue 10, item 1: the duplicate-key tracking kept views into storage that moved when the parser's stack
    // grew (heap-use-after-free under ASan; a wrong answer or a crash without it).
    void duplicateKeysSurviveTheStackGrowing()
    {
        const QByteArray body = readData(u"issue10-duplicate-key-frame-growth.json"_s);
        QCOMPARE(body, QByteArray(R"({"\u0061":[],"a":0})"));
        const Document doc = Document::parse(body);
        QVERIFY(doc.isValid());
        QCOMPARE(doc.issues().size(), 1);
        QCOMPARE(doc.issues().first().kind, DocumentIssue::Kind::DuplicateKey);
        QCOMPARE(doc.issues().first().path, u"$.a"_s);
        QCOMPARE(doc.issues().first().offset, body.indexOf("\"a\""));

        // At every level an escaped key, then deeper nesting (the stack grows many times), then on the way
        // out the same key unescaped and one new key: exactly one duplicate per level, each at its own path.
        const int levels = 200;
        QByteArray json;
        for (int i = 0; i < levels; ++i)
            json += "{\"\\u006b" + QByteArray::number(i) + "\":";
        json += "[]";
        for (int i = levels - 1; i >= 0; --i)
            json += ",\"k" + QByteArray::number(i) + "\":0,\"n" + QByteArray::number(i) + "\":1}";
        const Document deep = Document::parse(json);
        QVERIFY2(deep.isValid(), qPrintable(deep.error().toString()));
        QCOMPARE(deep.issues().size(), levels);
        for (int i = 0; i < levels; ++i) {
            const int level = levels - 1 - i; // the innermost object closes first
            const DocumentIssue &issue = deep.issues().at(i);
            QCOMPARE(issue.kind, DocumentIssue::Kind::DuplicateKey);
            QCOMPARE(issue.detail, QString(u"k"_s + QString::number(level)));
            QString path = u"$"_s;
            for (int j = 0; j <= level; ++j)
                appendKeyTo(path, QString(u"k"_s + QString::number(j)));
            QCOMPARE(issue.path, path);
            QCOMPARE(deep.stringAt(issue.offset), issue.detail);
        }
    }

    // Issue 10, item 2: an issue raised inside a key that then runs into the end of the body decoded that
    // unchecked key for the issue's path, and a \u escape at the very end was read past the end.
    void keyCutShortIsNeverReadPastTheEnd()
    {
        const QByteArray reproducer = readData(u"issue10-key-cut-short-after-invalid-utf8.json"_s);
        QCOMPARE(reproducer.size(), 12);
        // An exact-size heap buffer without a terminating NUL, as a paste gives: ASan sees any overrun.
        const auto exact = std::make_unique<char[]>(size_t(reproducer.size()));
        std::memcpy(exact.get(), reproducer.constData(), size_t(reproducer.size()));
        const Document doc = Document::parse(QByteArray::fromRawData(exact.get(), reproducer.size()));
        QVERIFY(doc.hasError());
        QCOMPARE(doc.error().offset, 10);
        QCOMPARE(doc.issues().size(), 1);
        QCOMPARE(doc.issues().first().kind, DocumentIssue::Kind::InvalidUtf8);
        QCOMPARE(doc.issues().first().path, u"$"_s);

        // The same bytes followed in memory (not in the body) by four hex digits: nothing of them may show.
        const QByteArray padded = reproducer + "0041\"}";
        const Document inPadding = Document::parse(QByteArray::fromRawData(padded.constData(), 12));
        QVERIFY(inPadding.hasError());
        for (const DocumentIssue &issue : inPadding.issues()) {
            QVERIFY2(!issue.path.contains(u'A'), qPrintable(issue.path));
            QCOMPARE(issue.path, u"$"_s);
        }

        // Once the key is complete, its issues carry the member's path.
        const Document complete = Document::parse("{\"ok\":{\"i\xFC\":1}}");
        QVERIFY(complete.isValid());
        QCOMPARE(complete.issues().size(), 1);
        QCOMPARE(complete.issues().first().path, u"$.ok['i"_s + QChar(QChar::ReplacementCharacter) + u"']"_s);
    }

    // Issue 10, item 3: keys are the same key when their decoded text is the same, which is exactly what a
    // path can tell apart. So keys differing only in bytes that are not UTF-8 (or in lone surrogates, or
    // "\uFFFD" against such bytes) are duplicates, reported, and a path reaches the first.
    void keysWithTheSameDecodedTextAreDuplicates()
    {
        const QByteArray body = readData(u"issue10-keys-differing-only-in-invalid-utf8.json"_s);
        const Document doc = Document::parse(body);
        QVERIFY(doc.isValid());
        const QChar r(QChar::ReplacementCharacter);
        const ChildIndex index = doc.childIndex(doc.rootOffset());
        QCOMPARE(index.size(), 5);
        QList<DocumentIssue> duplicates;
        for (const DocumentIssue &issue : doc.issues()) {
            if (issue.kind == DocumentIssue::Kind::DuplicateKey)
                duplicates << issue;
        }
        // "a\xFD" repeats "a\xFC"; "\udbff" repeats "\ud800"; the literal U+FFFD repeats it too.
        QCOMPARE(duplicates.size(), 3);
        QCOMPARE(duplicates.at(0).offset, index.keyOffsets[1]);
        QCOMPARE(duplicates.at(0).detail, u"a"_s + r);
        QCOMPARE(duplicates.at(0).path, u"$['a"_s + r + u"']"_s);
        QCOMPARE(duplicates.at(1).offset, index.keyOffsets[3]);
        QCOMPARE(duplicates.at(2).offset, index.keyOffsets[4]);
        QCOMPARE(doc.offsetForPath(duplicates.at(0).path), index.valueOffsets[0]);
        QCOMPARE(doc.findMembers(doc.rootOffset(), QString(r)).size(), 3);

        // The same in an object large enough for the hash table, with escapes on either side.
        QByteArray big = "{";
        for (int i = 0; i < 40; ++i)
            big += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
        big += "\"x\xFF\":1,\"\\u006b7\":2,\"x\xFE\":3,\"\\u0078\\ufffd\":4,\"k40\":5}";
        const Document large = Document::parse(big);
        QVERIFY(large.isValid());
        QStringList details;
        for (const DocumentIssue &issue : large.issues()) {
            if (issue.kind == DocumentIssue::Kind::DuplicateKey)
                details << issue.detail;
        }
        QCOMPARE(details, (QStringList{u"k7"_s, u"x"_s + r, u"x"_s + r}));
    }

    // Found by fuzz_json_document: QString::fromUtf8 skips a byte order mark at the start of its input, so a
    // key starting with U+FEFF decoded like the same key without it (two keys, one path, no warning), and a
    // value lost the character. Decoded text now keeps it, wherever it is. (The input the fuzzer found is
    // tests/json/data/fuzz-key-starting-with-a-byte-order-mark.json, replayed by tst_fuzzregressions.)
    void byteOrderMarkInsideStringsIsText()
    {
        const Document doc = Document::parse("{\"k\":1,\"\xEF\xBB\xBF"
                                             "k\":2,\"v\":\"\xEF\xBB\xBFhi\\n\xEF\xBB\xBF\"}");
        QVERIFY(doc.isValid());
        QVERIFY(doc.issues().isEmpty()); // two different keys
        const ChildIndex index = doc.childIndex(doc.rootOffset());
        const QString marked = QChar(0xFEFF) + u"k"_s;
        QCOMPARE(doc.stringAt(index.keyOffsets[1]), marked);
        QCOMPARE(doc.offsetForPath(u"$.k"), index.valueOffsets[0]);
        QCOMPARE(doc.offsetForPath(appendKey(u"$"_s, marked)), index.valueOffsets[1]);
        QCOMPARE(doc.stringAt(doc.offsetForPath(u"$.v")), QChar(0xFEFF) + u"hi\n"_s + QChar(0xFEFF));
    }

    // Issue 10, item 4: every issue stored its whole path, built by copying it at every level, so a small
    // body with deep nesting, long keys and many issues took seconds and hundreds of MB.
    void issuePathsAreBounded()
    {
        const QByteArray key(2000, 'k');
        const int levels = 80;
        QByteArray json;
        for (int i = 0; i < levels; ++i)
            json += "{\"" + key + QByteArray::number(i) + "\":";
        json += "[";
        for (int i = 0; i < 1500; ++i)
            json += i ? ",\"\xFF\"" : "\"\xFF\"";
        json += "]" + QByteArray(levels, '}');
        const Document doc = Document::parse(json);
        QVERIFY(doc.isValid());
        QCOMPARE(doc.issues().size(), Limits::maxIssues + 1);
        QCOMPARE(doc.issues().last().detail, u"500"_s);
        // Each key is cut to maxIssuePathKeyChars characters and "…" (which makes it a quoted step).
        const QString step = u"['"_s + QString(Limits::maxIssuePathKeyChars, u'k') + QChar(0x2026) + u"']"_s;
        qsizetype total = 0;
        for (int i = 0; i < Limits::maxIssues; ++i) {
            const QString &path = doc.issues().at(i).path;
            total += path.size();
            QVERIFY2(path.size() <= Limits::maxIssuePathChars, qPrintable(QString::number(path.size())));
            // The outermost step, "…" for the levels left out, then the innermost steps down to the element.
            QVERIFY2(path.startsWith(u"$"_s + step + QChar(0x2026) + step), qPrintable(path.left(300)));
            QVERIFY2(path.endsWith(step + u"["_s + QString::number(i) + u"]"_s), qPrintable(path.right(300)));
        }
        QVERIFY(total <= qsizetype(Limits::maxIssues) * Limits::maxIssuePathChars);

        // Deep but short: the whole path, exact and resolvable.
        const QByteArray arrays = QByteArray(300, '[') + "\"\xFF\"" + QByteArray(300, ']');
        const Document deep = Document::parse(arrays);
        QVERIFY(deep.isValid());
        QCOMPARE(deep.issues().size(), 1);
        QString expected = u"$"_s;
        for (int i = 0; i < 300; ++i)
            expected += u"[0]"_s;
        QCOMPARE(deep.issues().first().path, expected);
        QCOMPARE(deep.offsetForPath(expected), 300);
    }

    // Arrays of strings take a fast path (64-byte blocks); it must end exactly where the general parser would
    // take over: at an escape, a raw control character, whitespace, another kind of value, the end of the
    // array, and at every position relative to a block. The expected values come from the generator, not
    // from the parser.
    void stringArraysReadExactlyWhateverTheirMix()
    {
        QRandomGenerator random(20240327);
        for (int round = 0; round < 400; ++round) {
            QByteArray body = "[";
            QStringList expected;
            int controls = 0;
            int invalid = 0;
            bool hasNonString = false;
            const int items = int(random.bounded(1, 120));
            for (int i = 0; i < items; ++i) {
                if (i > 0) {
                    const int separator = int(random.bounded(20));
                    body += separator == 0 ? ", " : separator == 1 ? ",\n  " : ",";
                }
                const int kind = int(random.bounded(40));
                if (kind == 0) {
                    body += "12.5";
                    expected << u"12.5"_s;
                    hasNonString = true;
                    continue;
                }
                if (kind == 1) {
                    body += "[\"x\",\"y\"]";
                    expected << u"[array]"_s;
                    hasNonString = true;
                    continue;
                }
                QByteArray raw;
                QString text;
                const int length = int(random.bounded(0, 90));
                for (int c = 0; c < length; ++c) {
                    const char letter = char('a' + random.bounded(26));
                    raw += letter;
                    text += QLatin1Char(letter);
                }
                const int twist = int(random.bounded(30));
                const qsizetype at = raw.size() / 2;
                if (twist == 0) {
                    raw.insert(at, "\\n");
                    text.insert(at, u'\n');
                } else if (twist == 1) {
                    raw.insert(at, "\\\"");
                    text.insert(at, u'"');
                } else if (twist == 2) {
                    raw.insert(at, "\x01");
                    text.insert(at, QChar(1));
                    ++controls;
                } else if (twist == 3) {
                    raw.insert(at, "\xC3\xA9");
                    text.insert(at, QChar(0xE9));
                } else if (twist == 4) {
                    raw.insert(at, "\xFF");
                    text.insert(at, QChar(QChar::ReplacementCharacter));
                    ++invalid;
                }
                body += '"' + raw + '"';
                expected << text;
            }
            body += random.bounded(2) ? "]" : " ]\n";
            const Document doc = Document::parse(body);
            QVERIFY2(doc.isValid(),
                     qPrintable(doc.error().toString() + u" in "_s + QString::fromLatin1(body)));
            const qint64 root = doc.rootOffset();
            QCOMPARE(doc.childCount(root), qint64(expected.size()));
            const ChildIndex index = doc.childIndex(root);
            QCOMPARE(index.size(), expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i) {
                const qint64 value = index.valueOffsets[size_t(i)];
                if (doc.kindAt(value) == NodeKind::String)
                    QCOMPARE(doc.stringAt(value), expected[i]);
                else if (doc.kindAt(value) == NodeKind::Array)
                    QCOMPARE(u"[array]"_s, expected[i]);
                else
                    QCOMPARE(rawText(doc, value), expected[i]);
            }
            QCOMPARE(doc.allChildrenAre(root, NodeKind::String), !hasNonString);
            int controlIssues = 0;
            int invalidIssues = 0;
            for (const DocumentIssue &issue : doc.issues()) {
                controlIssues += issue.kind == DocumentIssue::Kind::ControlCharacter;
                invalidIssues += issue.kind == DocumentIssue::Kind::InvalidUtf8;
            }
            QCOMPARE(controlIssues, controls);
            QCOMPARE(invalidIssues, invalid);
        }
    }

    void stringArrayFastPathStillFindsErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("offset");
        const QByteArray items = QByteArray("\"abcdefghij\",").repeated(20); // 280 bytes: several blocks
        QTest::newRow("unclosed string") << "[" + items + "\"abc" << qint64(1 + items.size() + 4);
        QTest::newRow("missing comma") << "[" + items + "\"a\" \"b\"]" << qint64(1 + items.size() + 4);
        QTest::newRow("two commas") << "[" + items + "\"a\",,\"b\"]" << qint64(1 + items.size() + 4);
        QTest::newRow("trailing comma") << "[" + items + "\"a\",]" << qint64(1 + items.size() + 4);
        QTest::newRow("bad escape") << "[" + items + "\"a\\qb\"]" << qint64(1 + items.size() + 2);
        QTest::newRow("object close") << "[" + items + "\"a\"}" << qint64(1 + items.size() + 3);
    }

    void stringArrayFastPathStillFindsErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(qint64, offset);
        const Document doc = Document::parse(body);
        QVERIFY(doc.hasError());
        QCOMPARE(doc.error().offset, offset);
    }

    // Bodies of 16 MiB and more are checked for UTF-8 on a second thread while they are parsed; a body that
    // fails the check is parsed again and gets its issue, exactly as a small one does.
    void bigBodiesAreCheckedForUtf8BesideTheParse()
    {
        const QByteArray item = "\"ve9EPM428h8vShlRW1KT\",";
        QByteArray body = "[" + item.repeated(17 * 1024 * 1024 / item.size()) + "\"last\"]";
        const Document valid = Document::parse(body);
        QVERIFY(valid.isValid());
        QVERIFY(valid.issues().isEmpty());
        QCOMPARE(valid.childCount(valid.rootOffset()), qint64(17 * 1024 * 1024 / item.size() + 1));

        const qsizetype late = body.size() - 3; // inside "last", far past the first chunk
        body[late] = char(0xFF);
        const Document invalid = Document::parse(body);
        QVERIFY(invalid.isValid());
        QCOMPARE(invalid.issues().size(), 1);
        QCOMPARE(invalid.issues().first().kind, DocumentIssue::Kind::InvalidUtf8);
        QCOMPARE(invalid.issues().first().offset, qint64(late));
    }

    void progressIsReportedAndCancelStopsTheParse()
    {
        const QByteArray item = "{\"id\": \"ve9EPM428h8vShlRW1KT\", \"n\": 12},";
        const QByteArray body = "[" + item.repeated(20 * 1024 * 1024 / item.size()) + "null]";
        QList<qint64> reports;
        ParseControl control;
        control.progress = [&](qint64 done) {
            reports << done;
            return true;
        };
        const Document whole = Document::parse(body, control);
        QVERIFY(whole.isValid());
        QCOMPARE(reports.size(), int(body.size() / ParseControl::progressStepBytes));
        for (qsizetype i = 1; i < reports.size(); ++i)
            QVERIFY(reports[i] > reports[i - 1]);
        QVERIFY(reports.last() < body.size());

        int calls = 0;
        control.progress = [&](qint64) { return ++calls < 2; };
        const Document stopped = Document::parse(body, control);
        QCOMPARE(calls, 2);
        QVERIFY(!stopped.isValid());
        QVERIFY(stopped.hasError());
        QVERIFY(stopped.error().cancelled);
        QVERIFY(stopped.error().offset >= 2 * ParseControl::progressStepBytes);
        QVERIFY(stopped.error().offset < 3 * ParseControl::progressStepBytes);
    }

    void keepAliveLivesAsLongAsTheDocument()
    {
        auto owner = std::make_shared<QByteArray>("{\"a\": [1, 2]}");
        const std::weak_ptr<QByteArray> watch = owner;
        ParseControl control;
        control.keepAlive = owner;
        std::optional<Document> doc =
            Document::parse(QByteArray::fromRawData(owner->constData(), owner->size()), control);
        owner.reset();
        QVERIFY(!watch.expired());
        const Document copy = *doc;
        doc.reset();
        QVERIFY(!watch.expired());
        QCOMPARE(copy.keepAlive().get(), watch.lock().get());
        QCOMPARE(rawText(copy, copy.offsetForPath(u"$.a"_s)), u"[1, 2]"_s);
        QVERIFY(!Document::parse("{}").keepAlive());
    }

    void allChildrenAreAnsweredForSmallAndLargeContainers()
    {
        const Document small =
            Document::parse("{\"s\": [\"a\", \"b\"], \"m\": [\"a\", 1], \"e\": [], \"n\": 3}");
        QVERIFY(small.allChildrenAre(small.offsetForPath(u"$.s"_s), NodeKind::String));
        QVERIFY(!small.allChildrenAre(small.offsetForPath(u"$.m"_s), NodeKind::String));
        QVERIFY(small.allChildrenAre(small.offsetForPath(u"$.e"_s), NodeKind::String));
        QVERIFY(!small.allChildrenAre(small.offsetForPath(u"$.n"_s), NodeKind::Number));
        const QByteArray strings = QByteArray("\"abc\",").repeated(2000);
        const Document large = Document::parse("{\"s\": [" + strings + "\"z\"], \"m\": [" + strings + "{}]}");
        QVERIFY(large.allChildrenAre(large.offsetForPath(u"$.s"_s), NodeKind::String));
        QVERIFY(!large.allChildrenAre(large.offsetForPath(u"$.m"_s), NodeKind::String));
        QVERIFY(large.allChildrenAre(large.rootOffset(), NodeKind::Array));
    }

    void blankBytes()
    {
        QVERIFY(isBlank(QByteArrayView()));
        QVERIFY(isBlank(" \r\n\t"));
        QVERIFY(!isBlank("  x  "));
    }

    void emptyDocument()
    {
        const Document doc;
        QVERIFY(!doc.isValid());
        QVERIFY(!doc.hasError());
        QCOMPARE(doc.rootOffset(), -1);
        QCOMPARE(doc.childCount(0), 0);
        QVERIFY(doc.bytes().isEmpty());
        QVERIFY(doc.rawAt(0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonDocument)
#include "tst_jsondocument.moc"
