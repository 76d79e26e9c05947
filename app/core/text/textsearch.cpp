#include "text/textsearch.h"

#include <algorithm>

TextSearch::TextSearch(const QByteArray &haystack, const QByteArray &needle, const Options &options,
                       QObject *parent)
    : QObject(parent)
    , m_haystack(haystack)
    , m_needle(needle)
    , m_options(options)
    , m_task(this)
{}

// The task abandons a running worker without waiting; it holds its own copies of the bytes.
TextSearch::~TextSearch() = default;

void TextSearch::start()
{
    if (m_task.isRunning() || m_finished)
        return;
    m_task.start(
        [haystack = m_haystack, keepAlive = m_keepAlive, needle = m_needle,
         options = m_options](TaskControl &control) {
            return findAll(haystack, needle, options, [&](qsizetype searched) {
                control.setProgress(searched, haystack.size());
                return !control.isCancelled();
            });
        },
        [this](std::optional<Result> result) {
            if (result) {
                m_result = std::move(*result);
            } else {
                m_result = Result{};
                m_result.cancelled = true;
            }
            m_finished = true;
            emit finished();
        },
        [this](int permille) { emit progress(m_haystack.size() * permille / 1000, m_haystack.size()); });
}

void TextSearch::cancel()
{
    m_task.cancel();
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
