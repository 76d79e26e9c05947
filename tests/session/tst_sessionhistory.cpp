// What a lookup leaves in the history, through the one lookup path: the lookup always (with the message's
// direction, status and type as sent), its answer (body and response headers) only when the profile keeps
// response bodies, and never the token — asserted on the bytes of the SQLite file and its write-ahead log.
#include "session/inspectionsession.h"
#include "store/lookuphistory.h"
#include "store/profilestore.h"

#include "loopbacksession.h"
#include "testserver.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::LoopbackSession;
using TestSupport::LoopbackSessionOptions;
using TestSupport::ScriptedResponse;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every byte of the history on disk: the file and its write-ahead log.
QByteArray historyBytes(const QString &path)
{
    return bytesOf(path) + bytesOf(path + u"-wal"_s);
}

int answersInFile(const QString &path)
{
    int answers = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (db.open() && query.exec(u"SELECT COUNT(*) FROM answers"_s) && query.next())
            answers = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return answers;
}

} // namespace

class TestSessionHistory : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_loopback = std::make_unique<LoopbackSession>(m_token, LoopbackSessionOptions{.history = true});
        QVERIFY(m_loopback->isListening());
    }

    void cleanup() { m_loopback.reset(); }

    void profileWithoutTheChoiceKeepsNoBody()
    {
        QVERIFY(!m_loopback->profiles().defaultProfile().keepResponseBodies);
        m_loopback->server().enqueue(answer(TestSupport::sampleResponse(u"inbound-sms-delivered.json"_s)));
        const std::optional<InspectionResult> found = lookUp(u"nXf2TQ8rLm4kPz7VbC1a"_s);
        QVERIFY(found && found->ok());
        const QList<LookupRecord> rows = m_loopback->history()->recent(10).result();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().messageId, u"nXf2TQ8rLm4kPz7VbC1a"_s);
        QVERIFY(!rows.first().hasKeptAnswer());
        QVERIFY(!m_loopback->history()->keptAnswer(rows.first().rowId).result().has_value());
        // The lookup carries the message's values as sent, so the History view paints the card's chips.
        QCOMPARE(rows.first().direction, u"inbound"_s);
        QCOMPARE(rows.first().status, u"delivered"_s);
        QCOMPARE(rows.first().messageType, u"TYPE_SMS"_s);
        QCOMPARE(rows.first().outcome, u"ok"_s);
        // Nothing of the body reached the file, and no token either.
        const QByteArray file = historyBytes(historyPath());
        QVERIFY(!file.contains("cleaning appointment"));
        QVERIFY(!file.contains(m_token.toUtf8()));
        QCOMPARE(answersInFile(historyPath()), 0);
    }

    void anAnswerThatEchoesTheTokenIsNeverKept()
    {
        // A server (or a proxy) that repeats the request back: in the body, or in a header's value.
        keepBodies(m_loopback->profiles().defaultProfileName());
        m_loopback->server().enqueue(ScriptedResponse::error(
            401, QByteArray(R"({"statusCode":401,"message":"Invalid token: )") + m_token.toUtf8() + "\"}"));
        m_loopback->server().enqueue(
            answer(TestSupport::sampleResponse(u"inbound-sms-delivered.json"_s))
                .withHeader("X-Request-Echo", "Authorization: Bearer " + m_token.toUtf8()));
        const std::optional<InspectionResult> refused = lookUp(u"nXf2TQ8rLm4kPz7VbC1a"_s);
        QVERIFY(refused && !refused->ok());
        QVERIFY(refused->answerEchoesToken);
        // A header's value is scrubbed of the token before anything sees it: that answer is kept, without it.
        const std::optional<InspectionResult> echoed = lookUp(u"Zz9Yy8Xx7Ww6Vv5Uu4Tt"_s);
        QVERIFY(echoed && echoed->ok());
        QVERIFY(!echoed->answerEchoesToken);
        QVERIFY(!echoed->http->responseHeader("X-Request-Echo").contains(m_token.toUtf8()));

        // Both lookups are in the history; the one whose body held the token without its answer.
        const QList<LookupRecord> rows = m_loopback->history()->recent(10).result();
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.at(0).hasKeptAnswer());
        QVERIFY(!rows.at(1).hasKeptAnswer());
        QCOMPARE(answersInFile(historyPath()), 1);
        QVERIFY(!historyBytes(historyPath()).contains(m_token.toUtf8()));
    }

    void keptAnswerHoldsBodyAndHeadersNeverTheToken()
    {
        keepBodies(m_loopback->profiles().defaultProfileName());
        const QByteArray body = TestSupport::sampleResponse(u"inbound-sms-delivered.json"_s);
        m_loopback->server().enqueue(answer(body));
        m_loopback->server().enqueue(
            ScriptedResponse::error(404, R"({"statusCode":404,"message":"Message not found"})"));
        const std::optional<InspectionResult> message = lookUp(u"nXf2TQ8rLm4kPz7VbC1a"_s);
        QVERIFY(message && message->ok());
        const std::optional<InspectionResult> missingMessage = lookUp(u"Zz9Yy8Xx7Ww6Vv5Uu4Tt"_s);
        QVERIFY(missingMessage && !missingMessage->ok());
        // The request carried the token; the history never sees it.
        QCOMPARE(m_loopback->server().requests().at(0).header("Authorization"), "Bearer " + m_token.toUtf8());

        const QList<LookupRecord> rows = m_loopback->history()->recent(10).result();
        QCOMPARE(rows.size(), 2);
        const LookupRecord &found = rows.at(1);
        QCOMPARE(found.messageId, u"nXf2TQ8rLm4kPz7VbC1a"_s);
        QCOMPARE(found.keptBodyBytes, body.size());
        const std::optional<KeptAnswer> kept = m_loopback->history()->keptAnswer(found.rowId).result();
        QVERIFY(kept.has_value());
        QCOMPARE(kept->body, body);
        QCOMPARE(HttpHeaderList::firstValue(kept->headers, "X-RateLimit-Remaining"), QByteArray("97"));
        QCOMPARE(HttpHeaderList::firstValue(kept->headers, "X-Echo"), QByteArray("plain"));
        QVERIFY(!HttpHeaderList::contains(kept->headers, "Set-Cookie"));
        QVERIFY(!HttpHeaderList::contains(kept->headers, "Authorization"));

        // A failed lookup's answer is what the server said, kept the same way.
        const LookupRecord &missing = rows.at(0);
        QCOMPARE(missing.outcome, u"not_found"_s);
        QCOMPARE(missing.httpStatus, 404);
        QVERIFY(missing.status.isEmpty());
        QCOMPARE(m_loopback->history()->keptAnswer(missing.rowId).result()->body,
                 QByteArray(R"({"statusCode":404,"message":"Message not found"})"));

        const QByteArray file = historyBytes(historyPath());
        QVERIFY(file.contains("cleaning appointment"));
        QVERIFY(!file.contains(m_token.toUtf8()));
        QVERIFY(!file.contains("Bearer"));
        QVERIFY(!file.contains("Authorization"));
        QVERIFY(!file.contains("cookie-value-from-server"));
        QCOMPARE(answersInFile(historyPath()), 2);
        // Nowhere else under the sandbox either.
        QVERIFY(TestSupport::filesContaining(m_token.toUtf8()).isEmpty());
    }

    void onlyTheProfileThatChoseKeepsBodies()
    {
        Profile other;
        other.name = u"Other"_s;
        QCOMPARE(m_loopback->profiles().create(other), QString());
        keepBodies(u"Other"_s);
        m_loopback->server().enqueue(answer(TestSupport::sampleResponse(u"inbound-sms-delivered.json"_s)));
        m_loopback->server().enqueue(answer(TestSupport::sampleResponse(u"inbound-sms-delivered.json"_s)));
        const std::optional<InspectionResult> withDefault = lookUp(u"nXf2TQ8rLm4kPz7VbC1a"_s);
        QVERIFY(withDefault && withDefault->ok());
        const std::optional<InspectionResult> withOther = lookUp(u"nXf2TQ8rLm4kPz7VbC1a"_s, u"Other"_s);
        QVERIFY(withOther && withOther->ok());
        const QList<LookupRecord> rows = m_loopback->history()->recent(10).result();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).profile, u"Other"_s);
        QVERIFY(rows.at(0).hasKeptAnswer());
        QCOMPARE(rows.at(1).profile, m_loopback->profiles().defaultProfileName());
        QVERIFY(!rows.at(1).hasKeptAnswer());
        QCOMPARE(answersInFile(historyPath()), 1);
    }

private:
    // Where LoopbackSession keeps the history.
    QString historyPath() const { return m_loopback->filePath(u"history.sqlite"_s); }

    ScriptedResponse answer(const QByteArray &body)
    {
        return ScriptedResponse::json(body)
            .withRateLimitHeaders()
            .withHeader("X-Echo", "plain")
            .withHeader("Set-Cookie", "session=cookie-value-from-server");
    }

    void keepBodies(const QString &profileName)
    {
        Profile profile = *m_loopback->profiles().profile(profileName);
        profile.keepResponseBodies = true;
        QCOMPARE(m_loopback->profiles().update(profile), QString());
    }

    std::optional<InspectionResult> lookUp(const QString &id, const QString &profile = {})
    {
        InspectionRequest request = InspectionRequest::lookup(id);
        request.profile = profile;
        request.baseUrlOverride = m_loopback->server().baseUrl();
        // Recorded before the job finished; the history answers calls in order, so reading now sees it.
        return m_loopback->run(request);
    }

    std::unique_ptr<LoopbackSession> m_loopback;
    QString m_token = u"pit-7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"_s;
};

QTEST_GUILESS_MAIN(TestSessionHistory)
#include "tst_sessionhistory.moc"
