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
    bool finished = false; // false: it did not end within the hang guard and was killed
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

    static QString binary();
    QString configDir() const { return m_configDir; }

private:
    std::shared_ptr<QTemporaryDir> m_fallbackDir; // outside the README's sandbox
    QString m_configDir;
};

// "pit-<uuid>", different on every call.
QString makePitToken();
