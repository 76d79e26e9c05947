#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QThread>

#include <atomic>

class LoopbackResponderWorker;

// A minimal HTTP/1.1 server on 127.0.0.1 for the benchmarks, running in its own thread so that serving never
// takes time from the thread being measured. Every GET is answered at once with the same scripted response
// (status 200, JSON, Content-Length, kept alive as a real API server does). After each response it notes
// when its last byte was written to the socket (handed to the kernel), on the clock the caller gives: a
// benchmark in the same process compares that with when its window painted the answer.
class LoopbackResponder
{
public:
    // headers: extra header lines, each "Name: value" without the line end.
    LoopbackResponder(const QByteArray &body, const QList<QByteArray> &headers, const QElapsedTimer &clock);
    ~LoopbackResponder();
    LoopbackResponder(const LoopbackResponder &) = delete;
    LoopbackResponder &operator=(const LoopbackResponder &) = delete;

    // "http://127.0.0.1:<port>"; empty when listening failed.
    QString baseUrl() const { return m_baseUrl; }
    // Requests received (their head read) and answered so far.
    int received() const { return m_received.load(); }
    int answered() const { return m_answered.load(); }
    // When the last byte of the latest response was written, in ns on the caller's clock (-1: none yet).
    qint64 lastByteWrittenNs() const { return m_lastByteNs.load(); }

private:
    friend class LoopbackResponderWorker;
    QThread m_thread;
    LoopbackResponderWorker *m_worker = nullptr;
    QString m_baseUrl;
    std::atomic<int> m_received{0};
    std::atomic<int> m_answered{0};
    std::atomic<qint64> m_lastByteNs{-1};
};
