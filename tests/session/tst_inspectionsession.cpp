// The one inspection path, against the loopback server with an in-memory token source: what is sent, what
// is refused before anything is sent (and before the token is asked for), one finished() per job on every
// path, cancel, files and pasted bodies, and several jobs at once.
#include "session/fixedtokensource.h"
#include "session/inspectionsession.h"
#include "store/profilestore.h"

#include "countingtokensource.h"
#include "loopbacksession.h"
#include "testserver.h"
#include "testsupport.h"

#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::CountingTokenSource;
using TestSupport::LoopbackSession;
using TestSupport::ScriptedResponse;
using Category = InspectionFailure::Category;

class TestInspectionSession : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        auto tokens = std::make_unique<CountingTokenSource>(m_token);
        m_tokens = tokens.get();
        m_loopback = std::make_unique<LoopbackSession>(std::move(tokens));
        QVERIFY(m_loopback->isListening());
    }

    void cleanup()
    {
        m_tokens = nullptr;
        m_loopback.reset();
    }

    void lookupSendsOnceAndAnalyses()
    {
        m_loopback->server().enqueue(
            ScriptedResponse::json(TestSupport::sampleResponse(u"live-call-completed.json"_s)));
        const std::optional<InspectionResult> r = m_loopback->run(lookup(u"Lc7Kq2Wn5Rt8Yx1Za4Vb"_s));
        QVERIFY(r);
        QVERIFY2(r->ok(), r->failure ? qPrintable(r->failure->title) : "");
        QCOMPARE(r->messageId, u"Lc7Kq2Wn5Rt8Yx1Za4Vb"_s);
        QCOMPARE(r->profile, m_loopback->profiles().defaultProfileName());
        QCOMPARE(m_loopback->server().requestCount(), 1);
        const auto request = m_loopback->server().requests().constFirst();
        QCOMPARE(request.target, QByteArray("/conversations/messages/Lc7Kq2Wn5Rt8Yx1Za4Vb"));
        QCOMPARE(request.header("Authorization"), "Bearer " + m_token.toUtf8());
        QCOMPARE(request.header("Version"), QByteArray("2021-04-15"));
        QCOMPARE(r->analysis.shape.kindName(), u"envelope"_s);
        QCOMPARE(r->analysis.view.callDuration.value, 37);
        QCOMPARE(r->sourceNote(), u"looked up"_s);
        QVERIFY(r->pretty.isEmpty());
    }

    void linkIsAcceptedAsTheIdItHolds()
    {
        m_loopback->server().enqueue(
            ScriptedResponse::json(TestSupport::sampleResponse(u"inbound-sms-delivered.json"_s)));
        const std::optional<InspectionResult> r = m_loopback->run(lookup(
            u"https://app.gohighlevel.com/v2/location/L1/conversations/conversations/C1?messageId=nXf2TQ8rLm4kPz7VbC1a"_s));
        QVERIFY(r);
        QVERIFY(r->ok());
        QCOMPARE(r->messageId, u"nXf2TQ8rLm4kPz7VbC1a"_s);
    }

    void refusedInputSendsNothingAndAsksForNoToken_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("kind");
        QTest::newRow("path traversal") << u"../etc/passwd"_s << QString() << QString() << u"invalid_input"_s;
        QTest::newRow("empty id") << QString() << QString() << QString() << u"invalid_input"_s;
        QTest::newRow("plain http elsewhere")
            << u"nXf2TQ8rLm4kPz7VbC1a"_s << u"http://example.com"_s << QString() << u"invalid_input"_s;
        QTest::newRow("unknown profile")
            << u"nXf2TQ8rLm4kPz7VbC1a"_s << QString() << u"Nobody"_s << u"profile"_s;
    }

    void refusedInputSendsNothingAndAsksForNoToken()
    {
        QFETCH(QString, id);
        QFETCH(QString, baseUrl);
        QFETCH(QString, profile);
        QFETCH(QString, kind);
        InspectionRequest request = lookup(id);
        if (!baseUrl.isEmpty())
            request.baseUrlOverride = baseUrl;
        request.profile = profile;
        const std::optional<InspectionResult> r = m_loopback->run(request);
        QVERIFY(r);
        QVERIFY(r->failure);
        QCOMPARE(r->failure->category, Category::Usage);
        QCOMPARE(r->failure->kind, kind);
        QCOMPARE(m_loopback->server().requestCount(), 0);
        QCOMPARE(m_tokens->fetches, 0);
        QVERIFY(!r->wasSent());
    }

    void noTokenIsAnAuthenticationFailure()
    {
        CountingTokenSource none;
        SessionServices services = m_loopback->session().services();
        services.tokens = &none;
        InspectionSession session(services);
        const std::optional<InspectionResult> r =
            LoopbackSession::waitForResult(session.inspect(lookup(u"nXf2TQ8rLm4kPz7VbC1a"_s)));
        QVERIFY(r);
        QVERIFY(r->failure);
        QCOMPARE(r->failure->category, Category::Authentication);
        QCOMPARE(r->failure->kind, u"no_token"_s);
        QCOMPARE(m_loopback->server().requestCount(), 0);
        QVERIFY(!r->failure->retryMayHelp());
    }

    void httpErrorKeepsTheBodyAndTraceId()
    {
        m_loopback->server().enqueue(
            ScriptedResponse::error(401, R"({"statusCode":401,"message":"Invalid JWT","traceId":"tr-1"})"));
        const std::optional<InspectionResult> r = m_loopback->run(lookup(u"nXf2TQ8rLm4kPz7VbC1a"_s));
        QVERIFY(r);
        QVERIFY(r->failure);
        QCOMPARE(r->failure->category, Category::Authentication);
        QCOMPARE(r->failure->kind, u"unauthorized"_s);
        QCOMPARE(r->failure->traceId, u"tr-1"_s);
        QCOMPARE(r->failure->serverMessages, QStringList{u"Invalid JWT"_s});
        QVERIFY(!r->failure->retryMayHelp());
        QCOMPARE(r->analysis.shape.kindName(), u"error"_s); // the error body is analysed for the Raw tab
        QVERIFY(r->wasSent());
        QVERIFY(!r->failure->toText().contains(m_token));
    }

    void serverErrorMayBeRetried()
    {
        m_loopback->server().enqueue(ScriptedResponse::error(503, R"({"message":"busy"})"));
        const std::optional<InspectionResult> r = m_loopback->run(lookup(u"nXf2TQ8rLm4kPz7VbC1a"_s));
        QVERIFY(r);
        QVERIFY(r->failure);
        QCOMPARE(r->failure->category, Category::ServerError);
        QVERIFY(r->failure->retryMayHelp());
    }

    void cancelEndsTheJobOnce()
    {
        m_loopback->server().enqueue(
            ScriptedResponse::json(TestSupport::sampleResponse(u"inbound-sms-delivered.json"_s))
                .withDelay(5000));
        InspectionJob *job = m_loopback->session().inspect(lookup(u"nXf2TQ8rLm4kPz7VbC1a"_s));
        QSignalSpy finished(job, &InspectionJob::finished);
        QTRY_COMPARE(m_loopback->server().requestCount(), 1);
        job->cancel();
        QTRY_COMPARE(finished.size(), 1);
        const auto r = finished.at(0).at(0).value<InspectionResult>();
        QVERIFY(r.failure);
        QCOMPARE(r.failure->category, Category::Cancelled);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }

    void cancelBeforeStartEndsOnce()
    {
        InspectionJob *job = m_loopback->session().inspect(lookup(u"nXf2TQ8rLm4kPz7VbC1a"_s));
        QSignalSpy finished(job, &InspectionJob::finished);
        job->cancel();
        QCOMPARE(finished.size(), 1);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_loopback->server().requestCount(), 0);
    }

    void filesAreReadOffTheUiThread_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("exists");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("titleStart");
        QTest::newRow("a response") << TestSupport::sampleResponse(u"live-failed-sms.json"_s) << true
                                    << QString() << QString();
        QTest::newRow("missing") << QByteArray() << false << u"file_unreadable"_s << u"The file “"_s;
        QTest::newRow("empty") << QByteArray("  \n") << true << u"not_json"_s << u"“x.json” is empty"_s;
        QTest::newRow("binary") << QByteArray("\x1f\x8b\x08\x00\x00\x00", 6) << true << u"not_json"_s
                                << u"“x.json” is not text"_s;
        QTest::newRow("not json") << QByteArray("{\"id\": tru}") << true << u"not_json"_s
                                  << u"“x.json” is not valid JSON"_s;
    }

    void filesAreReadOffTheUiThread()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, exists);
        QFETCH(QString, kind);
        QFETCH(QString, titleStart);
        const QString path = m_loopback->filePath(u"x.json"_s);
        if (exists) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const std::optional<InspectionResult> r = m_loopback->run(InspectionRequest::file(path));
        QVERIFY(r);
        if (kind.isEmpty()) {
            QVERIFY(r->ok());
            QCOMPARE(r->body, content);
            QCOMPARE(r->analysis.view.failureText.value, u"30007: Message filtered by the carrier"_s);
            QCOMPARE(r->sourceNote(), u"file x.json"_s);
        } else {
            QVERIFY(r->failure);
            QCOMPARE(r->failure->kind, kind);
            QVERIFY2(r->failure->title.startsWith(titleStart), qPrintable(r->failure->title));
        }
        QCOMPARE(m_loopback->server().requestCount(), 0);
    }

    // A file of FileBytes::readThreshold or more is memory-mapped, not copied: the body is a view of the
    // mapping, which the result (and its document) keep alive; the analysis reports progress on the way.
    void largeFilesAreMappedAndReportProgress()
    {
        const QByteArray item = "\"ve9EPM428h8vShlRW1KT\",";
        QByteArray content = R"({"id": "a1", "direction": "inbound", "status": "delivered", "ids": [)";
        content += item.repeated(20 * 1024 * 1024 / item.size()) + "\"z\"]}\n";
        const QString path = m_loopback->filePath(u"big.json"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(content), content.size());
        }
        InspectionJob *job = m_loopback->session().inspect(InspectionRequest::file(path));
        QSignalSpy progress(job, &InspectionJob::workProgress);
        QSignalSpy finished(job, &InspectionJob::finished);
        QVERIFY(finished.wait(60000));
        const InspectionResult r = finished.at(0).at(0).value<InspectionResult>();
        QVERIFY(r.ok());
        QVERIFY(r.bodyKeepAlive);
        QCOMPARE(r.analysis.document.keepAlive(), r.bodyKeepAlive);
        QCOMPARE(r.body.size(), content.size());
        QVERIFY(r.body == content);
        QVERIFY(r.body.constData() != content.constData());
        QCOMPARE(r.analysis.view.status.value, u"delivered"_s);
        QVERIFY(progress.size() >= 1);
        qint64 previous = 0;
        for (const QList<QVariant> &report : std::as_const(progress)) {
            QVERIFY(report.at(0).toLongLong() >= previous);
            previous = report.at(0).toLongLong();
            QCOMPARE(report.at(1).toLongLong(), qint64(content.size()));
        }
        QVERIFY(previous <= content.size());

        // A small file is read as before: its body owns its bytes.
        const QString small = m_loopback->filePath(u"small.json"_s);
        {
            QFile file(small);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"id": "a1"})");
        }
        const std::optional<InspectionResult> s = m_loopback->run(InspectionRequest::file(small));
        QVERIFY(s);
        QVERIFY(s->ok());
        QVERIFY(!s->bodyKeepAlive);
    }

    void cancelDuringTheAnalysisEndsOnce()
    {
        const QByteArray item = R"({"id": "ve9EPM428h8vShlRW1KT", "n": 12},)";
        QByteArray content = "[" + item.repeated(64 * 1024 * 1024 / item.size()) + "null]";
        const QString path = m_loopback->filePath(u"big.json"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(content), content.size());
        }
        content = QByteArray();
        InspectionJob *job = m_loopback->session().inspect(InspectionRequest::file(path));
        QSignalSpy progress(job, &InspectionJob::workProgress);
        QSignalSpy finished(job, &InspectionJob::finished);
        QVERIFY(progress.wait(60000));
        job->cancel();
        QCOMPARE(finished.size(), 1);
        const InspectionResult r = finished.at(0).at(0).value<InspectionResult>();
        QVERIFY(r.failure);
        QCOMPARE(r.failure->category, Category::Cancelled);
        // No report after the end, and the job goes away.
        QPointer<InspectionJob> gone(job);
        QTRY_VERIFY(!gone);
    }

    void largeFilesHaveAStatedLimit()
    {
        QVERIFY(InspectionSession::maxFileBytes >= 2LL * 1024 * 1024 * 1024);
        QVERIFY(InspectionSession::maxPrettyBytes < InspectionSession::maxFileBytes);
    }

    void bodiesAreAnalysedAndPrettyPrintedWhenAsked()
    {
        InspectionRequest request =
            InspectionRequest::bytes(R"({"id":"a1","direction":"inbound","n":1.50})", u"pasted"_s);
        request.prettyPrint = true;
        const std::optional<InspectionResult> r = m_loopback->run(request);
        QVERIFY(r);
        QVERIFY(r->ok());
        QCOMPARE(r->pretty,
                 QByteArray("{\n  \"id\": \"a1\",\n  \"direction\": \"inbound\",\n  \"n\": 1.50\n}"));
        QCOMPARE(r->sourceNote(), u"pasted"_s);
    }

    void answersEitherSideOfTheInlineBoundAreAnalysedAlike()
    {
        // Up to maxInlineAnalysisBytes an answer is analysed where it arrives, above it on a worker: the
        // result is the same (padding after the JSON value is whitespace, as a server may send).
        const QByteArray message = TestSupport::sampleResponse(u"failed-sms.json"_s);
        const qint64 bound = InspectionSession::maxInlineAnalysisBytes;
        QVERIFY(message.size() < bound);
        const QByteArray atBound = message + QByteArray(bound - message.size(), ' ');
        const QByteArray aboveBound = atBound + ' ';
        QList<InspectionResult> results;
        for (const QByteArray &body : {atBound, aboveBound}) {
            m_loopback->server().enqueue(ScriptedResponse::json(body));
            InspectionRequest request = lookup(u"Fs3Dq7Wr1Te5Ty9Uy2Ia"_s);
            request.prettyPrint = true;
            const std::optional<InspectionResult> r = m_loopback->run(request);
            QVERIFY(r);
            results << *r;
        }
        const InspectionResult &inlined = results.at(0);
        const InspectionResult &worker = results.at(1);
        QCOMPARE(inlined.body.size(), bound);
        QCOMPARE(worker.body.size(), bound + 1);
        QVERIFY2(inlined.ok() && worker.ok(), "both answers are fine");
        QCOMPARE(inlined.analysis.shape.kindName(), worker.analysis.shape.kindName());
        QCOMPARE(inlined.analysis.view.status.value, u"failed"_s);
        QCOMPARE(worker.analysis.view.status.value, u"failed"_s);
        QVERIFY(!inlined.pretty.isEmpty());
        QCOMPARE(inlined.pretty, worker.pretty);
        QCOMPARE(inlined.analysis.findings.size(), worker.analysis.findings.size());
        for (qsizetype i = 0; i < inlined.analysis.findings.size(); ++i)
            QCOMPARE(inlined.analysis.findings.at(i).code, worker.analysis.findings.at(i).code);
    }

    void theProfileSaysHowLargeAnAnswerMayBe()
    {
        const QString id = u"Fs3Dq7Wr1Te5Ty9Uy2Ia"_s;
        const QByteArray message = TestSupport::sampleResponse(u"failed-sms.json"_s);
        // Whitespace after the JSON value, as a server may send: the answer stays a message.
        const QByteArray padded = message + QByteArray(100 * 1024, ' ');
        ProfileStore &profiles = m_loopback->profiles();
        Profile profile = profiles.defaultProfile();
        QCOMPARE(profile.maxResponseBytes, Profile::defaultMaxResponseBytes());
        m_loopback->server().enqueue(ScriptedResponse::json(padded));
        std::optional<InspectionResult> r = m_loopback->run(lookup(id));
        QVERIFY(r);
        QVERIFY2(r->ok(), r->failure ? qPrintable(r->failure->title) : "");

        // A profile whose largest answer is 64 KiB stops the same answer while downloading, and says so.
        profile.maxResponseBytes = Profile::minMaxResponseBytes();
        QCOMPARE(profiles.update(profile), QString());
        m_loopback->server().enqueue(ScriptedResponse::json(padded));
        r = m_loopback->run(lookup(id));
        QVERIFY(r);
        QVERIFY(r->failure);
        QCOMPARE(r->failure->kind, u"too_large"_s);
        QVERIFY2(r->failure->cause.contains(QLocale().formattedDataSize(Profile::minMaxResponseBytes())),
                 qPrintable(r->failure->cause));
        QVERIFY2(r->failure->nextStep.contains(u"largest answer"_s), qPrintable(r->failure->nextStep));
        QVERIFY(r->body.size() <= Profile::minMaxResponseBytes());

        // A caller's own cap (a recording's) is kept, whatever the profile says.
        InspectionRequest own = lookup(id);
        ClientOptions options;
        options.retry.enabled = false;
        options.maxBodyBytes = 1024 * 1024;
        own.clientOptions = options;
        m_loopback->server().enqueue(ScriptedResponse::json(padded));
        r = m_loopback->run(own);
        QVERIFY(r);
        QVERIFY2(r->ok(), r->failure ? qPrintable(r->failure->title) : "");

        // Raised, the cap lets through an answer the product's default stops: a page of many messages.
        const QByteArray huge = message + QByteArray(Profile::defaultMaxResponseBytes(), ' ');
        profile.maxResponseBytes = 2 * Profile::defaultMaxResponseBytes();
        QCOMPARE(profiles.update(profile), QString());
        m_loopback->server().enqueue(ScriptedResponse::json(huge));
        r = m_loopback->run(lookup(id));
        QVERIFY(r);
        QVERIFY2(r->ok(), r->failure ? qPrintable(r->failure->title) : "");
        QCOMPARE(r->body.size(), huge.size());
        profile.maxResponseBytes = Profile::defaultMaxResponseBytes();
        QCOMPARE(profiles.update(profile), QString());
        m_loopback->server().enqueue(ScriptedResponse::json(huge));
        r = m_loopback->run(lookup(id));
        QVERIFY(r);
        QVERIFY(r->failure);
        QCOMPARE(r->failure->kind, u"too_large"_s);
    }

    void severalJobsRunAtOnce()
    {
        m_loopback->server().enqueue(
            ScriptedResponse::json(TestSupport::sampleResponse(u"inbound-sms-delivered.json"_s))
                .withDelay(200));
        m_loopback->server().enqueue(
            ScriptedResponse::json(TestSupport::sampleResponse(u"live-call-completed.json"_s)));
        InspectionJob *first = m_loopback->session().inspect(lookup(u"nXf2TQ8rLm4kPz7VbC1a"_s));
        InspectionJob *second = m_loopback->session().inspect(lookup(u"Lc7Kq2Wn5Rt8Yx1Za4Vb"_s));
        QSignalSpy a(first, &InspectionJob::finished);
        QSignalSpy b(second, &InspectionJob::finished);
        QTRY_COMPARE(a.size() + b.size(), 2);
        QCOMPARE(a.size(), 1);
        QCOMPARE(b.size(), 1);
        QVERIFY(a.at(0).at(0).value<InspectionResult>().ok());
        QVERIFY(b.at(0).at(0).value<InspectionResult>().ok());
    }

private:
    InspectionRequest lookup(const QString &id)
    {
        InspectionRequest request = InspectionRequest::lookup(id);
        if (request.baseUrlOverride.isEmpty())
            request.baseUrlOverride = m_loopback->server().baseUrl();
        return request;
    }

    std::unique_ptr<LoopbackSession> m_loopback;
    CountingTokenSource *m_tokens = nullptr; // owned by m_loopback
    QString m_token = u"pit-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s;
};

QTEST_GUILESS_MAIN(TestInspectionSession)
#include "tst_inspectionsession.moc"
