#include "text/textsearch.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

TextSearch::TextSearch(const QByteArray &haystack, const QByteArray &needle, const Options &options,
                       QObject *parent)
    : QObject(parent)
    , m_haystack(haystack)
    , m_needle(needle)
    , m_options(options)
{
    connect(&m_watcher, &QFutureWatcher<Result>::progressValueChanged, this,
            [this](int permille) { emit progress(m_haystack.size() * permille / 1000, m_haystack.size()); });
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const QFuture<Result> future = m_watcher.future();
        if (future.isCanceled() || future.resultCount() == 0) {
            m_result = Result{};
            m_result.cancelled = true;
        } else {
            m_result = future.result();
        }
        m_running = false;
        m_finished = true;
        emit finished();
    });
}

TextSearch::~TextSearch()
{
    // The worker holds its own copies of the bytes; it only needs telling to stop.
    m_watcher.disconnect(this);
    m_watcher.cancel();
}

void TextSearch::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    QFuture<Result> future =
        QtConcurrent::run([haystack = m_haystack, keepAlive = m_keepAlive, needle = m_needle,
                           options = m_options](QPromise<Result> &promise) {
            promise.setProgressRange(0, 1000);
            const qsizetype size = std::max<qsizetype>(1, haystack.size());
            Result result = findAll(haystack, needle, options, [&](qsizetype searched) {
                promise.setProgressValue(int(searched * 1000 / size));
                return !promise.isCanceled();
            });
            if (!promise.isCanceled())
                promise.addResult(std::move(result));
        });
    m_watcher.setFuture(future);
}

void TextSearch::cancel()
{
    if (m_running)
        m_watcher.cancel();
}

TextSearch::Result TextSearch::findAll(QByteArrayView haystack, QByteArrayView needle, const Options &options,
                                       const std::function<bool(qsizetype)> &keepGoing)
{
    Result result;
    const qsizetype n = needle.size();
    if (n == 0 || haystack.size() < n)
        return result;
    const QByteArray foldedNeedle =
        options.caseSensitive ? needle.toByteArray() : needle.toByteArray().toLower();
    const qsizetype chunk = std::max(options.chunkBytes, n);
    QByteArray folded; // reused buffer for the lower-cased window

    qsizetype pos = 0; // the next match may start here (matches do not overlap)
    for (qsizetype chunkStart = 0; chunkStart < haystack.size(); chunkStart += chunk) {
        // The window reaches n - 1 bytes past the chunk so a match starting in the chunk is seen whole.
        const qsizetype windowEnd = std::min(haystack.size(), chunkStart + chunk + n - 1);
        QByteArrayView window = haystack.sliced(chunkStart, windowEnd - chunkStart);
        if (!options.caseSensitive) {
            folded = window.toByteArray().toLower();
            window = folded;
        }
        qsizetype from = std::max<qsizetype>(0, pos - chunkStart);
        while (from <= window.size() - n) {
            const qsizetype hit = window.indexOf(QByteArrayView(foldedNeedle), from);
            if (hit < 0 || hit >= chunk)
                break;
            if (result.offsets.size() < options.maxStoredMatches)
                result.offsets.append(chunkStart + hit);
            ++result.total;
            from = hit + n;
        }
        pos = std::max(pos, chunkStart + from);
        if (keepGoing && !keepGoing(windowEnd)) {
            result.cancelled = true;
            return result;
        }
    }
    return result;
}
