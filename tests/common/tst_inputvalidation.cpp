#include "api/inputvalidation.h"

#include <QTest>

using namespace InputValidation;

class TestInputValidation : public QObject
{
    Q_OBJECT

private slots:
    void acceptsIds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("id");
        QTest::newRow("plain") << u"ve9EPM428h8vShlRW1KT"_qs << u"ve9EPM428h8vShlRW1KT"_qs;
        QTest::newRow("trimmed") << u"  ve9EPM428h8vShlRW1KT\n"_qs << u"ve9EPM428h8vShlRW1KT"_qs;
        QTest::newRow("dash underscore") << u"a-b_C9"_qs << u"a-b_C9"_qs;
        QTest::newRow("api url") << u"https://services.leadconnectorhq.com/conversations/messages/abc123"_qs
                                 << u"abc123"_qs;
        QTest::newRow("api url slash") << u"https://x.test/conversations/messages/abc123/"_qs << u"abc123"_qs;
        QTest::newRow("query") << u"https://app.gohighlevel.com/v2/location/L1/conversations?messageId=m_1"_qs
                               << u"m_1"_qs;
        QTest::newRow("max length") << QString(maxMessageIdLength, u'a') << QString(maxMessageIdLength, u'a');
    }
    void acceptsIds()
    {
        QFETCH(QString, input);
        QFETCH(QString, id);
        const auto checked = messageId(input);
        QVERIFY2(checked.ok(), qPrintable(checked.error));
        QCOMPARE(checked.value, id);
    }

    void refusesIds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << u"   "_qs << u"Enter a message id"_qs;
        QTest::newRow("dotdot") << u".."_qs << u"not a message id"_qs;
        QTest::newRow("traversal") << u"../contacts"_qs << u"“.”"_qs;
        QTest::newRow("slash") << u"abc/def"_qs << u"slash"_qs;
        QTest::newRow("encoded slash") << u"abc%2Fdef"_qs << u"percent"_qs;
        QTest::newRow("question") << u"abc?x=1"_qs << u"“?”"_qs;
        QTest::newRow("hash") << u"abc#x"_qs << u"“#”"_qs;
        QTest::newRow("inner space") << u"abc def"_qs << u"a space"_qs;
        QTest::newRow("control") << u"abc\u0001def"_qs << u"U+0001"_qs;
        QTest::newRow("too long") << QString(maxMessageIdLength + 1, u'a') << u"too long"_qs;
        QTest::newRow("url encoded slash")
            << u"https://x.test/conversations/messages/a%2F..%2Fb"_qs << u"percent"_qs;
        QTest::newRow("url no id") << u"https://x.test/conversations/"_qs << u"does not contain"_qs;
        QTest::newRow("unicode") << u"abcé"_qs << u"“é”"_qs;
    }
    void refusesIds()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        const auto checked = messageId(input);
        QVERIFY(!checked.ok());
        QVERIFY(checked.value.isEmpty());
        QVERIFY2(checked.error.contains(mentions), qPrintable(checked.error));
    }

    // Issue 10: a token pasted into the id field is refused with a message that says it looks like a token,
    // and the message never repeats it.
    void refusesTokenShapedIds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("token"); // what must not appear in the message
        QTest::addColumn<QString>("kind");
        const QString pit = u"pit-1f0e8c2a-5b7d-4e3f-9a61-0c2d3e4f5a6b"_qs;
        const QString jwt =
            u"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJsb2NhdGlvbklkIjoiTDEifQ.c2lnbmF0dXJlLXNpZw"_qs;
        QTest::newRow("pit") << pit << pit << u"Private Integration Token"_qs;
        QTest::newRow("PIT upper case") << pit.toUpper() << pit.toUpper() << u"Private Integration Token"_qs;
        QTest::newRow("pit with spaces")
            << u"  "_qs + pit + u"\n"_qs << pit << u"Private Integration Token"_qs;
        QTest::newRow("Bearer pit") << u"Bearer "_qs + pit << pit << u"Private Integration Token"_qs;
        QTest::newRow("jwt") << jwt << jwt << u"JWT"_qs;
        QTest::newRow("Bearer jwt") << u"bearer "_qs + jwt << jwt << u"JWT"_qs;
        QTest::newRow("unsigned jwt")
            << u"eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0."_qs << u"eyJzdWIiOiIxIn0"_qs << u"JWT"_qs;
        QTest::newRow("pit in a link's path")
            << u"https://services.leadconnectorhq.com/conversations/messages/"_qs + pit << pit
            << u"Private Integration Token"_qs;
        QTest::newRow("jwt in a link's query")
            << u"https://app.gohighlevel.com/v2/x?messageId="_qs + jwt << jwt << u"JWT"_qs;
    }
    void refusesTokenShapedIds()
    {
        QFETCH(QString, input);
        QFETCH(QString, token);
        QFETCH(QString, kind);
        QVERIFY(looksLikeToken(input) || input.startsWith(u"https://"));
        const auto checked = messageId(input);
        QVERIFY(!checked.ok());
        QVERIFY(checked.value.isEmpty());
        QVERIFY2(checked.error.contains(u"looks like an access token"), qPrintable(checked.error));
        QVERIFY2(checked.error.contains(kind), qPrintable(checked.error));
        QVERIFY(!checked.error.contains(token, Qt::CaseInsensitive));
        QVERIFY(!checked.error.contains(token.mid(4, 12), Qt::CaseInsensitive));
    }

    void idsThatAreNotTokens_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("real id") << u"ve9EPM428h8vShlRW1KT"_qs;
        QTest::newRow("pit- but no uuid") << u"pit-abc"_qs;
        QTest::newRow("uuid alone") << u"1f0e8c2a-5b7d-4e3f-9a61-0c2d3e4f5a6b"_qs;
    }
    void idsThatAreNotTokens()
    {
        QFETCH(QString, input);
        QVERIFY(!looksLikeToken(input));
        QVERIFY(messageId(input).ok());
    }

    void highLevelOrLoopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("trusted");
        QTest::newRow("services") << u"services.leadconnectorhq.com"_qs << true;
        QTest::newRow("upper case") << u"Services.LeadConnectorHQ.com"_qs << true;
        QTest::newRow("apex") << u"leadconnectorhq.com"_qs << true;
        QTest::newRow("fully qualified") << u"services.leadconnectorhq.com."_qs << true;
        QTest::newRow("localhost") << u"localhost"_qs << true;
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_qs << true;
        QTest::newRow("::1") << u"::1"_qs << true;
        QTest::newRow("look-alike suffix") << u"services.leadconnectorhq.com.evil.example"_qs << false;
        QTest::newRow("look-alike prefix") << u"evilleadconnectorhq.com"_qs << false;
        QTest::newRow("other") << u"api.example.com"_qs << false;
        QTest::newRow("LAN address") << u"192.168.1.10"_qs << false;
    }
    void highLevelOrLoopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, trusted);
        QCOMPARE(isHighLevelOrLoopbackHost(host), trusted);
    }

    void baseUrls_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("default") << u"https://services.leadconnectorhq.com"_qs << true
                                 << u"https://services.leadconnectorhq.com"_qs;
        QTest::newRow("trailing slash") << u"https://services.leadconnectorhq.com/"_qs << true
                                        << u"https://services.leadconnectorhq.com"_qs;
        QTest::newRow("http loopback") << u"http://127.0.0.1:8080"_qs << true << u"http://127.0.0.1:8080"_qs;
        QTest::newRow("http localhost") << u"http://localhost:1"_qs << true << u"http://localhost:1"_qs;
        QTest::newRow("http v6 loopback") << u"http://[::1]:9"_qs << true << u"http://[::1]:9"_qs;
        QTest::newRow("http remote") << u"http://services.leadconnectorhq.com"_qs << false << QString();
        QTest::newRow("http private") << u"http://192.168.1.1"_qs << false << QString();
        QTest::newRow("ftp") << u"ftp://example.com"_qs << false << QString();
        QTest::newRow("userinfo") << u"https://u:p@example.com"_qs << false << QString();
        QTest::newRow("query") << u"https://example.com/?a=1"_qs << false << QString();
        QTest::newRow("garbage") << u"not a url"_qs << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
    }
    void baseUrls()
    {
        QFETCH(QString, input);
        QFETCH(bool, accepted);
        QFETCH(QString, normalised);
        const auto checked = baseUrl(input);
        QCOMPARE(checked.ok(), accepted);
        if (accepted)
            QCOMPARE(checked.value.toString(), normalised);
        else
            QVERIFY(!checked.error.isEmpty());
    }

    void tokens_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        const QString pit = u"pit-1f0e8c2a-5b7d-4e3f-9a61-0c2d3e4f5a6b"_qs;
        QTest::newRow("pit") << pit << pit;
        QTest::newRow("bearer prefix") << (u"Bearer "_qs + pit) << pit;
        QTest::newRow("lower bearer trimmed") << (u"  bearer   "_qs + pit + u"\n"_qs) << pit;
        QTest::newRow("jwt") << u"eyJhbGciOiJIUzI1NiJ9.eyJhIjoxfQ.c2ln-_"_qs
                             << u"eyJhbGciOiJIUzI1NiJ9.eyJhIjoxfQ.c2ln-_"_qs;
        QTest::newRow("padding") << u"abc=="_qs << u"abc=="_qs;
        QTest::newRow("empty") << u"  "_qs << QString();
        QTest::newRow("bearer only") << u"Bearer "_qs << QString();
        QTest::newRow("inner space") << u"abc def"_qs << QString();
        QTest::newRow("crlf") << u"abc\r\nX-Evil: 1"_qs << QString();
        QTest::newRow("control") << u"abc\u0007"_qs << QString();
        QTest::newRow("non ascii") << u"abcé"_qs << QString();
        QTest::newRow("after padding") << u"ab=c"_qs << QString();
        QTest::newRow("huge") << QString(maxTokenLength + 1, u'a') << QString();
    }
    void tokens()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto checked = token(input);
        if (expected.isEmpty()) {
            QVERIFY(!checked.ok());
            QVERIFY(checked.value.isEmpty());
            // The message names the problem but never repeats what was typed.
            if (input.trimmed().size() > 3)
                QVERIFY2(!checked.error.contains(input.trimmed().left(3)), qPrintable(checked.error));
        } else {
            QVERIFY2(checked.ok(), qPrintable(checked.error));
            QCOMPARE(checked.value, expected);
        }
    }

    // An id pasted from a sentence or a quotation: the punctuation around it is dropped, in the window and
    // the CLI alike (both validate here); what is inside is still checked as strictly as before.
    void sentencePunctuationAroundAnIdIsTrimmed_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("id"); // empty: refused
        QTest::newRow("full stop") << u"ve9EPM428h8vShlRW1KT."_qs << u"ve9EPM428h8vShlRW1KT"_qs;
        QTest::newRow("comma") << u"ve9EPM428h8vShlRW1KT,"_qs << u"ve9EPM428h8vShlRW1KT"_qs;
        QTest::newRow("semicolon") << u"ve9EPM428h8vShlRW1KT;"_qs << u"ve9EPM428h8vShlRW1KT"_qs;
        QTest::newRow("parentheses") << u"(ve9EPM428h8vShlRW1KT)"_qs << u"ve9EPM428h8vShlRW1KT"_qs;
        QTest::newRow("closing parenthesis and stop")
            << u"ve9EPM428h8vShlRW1KT)."_qs << u"ve9EPM428h8vShlRW1KT"_qs;
        QTest::newRow("straight quotes") << u"\"ve9EPM428h8vShlRW1KT\""_qs << u"ve9EPM428h8vShlRW1KT"_qs;
        QTest::newRow("single quotes") << u"'ve9EPM428h8vShlRW1KT'"_qs << u"ve9EPM428h8vShlRW1KT"_qs;
        QTest::newRow("typographic quotes") << u"“ve9EPM428h8vShlRW1KT”."_qs << u"ve9EPM428h8vShlRW1KT"_qs;
        QTest::newRow("spaces and stop") << u"  ve9EPM428h8vShlRW1KT.  \n"_qs << u"ve9EPM428h8vShlRW1KT"_qs;
        QTest::newRow("link with stop")
            << u"https://services.leadconnectorhq.com/conversations/messages/abc123."_qs << u"abc123"_qs;
        QTest::newRow("inner stop still refused") << u"ve9E.PM428h8vShlRW1KT"_qs << QString();
        QTest::newRow("only punctuation") << u".."_qs << QString();
        QTest::newRow("quoted space still refused") << u"\"abc def\""_qs << QString();
    }
    void sentencePunctuationAroundAnIdIsTrimmed()
    {
        QFETCH(QString, input);
        QFETCH(QString, id);
        const auto checked = messageId(input);
        if (id.isEmpty()) {
            QVERIFY(!checked.ok());
            QVERIFY(checked.value.isEmpty());
        } else {
            QVERIFY2(checked.ok(), qPrintable(checked.error));
            QCOMPARE(checked.value, id);
        }
    }
};

QTEST_GUILESS_MAIN(TestInputValidation)
#include "tst_inputvalidation.moc"
