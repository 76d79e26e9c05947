#include "relatedlinksmodel.h"

#include "text/safetext.h"
#include "json/jsondocument.h"

RelatedLinksModel::RelatedLinksModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RelatedLinksModel::setLinks(const QList<RelatedLink> &links)
{
    beginResetModel();
    m_links = links;
    m_states.clear();
    m_notes.clear();
    for (const RelatedLink &link : links) {
        m_states.append(link.available ? State::NotFetched : State::Unavailable);
        m_notes.append(link.available ? QString() : link.unavailable);
    }
    endResetModel();
}

const RelatedLink *RelatedLinksModel::linkAt(int row) const
{
    return row >= 0 && row < m_links.size() ? &m_links.at(row) : nullptr;
}

RelatedLinksModel::State RelatedLinksModel::stateAt(int row) const
{
    return row >= 0 && row < m_states.size() ? m_states.at(row) : State::Unavailable;
}

void RelatedLinksModel::setState(int row, State state, const QString &note)
{
    if (row < 0 || row >= m_links.size() || m_states.at(row) == State::Unavailable)
        return;
    m_states[row] = state;
    m_notes[row] = note;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int RelatedLinksModel::rowOf(RelatedLink::Kind kind, const QString &subjectId) const
{
    for (int i = 0; i < m_links.size(); ++i) {
        if (m_links.at(i).kind == kind && m_links.at(i).subjectId() == subjectId)
            return i;
    }
    return -1;
}

int RelatedLinksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_links.size());
}

int RelatedLinksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelatedLinksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RelatedLink &link = m_links.at(index.row());
    const State state = m_states.at(index.row());
    const QString &note = m_notes.at(index.row());
    switch (role) {
    case KindRole:
        return int(link.kind);
    case StateRole:
        return int(state);
    case CheapRole:
        return link.cheap;
    case SubjectIdRole:
        return link.subjectId();
    case Qt::ToolTipRole: {
        QStringList lines{link.description};
        if (!link.needs.isEmpty())
            lines << tr("Needs %1.").arg(link.needs);
        if (!link.sourcePath.isEmpty())
            lines << tr("Found at %1 in the message.").arg(link.sourcePath);
        if (!link.scope().isEmpty())
            lines << tr("Scope: %1").arg(link.scope());
        if (!link.cheap)
            lines << tr("Fetched only when you ask: it may be megabytes.");
        if (!note.isEmpty())
            lines << note;
        return lines.join(u'\n');
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case WhatColumn:
        return link.label; // the link says "(this message)" itself
    case StateColumn:
        switch (state) {
        case State::NotFetched:
            return link.cheap ? tr("Not fetched") : tr("Not fetched (large)");
        case State::Fetching:
            return tr("Fetching…");
        case State::Fetched:
            return tr("Fetched");
        case State::Failed:
            return tr("Failed");
        case State::Unavailable:
            return tr("Cannot be fetched");
        }
        return {};
    case DetailColumn:
        if (!note.isEmpty())
            return SafeText::forDisplay(note, 300);
        return link.description;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RelatedLinksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case WhatColumn:
        return tr("Related to this message");
    case StateColumn:
        return tr("State");
    case DetailColumn:
        return tr("What it shows");
    case ColumnCount:
        break;
    }
    return {};
}
