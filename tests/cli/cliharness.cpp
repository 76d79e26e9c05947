#include "cliharness.h"

#include "testsupport.h"

#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>
#include <QUuid>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

CliHarness::CliHarness(const QString &name)
    : environment(QProcessEnvironment::systemEnvironment())
{
    QString root = TestSupport::sandboxDir();
    if (root.isEmpty()) {
        m_fallbackDir = std::make_shared<QTemporaryDir>();
        root = m_fallbackDir->path();
    }
    const QString uniqueName = name + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_configDir = root + QStringLiteral("/cli-tests/") + uniqueName + QStringLiteral("/config");
    QDir().mkpath(m_configDir);
    environment.remove(QStringLiteral("HIGHLEVEL_TOKEN"));
    environment.remove(QStringLiteral("NO_COLOR"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configDir);
    // The lookup history too: each harness has its own, so `history` sees only this test's lookups.
    m_dataDir = root + QStringLiteral("/cli-tests/") + uniqueName + QStringLiteral("/data");
    QDir().mkpath(m_dataDir);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dataDir);
}

QString CliHarness::binary()
{
    return QStringLiteral(MI_CLI_BINARY);
}

CliOutcome CliHarness::run(const QStringList &arguments, const QByteArray &standardInput) const
{
    return run(arguments, Stdout::Captured, standardInput);
}

CliOutcome CliHarness::run(const QStringList &arguments, Stdout destination,
                           const QByteArray &standardInput) const
{
    return runProcess(arguments, destination, standardInput, {});
}

CliOutcome CliHarness::runAndInterrupt(const QStringList &arguments, const QByteArray &marker) const
{
    return runProcess(arguments, Stdout::Captured, {}, marker);
}

CliOutcome CliHarness::runProcess(const QStringList &arguments, Stdout destination,
                                  const QByteArray &standardInput, const QByteArray &interruptMarker) const
{
    CliOutcome outcome;
    QProcess process;
    process.setProcessEnvironment(environment);
    int closedPipe[2] = {-1, -1};
    if (destination == Stdout::DevFull)
        process.setStandardOutputFile(QStringLiteral("/dev/full"));
    if (destination == Stdout::ClosedPipe) {
        if (::pipe2(closedPipe, O_CLOEXEC) != 0)
            return outcome;
        ::close(closedPipe[0]); // no reader, ever
    }
    const int pipeWriter = closedPipe[1];
    // Runs in the child between fork and exec: only async-signal-safe calls.
    process.setChildProcessModifier([pipeWriter] {
        ::signal(SIGPIPE, SIG_DFL);
        if (pipeWriter >= 0)
            ::dup2(pipeWriter, STDOUT_FILENO);
    });
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            loop.quit();
    });
    // A hang guard, not a timing assertion: a run that never ends fails the test instead of blocking ctest.
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(60'000);
    // Standard output read as it comes when the run is to be interrupted once it holds the marker.
    bool interrupted = false;
    if (!interruptMarker.isEmpty()) {
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, [&] {
            outcome.out += process.readAllStandardOutput();
            if (!interrupted && outcome.out.contains(interruptMarker)) {
                interrupted = true;
                ::kill(pid_t(process.processId()), SIGINT);
            }
        });
    }

    process.start(binary(), arguments);
    if (pipeWriter >= 0)
        ::close(pipeWriter);
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return outcome;
    }
    outcome.crashed = process.exitStatus() == QProcess::CrashExit;
    outcome.finished =
        process.exitStatus() == QProcess::NormalExit && process.error() != QProcess::FailedToStart;
    outcome.exitCode = process.exitCode();
    outcome.out += process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

QString makePitToken()
{
    return QStringLiteral("pit-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}
