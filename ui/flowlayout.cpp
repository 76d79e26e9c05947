#include "flowlayout.h"

#include "flowgeometry.h"

#include <QWidget>

namespace {

QList<FlowGeometry::Item> geometryItems(const QList<QLayoutItem *> &items)
{
    QList<FlowGeometry::Item> out;
    out.reserve(items.size());
    for (const QLayoutItem *item : items)
        out.append({item->sizeHint(), item->minimumSize().width()});
    return out;
}

} // namespace

FlowLayout::FlowLayout(QWidget *parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent)
    , m_horizontalSpacing(horizontalSpacing)
    , m_verticalSpacing(verticalSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

QList<QLayoutItem *> FlowLayout::visibleItems() const
{
    QList<QLayoutItem *> visible;
    for (QLayoutItem *item : m_items)
        if (!item->isEmpty()) // hidden widgets take no room
            visible.append(item);
    return visible;
}

int FlowLayout::heightFor(int contentWidth) const
{
    return FlowGeometry::arrange(geometryItems(visibleItems()), contentWidth, m_horizontalSpacing,
                                 m_verticalSpacing)
        .height;
}

int FlowLayout::heightForWidth(int width) const
{
    const QMargins margins = contentsMargins();
    return heightFor(width - margins.left() - margins.right()) + margins.top() + margins.bottom();
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest single item; the height that width needs is heightForWidth's business.
    const QList<FlowGeometry::Item> items = geometryItems(visibleItems());
    const QMargins margins = contentsMargins();
    const int width = FlowGeometry::minimumWidth(items);
    int height = 0;
    for (const FlowGeometry::Item &item : items)
        height = std::max(height, item.hint.height());
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

QSize FlowLayout::sizeHint() const
{
    const QList<FlowGeometry::Item> items = geometryItems(visibleItems());
    const QMargins margins = contentsMargins();
    const int width = FlowGeometry::preferredWidth(items, m_horizontalSpacing);
    return {width + margins.left() + margins.right(), heightFor(width) + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    const QRect area = rect.marginsRemoved(contentsMargins());
    const QList<QLayoutItem *> items = visibleItems();
    const FlowGeometry flow =
        FlowGeometry::arrange(geometryItems(items), area.width(), m_horizontalSpacing, m_verticalSpacing);
    for (qsizetype i = 0; i < items.size(); ++i)
        items.at(i)->setGeometry(flow.rects.at(i).translated(area.topLeft()));
}
