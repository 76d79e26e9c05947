#pragma once

#include <QObject>

class QSocketNotifier;

// Turns Ctrl+C (SIGINT) into a signal from the event loop, for the commands that run until something
// happens (watch, batch) and should stop cleanly with status 130 instead of dying mid-line. The handler only
// writes one byte to a pipe (all a signal handler may safely do); a QSocketNotifier on the pipe's other end
// emits interrupted(). No nested event loop, no polling.
//
// While one exists, SIGINT is caught; the first one is reported and the previous disposition is put back at
// once, so a second Ctrl+C ends the program the usual way if stopping hangs. One at a time per process.
class InterruptNotifier : public QObject
{
    Q_OBJECT

public:
    explicit InterruptNotifier(QObject *parent = nullptr);
    ~InterruptNotifier() override;

    // False when the pipe or the handler could not be set up (Ctrl+C then keeps its default behaviour).
    bool isActive() const { return m_active; }

signals:
    void interrupted();

private:
    void restore();

    QSocketNotifier *m_notifier = nullptr;
    bool m_active = false;
    bool m_handlerInstalled = false;
};
