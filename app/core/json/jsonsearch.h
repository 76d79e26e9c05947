#pragma once

#include "common/backgroundtask.h"
#include "json/jsondocument.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Json {

// The child index of a large container on the way to a match, made on the search's thread so that showing
// the match does not scan the container on the UI thread (JsonTreeModel::provideChildren takes it).
struct PrefetchedChildren
{
    qint64 container = -1;
    std::shared_ptr<const ChildIndex> children;
};

struct SearchHit
{
    qint64 valueOffset = -1; // the matching node (for a key match: the member's value)
    QList<int> rows;         // row path from the top level, for JsonTreeModel::indexForRows()
    QList<qint64> ancestors; // value offsets of the containers above it, outermost first
    bool keyMatched = false;
    bool valueMatched = false;
    // Large containers above this hit whose index no earlier hit of the same run carried (most hits: none).
    QList<PrefetchedChildren> prefetched;
};

struct SearchSummary
{
    int matches = 0;
    bool truncated = false; // stopped at JsonSearch::maxHits
    bool cancelled = false;
};

// Finds keys and values anywhere in a document, off the UI thread, and reports matches as they are found.
// Keys and strings are compared decoded, numbers and literals by their text. Every start() ends with exactly
// one finished() (also when cancelled, including by a newer start() or by destruction's cancel); batches of a
// cancelled run are never delivered after its finished().
class JsonSearch : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxHits = 10000;
    // Containers with at least this many children on the way to a match are indexed by the search.
    static constexpr qint64 prefetchChildren = 4096;

    explicit JsonSearch(QObject *parent = nullptr);
    ~JsonSearch() override;

    void start(const Document &document, const QString &text, Qt::CaseSensitivity cs = Qt::CaseInsensitive);
    void cancel();
    bool isRunning() const { return m_task.isRunning(); }

signals:
    void matchesFound(const QList<Json::SearchHit> &hits);
    void finished(const Json::SearchSummary &summary);

private:
    // The walk itself, on a worker thread (touches no member); batches of hits go to post.
    static SearchSummary search(const TaskControl &control, const Document &document, const QString &text,
                                Qt::CaseSensitivity cs, const std::function<void(QList<SearchHit>)> &post);
    void deliver(const QList<SearchHit> &hits);

    int m_matches = 0;
    BackgroundTask<SearchSummary> m_task;
};

} // namespace Json

Q_DECLARE_METATYPE(Json::SearchHit)
Q_DECLARE_METATYPE(Json::SearchSummary)
