// "Open in HighLevel": links from the profile's web-app address and its templates. The defaults, an agency's
// white-label address, https only, ids validated before they go in, templates that could lead elsewhere
// refused, and the templates kept in the profile store.
#include "related/webapplinks.h"
#include "store/profilestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWebAppLinks : public QObject
{
    Q_OBJECT

private slots:
    void theDefaultLinks()
    {
        const Profile profile;
        const auto conversation =
            WebAppLinks::conversation(profile, u"Lq7Rt2Vx9KmN3pB6sD4f"_s, u"Cv9Tg1Yh3Uj5Ik7Ol9Pz"_s);
        QVERIFY2(conversation.ok(), qPrintable(conversation.error));
        QCOMPARE(conversation.value.toString(),
                 u"https://app.gohighlevel.com/v2/location/Lq7Rt2Vx9KmN3pB6sD4f/conversations/conversations/"
                 "Cv9Tg1Yh3Uj5Ik7Ol9Pz"_s);
        const auto contact =
            WebAppLinks::contact(profile, u"Lq7Rt2Vx9KmN3pB6sD4f"_s, u"Cn6Vb8Nm0Qa2Ws4Ed6Rf"_s);
        QVERIFY(contact.ok());
        QCOMPARE(
            contact.value.toString(),
            u"https://app.gohighlevel.com/v2/location/Lq7Rt2Vx9KmN3pB6sD4f/contacts/detail/Cn6Vb8Nm0Qa2Ws4Ed6Rf"_s);
    }

    void aWhiteLabelAddressAndItsOwnTemplate()
    {
        Profile profile;
        profile.webAppUrl = QUrl(u"https://crm.agency.example/app/"_s);
        profile.conversationLinkTemplate = u"{webApp}/inbox/{conversationId}?location={locationId}"_s;
        const auto link = WebAppLinks::conversation(profile, u"L1"_s, u"C1"_s);
        QVERIFY2(link.ok(), qPrintable(link.error));
        QCOMPARE(link.value.toString(), u"https://crm.agency.example/app/inbox/C1?location=L1"_s);
        QCOMPARE(link.value.host(), u"crm.agency.example"_s);
    }

    void onlyHttps_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("http") << u"http://app.gohighlevel.com"_s;
        QTest::newRow("http loopback") << u"http://127.0.0.1:8080"_s;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s;
        QTest::newRow("file") << u"file:///etc/passwd"_s;
        QTest::newRow("user info") << u"https://user:secret@app.gohighlevel.com"_s;
        QTest::newRow("query") << u"https://app.gohighlevel.com/?x=1"_s;
        QTest::newRow("empty") << QString();
    }
    void onlyHttps()
    {
        QFETCH(QString, address);
        Profile profile;
        profile.webAppUrl = QUrl(address);
        const auto link = WebAppLinks::conversation(profile, u"L1"_s, u"C1"_s);
        QVERIFY(!link.ok());
        QVERIFY2(link.error.contains(u"https://"_s), qPrintable(link.error));
        QVERIFY(!link.error.contains(u"secret"_s));
    }

    void idsAreValidatedFirst_data()
    {
        QTest::addColumn<QString>("conversationId");
        QTest::addColumn<QString>("expected");
        QTest::newRow("traversal") << u"../../settings"_s << u"conversation id"_s;
        QTest::newRow("query") << u"C1?next=https://evil.example"_s << u"conversation id"_s;
        QTest::newRow("fragment") << u"C1#x"_s << u"conversation id"_s;
        QTest::newRow("token") << u"pit-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s << u"access token"_s;
        QTest::newRow("empty") << QString() << u"empty"_s;
    }
    void idsAreValidatedFirst()
    {
        QFETCH(QString, conversationId);
        QFETCH(QString, expected);
        const auto link = WebAppLinks::conversation(Profile(), u"L1"_s, conversationId);
        QVERIFY(!link.ok());
        QVERIFY2(link.error.contains(expected), qPrintable(link.error));
        QVERIFY(!link.value.isValid());
        if (conversationId.size() > 4)
            QVERIFY(!link.error.contains(conversationId));
    }

    void templatesThatCouldLeadElsewhere_data()
    {
        QTest::addColumn<QString>("linkTemplate");
        QTest::newRow("another host") << u"https://evil.example/{conversationId}"_s;
        QTest::newRow("no webApp first") << u"/v2/{conversationId}"_s;
        QTest::newRow("webApp without slash") << u"{webApp}.evil.example/{conversationId}"_s;
        QTest::newRow("user info trick") << u"{webApp}@evil.example/{conversationId}"_s;
        QTest::newRow("double slash") << u"{webApp}//evil.example/{conversationId}"_s;
        QTest::newRow("backslash") << u"{webApp}/\\evil.example"_s;
        QTest::newRow("dot segment") << u"{webApp}/../{conversationId}"_s;
        QTest::newRow("unknown placeholder") << u"{webApp}/{token}"_s;
        QTest::newRow("second webApp") << u"{webApp}/{webApp}"_s;
        QTest::newRow("percent") << u"{webApp}/%2e%2e/{conversationId}"_s;
        QTest::newRow("space") << u"{webApp}/a b"_s;
        QTest::newRow("unclosed") << u"{webApp}/{conversationId"_s;
        QTest::newRow("too long") << u"{webApp}/"_s + QString(600, u'a');
    }
    void templatesThatCouldLeadElsewhere()
    {
        QFETCH(QString, linkTemplate);
        QVERIFY(!WebAppLinks::templateProblem(linkTemplate).isEmpty());
        Profile profile;
        profile.conversationLinkTemplate = linkTemplate;
        QVERIFY(!WebAppLinks::conversation(profile, u"L1"_s, u"C1"_s).ok());
    }

    void theStoreKeepsTheTemplates()
    {
        QTemporaryDir dir;
        const QString settings = dir.filePath(u"settings.ini"_s);
        {
            ProfileStore store(settings);
            Profile profile = store.defaultProfile();
            QVERIFY(profile.conversationLinkTemplate.isEmpty()); // the default applies
            profile.conversationLinkTemplate = u" {webApp}/c/{conversationId} "_s;
            QCOMPARE(store.update(profile), QString());
            profile.contactLinkTemplate = u"https://evil.example/{contactId}"_s;
            QVERIFY(store.update(profile).contains(u"{webApp}/"_s)); // refused, nothing changed
        }
        ProfileStore reopened(settings);
        const Profile profile = reopened.defaultProfile();
        QCOMPARE(profile.conversationLinkTemplate, u"{webApp}/c/{conversationId}"_s);
        QVERIFY(profile.contactLinkTemplate.isEmpty());
        QCOMPARE(WebAppLinks::conversation(profile, u"L1"_s, u"C1"_s).value.toString(),
                 u"https://app.gohighlevel.com/c/C1"_s);
    }
};

QTEST_GUILESS_MAIN(TestWebAppLinks)
#include "tst_webapplinks.moc"
