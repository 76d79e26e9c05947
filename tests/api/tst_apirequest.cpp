// Generic GETs of documented endpoints: the endpoint table agrees with the official OpenAPI files (path,
// Version, scope), and an ApiRequest builds exactly the documented address or refuses with a reason, never
// letting an id (one found in a response included) leave its path segment.
#include "api/apirequest.h"
#include "api/endpoint.h"

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using Parameters = QList<ApiRequest::Parameter>;

namespace {

QJsonObject readSpec(const QString &file)
{
    QFile spec(TestSupport::sourcePath(u"tests/data/highlevel-openapi/apps/"_s + file));
    if (!spec.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(spec.readAll()).object();
}

ApiRequest request(const Endpoint &endpoint, const Parameters &ids)
{
    ApiRequest r;
    r.endpoint = endpoint;
    r.pathIds = ids;
    r.token = u"pit-secret"_s;
    return r;
}

} // namespace

class TestApiRequest : public QObject
{
    Q_OBJECT

private slots:
    void endpointsAgreeWithTheOpenApiFiles_data()
    {
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<QString>("file");
        for (const Endpoint &e : Endpoints::all()) {
            const QString file =
                e.pathTemplate.startsWith(u"/contacts"_s) ? u"contacts.json"_s : u"conversations.json"_s;
            QTest::newRow(qPrintable(e.operationId)) << e << file;
        }
    }
    void endpointsAgreeWithTheOpenApiFiles()
    {
        QFETCH(Endpoint, endpoint);
        QFETCH(QString, file);
        const QJsonObject spec = readSpec(file);
        QVERIFY2(!spec.isEmpty(), qPrintable(file));
        const QJsonObject get = spec[u"paths"_s][endpoint.pathTemplate][u"get"_s].toObject();
        QVERIFY2(!get.isEmpty(), qPrintable(endpoint.pathTemplate));
        QCOMPARE(get[u"operationId"_s].toString(), endpoint.operationId);

        // Every path parameter the file names is in the template, and the Version it documents is ours.
        QStringList pathParameters;
        QString documentedVersion;
        for (const QJsonValue &p : get[u"parameters"_s].toArray()) {
            const QJsonObject parameter = p.toObject();
            if (parameter[u"in"_s] == u"path"_s)
                pathParameters << parameter[u"name"_s].toString();
            if (parameter[u"in"_s] == u"header"_s && parameter[u"name"_s] == u"Version"_s)
                documentedVersion = parameter[u"schema"_s][u"enum"_s][0].toString();
        }
        QStringList ours = endpoint.pathParameters();
        ours.sort();
        pathParameters.sort();
        // get-message and get-email-by-id list no path parameter in the file; their one {id} is the path's.
        if (pathParameters.isEmpty())
            QCOMPARE(ours, QStringList{u"id"_s});
        else
            QCOMPARE(ours, pathParameters);
        if (!documentedVersion.isEmpty())
            QCOMPARE(QString::fromLatin1(endpoint.apiVersion), documentedVersion);
        else
            QCOMPARE(QString::fromLatin1(endpoint.apiVersion), QString(Endpoints::conversationsVersion));

        QStringList scopes;
        for (const QJsonValue &s : get[u"security"_s].toArray()) {
            for (const QJsonValue &list : s.toObject())
                for (const QJsonValue &scope : list.toArray())
                    scopes << scope.toString();
        }
        if (!scopes.isEmpty())
            QVERIFY2(scopes.contains(endpoint.scope), qPrintable(scopes.join(u", ")));
        else
            QCOMPARE(endpoint.scope, u"conversations/message.readonly"_s); // get-email-by-id lists none
    }

    void contactsAndConversationsSendTheirOwnVersion()
    {
        QCOMPARE(Endpoints::contact().apiVersion, QByteArray("2021-07-28"));
        QCOMPARE(Endpoints::conversation().apiVersion, QByteArray("2021-04-15"));
        QCOMPARE(Endpoints::recording().answer, Endpoint::Answer::Bytes);
        QCOMPARE(Endpoints::recording().subject, u"messageId"_s);
        QCOMPARE(Endpoints::transcription().subject, u"messageId"_s);
        QCOMPARE(Endpoints::contact().subject, u"contactId"_s);
    }

    void buildsEachAddress_data()
    {
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<Parameters>("ids");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("primaryId");
        const QString base = u"https://services.leadconnectorhq.com"_s;
        QTest::newRow("email") << Endpoints::emailMessage() << Parameters{{u"id"_s, u"Em1"_s}}
                               << base + u"/conversations/messages/email/Em1"_s << u"Em1"_s;
        QTest::newRow("recording") << Endpoints::recording()
                                   << Parameters{{u"locationId"_s, u"L1"_s}, {u"messageId"_s, u"M1"_s}}
                                   << base + u"/conversations/messages/M1/locations/L1/recording"_s
                                   << u"M1"_s;
        QTest::newRow("transcription")
            << Endpoints::transcription() << Parameters{{u"messageId"_s, u"M1"_s}, {u"locationId"_s, u"L1"_s}}
            << base + u"/conversations/locations/L1/messages/M1/transcription"_s << u"M1"_s;
        QTest::newRow("conversation")
            << Endpoints::conversation() << Parameters{{u"conversationId"_s, u"C1"_s}}
            << base + u"/conversations/C1"_s << u"C1"_s;
        QTest::newRow("contact") << Endpoints::contact() << Parameters{{u"contactId"_s, u"K-1_x"_s}}
                                 << base + u"/contacts/K-1_x"_s << u"K-1_x"_s;
    }
    void buildsEachAddress()
    {
        QFETCH(Endpoint, endpoint);
        QFETCH(Parameters, ids);
        QFETCH(QString, url);
        QFETCH(QString, primaryId);
        const auto checked = request(endpoint, ids).validate();
        QVERIFY2(checked.ok(), qPrintable(checked.error));
        QCOMPARE(checked.value.url.toString(QUrl::FullyEncoded), url);
        QCOMPARE(checked.value.primaryId, primaryId);
        QCOMPARE(checked.value.apiVersion, endpoint.apiVersion);
        QCOMPARE(checked.value.token, u"pit-secret"_s);
        QCOMPARE(checked.value.expectJson, endpoint.answer == Endpoint::Answer::Json);
    }

    void keepsABasePathAndTheQuery()
    {
        ApiRequest r = request(Endpoints::conversationMessages(), {{u"conversationId"_s, u"C1"_s}});
        r.baseUrl = u"http://127.0.0.1:9/gateway/"_s;
        r.query = {{u"lastMessageId"_s, u"M20"_s}, {u"limit"_s, u"20"_s}};
        const auto checked = r.validate();
        QVERIFY2(checked.ok(), qPrintable(checked.error));
        QCOMPARE(checked.value.url.toString(QUrl::FullyEncoded),
                 u"http://127.0.0.1:9/gateway/conversations/C1/messages?lastMessageId=M20&limit=20"_s);
    }

    // Ids as a hostile or broken response could carry them: none reaches the address.
    void refusesIdsThatWouldLeaveTheirSegment_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        QTest::newRow("traversal") << u"../../contacts/x"_s << u"“.”"_s;
        QTest::newRow("slash") << u"a/b"_s << u"slash"_s;
        QTest::newRow("dotdot") << u".."_s << u"“.”"_s;
        QTest::newRow("encoded") << u"%2e%2e"_s << u"percent"_s;
        QTest::newRow("query") << u"a?x=1"_s << u"“?”"_s;
        QTest::newRow("fragment") << u"a#b"_s << u"“#”"_s;
        QTest::newRow("space") << u"a b"_s << u"a space"_s;
        QTest::newRow("line break") << u"a\r\nHost: evil"_s << u"U+000D"_s;
        QTest::newRow("bidi override") << u"a\u202Eb"_s << u"U+202E"_s;
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("too long") << QString(129, u'a') << u"too long"_s;
        QTest::newRow("padded") << u" M1"_s << u"a space"_s;
        QTest::newRow("pit token") << u"pit-0a1b2c3d-1111-2222-3333-444455556666"_s << u"access token"_s;
    }
    void refusesIdsThatWouldLeaveTheirSegment()
    {
        QFETCH(QString, id);
        QFETCH(QString, expected);
        const auto checked = request(Endpoints::contact(), {{u"contactId"_s, id}}).validate();
        QVERIFY(!checked.ok());
        QVERIFY2(checked.error.contains(expected), qPrintable(checked.error));
        QVERIFY2(checked.error.contains(u"contact id"_s), qPrintable(checked.error));
        if (id.size() > 3)
            QVERIFY2(!checked.error.contains(id), "the refused text is never repeated");
    }

    void refusesAHostileQueryValue()
    {
        ApiRequest r = request(Endpoints::conversationMessages(), {{u"conversationId"_s, u"C1"_s}});
        r.query = {{u"lastMessageId"_s, u"x&locationId=other"_s}};
        const auto checked = r.validate();
        QVERIFY(!checked.ok());
        QVERIFY2(checked.error.contains(u"last message"_s), qPrintable(checked.error));
    }

    void refusesMissingAndUnknownIds()
    {
        QVERIFY(!request(Endpoints::recording(), {{u"messageId"_s, u"M1"_s}}).validate().ok());
        QVERIFY(request(Endpoints::recording(), {{u"messageId"_s, u"M1"_s}})
                    .validate()
                    .error.contains(u"location id"_s));
        QVERIFY(!request(Endpoints::contact(), {{u"contactId"_s, u"K1"_s}, {u"other"_s, u"x"_s}})
                     .validate()
                     .ok());
    }

    void refusesTheTokenAndAddressLikeALookup()
    {
        ApiRequest r = request(Endpoints::contact(), {{u"contactId"_s, u"K1"_s}});
        r.token = u"has space"_s;
        QVERIFY(!r.validate().ok());
        QVERIFY(!r.validate().error.contains(u"has space"_s));
        r.token = u"pit-x"_s;
        r.baseUrl = u"http://example.com"_s;
        QVERIFY(r.validate().error.contains(u"https://"_s));
    }
};

QTEST_GUILESS_MAIN(TestApiRequest)
#include "tst_apirequest.moc"
