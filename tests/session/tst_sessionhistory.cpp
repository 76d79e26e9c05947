// What a lookup leaves in the history, through the one lookup path: the lookup always (with the message's
// direction, status and type as sent), its answer (body and response headers) only when the profile keeps
// response bodies, and never the token — asserted on the bytes of the SQLite file and its write-ahead log.
#include "session/fixedtokensource.h"
#include "session/inspectionsession.h"
#include "store/lookuphistory.h"
#include "store/profilestore.h"

#include "testserver.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

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
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->listen());
        m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"settings.ini"_s));
        m_tokens = std::make_unique<FixedTokenSource>(m_token);
        m_history = std::make_unique<LookupHistory>(historyPath());
        SessionServices services;
        services.profiles = m_profiles.get();
        services.tokens = m_tokens.get();
        services.history = m_history.get();
        services.clientOptions.retry.enabled = false;
        m_session = std::make_unique<InspectionSession>(services);
    }

    void cleanup()
    {
        m_session.reset();
        m_history.reset();
        m_tokens.reset();
        m_profiles.reset();
        m_server.reset();
        m_dir.reset();
    }

    void profileWithoutTheChoiceKeepsNoBody()
    {
        QVERIFY(!m_profiles->defaultProfile().keepResponseBodies);
        m_server->enqueue(answer(TestSupport::sampleResponse(u"inbound-sms-delivered.json"_s)));
        QVERIFY(lookUp(u"nXf2TQ8rLm4kPz7VbC1a"_s).ok());
        const QList<LookupRecord> rows = m_history->recent(10).result();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().messageId, u"nXf2TQ8rLm4kPz7VbC1a"_s);
        QVERIFY(!rows.first().hasKeptAnswer());
        QVERIFY(!m_history->keptAnswer(rows.first().rowId).result().has_value());
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

    void keptAnswerHoldsBodyAndHeadersNeverTheToken()
    {
        keepBodies(m_profiles->defaultProfileName());
        const QByteArray body = TestSupport::sampleResponse(u"inbound-sms-delivered.json"_s);
        m_server->enqueue(answer(body));
        m_server->enqueue(
            ScriptedResponse::error(404, R"({"statusCode":404,"message":"Message not found"})"));
        QVERIFY(lookUp(u"nXf2TQ8rLm4kPz7VbC1a"_s).ok());
        QVERIFY(!lookUp(u"Zz9Yy8Xx7Ww6Vv5Uu4Tt"_s).ok());
        // The request carried the token; the history never sees it.
        QCOMPARE(m_server->requests().at(0).header("Authorization"), "Bearer " + m_token.toUtf8());

        const QList<LookupRecord> rows = m_history->recent(10).result();
        QCOMPARE(rows.size(), 2);
        const LookupRecord &found = rows.at(1);
        QCOMPARE(found.messageId, u"nXf2TQ8rLm4kPz7VbC1a"_s);
        QCOMPARE(found.keptBodyBytes, body.size());
        const std::optional<KeptAnswer> kept = m_history->keptAnswer(found.rowId).result();
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
        QCOMPARE(m_history->keptAnswer(missing.rowId).result()->body,
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
        QCOMPARE(m_profiles->create(other), QString());
        keepBodies(u"Other"_s);
        m_server->enqueue(answer(TestSupport::sampleResponse(u"inbound-sms-delivered.json"_s)));
        m_server->enqueue(answer(TestSupport::sampleResponse(u"inbound-sms-delivered.json"_s)));
        QVERIFY(lookUp(u"nXf2TQ8rLm4kPz7VbC1a"_s).ok());
        QVERIFY(lookUp(u"nXf2TQ8rLm4kPz7VbC1a"_s, u"Other"_s).ok());
        const QList<LookupRecord> rows = m_history->recent(10).result();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).profile, u"Other"_s);
        QVERIFY(rows.at(0).hasKeptAnswer());
        QCOMPARE(rows.at(1).profile, m_profiles->defaultProfileName());
        QVERIFY(!rows.at(1).hasKeptAnswer());
        QCOMPARE(answersInFile(historyPath()), 1);
    }

private:
    QString historyPath() const { return m_dir->filePath(u"history.sqlite"_s); }

    ScriptedResponse answer(const QByteArray &body)
    {
        return ScriptedResponse::json(body)
            .withRateLimitHeaders()
            .withHeader("X-Echo", "plain")
            .withHeader("Set-Cookie", "session=cookie-value-from-server");
    }

    void keepBodies(const QString &profileName)
    {
        Profile profile = *m_profiles->profile(profileName);
        profile.keepResponseBodies = true;
        QCOMPARE(m_profiles->update(profile), QString());
    }

    InspectionResult lookUp(const QString &id, const QString &profile = {})
    {
        InspectionRequest request = InspectionRequest::lookup(id);
        request.profile = profile;
        request.baseUrlOverride = m_server->baseUrl();
        InspectionJob *job = m_session->inspect(request);
        QSignalSpy finished(job, &InspectionJob::finished);
        if (!finished.wait(10000) || finished.size() != 1)
            return {};
        // Recorded before the job finished; the history answers calls in order, so reading now sees it.
        return finished.at(0).at(0).value<InspectionResult>();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<FixedTokenSource> m_tokens;
    std::unique_ptr<LookupHistory> m_history;
    std::unique_ptr<InspectionSession> m_session;
    QString m_token = u"pit-7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"_s;
};

QTEST_GUILESS_MAIN(TestSessionHistory)
#include "tst_sessionhistory.moc"
