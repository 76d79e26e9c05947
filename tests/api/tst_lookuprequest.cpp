#include "api/lookuprequest.h"

#include <QTest>

class TestLookupRequest : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const LookupRequest request;
        QCOMPARE(request.baseUrl, u"https://services.leadconnectorhq.com"_qs);
        QCOMPARE(request.apiVersion, u"2021-04-15"_qs);
    }

    void buildsTheEndpoint()
    {
        LookupRequest request;
        request.messageIdInput = u" ve9EPM428h8vShlRW1KT "_qs;
        request.token = u"Bearer pit-abc"_qs;
        const auto checked = request.validate();
        QVERIFY2(checked.ok(), qPrintable(checked.error));
        QCOMPARE(checked.value.url.toString(),
                 u"https://services.leadconnectorhq.com/conversations/messages/ve9EPM428h8vShlRW1KT"_qs);
        QCOMPARE(checked.value.messageId, u"ve9EPM428h8vShlRW1KT"_qs);
        QCOMPARE(checked.value.token, u"pit-abc"_qs);
        QCOMPARE(checked.value.apiVersion, QByteArray("2021-04-15"));
    }

    void keepsABasePath()
    {
        LookupRequest request;
        request.baseUrl = u"http://127.0.0.1:8080/gateway/"_qs;
        request.messageIdInput = u"m1"_qs;
        request.token = u"t"_qs;
        const auto checked = request.validate();
        QVERIFY(checked.ok());
        QCOMPARE(checked.value.url.toString(), u"http://127.0.0.1:8080/gateway/conversations/messages/m1"_qs);
    }

    void pathNeverLeavesMessages_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("dotdot") << u".."_qs;
        QTest::newRow("traversal") << u"../../contacts/x"_qs;
        QTest::newRow("encoded") << u"%2e%2e%2fcontacts"_qs;
        QTest::newRow("link with encoded traversal")
            << u"https://x.test/conversations/messages/..%2Fcontacts"_qs;
        QTest::newRow("query") << u"abc?locationId=1"_qs;
        QTest::newRow("backslash") << u"abc\\..\\x"_qs;
    }
    void pathNeverLeavesMessages()
    {
        QFETCH(QString, input);
        LookupRequest request;
        request.messageIdInput = input;
        request.token = u"t"_qs;
        const auto checked = request.validate();
        QVERIFY(!checked.ok());
        QVERIFY(checked.value.url.isEmpty());
    }

    void apiVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("ok");
        QTest::newRow("default") << u"2021-04-15"_qs << true;
        QTest::newRow("other date") << u"2021-07-28"_qs << true;
        QTest::newRow("trimmed") << u" 2021-04-15 "_qs << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("crlf") << u"2021\r\nX: 1"_qs << false;
        QTest::newRow("space") << u"2021 04"_qs << false;
        QTest::newRow("long") << QString(40, u'1') << false;
    }
    void apiVersion()
    {
        QFETCH(QString, version);
        QFETCH(bool, ok);
        LookupRequest request;
        request.messageIdInput = u"m1"_qs;
        request.token = u"t"_qs;
        request.apiVersion = version;
        const auto checked = request.validate();
        QCOMPARE(checked.ok(), ok);
        if (!ok)
            QVERIFY(checked.error.contains(u"API version"_qs));
    }

    void errorsNeverEchoTheToken()
    {
        LookupRequest request;
        request.messageIdInput = u"m1"_qs;
        request.token = u"pit-secret-value with space"_qs;
        const auto checked = request.validate();
        QVERIFY(!checked.ok());
        QVERIFY(!checked.error.contains(u"secret"_qs));
    }
};

QTEST_GUILESS_MAIN(TestLookupRequest)
#include "tst_lookuprequest.moc"
