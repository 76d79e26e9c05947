#include "stdininput.h"

#include <QFile>

#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {

// Saved terminal state, restored by the guard and by the signal handler (async-signal-safe: tcsetattr is).
struct termios savedState;
volatile std::sig_atomic_t echoIsOff = 0;

void restoreEcho()
{
    if (echoIsOff) {
        tcsetattr(STDIN_FILENO, TCSANOW, &savedState);
        echoIsOff = 0;
    }
}

extern "C" void restoreAndReraise(int signal)
{
    restoreEcho();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &savedState) != 0)
            return;
        struct termios quiet = savedState;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        m_oldInt = std::signal(SIGINT, restoreAndReraise);
        m_oldTerm = std::signal(SIGTERM, restoreAndReraise);
        m_oldHup = std::signal(SIGHUP, restoreAndReraise);
        if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0)
            echoIsOff = 1;
    }
    ~EchoOff()
    {
        restoreEcho();
        std::signal(SIGINT, m_oldInt);
        std::signal(SIGTERM, m_oldTerm);
        std::signal(SIGHUP, m_oldHup);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    void (*m_oldInt)(int) = SIG_DFL;
    void (*m_oldTerm)(int) = SIG_DFL;
    void (*m_oldHup)(int) = SIG_DFL;
};

} // namespace

namespace StdinInput {

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

std::optional<QByteArray> readHiddenLine(const QString &prompt)
{
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
    QByteArray line;
    bool gotAnything = false;
    {
        EchoOff echoOff;
        char buffer[512];
        while (std::fgets(buffer, sizeof buffer, stdin)) {
            gotAnything = true;
            line += buffer;
            if (line.endsWith('\n'))
                break;
            if (line.size() > 64 * 1024)
                break;
        }
    }
    if (!gotAnything)
        return std::nullopt;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

std::optional<QByteArray> readAll(qint64 maxBytes)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return QByteArray();
    QByteArray data;
    for (;;) {
        const QByteArray chunk = in.read(64 * 1024);
        if (chunk.isEmpty())
            break; // end of input (or a read error: what arrived is all there is)
        data += chunk;
        if (data.size() > maxBytes)
            return std::nullopt;
    }
    return data;
}

} // namespace StdinInput
