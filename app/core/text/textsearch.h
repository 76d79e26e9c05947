#pragma once

#include "common/backgroundtask.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

// Finds every occurrence of a needle in a byte buffer on a worker thread, a chunk at a time, with progress
// and cancellation. One TextSearch is one search: start() once, and finished() is emitted exactly once
// afterwards — found, empty, or cancelled.
//
// Matches do not overlap (as in text editors: "aa" occurs twice in "aaaa"). Case-insensitive matching folds
// ASCII letters only; other bytes must match exactly. At most Options::maxStoredMatches offsets are kept, but
// the total is always counted.
class TextSearch : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool caseSensitive = false;
        qsizetype maxStoredMatches = 100000;
        qsizetype chunkBytes = 1024 * 1024;
    };

    struct Result
    {
        QList<qsizetype> offsets; // ascending byte offsets of the first stored matches
        qsizetype total = 0;      // every match, stored or not
        bool cancelled = false;
        bool isCapped() const { return total > offsets.size(); }
    };

    TextSearch(const QByteArray &haystack, const QByteArray &needle, const Options &options,
               QObject *parent = nullptr);
    ~TextSearch() override;

    // Keeps the haystack valid while the search reads it, when it does not own its bytes (a memory-mapped
    // file, see MappedFile). Call before start().
    void setKeepAlive(std::shared_ptr<const void> keepAlive) { m_keepAlive = std::move(keepAlive); }
    void start();
    // Stops the worker at its next chunk; finished() still comes, with result().cancelled set.
    void cancel();

    bool isRunning() const { return m_task.isRunning(); }
    bool isFinished() const { return m_finished; }
    QByteArray needle() const { return m_needle; }
    const Result &result() const { return m_result; }

    // The search itself, synchronously. keepGoing is called after each chunk with the bytes searched so far;
    // returning false cancels.
    static Result findAll(QByteArrayView haystack, QByteArrayView needle, const Options &options,
                          const std::function<bool(qsizetype searched)> &keepGoing = {});

signals:
    void progress(qsizetype searchedBytes, qsizetype totalBytes);
    void finished();

private:
    std::shared_ptr<const void> m_keepAlive;
    QByteArray m_haystack;
    QByteArray m_needle;
    Options m_options;
    Result m_result;
    bool m_finished = false;
    BackgroundTask<Result> m_task;
};
