#include "text/jsonlexer.h"
#include "text/lineindex.h"

#include <QTest>

using Kind = JsonLexer::Kind;

namespace {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Key:
        return u"key"_qs;
    case Kind::String:
        return u"str"_qs;
    case Kind::Escape:
        return u"esc"_qs;
    case Kind::Number:
        return u"num"_qs;
    case Kind::Literal:
        return u"lit"_qs;
    case Kind::Punctuation:
        return u"punct"_qs;
    case Kind::Invalid:
        return u"bad"_qs;
    }
    return {};
}

// Tokens as "kind:text" lines, so a failure shows the whole line's reading at once.
QStringList describe(QByteArrayView line, const QList<JsonLexer::Token> &tokens)
{
    QStringList out;
    for (const JsonLexer::Token &t : tokens)
        out << kindName(t.kind) + u':' + QString::fromUtf8(line.sliced(t.start, t.length));
    return out;
}

// The kind of every byte ('.' for none): lets a lexing in pieces be compared with one in a single pass.
QString kindsPerByte(QByteArrayView line, const QList<JsonLexer::Token> &tokens)
{
    QString out(line.size(), u'.');
    for (const JsonLexer::Token &t : tokens) {
        for (qsizetype i = t.start; i < t.start + t.length; ++i)
            out[i] = kindName(t.kind).at(0);
    }
    return out;
}

} // namespace

class TestJsonLexer : public QObject
{
    Q_OBJECT

private slots:
    void keysValuesEscapesNumbersLiterals()
    {
        const QByteArray line =
            "  \"bo\\\"dy\" : \"a\\nb\\u00e9\", \"n\": -12.50e+3, \"ok\": [true, false, null],";
        QCOMPARE(describe(line, JsonLexer::lex(line)),
                 (QStringList{u"key:\"bo"_qs,      u"esc:\\\""_qs, u"key:dy\""_qs,   u"punct::"_qs,
                              u"str:\"a"_qs,       u"esc:\\n"_qs,  u"str:b"_qs,      u"esc:\\u00e9"_qs,
                              u"str:\""_qs,        u"punct:,"_qs,  u"key:\"n\""_qs,  u"punct::"_qs,
                              u"num:-12.50e+3"_qs, u"punct:,"_qs,  u"key:\"ok\""_qs, u"punct::"_qs,
                              u"punct:["_qs,       u"lit:true"_qs, u"punct:,"_qs,    u"lit:false"_qs,
                              u"punct:,"_qs,       u"lit:null"_qs, u"punct:]"_qs,    u"punct:,"_qs}));
    }

    void spansAreLineOffsets()
    {
        const QByteArray line = "{\"a\":1}";
        const QList<JsonLexer::Token> tokens = JsonLexer::lex(line);
        QCOMPARE(tokens.size(), 5);
        QCOMPARE(tokens[1], (JsonLexer::Token{1, 3, Kind::Key}));
        QCOMPARE(tokens[3], (JsonLexer::Token{5, 1, Kind::Number}));
    }

    void notJsonIsInvalidButLexingGoesOn()
    {
        const QByteArray line = "<html> nul \"x\"";
        QCOMPARE(describe(line, JsonLexer::lex(line)),
                 (QStringList{u"bad:<"_qs, u"bad:html"_qs, u"bad:>"_qs, u"bad:nul"_qs, u"str:\"x\""_qs}));
    }

    void unterminatedStringRunsToTheEnd()
    {
        const QByteArray line = "\"abc";
        QCOMPARE(describe(line, JsonLexer::lex(line)), (QStringList{u"str:\"abc"_qs}));
    }

    void rowsOfALongLineColourLikeTheWholeLine()
    {
        // Lex the line in rows of 1 to 12 bytes, carrying the state, and compare with lexing it whole.
        const QByteArray line =
            "{\"key with \\\"esc\\\"\": \"value \\\\ \\u0041\", \"num\": 123456789, \"t\": true}";
        const QString whole = kindsPerByte(line, JsonLexer::lex(line));
        for (qsizetype rowBytes = 1; rowBytes <= 12; ++rowBytes) {
            QList<JsonLexer::Token> pieces;
            JsonLexer::State state;
            for (qsizetype from = 0; from < line.size(); from += rowBytes)
                state = JsonLexer::lex(line, from, std::min(line.size(), from + rowBytes), state, &pieces);
            QCOMPARE(kindsPerByte(line, pieces), whole);
        }
        QVERIFY(whole.contains(u"eeeeee"_qs)); // the u0041 escape, coloured whole
    }

    void continuationStatesFollowTheIndex()
    {
        // One 64-byte line cut into 16-byte rows: the second row starts inside a key string.
        const QByteArray text = "{\"aaaaaaaaaaaaaaaaaaaaaaa\": \"bbbbbbbbbbbbbbbbbbbbbbbb\", \"c\": 1}"
                                "\n[]";
        const LineIndex index = LineIndex::build(text, 16);
        const std::vector<JsonLexer::RowState> states = JsonLexer::continuationStates(index);
        QCOMPARE(int(states.size()), index.rowCount() - index.lineCount());
        QCOMPARE(states[0].row, 1);
        QVERIFY(states[0].state.inString);
        QVERIFY(states[0].state.stringIsKey);
        QCOMPARE(states[1].row, 2);
        QVERIFY(states[1].state.inString);
        QVERIFY(!states[1].state.stringIsKey);
        QCOMPARE(states[2].row, 3);
        QVERIFY(states[2].state.inString);
        const std::atomic_bool cancel{true};
        QVERIFY(JsonLexer::continuationStates(index, &cancel).empty());
    }

    void noContinuationRowsNoStates()
    {
        QVERIFY(JsonLexer::continuationStates(LineIndex::build("{\n\"a\": 1\n}")).empty());
    }
};

QTEST_APPLESS_MAIN(TestJsonLexer)
#include "tst_jsonlexer.moc"
