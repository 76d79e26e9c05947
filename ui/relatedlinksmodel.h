#pragma once

#include "related/relatedlink.h"

#include <QAbstractTableModel>
#include <QList>

// The related lookups a message offers (RelatedLinks::from), one row each: what it is, whether it was
// fetched, and what fetching it shows or why it cannot be fetched.
class RelatedLinksModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhatColumn,   // "Email 2 of 3 in the thread"
        StateColumn,  // "Not fetched", "Fetching…", "Fetched", "Failed: …", "Cannot be fetched"
        DetailColumn, // what fetching it shows, or why it cannot be fetched
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        KindRole = Qt::UserRole + 1, // int: RelatedLink::Kind
        StateRole,                   // int: State
        CheapRole,                   // bool: fine to fetch without asking (when the profile says so)
        SubjectIdRole,               // QString: the id the answer is about
    };
    Q_ENUM(Role)

    enum class State
    {
        NotFetched,
        Fetching,
        Fetched,
        Failed,
        Unavailable,
    };

    explicit RelatedLinksModel(QObject *parent = nullptr);

    void setLinks(const QList<RelatedLink> &links);
    const QList<RelatedLink> &links() const { return m_links; }
    const RelatedLink *linkAt(int row) const;
    State stateAt(int row) const;
    void setState(int row, State state, const QString &note = {});
    // The row of the link of this kind about this id, or -1.
    int rowOf(RelatedLink::Kind kind, const QString &subjectId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RelatedLink> m_links;
    QList<State> m_states;
    QList<QString> m_notes;
};
