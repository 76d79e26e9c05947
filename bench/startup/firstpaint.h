#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

// Prints "painted <ms> <stages>" (ms since `since` started; stages: "name=ms" for each mark()) once the first
// paint of window has gone through — the whole first paint pass, not just its first widget — and quits.
// Shared by both children of the start-up benchmark, so they stop their clocks the same way.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, const QElapsedTimer &since)
        : m_window(window)
        , m_since(since)
    {
        qApp->installEventFilter(this);
    }

    // Notes how long the start took up to here, under a name.
    static void mark(QByteArray &stages, const char *name, const QElapsedTimer &since)
    {
        stages +=
            ' ' + QByteArray(name) + '=' + QByteArray::number(double(since.nsecsElapsed()) / 1e6, 'f', 2);
    }
    QByteArray stages;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType() &&
            (watched == m_window || m_window->isAncestorOf(static_cast<QWidget *>(watched)))) {
            m_seen = true;
            // The rest of this paint pass is delivered before any timer fires.
            QTimer::singleShot(0, qApp, [this] {
                std::printf("painted %.2f%s\n", double(m_since.nsecsElapsed()) / 1e6, stages.constData());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    const QElapsedTimer &m_since;
    bool m_seen = false;
};
