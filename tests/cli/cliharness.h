#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// Runs the real message-inspector-cli binary (path compiled in as MI_CLI_BINARY) the way a shell would, while
// the test's event loop keeps serving the loopback TestServer.
struct CliOutcome
{
    bool finished = false; // false: it did not end within the hang guard and was killed, or crashed
    bool crashed = false;  // ended by a signal (e.g. SIGPIPE)
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class CliHarness
{
public:
    // Each harness gets its own settings folder (XDG_CONFIG_HOME) under the test sandbox, so profiles written
    // by one test never leak into another, and the "token in no file" checks see them.
    explicit CliHarness(const QString &name);

    // The child's environment: the test session's (D-Bus and keyring included), minus HIGHLEVEL_TOKEN and
    // NO_COLOR, plus the private settings folder.
    QProcessEnvironment environment;

    CliOutcome run(const QStringList &arguments, const QByteArray &standardInput = {}) const;

    // Where the child's standard output goes instead of being captured. Either way SIGPIPE has its default
    // action in the child, as under a shell (this test process ignores it, and an ignored signal would be
    // inherited).
    enum class Stdout
    {
        Captured,
        DevFull,    // /dev/full: every write fails with ENOSPC
        ClosedPipe, // a pipe whose reading end is already closed: every write fails with EPIPE (or SIGPIPE)
    };
    CliOutcome run(const QStringList &arguments, Stdout destination,
                   const QByteArray &standardInput = {}) const;

    // Runs like run(), and sends SIGINT to the child (as Ctrl+C would) once its standard output holds
    // marker; the outcome's out holds everything it wrote. A run whose output never holds marker is not
    // interrupted (and ends on its own or at the hang guard).
    CliOutcome runAndInterrupt(const QStringList &arguments, const QByteArray &marker) const;

    static QString binary();
    QString configDir() const { return m_configDir; }
    QString dataDir() const { return m_dataDir; }

private:
    CliOutcome runProcess(const QStringList &arguments, Stdout destination, const QByteArray &standardInput,
                          const QByteArray &interruptMarker) const;

    std::shared_ptr<QTemporaryDir> m_fallbackDir; // outside the README's sandbox
    QString m_configDir;
    QString m_dataDir;
};

// "pit-<uuid>", different on every call.
QString makePitToken();
