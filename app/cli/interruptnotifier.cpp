#include "interruptnotifier.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
// The handler's only state: the pipe's write end (-1 while no notifier exists), and the disposition to put
// back.
volatile sig_atomic_t writeEnd = -1;
int readEnd = -1;
struct sigaction previous = {};

void onInterrupt(int)
{
    const int fd = writeEnd;
    if (fd >= 0) {
        const char byte = 1;
        [[maybe_unused]] const ssize_t written = ::write(fd, &byte, 1); // async-signal-safe
    }
}
#endif

} // namespace

InterruptNotifier::InterruptNotifier(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (writeEnd >= 0)
        return; // another one is active
    int fds[2] = {-1, -1};
    if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    readEnd = fds[0];
    writeEnd = fds[1];
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (::sigaction(SIGINT, &action, &previous) != 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        readEnd = -1;
        writeEnd = -1;
        return;
    }
    m_handlerInstalled = true;
    m_active = true;
    m_notifier = new QSocketNotifier(readEnd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char buffer[16];
        while (::read(readEnd, buffer, sizeof buffer) > 0) {
        }
        restore(); // a second Ctrl+C is the shell's again
        emit interrupted();
    });
#endif
}

InterruptNotifier::~InterruptNotifier()
{
    restore();
#ifdef Q_OS_UNIX
    if (m_active) {
        delete m_notifier;
        m_notifier = nullptr;
        const int w = writeEnd;
        writeEnd = -1;
        ::close(w);
        ::close(readEnd);
        readEnd = -1;
    }
#endif
}

void InterruptNotifier::restore()
{
#ifdef Q_OS_UNIX
    if (m_handlerInstalled) {
        ::sigaction(SIGINT, &previous, nullptr);
        m_handlerInstalled = false;
    }
    if (m_notifier)
        m_notifier->setEnabled(false);
#endif
}
