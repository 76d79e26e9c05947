// Related lookups through the one inspection path (InspectionSession::inspectRelated): the profile's address
// and token, the exact request of each endpoint with its own Version, ids refused before the token is asked
// for, the scope to add named on a 401/403, no message checks on a related answer, nothing in the history.
#include "api/endpoint.h"
#include "session/fixedtokensource.h"
#include "session/inspectionsession.h"
#include "store/lookuphistory.h"
#include "store/profilestore.h"

#include "countingtokensource.h"
#include "loopbacksession.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::CountingTokenSource;
using TestSupport::LoopbackSession;
using TestSupport::LoopbackSessionOptions;
using TestSupport::ScriptedResponse;
using Category = InspectionFailure::Category;
using Parameters = QList<ApiRequest::Parameter>;

namespace {

ApiRequest call(const Endpoint &endpoint, const Parameters &ids, const Parameters &query = {})
{
    ApiRequest r;
    r.endpoint = endpoint;
    r.pathIds = ids;
    r.query = query;
    return r;
}

} // namespace

class TestInspectRelated : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        auto tokens = std::make_unique<CountingTokenSource>(m_token);
        m_tokens = tokens.get();
        // With a history: related lookups must leave nothing in it.
        m_loopback =
            std::make_unique<LoopbackSession>(std::move(tokens), LoopbackSessionOptions{.history = true});
        QVERIFY(m_loopback->isListening());
        QCOMPARE(m_loopback->pointDefaultProfileAtServer(), QString());
    }

    void cleanup()
    {
        m_tokens = nullptr;
        m_loopback.reset();
    }

    void sendsEachRequestAsDocumented_data()
    {
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<Parameters>("ids");
        QTest::addColumn<Parameters>("query");
        QTest::addColumn<QByteArray>("requestLine");
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QString>("subject");
        QTest::newRow("email") << Endpoints::emailMessage()
                               << Parameters{{u"id"_s, u"Em1Aa2Bb3Cc4Dd5Ee6Ff"_s}} << Parameters{}
                               << QByteArray(
                                      "GET /conversations/messages/email/Em1Aa2Bb3Cc4Dd5Ee6Ff HTTP/1.1")
                               << QByteArray("2021-04-15") << u"Em1Aa2Bb3Cc4Dd5Ee6Ff"_s;
        QTest::newRow("transcription")
            << Endpoints::transcription()
            << Parameters{{u"locationId"_s, u"Lq7Rt2Vx9KmN3pB6sD4f"_s},
                          {u"messageId"_s, u"Lc7Kq2Wn5Rt8Yx1Za4Vb"_s}}
            << Parameters{}
            << QByteArray("GET /conversations/locations/Lq7Rt2Vx9KmN3pB6sD4f/messages/Lc7Kq2Wn5Rt8Yx1Za4Vb/"
                          "transcription HTTP/1.1")
            << QByteArray("2021-04-15") << u"Lc7Kq2Wn5Rt8Yx1Za4Vb"_s;
        QTest::newRow("conversation")
            << Endpoints::conversation() << Parameters{{u"conversationId"_s, u"Cv9Tg1Yh3Uj5Ik7Ol9Pz"_s}}
            << Parameters{} << QByteArray("GET /conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz HTTP/1.1")
            << QByteArray("2021-04-15") << u"Cv9Tg1Yh3Uj5Ik7Ol9Pz"_s;
        QTest::newRow("messages page 2")
            << Endpoints::conversationMessages()
            << Parameters{{u"conversationId"_s, u"Cv9Tg1Yh3Uj5Ik7Ol9Pz"_s}}
            << Parameters{{u"lastMessageId"_s, u"p1mRSHeLDhAms5q0LMr4"_s}}
            << QByteArray(
                   "GET /conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz/messages?lastMessageId=p1mRSHeLDhAms5q0LMr4 "
                   "HTTP/1.1")
            << QByteArray("2021-04-15") << u"Cv9Tg1Yh3Uj5Ik7Ol9Pz"_s;
        QTest::newRow("contact") << Endpoints::contact()
                                 << Parameters{{u"contactId"_s, u"Cn6Vb8Nm0Qa2Ws4Ed6Rf"_s}} << Parameters{}
                                 << QByteArray("GET /contacts/Cn6Vb8Nm0Qa2Ws4Ed6Rf HTTP/1.1")
                                 << QByteArray("2021-07-28") << u"Cn6Vb8Nm0Qa2Ws4Ed6Rf"_s;
    }
    void sendsEachRequestAsDocumented()
    {
        QFETCH(Endpoint, endpoint);
        QFETCH(Parameters, ids);
        QFETCH(Parameters, query);
        QFETCH(QByteArray, requestLine);
        QFETCH(QByteArray, version);
        QFETCH(QString, subject);
        // A body with the marks of a message: a related answer is not checked as one.
        m_loopback->server().enqueue(
            ScriptedResponse::json(R"({"id":"x","direction":"outbound","status":"delivered"})"));
        const std::optional<InspectionResult> r = runRelated(call(endpoint, ids, query));
        QVERIFY(r);
        QVERIFY2(r->ok(), r->failure ? qPrintable(r->failure->toText()) : "");
        QCOMPARE(m_loopback->server().requestCount(), 1);
        const auto sent = m_loopback->server().requests().constFirst();
        QCOMPARE(sent.requestLine, requestLine);
        QCOMPARE(sent.header("Version"), version);
        QCOMPARE(sent.header("Authorization"), "Bearer " + m_token.toUtf8());
        QCOMPARE(sent.header("Accept"), QByteArray("application/json"));
        QCOMPARE(r->messageId, subject);
        QCOMPARE(r->profile, m_loopback->profiles().defaultProfileName());
        QCOMPARE(r->request.source, InspectionRequest::Source::Related);
        QVERIFY(r->analysis.document.isValid());
        QCOMPARE(r->analysis.shape.kind, ResponseShape::Kind::OtherJson);
        QVERIFY(r->analysis.findings.isEmpty());
        QCOMPARE(r->sourceNote(), u"related "_s + endpoint.what);
    }

    void aHostileIdSendsNothingAndAsksForNoToken_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("traversal") << u"../../contacts/Cn6Vb8Nm0Qa2Ws4Ed6Rf"_s;
        QTest::newRow("query") << u"x?locationId=other"_s;
        QTest::newRow("header injection") << u"x\r\nX-Evil: 1"_s;
        QTest::newRow("token") << m_token;
        QTest::newRow("empty") << QString();
    }
    void aHostileIdSendsNothingAndAsksForNoToken()
    {
        QFETCH(QString, id);
        const std::optional<InspectionResult> r =
            runRelated(call(Endpoints::contact(), {{u"contactId"_s, id}}));
        QVERIFY(r);
        QVERIFY(r->failure);
        QCOMPARE(r->failure->category, Category::Usage);
        QCOMPARE(r->failure->kind, u"invalid_input"_s);
        QVERIFY2(r->failure->cause.contains(u"contact id"_s), qPrintable(r->failure->cause));
        QVERIFY(!r->failure->toText().contains(m_token));
        QCOMPARE(m_loopback->server().requestCount(), 0);
        QCOMPARE(m_tokens->fetches, 0);
    }

    void aRefusalNamesTheScopeToAdd_data()
    {
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<Parameters>("ids");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("scope");
        QTest::newRow("contact 403") << Endpoints::contact() << Parameters{{u"contactId"_s, u"C1"_s}} << 403
                                     << u"contacts.readonly"_s;
        QTest::newRow("conversation 401")
            << Endpoints::conversation() << Parameters{{u"conversationId"_s, u"C1"_s}} << 401
            << u"conversations.readonly"_s;
        QTest::newRow("email 403") << Endpoints::emailMessage() << Parameters{{u"id"_s, u"E1"_s}} << 403
                                   << u"conversations/message.readonly"_s;
        QTest::newRow("recording 401")
            << Endpoints::recording() << Parameters{{u"messageId"_s, u"M1"_s}, {u"locationId"_s, u"L1"_s}}
            << 401 << u"conversations/message.readonly"_s;
    }
    void aRefusalNamesTheScopeToAdd()
    {
        QFETCH(Endpoint, endpoint);
        QFETCH(Parameters, ids);
        QFETCH(int, status);
        QFETCH(QString, scope);
        const QByteArray body = "{\"statusCode\":" + QByteArray::number(status) +
                                ",\"message\":\"The token is not authorized for this scope.\"}";
        m_loopback->server().enqueue(ScriptedResponse::error(status, body));
        const std::optional<InspectionResult> r = runRelated(call(endpoint, ids));
        QVERIFY(r);
        QVERIFY(r->failure);
        QCOMPARE(r->failure->category, Category::Authentication);
        QCOMPARE(r->failure->httpStatus, status);
        QVERIFY2(r->failure->nextStep.contains(u"“"_s + scope + u"”"_s), qPrintable(r->failure->nextStep));
        QVERIFY(r->failure->toText().contains(scope));
        QCOMPARE(r->failure->serverMessages, QStringList{u"The token is not authorized for this scope."_s});
        QCOMPARE(r->analysis.shape.kind,
                 ResponseShape::Kind::ErrorBody); // the error answer is still recognised
    }

    void otherFailuresNameNoScope()
    {
        m_loopback->server().enqueue(
            ScriptedResponse::error(404, R"({"statusCode":404,"message":"Not found"})"));
        const std::optional<InspectionResult> r =
            runRelated(call(Endpoints::contact(), {{u"contactId"_s, u"C1"_s}}));
        QVERIFY(r);
        QVERIFY(r->failure);
        QCOMPARE(r->failure->category, Category::NotFound);
        QVERIFY(!r->failure->nextStep.contains(u"contacts.readonly"_s));
    }

    void relatedLookupsAreNotRecorded()
    {
        m_loopback->server().enqueue(ScriptedResponse::json(R"({"contact":{"id":"C1"}})"));
        const std::optional<InspectionResult> contact =
            runRelated(call(Endpoints::contact(), {{u"contactId"_s, u"C1"_s}}));
        QVERIFY(contact && contact->ok());
        m_loopback->server().enqueue(
            ScriptedResponse::json(R"({"id":"M1","direction":"inbound","status":"delivered"})"));
        const std::optional<InspectionResult> message = m_loopback->run(InspectionRequest::lookup(u"M1"_s));
        QVERIFY(message && message->ok());
        // The message lookup is the one row: written after the related one, so the related one had its turn.
        QList<LookupRecord> rows;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFuture<QList<LookupRecord>> recent = m_loopback->history()->recent();
                recent.waitForFinished();
                rows = recent.result();
                return rows.size() == 1;
            }(),
            10000);
        QCOMPARE(rows.constFirst().messageId, u"M1"_s);
    }

    void cancelEndsOnce()
    {
        m_loopback->server().enqueue(ScriptedResponse::silence());
        InspectionJob *job =
            m_loopback->session().inspectRelated(call(Endpoints::contact(), {{u"contactId"_s, u"C1"_s}}));
        QSignalSpy finished(job, &InspectionJob::finished);
        QVERIFY(m_loopback->server().waitForRequests(1));
        job->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<InspectionResult>().failure->category, Category::Cancelled);
    }

private:
    std::optional<InspectionResult> runRelated(const ApiRequest &request)
    {
        return LoopbackSession::waitForResult(m_loopback->session().inspectRelated(request));
    }

    std::unique_ptr<LoopbackSession> m_loopback;
    CountingTokenSource *m_tokens = nullptr; // owned by m_loopback
    QString m_token = u"pit-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s;
};

QTEST_GUILESS_MAIN(TestInspectRelated)
#include "tst_inspectrelated.moc"
