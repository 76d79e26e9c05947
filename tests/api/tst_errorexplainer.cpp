#include "api/errorexplainer.h"

#include <QTest>

using namespace ErrorExplainer;

Q_DECLARE_METATYPE(ErrorKind)

namespace {

// Every kind the explainer must cover, in declaration order.
const QList<ErrorKind> allKinds{
    ErrorKind::InvalidInput, ErrorKind::BadRequest, ErrorKind::Unauthorized,  ErrorKind::VersionHeaderMissing,
    ErrorKind::Forbidden,    ErrorKind::NotFound,   ErrorKind::Unprocessable, ErrorKind::RateLimited,
    ErrorKind::ServerError,  ErrorKind::HttpError,  ErrorKind::Timeout,       ErrorKind::ConnectionRefused,
    ErrorKind::HostNotFound, ErrorKind::Tls,        ErrorKind::Redirect,      ErrorKind::NotJson,
    ErrorKind::Truncated,    ErrorKind::TooLarge,   ErrorKind::Malformed,     ErrorKind::Cancelled,
    ErrorKind::Network,
};

} // namespace

class TestErrorExplainer : public QObject
{
    Q_OBJECT

private slots:
    // Each bound a download can pass is named in the cause, with its value.
    void tooLargeSaysWhichBound_data()
    {
        QTest::addColumn<int>("bound");
        QTest::addColumn<QString>("mentions");
        using Bound = Facts::Bound;
        QTest::newRow("body") << int(Bound::Body) << u"64.00 MiB"_qs;
        QTest::newRow("unpacked") << int(Bound::UnpackedBody) << u"compressed"_qs;
        QTest::newRow("header count") << int(Bound::HeaderCount) << u"200 header fields"_qs;
        QTest::newRow("header bytes") << int(Bound::HeaderBytes) << u"64.00 KiB"_qs;
    }
    void tooLargeSaysWhichBound()
    {
        QFETCH(int, bound);
        QFETCH(QString, mentions);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Facts facts;
        facts.maxBodyBytes = 64LL << 20;
        facts.maxHeaderCount = 200;
        facts.maxHeaderBytes = 64 * 1024;
        facts.tooLargeBound = Facts::Bound(bound);
        const ApiError error = explain(ErrorKind::TooLarge, facts);
        QVERIFY2(error.cause.contains(mentions), qPrintable(error.cause));
    }

    void everyKindIsExplained()
    {
        QSet<QString> names;
        for (const ErrorKind kind : allKinds) {
            const ApiError error = explain(kind);
            const QString name = ApiError::machineName(kind);
            QVERIFY2(!error.title.isEmpty(), qPrintable(name));
            QVERIFY2(!error.cause.isEmpty(), qPrintable(name));
            QVERIFY2(!error.nextStep.isEmpty(), qPrintable(name));
            QCOMPARE(error.kind, kind);
            QVERIFY(error.isError());
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QCOMPARE(ApiError::kindFromMachineName(name), kind);
            static const QRegularExpression snake(u"^[a-z]+(_[a-z]+)*$"_qs);
            QVERIFY2(snake.match(name).hasMatch(), qPrintable(name));
        }
        QCOMPARE(ApiError::machineName(ErrorKind::None), u"none"_qs);
        QVERIFY(!ApiError::kindFromMachineName(u"no_such_kind"_qs));
        QVERIFY(!explain(ErrorKind::None).isError());
    }

    void stableMachineNames()
    {
        // The CLI's JSON output promises these.
        QCOMPARE(ApiError::machineName(ErrorKind::Unauthorized), u"unauthorized"_qs);
        QCOMPARE(ApiError::machineName(ErrorKind::VersionHeaderMissing), u"version_header_missing"_qs);
        QCOMPARE(ApiError::machineName(ErrorKind::RateLimited), u"rate_limited"_qs);
        QCOMPARE(ApiError::machineName(ErrorKind::HostNotFound), u"host_not_found"_qs);
        QCOMPARE(ApiError::machineName(ErrorKind::NotJson), u"not_json"_qs);
        QCOMPARE(ApiError::machineName(ErrorKind::TooLarge), u"too_large"_qs);
    }

    void statusKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("200") << 200 << QByteArray() << ErrorKind::None;
        QTest::newRow("400") << 400 << QByteArray() << ErrorKind::BadRequest;
        QTest::newRow("401") << 401 << QByteArray("{\"message\":\"Invalid JWT\"}") << ErrorKind::Unauthorized;
        QTest::newRow("401 no body") << 401 << QByteArray() << ErrorKind::Unauthorized;
        QTest::newRow("401 version") << 401 << QByteArray("{\"message\":\"version header was not found\"}")
                                     << ErrorKind::VersionHeaderMissing;
        QTest::newRow("401 Version in error")
            << 401 << QByteArray("{\"error\":\"Missing Version header\",\"message\":\"x\"}")
            << ErrorKind::VersionHeaderMissing;
        QTest::newRow("401 version array") << 401 << QByteArray("{\"message\":[\"Version header missing\"]}")
                                           << ErrorKind::VersionHeaderMissing;
        QTest::newRow("403") << 403 << QByteArray() << ErrorKind::Forbidden;
        QTest::newRow("404") << 404 << QByteArray() << ErrorKind::NotFound;
        QTest::newRow("422") << 422 << QByteArray() << ErrorKind::Unprocessable;
        QTest::newRow("429") << 429 << QByteArray() << ErrorKind::RateLimited;
        QTest::newRow("500") << 500 << QByteArray() << ErrorKind::ServerError;
        QTest::newRow("503") << 503 << QByteArray() << ErrorKind::ServerError;
        QTest::newRow("599") << 599 << QByteArray() << ErrorKind::ServerError;
        QTest::newRow("302") << 302 << QByteArray() << ErrorKind::Redirect;
        QTest::newRow("405") << 405 << QByteArray() << ErrorKind::HttpError;
        QTest::newRow("418") << 418 << QByteArray() << ErrorKind::HttpError;
        QTest::newRow("100") << 100 << QByteArray() << ErrorKind::HttpError;
    }
    void statusKinds()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ErrorKind, kind);
        QCOMPARE(kindForStatus(status, body), kind);
        if (kind != ErrorKind::None) {
            const ApiError error = fromHttpStatus(status, body);
            QCOMPARE(error.kind, kind);
            QCOMPARE(error.httpStatus, status);
        }
    }

    void networkKinds_data()
    {
        QTest::addColumn<QNetworkReply::NetworkError>("code");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << ErrorKind::ConnectionRefused;
        QTest::newRow("dns") << QNetworkReply::HostNotFoundError << ErrorKind::HostNotFound;
        QTest::newRow("timeout") << QNetworkReply::TimeoutError << ErrorKind::Timeout;
        QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << ErrorKind::Tls;
        QTest::newRow("cancel") << QNetworkReply::OperationCanceledError << ErrorKind::Cancelled;
        QTest::newRow("redirects") << QNetworkReply::TooManyRedirectsError << ErrorKind::Redirect;
        QTest::newRow("closed") << QNetworkReply::RemoteHostClosedError << ErrorKind::Network;
        QTest::newRow("proxy") << QNetworkReply::ProxyConnectionRefusedError << ErrorKind::Network;
        QTest::newRow("unknown") << QNetworkReply::UnknownNetworkError << ErrorKind::Network;
    }
    void networkKinds()
    {
        QFETCH(QNetworkReply::NetworkError, code);
        QFETCH(ErrorKind, kind);
        QCOMPARE(kindForNetworkError(code), kind);
        const ApiError error = fromNetworkError(code, u"Connection refused"_qs);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.technicalDetail, u"Connection refused"_qs);
        QCOMPARE(error.httpStatus, 0);
    }

    void readsErrorBodiesTolerantly_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("messages");
        QTest::addColumn<QString>("error");
        QTest::newRow("string")
            << QByteArray("{\"statusCode\":404,\"message\":\"Not found\",\"error\":\"Not Found\"}")
            << QStringList{u"Not found"_qs} << u"Not Found"_qs;
        QTest::newRow("array") << QByteArray("{\"message\":[\"a must be x\",\"b must be y\"]}")
                               << QStringList{u"a must be x"_qs, u"b must be y"_qs} << QString();
        QTest::newRow("array with non-strings")
            << QByteArray("{\"message\":[\"a\",3,{\"k\":1},null]}")
            << QStringList{u"a"_qs, u"3"_qs, u"{\"k\":1}"_qs} << QString();
        QTest::newRow("msg") << QByteArray("{\"msg\":\"Unauthorized\"}") << QStringList{u"Unauthorized"_qs}
                             << QString();
        QTest::newRow("verbatim whitespace") << QByteArray("{\"message\":\"  two  spaces \"}")
                                             << QStringList{u"  two  spaces "_qs} << QString();
        QTest::newRow("unicode") << QByteArray("{\"message\":\"Nachricht \\u00fcberpr\\u00fcfen\"}")
                                 << QStringList{u"Nachricht überprüfen"_qs} << QString();
        QTest::newRow("number message")
            << QByteArray("{\"message\":42,\"error\":7}") << QStringList{} << QString();
        QTest::newRow("not json, plain text")
            << QByteArray("Too Many Requests\n") << QStringList{u"Too Many Requests"_qs} << QString();
        QTest::newRow("html") << QByteArray("<html><body>502</body></html>") << QStringList{} << QString();
        QTest::newRow("broken json") << QByteArray("{\"message\":\"cut") << QStringList{} << QString();
        QTest::newRow("array top level") << QByteArray("[\"x\"]") << QStringList{} << QString();
        QTest::newRow("empty") << QByteArray() << QStringList{} << QString();
    }
    void readsErrorBodiesTolerantly()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, messages);
        QFETCH(QString, error);
        const ServerErrorBody read = readErrorBody(body);
        QCOMPARE(read.messages, messages);
        QCOMPARE(read.error, error);
    }

    void forbiddenNamesTheLikelyCause()
    {
        const ApiError location =
            fromHttpStatus(403, "{\"message\":\"The token does not have access to this location.\"}");
        QVERIFY(location.cause.contains(u"access to this location"_qs));
        QVERIFY(!location.cause.contains(u"conversations/message.readonly"_qs));

        const ApiError scope =
            fromHttpStatus(403, "{\"message\":\"The token is not authorized for this scope.\"}");
        QVERIFY(scope.cause.contains(u"conversations/message.readonly"_qs));
        QVERIFY(scope.nextStep.contains(u"conversations/message.readonly"_qs));

        const ApiError unknown = fromHttpStatus(403, "{}");
        QVERIFY(unknown.cause.contains(u"location"_qs));
        QVERIFY(unknown.cause.contains(u"conversations/message.readonly"_qs));
    }

    // A related lookup (a contact) names its own scope and what was not found, never the message's.
    void relatedLookupsNameTheirOwnScopeAndWhat()
    {
        Facts facts;
        facts.httpStatus = 403;
        facts.body = "{\"message\":\"The token is not authorized for this scope.\"}";
        facts.scope = u"contacts.readonly"_qs;
        facts.what = u"contact"_qs;
        const ApiError scope = explain(ErrorKind::Forbidden, facts);
        QVERIFY(scope.cause.contains(u"contacts.readonly"_qs));
        QVERIFY(scope.nextStep.contains(u"contacts.readonly"_qs));
        QVERIFY(!scope.cause.contains(u"conversations/message.readonly"_qs));

        facts.body = "{}";
        const ApiError unknown = explain(ErrorKind::Forbidden, facts);
        QVERIFY(unknown.cause.contains(u"read this contact"_qs));
        QVERIFY(unknown.cause.contains(u"contacts.readonly"_qs));

        facts.httpStatus = 404;
        const ApiError missing = explain(ErrorKind::NotFound, facts);
        QCOMPARE(missing.title, u"Not found (404): the contact"_qs);
        QVERIFY(!missing.cause.contains(u"mistyped"_qs));
        QCOMPARE(explain(ErrorKind::NotFound, {}).title, u"Message not found (404)"_qs);
    }

    void versionHeaderIsNotCalledATokenProblem()
    {
        const ApiError error =
            fromHttpStatus(401, "{\"statusCode\":401,\"message\":\"version header was not found\"}");
        QCOMPARE(error.kind, ErrorKind::VersionHeaderMissing);
        QVERIFY(error.nextStep.contains(u"2021-04-15"_qs));
        QCOMPARE(error.serverMessages, QStringList{u"version header was not found"_qs});
    }

    void retryAfterIsShown()
    {
        const ApiError error = fromHttpStatus(429, "{\"message\":\"Too many\"}", 12);
        QCOMPARE(error.retryAfterSeconds, 12);
        QVERIFY(error.nextStep.contains(u"12"_qs));
        const ApiError noHint = fromHttpStatus(429, {});
        QVERIFY(!noHint.retryAfterSeconds);
    }

    void factsAppearInTheText()
    {
        Facts facts;
        facts.maxBodyBytes = 64LL * 1024 * 1024;
        QVERIFY(explain(ErrorKind::TooLarge, facts).cause.contains(u"64"_qs));
        facts.deadlineMs = 30'000;
        QVERIFY(explain(ErrorKind::Timeout, facts).cause.contains(u"30"_qs));
        facts.redirectTarget = u"https://elsewhere.example"_qs;
        QVERIFY(explain(ErrorKind::Redirect, facts).cause.contains(u"https://elsewhere.example"_qs));
        facts.httpStatus = 502;
        QVERIFY(explain(ErrorKind::ServerError, facts).title.contains(u"502"_qs));
    }

    void scrubRemovesTheToken()
    {
        const QString token = u"pit-1f0e8c2a-5b7d-4e3f-9a61-0c2d3e4f5a6b"_qs;
        ApiError error = fromHttpStatus(401, "{\"message\":[\"bad " + token.toLatin1() + "\"],\"error\":\"" +
                                                 token.toLatin1() + "\"}");
        error.technicalDetail = u"Authorization: Bearer "_qs + token;
        error.scrub(token);
        const QString all = error.title + error.cause + error.nextStep + error.serverMessages.join(u' ') +
                            error.serverErrorText + error.technicalDetail;
        QVERIFY(!all.contains(token));
        QCOMPARE(error.serverMessages, QStringList{u"bad <redacted>"_qs});
        QCOMPARE(error.serverErrorText, u"<redacted>"_qs);
    }
};

QTEST_GUILESS_MAIN(TestErrorExplainer)
#include "tst_errorexplainer.moc"
