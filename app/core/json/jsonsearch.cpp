#include "json/jsonsearch.h"

#include <QElapsedTimer>
#include <QSet>

#include <vector>

namespace Json {

namespace {

constexpr int batchSize = 256;
constexpr qint64 batchIntervalMs = 50;

} // namespace

JsonSearch::JsonSearch(QObject *parent)
    : QObject(parent)
    , m_task(this)
{
    qRegisterMetaType<Json::SearchSummary>();
    qRegisterMetaType<QList<Json::SearchHit>>();
}

// The task abandons a running worker without waiting: it holds its own copy of the document, and its
// batches are never delivered once this object is gone.
JsonSearch::~JsonSearch() = default;

void JsonSearch::cancel()
{
    if (!m_task.isRunning())
        return;
    m_task.abandon(); // nothing the old worker still posts is delivered
    emit finished(SearchSummary{m_matches, false, true});
}

void JsonSearch::start(const Document &document, const QString &text, Qt::CaseSensitivity cs)
{
    cancel();
    m_matches = 0;
    m_task.start(
        [this, document, text, cs](TaskControl &control) {
            // `this` is only carried into the posted functions, which never run once this object is gone.
            return search(control, document, text, cs, [this, &control](QList<SearchHit> hits) {
                control.post([this, hits = std::move(hits)] { deliver(hits); });
            });
        },
        [this](std::optional<SearchSummary> summary) {
            // Always a summary: the search is only ever abandoned, never cancelled with a completion.
            emit finished(summary.value_or(SearchSummary{m_matches, false, true}));
        });
}

SearchSummary JsonSearch::search(const TaskControl &control, const Document &document, const QString &text,
                                 Qt::CaseSensitivity cs, const std::function<void(QList<SearchHit>)> &post)
{
    SearchSummary summary;
    QList<SearchHit> batch;
    QElapsedTimer sinceBatch;
    sinceBatch.start();
    auto flush = [&] {
        if (batch.isEmpty())
            return;
        post(std::move(batch));
        batch = {};
        sinceBatch.restart();
    };
    auto contains = [&](const QString &haystack) { return !text.isEmpty() && haystack.contains(text, cs); };

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
                            container, std::make_shared<const ChildIndex>(document.childIndex(container))};
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
            if (control.isCancelled())
                return summary;
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
    flush();
    return summary;
}

void JsonSearch::deliver(const QList<SearchHit> &hits)
{
    m_matches += int(hits.size());
    emit matchesFound(hits);
}

} // namespace Json
