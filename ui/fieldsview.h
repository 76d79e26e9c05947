#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QScrollArea;
class RichTextBlock;
class QLineEdit;
class QMenu;
class QToolButton;
class QTreeView;
class BadgeDelegate;

// The Fields tab: the response as a tree in the server's order, chips for status-like fields, decoded values
// beside the sent ones, a filter, expand/collapse all, and Copy value / key / JSON path.
class FieldsView : public QWidget
{
    Q_OBJECT

public:
    explicit FieldsView(QWidget *parent = nullptr);

    // The model shown (the tree model or a filter over it). Roles come from the caller so this widget stays
    // independent of any one model class.
    struct Roles
    {
        int badge = -1;
        int decoded = -1;
        int path = -1;
        int key = -1;
        int fullValue = -1;
        int childCount = -1;
        // Tells an array from an object (for what Expand all says it left closed); unset: "containers".
        std::function<bool(const QModelIndex &)> isArray;
    };
    void setModel(QAbstractItemModel *model, const Roles &roles);
    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }

    // Plain text, or rich text whose links emit emptyLinkActivated(). Empty shows the tree.
    void setEmptyText(const QString &text);
    void setFilterStatus(const QString &text);
    void focusFilter();

    // Expands containers breadth-first up to a budget of rows, skipping very large arrays, so the window
    // never tries to show millions of rows at once. What was left closed is said under the filter bar.
    void expandAll();
    // After a filter: opens exactly the containers on the way to a match (leadsToMatch says which), however
    // large, so every match is on screen without opening anything else.
    void expandToMatches(const std::function<bool(const QModelIndex &)> &leadsToMatch);
    // What the last Expand all left closed ("A large array (65,536 items) was not expanded…"); empty when
    // everything opened.
    QString expandNote() const;
    void collapseAll();
    void selectIndex(const QModelIndex &index);

    void copyValue();
    void copyKey();
    void copyPath();

signals:
    void filterTextChanged(const QString &text);
    // A link in the empty-state text was clicked (e.g. a sample to open).
    void emptyLinkActivated(const QString &link);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showMenu(const QPoint &pos);

    QTreeView *m_tree;
    QLineEdit *m_filter;
    QLabel *m_filterStatus;
    QLabel *m_expandNote;
    RichTextBlock *m_empty;
    QScrollArea *m_emptyArea;
    QToolButton *m_expand;
    QToolButton *m_collapse;
    BadgeDelegate *m_delegate = nullptr;
    Roles m_roles;
};
