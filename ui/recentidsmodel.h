#pragma once

#include "store/lookuprecord.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QTimeZone>

class LookupHistory;

// The id field's drop-down: the latest lookup of each recently looked-up message id, newest first, shown with
// how it ended and when ("ve9EPM428h8vShlRW1KT   Delivered · 12:01"). The edit role is the id alone, so a
// chosen entry puts just the id in the field (an editable QComboBox takes its text from Qt::EditRole).
//
// With a history it follows it by itself: it asks LookupHistory::latestPerMessage() at once and after every
// LookupHistory::changed, off the UI thread (a QFutureWatcher owned by the model), and resets with each
// answer.
class RecentIdsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int defaultLimit = 20;

    enum Role
    {
        MessageIdRole = Qt::UserRole + 1, // QString: the id alone (also Qt::EditRole)
        OutcomeTextRole,                  // QString: "Delivered", "Not found"
        TimeRole,                         // QDateTime (UTC) of the latest lookup
    };

    explicit RecentIdsModel(QObject *parent = nullptr);
    RecentIdsModel(LookupHistory *history, QObject *parent = nullptr);

    // Asks the history again (done by itself after each change); nothing without a history.
    void refresh();
    // Shows these lookups (newest first, one per id), without a history or in tests.
    void setLookups(const QList<LookupRecord> &lookups);
    QList<LookupRecord> lookups() const { return m_lookups; }
    QString messageId(int row) const;

    void setLimit(int limit);
    // See HistoryTableModel::setClock.
    void setClock(const QDateTime &now, const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // The rows now show the history's latest answer.
    void refreshed();

private:
    bool isRow(const QModelIndex &index) const;
    QString line(const LookupRecord &record) const;

    QPointer<LookupHistory> m_history;
    QList<LookupRecord> m_lookups;
    int m_limit = defaultLimit;
    quint64 m_generation = 0;
    int m_idWidth = 0; // the longest id shown, so the details line up in a fixed-width font
    QDateTime m_fixedNow;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
