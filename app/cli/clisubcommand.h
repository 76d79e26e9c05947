#pragma once

#include <QObject>

#include <functional>

class CliContext;
struct CliCommand;

// One command that lives in a class of its own (watch, history, diff, batch, report). CliApp makes it, keeps
// it until the program ends and calls run() once; the command calls done(exit status) exactly once (from
// inside run() when it refuses at once). It works only through the CliContext.
class CliSubcommand : public QObject
{
public:
    using Done = std::function<void(int status)>;

    explicit CliSubcommand(CliContext &cli, QObject *parent = nullptr)
        : QObject(parent)
        , m_cli(cli)
    {}

    virtual void run(const CliCommand &command, Done done) = 0;

protected:
    CliContext &m_cli;
};
