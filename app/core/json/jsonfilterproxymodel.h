#pragma once

#include "json/jsonsearch.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace Json {

class JsonTreeModel;

// Shows only the rows that match a search text, with their ancestors (and, for a matching container, its
// contents), over a lazy JsonTreeModel. The search runs off the UI thread (JsonSearch); matches appear as
// they are found: each batch fetches the containers on the way to the matches and re-filters. Changing the
// text cancels the running search. An empty text shows everything. Order is never changed (no sorting).
class JsonFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit JsonFilterProxyModel(QObject *parent = nullptr);

    // Must be a JsonTreeModel (anything else is shown unfiltered).
    void setSourceModel(QAbstractItemModel *model) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    bool isSearching() const { return m_search.isRunning(); }
    int matchCount() const { return int(m_hits.size()); }
    // True when the row itself matched (for highlighting), not just kept as an ancestor.
    bool isMatch(const QModelIndex &proxyIndex) const;
    // True when a match lies inside this row (a container on the way to one): what to open to show it.
    bool leadsToMatch(const QModelIndex &proxyIndex) const;

signals:
    void searchProgress(int matches);
    // Exactly once per setSearchText() (for an empty text at once, with 0 matches). A text replaced before
    // its search ended gets finished with cancelled = true.
    void searchFinished(int matches, bool truncated, bool cancelled);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void onMatches(const QList<SearchHit> &hits);
    void restart();

    JsonTreeModel *m_source = nullptr;
    JsonSearch m_search;
    QString m_text;
    QSet<qint64> m_hits;
    QSet<qint64> m_ancestors;
};

} // namespace Json
