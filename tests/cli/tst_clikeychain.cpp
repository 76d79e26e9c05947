// The real binary with the real test keyring (gnome-keyring over the private D-Bus session that
// scripts/test.sh starts): `token set` from standard input, the token used by `get`, replacing, forgetting,
// and removing a profile together with its token.
#include "cliharness.h"
#include "testserver.h"
#include "testsupport.h"

#include <QTest>
#include <QUuid>

using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

class TestCliKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "needs the private D-Bus session and test keyring: run through scripts/test.sh");
        QVERIFY(m_server.listen());
        m_server.setFallback(ScriptedResponse::json(R"({"id":"abc","direction":"inbound"})"));
    }

    void cleanup()
    {
        for (const QString &token : {m_first, m_second, m_environmentToken})
            QVERIFY(!m_allOutput.contains(token.toUtf8()));
        m_allOutput.clear();
    }

    void cleanupTestCase()
    {
        for (const QString &token : {m_first, m_second, m_environmentToken}) {
            const QStringList files = TestSupport::filesContaining(token.toUtf8());
            QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
        }
    }

    void tokenSetFromStdinThenGetUsesIt()
    {
        CliHarness cli(QStringLiteral("keychain"));
        // A space in the name: profile names are free text.
        const QString profile =
            QStringLiteral("CLI test ") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        QCOMPARE(run(cli, {QStringLiteral("profile"), QStringLiteral("add"), profile}).exitCode, 0);

        // Nothing saved yet: the keychain answers "not found", said plainly.
        const CliOutcome none = get(cli, profile);
        QCOMPARE(none.exitCode, 3);
        QVERIFY2(none.err.contains("No token is saved"), none.err.constData());

        const CliOutcome set =
            run(cli, {QStringLiteral("token"), QStringLiteral("set"), QStringLiteral("--profile"), profile},
                m_first.toUtf8() + '\n');
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(set.out, QByteArray());
        QVERIFY2(set.err.contains("Saved the token"), set.err.constData());
        QVERIFY(set.err.contains("Private Integration Token"));

        QCOMPARE(get(cli, profile).exitCode, 0);
        QCOMPARE(lastAuthorization(), QByteArray("Bearer ") + m_first.toUtf8());

        const CliOutcome status = run(
            cli, {QStringLiteral("token"), QStringLiteral("status"), QStringLiteral("--profile"), profile});
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.out.contains("keychain"));
        QVERIFY(status.out.contains("Private Integration Token"));
        QVERIFY(status.out.contains(m_first.right(4).toUtf8())); // the hint, never the token

        // A different token is not replaced without --replace.
        const CliOutcome refused =
            run(cli, {QStringLiteral("token"), QStringLiteral("set"), QStringLiteral("--profile"), profile},
                m_second.toUtf8());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("--replace"));
        QCOMPARE(get(cli, profile).exitCode, 0);
        QCOMPARE(lastAuthorization(), QByteArray("Bearer ") + m_first.toUtf8());

        const CliOutcome replaced = run(cli,
                                        {QStringLiteral("token"), QStringLiteral("set"),
                                         QStringLiteral("--profile"), profile, QStringLiteral("--replace")},
                                        m_second.toUtf8());
        QCOMPARE(replaced.exitCode, 0);
        QCOMPARE(get(cli, profile).exitCode, 0);
        QCOMPARE(lastAuthorization(), QByteArray("Bearer ") + m_second.toUtf8());

        // HIGHLEVEL_TOKEN wins over the keychain.
        CliHarness withEnvironment = cli;
        withEnvironment.environment.insert(QStringLiteral("HIGHLEVEL_TOKEN"), m_environmentToken);
        QCOMPARE(get(withEnvironment, profile).exitCode, 0);
        QCOMPARE(lastAuthorization(), QByteArray("Bearer ") + m_environmentToken.toUtf8());

        const CliOutcome forget = run(
            cli, {QStringLiteral("token"), QStringLiteral("forget"), QStringLiteral("--profile"), profile});
        QCOMPARE(forget.exitCode, 0);
        const CliOutcome after = get(cli, profile);
        QCOMPARE(after.exitCode, 3);
        QVERIFY(after.err.contains("No token is saved"));
    }

    void aMalformedTokenIsNotSaved()
    {
        CliHarness cli(QStringLiteral("keychain-bad"));
        const QString profile = QStringLiteral("bad-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        QCOMPARE(run(cli, {QStringLiteral("profile"), QStringLiteral("add"), profile}).exitCode, 0);
        const CliOutcome set =
            run(cli, {QStringLiteral("token"), QStringLiteral("set"), QStringLiteral("--profile"), profile},
                QByteArray("two words"));
        QCOMPARE(set.exitCode, 2);
        QVERIFY(set.err.contains("The token was refused"));
        QVERIFY(!set.err.contains("two words"));
        QCOMPARE(get(cli, profile).exitCode, 3);
    }

    void removingAProfileRemovesItsToken()
    {
        CliHarness cli(QStringLiteral("keychain-remove"));
        const QString profile = QStringLiteral("gone-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        QCOMPARE(run(cli, {QStringLiteral("profile"), QStringLiteral("add"), profile}).exitCode, 0);
        QCOMPARE(run(cli,
                     {QStringLiteral("token"), QStringLiteral("set"), QStringLiteral("--profile"), profile},
                     m_first.toUtf8())
                     .exitCode,
                 0);
        const CliOutcome list = run(cli, {QStringLiteral("profile"), QStringLiteral("list")});
        QVERIFY(list.out.contains(profile.toUtf8()));

        const CliOutcome removed = run(cli, {QStringLiteral("profile"), QStringLiteral("remove"), profile});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY(
            !run(cli, {QStringLiteral("profile"), QStringLiteral("list")}).out.contains(profile.toUtf8()));

        // Same name again: the old token must be gone from the keychain.
        QCOMPARE(run(cli, {QStringLiteral("profile"), QStringLiteral("add"), profile}).exitCode, 0);
        QCOMPARE(get(cli, profile).exitCode, 3);
    }

    void renamingAProfileMovesItsToken()
    {
        CliHarness cli(QStringLiteral("keychain-rename"));
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString before = QStringLiteral("before-") + suffix;
        const QString after = QStringLiteral("after-") + suffix;
        QCOMPARE(run(cli, {QStringLiteral("profile"), QStringLiteral("add"), before}).exitCode, 0);
        QCOMPARE(run(cli,
                     {QStringLiteral("token"), QStringLiteral("set"), QStringLiteral("--profile"), before},
                     m_second.toUtf8())
                     .exitCode,
                 0);
        const CliOutcome renamed =
            run(cli, {QStringLiteral("profile"), QStringLiteral("rename"), before, after});
        QCOMPARE(renamed.exitCode, 0);
        QCOMPARE(get(cli, after).exitCode, 0);
        QCOMPARE(lastAuthorization(), QByteArray("Bearer ") + m_second.toUtf8());
        const CliOutcome old = get(cli, before);
        QCOMPARE(old.exitCode, 2);
        QVERIFY(old.err.contains("no profile called"));
        QCOMPARE(
            run(cli, {QStringLiteral("token"), QStringLiteral("forget"), QStringLiteral("--profile"), after})
                .exitCode,
            0);
    }

private:
    CliOutcome run(const CliHarness &cli, const QStringList &arguments, const QByteArray &input = {})
    {
        const CliOutcome r = cli.run(arguments, input);
        m_allOutput += r.out + r.err;
        return r;
    }

    CliOutcome get(const CliHarness &cli, const QString &profile)
    {
        return run(cli, {QStringLiteral("get"), QStringLiteral("abc"), QStringLiteral("--profile"), profile,
                         QStringLiteral("--base-url"), m_server.baseUrl(), QStringLiteral("--format=raw")});
    }

    QByteArray lastAuthorization() const
    {
        return m_server.requests().isEmpty() ? QByteArray()
                                             : m_server.requests().constLast().header("Authorization");
    }

    TestServer m_server;
    const QString m_first = makePitToken();
    const QString m_second = makePitToken();
    const QString m_environmentToken = makePitToken();
    QByteArray m_allOutput;
};

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_clikeychain.moc"
