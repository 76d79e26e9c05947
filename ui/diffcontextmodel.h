#pragma once

#include "compare/jsondiff.h"
#include "compare/jsondiffmodel.h"
#include "message/badge.h"

#include <QAbstractTableModel>
#include <QStringList>

// What the diff window's tree shows: the differences of a JsonDiffModel (the core's model, rows forwarded as
// they are, with its roles), and — when asked — the fields that did not change around them, so the change
// reads in the message's own order ("id same, status changed, body same"). Unchanged fields are listed one
// level deep (the message's own fields, the envelope's, the body's top level): a changed object shows its
// changed members as the difference rows, never its whole subtree.
//
// Bounded: at most maxUnchanged unchanged rows; a body whose top level has more members than
// maxTopLevelMembers shows only its differences (and a note says so).
class DiffContextModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int maxUnchanged = 2000;
    static constexpr qint64 maxTopLevelMembers = 10000;

    enum Role
    {
        UnchangedRole = JsonDiffModel::OccurrenceRole + 100, // bool: a field that is the same on both sides
    };

    struct Unchanged
    {
        JsonDifference::Part part = JsonDifference::Part::Body;
        QString path; // in the second body
        int occurrence = 0;
        QString value; // as sent, one line, cut (same on both sides)
        QString meaning;
        Badge badge;
        QString tooltip;
    };
    // One row of the full list: a difference (index into the diff) or an unchanged field.
    struct Entry
    {
        int difference = -1;
        Unchanged unchanged;
    };
    struct Context
    {
        QList<Entry> entries; // every difference and the unchanged fields, in the server's order
        QStringList notes;    // what was left out
    };

    // The full list for a diff of first and second. Pure, and safe on any thread (the window runs it with
    // the diff, off the UI thread).
    static Context build(const JsonDiff &diff, const Json::Document &first, const Json::Document &second);

    explicit DiffContextModel(QObject *parent = nullptr);

    void setDiff(const JsonDiff &diff, const Context &context);
    void clear();
    void setShowUnchanged(bool show);
    bool showsUnchanged() const { return m_showUnchanged; }
    // The headers of the two value columns: where each side came from ("12:01:03 (watch)", "file x.json").
    void setSideLabels(const QString &first, const QString &second);

    JsonDiffModel *differences() const { return m_source; }
    const JsonDiff &diff() const { return m_source->diff(); }
    const QStringList &contextNotes() const { return m_context.notes; }
    // The difference behind a row; nullptr for an unchanged row or an invalid index.
    const JsonDifference *differenceAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // What the envelope's traceId is, beside its value: a support person should not read a change there as a
    // change of the message.
    static QString traceIdMeaning();
    static QString traceIdExplanation();

private:
    void rebuildRows();
    const Entry *entryAt(const QModelIndex &index) const;

    JsonDiffModel *m_source;
    Context m_context;
    QList<Entry> m_rows; // what is shown: the differences only, or the whole context
    bool m_showUnchanged = false;
    QString m_firstLabel;
    QString m_secondLabel;
};
