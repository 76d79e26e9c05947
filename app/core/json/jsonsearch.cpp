#include "json/jsonsearch.h"

#include <QElapsedTimer>
#include <QSet>
#include <QtConcurrent>

#include <vector>

namespace Json {

namespace {

constexpr int batchSize = 256;
constexpr qint64 batchIntervalMs = 50;

} // namespace

struct JsonSearch::Run
{
    std::atomic<bool> cancelled{false};
};

JsonSearch::JsonSearch(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Json::SearchSummary>();
    qRegisterMetaType<QList<Json::SearchHit>>();
}

JsonSearch::~JsonSearch()
{
    if (m_run)
        m_run->cancelled = true;
    // The worker posts to this object: it must be done before the object goes away. It checks the flag
    // between nodes, so this wait is short.
    m_future.waitForFinished();
}

void JsonSearch::cancel()
{
    if (!m_running)
        return;
    m_run->cancelled = true;
    ++m_generation; // anything the old worker still posts is dropped
    m_running = false;
    emit finished(SearchSummary{m_matches, false, true});
}

void JsonSearch::start(const Document &document, const QString &text, Qt::CaseSensitivity cs)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_matches = 0;
    m_running = true;
    m_run = std::make_shared<Run>();
    auto run = m_run;

    m_future = QtConcurrent::run([this, run, generation, document, text, cs] {
        SearchSummary summary;
        QList<SearchHit> batch;
        QElapsedTimer sinceBatch;
        sinceBatch.start();
        auto flush = [&] {
            if (batch.isEmpty())
                return;
            QMetaObject::invokeMethod(
                this, [this, generation, hits = std::move(batch)] { deliver(generation, hits); },
                Qt::QueuedConnection);
            batch = {};
            sinceBatch.restart();
        };
        auto contains = [&](const QString &haystack) {
            return !text.isEmpty() && haystack.contains(text, cs);
        };

        struct Level
        {
            Member member;
            int row;
            qint64 container;
        };
        std::vector<Level> stack;
        const qint64 root = document.rootOffset();
        QSet<qint64> looked; // containers already considered for prefetching in this run
        auto consider = [&](const Member &m) {
            bool keyMatched = m.keyOffset >= 0 && contains(document.stringAt(m.keyOffset));
            bool valueMatched = false;
            switch (document.kindAt(m.valueOffset)) {
            case NodeKind::String:
                valueMatched = contains(document.stringAt(m.valueOffset));
                break;
            case NodeKind::Object:
            case NodeKind::Array:
                break;
            default:
                valueMatched = contains(QString::fromUtf8(document.rawAt(m.valueOffset)));
                break;
            }
            if (!keyMatched && !valueMatched)
                return;
            SearchHit hit;
            hit.valueOffset = m.valueOffset;
            hit.keyMatched = keyMatched;
            hit.valueMatched = valueMatched;
            for (size_t k = 0; k < stack.size(); ++k) {
                hit.rows << stack[k].row;
                if (k > 0) { // stack[0].container is the root, which has no row (and is indexed on load)
                    const qint64 container = stack[k].container;
                    hit.ancestors << container;
                    if (!looked.contains(container)) {
                        looked.insert(container);
                        if (document.childCount(container) >= prefetchChildren)
                            hit.prefetched << PrefetchedChildren{
                                container,
                                std::make_shared<const ChildIndex>(document.childIndex(container))};
                    }
                }
            }
            batch << hit;
            ++summary.matches;
        };

        if (root >= 0) {
            const NodeKind rootKind = document.kindAt(root);
            if (rootKind == NodeKind::Object || rootKind == NodeKind::Array) {
                const Member first = document.firstMember(root);
                if (first.isValid())
                    stack.push_back(Level{first, 0, root});
            } else {
                stack.push_back(Level{Member{-1, root}, 0, -1});
                consider(stack.back().member);
                stack.clear();
            }
        }
        qint64 visited = 0;
        while (!stack.empty()) {
            if ((++visited & 1023) == 0) {
                if (run->cancelled)
                    return;
                if (batch.size() >= batchSize || sinceBatch.elapsed() >= batchIntervalMs)
                    flush();
            }
            if (summary.matches >= maxHits) {
                summary.truncated = true;
                break;
            }
            const Member current = stack.back().member;
            consider(current);
            const NodeKind kind = document.kindAt(current.valueOffset);
            if (kind == NodeKind::Object || kind == NodeKind::Array) {
                const Member child = document.firstMember(current.valueOffset);
                if (child.isValid()) {
                    stack.push_back(Level{child, 0, current.valueOffset});
                    continue;
                }
            }
            // Move to the next sibling, climbing as containers end.
            while (!stack.empty()) {
                Level &level = stack.back();
                const Member next = document.nextMember(level.member);
                if (next.isValid()) {
                    level.member = next;
                    ++level.row;
                    break;
                }
                stack.pop_back();
            }
        }
        if (run->cancelled)
            return;
        flush();
        QMetaObject::invokeMethod(
            this, [this, generation, summary] { complete(generation, summary); }, Qt::QueuedConnection);
    });
}

void JsonSearch::deliver(quint64 generation, const QList<SearchHit> &hits)
{
    if (generation != m_generation || !m_running)
        return;
    m_matches += int(hits.size());
    emit matchesFound(hits);
}

void JsonSearch::complete(quint64 generation, const SearchSummary &summary)
{
    if (generation != m_generation || !m_running)
        return;
    m_running = false;
    emit finished(summary);
}

} // namespace Json
