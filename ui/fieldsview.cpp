#include "fieldsview.h"

#include "lazyclearbutton.h"
#include "plaintext.h"
#include "richtextblock.h"

#include "badgedelegate.h"
#include "badgepalette.h"
#include "viewcolors.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QQueue>
#include <QScrollArea>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// Expand all stops after this many visible rows; a message has a few dozen, a 100 MB response millions.
constexpr int expandRowBudget = 20'000;
// Containers with more children than this stay collapsed on Expand all (the user can still open them).
constexpr qint64 expandChildLimit = 2'000;
// Rows looked at while opening the way to filter matches: a bound on the walk, far above any real message.
constexpr int matchWalkBudget = 1'000'000;

} // namespace

FieldsView::FieldsView(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_filterStatus(new QLabel(this))
    , m_expandNote(new QLabel(this))
    , m_empty(new RichTextBlock)
    , m_emptyArea(new QScrollArea(this))
    , m_expand(new QToolButton(this))
    , m_collapse(new QToolButton(this))
{
    m_tree->setObjectName(QStringLiteral("fieldsTree"));
    PlainText::showItemToolTipsLiterally(m_tree); // keys and values come from the response
    ViewColors::applyToView(m_tree, palette());
    m_tree->setAccessibleName(tr("Fields"));
    m_tree->setUniformRowHeights(true); // constant-time row geometry: stays fast with millions of rows
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_filter->setObjectName(QStringLiteral("fieldsFilter"));
    m_filter->setPlaceholderText(tr("Filter by key or value"));
    LazyClearButton::install(m_filter);
    m_filter->setAccessibleName(tr("Filter fields"));
    m_filterStatus->setObjectName(QStringLiteral("fieldsFilterStatus"));
    m_expandNote->setObjectName(QStringLiteral("fieldsExpandNote"));
    m_expandNote->setWordWrap(true);
    m_expandNote->hide();
    m_expand->setText(tr("Expand all"));
    m_expand->setObjectName(QStringLiteral("expandAll"));
    m_collapse->setText(tr("Collapse all"));
    m_collapse->setObjectName(QStringLiteral("collapseAll"));
    // Centred, wrapped, links for the mouse and the keyboard: a QLabel's look at a fraction of its start-up
    // cost (RichTextBlock).
    m_empty->setObjectName(QStringLiteral("fieldsEmpty"));
    connect(m_empty, &RichTextBlock::linkActivated, this, &FieldsView::emptyLinkActivated);
    // The wrapped text sits in a scroll area: it scrolls in a small window instead of stretching it, and the
    // layouts above stop asking the text's height for every width they try (issue 16).
    m_emptyArea->setObjectName(QStringLiteral("fieldsEmptyArea"));
    m_emptyArea->setFrameShape(QFrame::NoFrame);
    m_emptyArea->setWidgetResizable(true);
    m_emptyArea->setWidget(m_empty);
    m_emptyArea->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_filterStatus);
    bar->addWidget(m_expand);
    bar->addWidget(m_collapse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_expandNote);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_emptyArea, 1);

    // Tab goes the way the eye does: the filter and its buttons, then the tree they act on.
    setTabOrder(m_filter, m_expand);
    setTabOrder(m_expand, m_collapse);
    setTabOrder(m_collapse, m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, &FieldsView::filterTextChanged);
    connect(m_expand, &QToolButton::clicked, this, &FieldsView::expandAll);
    connect(m_collapse, &QToolButton::clicked, this, &FieldsView::collapseAll);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &FieldsView::showMenu);

    auto *copy = new QAction(tr("Copy value"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &FieldsView::copyValue);
    m_tree->addAction(copy);
}

void FieldsView::setModel(QAbstractItemModel *model, const Roles &roles)
{
    m_roles = roles;
    m_tree->setModel(model);
    // A note about what Expand all left closed belongs to the rows it was said about.
    connect(model, &QAbstractItemModel::modelReset, m_expandNote, &QLabel::hide);
    connect(model, &QAbstractItemModel::layoutChanged, m_expandNote, &QLabel::hide);
    if (!m_delegate) {
        m_delegate = new BadgeDelegate(roles.badge, roles.decoded, BadgePalette::forPalette(palette()), this);
        m_tree->setItemDelegateForColumn(1, m_delegate);
    }
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Fixed);
    m_tree->header()->resizeSection(0, 220);
    m_tree->header()->resizeSection(2, 80);
}

void FieldsView::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    m_emptyArea->setVisible(!text.isEmpty());
    m_tree->setVisible(text.isEmpty());
}

void FieldsView::setFilterStatus(const QString &text)
{
    m_filterStatus->setText(text);
}

void FieldsView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void FieldsView::expandAll()
{
    QAbstractItemModel *model = m_tree->model();
    if (!model)
        return;
    int budget = expandRowBudget;
    int skipped = 0;    // containers left closed for their size
    qint64 largest = 0; // the most children among them
    bool skippedArray = false;
    bool skippedObject = false;
    bool budgetSpent = false; // containers left closed because the row budget ran out
    QQueue<QModelIndex> queue;
    queue.enqueue(QModelIndex());
    while (!queue.isEmpty()) {
        const QModelIndex parent = queue.dequeue();
        if (parent.isValid()) {
            const qint64 children = m_roles.childCount >= 0 ? parent.data(m_roles.childCount).toLongLong()
                                                            : model->rowCount(parent);
            if (children > expandChildLimit) {
                ++skipped;
                largest = std::max(largest, children);
                if (!m_roles.isArray)
                    skippedArray = skippedObject = true; // no way to tell: "containers"
                else
                    (m_roles.isArray(parent) ? skippedArray : skippedObject) = true;
                continue;
            }
            if (children > budget) {
                budgetSpent = true;
                continue;
            }
            m_tree->expand(parent);
        }
        while (model->canFetchMore(parent))
            model->fetchMore(parent);
        const int rows = model->rowCount(parent);
        budget -= rows;
        for (int row = 0; row < rows; ++row) {
            const QModelIndex child = model->index(row, 0, parent);
            if (model->hasChildren(child))
                queue.enqueue(child);
        }
    }
    // Say what stayed closed, so nobody takes a closed array for an empty one.
    QStringList notes;
    if (skipped > 0) {
        const QString size = QLocale().toString(largest);
        const QString what = skippedArray && skippedObject ? tr("containers")
                             : skippedArray                ? tr("arrays")
                                                           : tr("objects");
        notes << (skipped == 1
                      ? (skippedArray
                             ? tr("A large array (%1 items) was not expanded; open it to see its items.")
                                   .arg(size)
                             : tr("A large object (%1 fields) was not expanded; open it to see its fields.")
                                   .arg(size))
                      : tr("%1 large %2 (up to %3 entries) were not expanded; open them one by one.")
                            .arg(QLocale().toString(skipped), what, size));
    }
    if (budgetSpent)
        notes << tr("Expanding stopped after %1 rows; open the rest one by one.")
                     .arg(QLocale().toString(expandRowBudget));
    m_expandNote->setText(notes.join(QLatin1Char(' ')));
    m_expandNote->setVisible(!notes.isEmpty());
}

QString FieldsView::expandNote() const
{
    return m_expandNote->isVisibleTo(this) ? m_expandNote->text() : QString();
}

void FieldsView::expandToMatches(const std::function<bool(const QModelIndex &)> &leadsToMatch)
{
    QAbstractItemModel *model = m_tree->model();
    if (!model)
        return;
    m_expandNote->hide();
    // Depth first through the containers that lead to a match only: a match deep inside an array of
    // 65,536 items opens its array and nothing beside it.
    int budget = matchWalkBudget;
    QList<QModelIndex> stack{QModelIndex()};
    while (!stack.isEmpty() && budget > 0) {
        const QModelIndex parent = stack.takeLast();
        const int rows = model->rowCount(parent);
        budget -= rows;
        for (int row = 0; row < rows; ++row) {
            const QModelIndex child = model->index(row, 0, parent);
            if (leadsToMatch(child)) {
                m_tree->expand(child);
                stack.append(child);
            }
        }
    }
}

void FieldsView::collapseAll()
{
    m_expandNote->hide();
    m_tree->collapseAll();
}

void FieldsView::selectIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_tree->setFocus(Qt::OtherFocusReason);
}

void FieldsView::copyValue()
{
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid() && m_roles.fullValue >= 0)
        QApplication::clipboard()->setText(index.siblingAtColumn(0).data(m_roles.fullValue).toString());
}

void FieldsView::copyKey()
{
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid() && m_roles.key >= 0)
        QApplication::clipboard()->setText(index.siblingAtColumn(0).data(m_roles.key).toString());
}

void FieldsView::copyPath()
{
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid() && m_roles.path >= 0)
        QApplication::clipboard()->setText(index.siblingAtColumn(0).data(m_roles.path).toString());
}

void FieldsView::changeEvent(QEvent *event)
{
    // The chips and the row colours follow a switch between light and dark while the window is open.
    if (event->type() == QEvent::PaletteChange) {
        ViewColors::applyToView(m_tree, palette());
        if (m_delegate)
            m_delegate->setPalette(BadgePalette::forPalette(palette()));
        m_tree->viewport()->update();
    }
    QWidget::changeEvent(event);
}

void FieldsView::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    QMenu menu(this);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        menu.addAction(tr("Copy value"), this, &FieldsView::copyValue);
        menu.addAction(tr("Copy key"), this, &FieldsView::copyKey);
        menu.addAction(tr("Copy JSON path"), this, &FieldsView::copyPath);
        menu.addSeparator();
    }
    menu.addAction(tr("Expand all"), this, &FieldsView::expandAll);
    menu.addAction(tr("Collapse all"), this, &FieldsView::collapseAll);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}
