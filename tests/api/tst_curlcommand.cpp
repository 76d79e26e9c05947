#include "api/curlcommand.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {
const QString token = u"pit-1f0e8c2a-5b7d-4e3f-9a61-0c2d3e4f5a6b"_qs;

ApiResult sampleResult()
{
    ApiResult result;
    result.url = QUrl(u"https://services.leadconnectorhq.com/conversations/messages/abc123"_qs);
    result.requestHeaders = {{"Authorization", "Bearer <redacted>"},
                             {"Version", "2021-04-15"},
                             {"Accept", "application/json"},
                             {"User-Agent", "message-inspector/" MI_VERSION}};
    return result;
}
} // namespace

class TestCurlCommand : public QObject
{
    Q_OBJECT

private slots:
    void placeholderByDefault()
    {
        const QString command = CurlCommand::fromResult(sampleResult());
        QCOMPARE(command,
                 u"curl --silent --show-error --include "
                 "'https://services.leadconnectorhq.com/conversations/messages/abc123' "
                 "--header \"Authorization: Bearer $HIGHLEVEL_TOKEN\" --header 'Version: 2021-04-15' "
                 "--header 'Accept: application/json' --header 'User-Agent: message-inspector/"_qs +
                     QLatin1StringView(MI_VERSION) + u"'"_qs);
        QVERIFY(!command.contains(u"<redacted>"_qs));
    }

    void tokenOnlyWhenAsked()
    {
        const QString command = CurlCommand::fromResult(sampleResult(), token);
        QVERIFY(command.contains(u"--header 'Authorization: Bearer "_qs + token + u"'"_qs));
        QVERIFY(!command.contains(CurlCommand::tokenVariable));
    }

    void neverLeaksARawHeaderValue()
    {
        // Even if a caller passes unredacted headers, the credential is rebuilt from the placeholder.
        const QString command = CurlCommand::build("GET", QUrl(u"https://x.test/a"_qs),
                                                   {{"authorization", "Bearer " + token.toLatin1()}});
        QVERIFY(!command.contains(token));
        QVERIFY(command.contains(u"$HIGHLEVEL_TOKEN"_qs));
    }

    void quoting()
    {
        QCOMPARE(CurlCommand::shellQuote(u"it's"_qs), u"'it'\\''s'"_qs);
        QCOMPARE(CurlCommand::shellQuote(u"$HOME `x`"_qs), u"'$HOME `x`'"_qs);
        const QString command =
            CurlCommand::build("GET", QUrl(u"https://x.test/a?b=c&d=e"_qs), {{"X-Q", "a'b"}});
        QVERIFY(command.contains(u"'https://x.test/a?b=c&d=e'"_qs));
        QVERIFY(command.contains(u"'X-Q: a'\\''b'"_qs));
    }

    void shellReadsItBack()
    {
        // The real shell splits the command into the arguments curl would get.
        const QString sh = QStandardPaths::findExecutable(u"sh"_qs);
        if (sh.isEmpty())
            QFAIL("no sh");
        ApiResult result = sampleResult();
        result.requestHeaders.append({QByteArray("X-Odd"), QByteArray("it's \"$(rm -rf x)\"")});
        const QString command = CurlCommand::fromResult(result);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HIGHLEVEL_TOKEN"_qs, u"from-env"_qs);
        process.setProcessEnvironment(env);
        // Replace curl by printf so each argument prints on its own line.
        process.start(sh, {u"-c"_qs, u"curl() { printf '%s\\n' \"$@\"; }; "_qs + command});
        QVERIFY(process.waitForFinished(10'000));
        const QStringList args =
            QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(args.contains(u"Authorization: Bearer from-env"_qs), qPrintable(args.join(u'|')));
        QVERIFY(args.contains(u"X-Odd: it's \"$(rm -rf x)\""_qs));
        QVERIFY(args.contains(u"https://services.leadconnectorhq.com/conversations/messages/abc123"_qs));
    }
};

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "tst_curlcommand.moc"
