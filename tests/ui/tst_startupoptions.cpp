#include "startupoptions.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestStartupOptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(u"message-inspector"_qs);
        QCoreApplication::setApplicationVersion(u"9.8.7"_qs);
    }

    void nothing()
    {
        const auto o = StartupOptions::parse({u"mi"_qs});
        QCOMPARE(o.action, StartupOptions::Action::None);
    }

    void idWithProfileAndBase()
    {
        const auto o = StartupOptions::parse({u"mi"_qs, u"--profile"_qs, u"Acme Dental"_qs, u"--base-url"_qs,
                                              u"http://127.0.0.1:9"_qs, u"ve9EPM428h8vShlRW1KT"_qs});
        QCOMPARE(o.action, StartupOptions::Action::LookUp);
        QCOMPARE(o.profile, u"Acme Dental"_qs);
        QCOMPARE(o.baseUrl, u"http://127.0.0.1:9"_qs);
        QCOMPARE(o.messageInput, u"ve9EPM428h8vShlRW1KT"_qs);
    }

    void linkIsPassedThroughForTheWindowToValidate()
    {
        const QString link = u"https://services.leadconnectorhq.com/conversations/messages/abc"_qs;
        const auto o = StartupOptions::parse({u"mi"_qs, link});
        QCOMPARE(o.action, StartupOptions::Action::LookUp);
        QCOMPARE(o.messageInput, link);
    }

    void existingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"response.txt"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{}");
        file.close();
        const auto o = StartupOptions::parse({u"mi"_qs, path});
        QCOMPARE(o.action, StartupOptions::Action::OpenFile);
        QCOMPARE(o.filePath, path);
    }

    void jsonNameThatDoesNotExistIsStillAFile()
    {
        // The window then explains that the file cannot be read, instead of "not a message id".
        const auto o = StartupOptions::parse({u"mi"_qs, u"missing.json"_qs});
        QCOMPARE(o.action, StartupOptions::Action::OpenFile);
        QVERIFY(o.filePath.endsWith(u"/missing.json"_qs));
    }

    void helpAndVersion()
    {
        const auto help = StartupOptions::parse({u"mi"_qs, u"--help"_qs});
        QCOMPARE(help.action, StartupOptions::Action::ShowHelp);
        QVERIFY(help.text.contains(u"--profile"_qs));
        QVERIFY(help.text.contains(u"MESSAGE_ID"_qs));
        const auto version = StartupOptions::parse({u"mi"_qs, u"--version"_qs});
        QCOMPARE(version.action, StartupOptions::Action::ShowVersion);
        QCOMPARE(version.text, u"message-inspector 9.8.7"_qs);
    }

    void realBinaryNeedsNoDisplayForHelpAndVersion()
    {
        // A support tool may call the program on a headless machine just to ask its version.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_qs);
        env.remove(u"WAYLAND_DISPLAY"_qs);
        env.remove(u"QT_QPA_PLATFORM"_qs);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MI_GUI_BINARY), {u"--version"_qs});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput(), QByteArray("message-inspector " MI_VERSION "\n"));

        process.start(QStringLiteral(MI_GUI_BINARY), {u"--help"_qs});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("--base-url"));

        process.start(QStringLiteral(MI_GUI_BINARY), {u"--no-such-option"_qs});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("no-such-option"));
    }

    void errors()
    {
        QCOMPARE(StartupOptions::parse({u"mi"_qs, u"--bogus"_qs}).action, StartupOptions::Action::Error);
        QCOMPARE(StartupOptions::parse({u"mi"_qs, u"--profile"_qs}).action, StartupOptions::Action::Error);
        const auto two = StartupOptions::parse({u"mi"_qs, u"a"_qs, u"b"_qs});
        QCOMPARE(two.action, StartupOptions::Action::Error);
        QVERIFY(two.text.contains(u"not 2"_qs));
    }
};

QTEST_GUILESS_MAIN(TestStartupOptions)
#include "tst_startupoptions.moc"
