#include "flowgeometry.h"

#include <algorithm>

FlowGeometry FlowGeometry::arrange(const QList<Item> &items, int width, int horizontalSpacing,
                                   int verticalSpacing)
{
    FlowGeometry flow;
    flow.rects.reserve(items.size());
    width = std::max(width, 0);
    int lineStart = 0; // index of the first item on the current line
    int x = 0;
    int y = 0;
    int lineHeight = 0;
    // Centres the items of the finished line [lineStart, end) vertically in it.
    const auto closeLine = [&](qsizetype end) {
        for (qsizetype i = lineStart; i < end; ++i) {
            QRect &r = flow.rects[i];
            r.moveTop(y + (lineHeight - r.height()) / 2);
        }
    };
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        const int itemWidth = std::max(std::min(item.hint.width(), width), item.minimumWidth);
        const int itemHeight = std::max(item.hint.height(), 0);
        if (i > lineStart && x + horizontalSpacing + itemWidth > width) {
            closeLine(i);
            y += lineHeight + verticalSpacing;
            lineStart = int(i);
            x = 0;
            lineHeight = 0;
        }
        if (i > lineStart)
            x += horizontalSpacing;
        flow.rects.append(QRect(x, y, itemWidth, itemHeight));
        x += itemWidth;
        lineHeight = std::max(lineHeight, itemHeight);
    }
    if (!items.isEmpty()) {
        closeLine(items.size());
        flow.height = y + lineHeight;
    }
    return flow;
}

int FlowGeometry::preferredWidth(const QList<Item> &items, int horizontalSpacing)
{
    int width = 0;
    for (qsizetype i = 0; i < items.size(); ++i)
        width += (i > 0 ? horizontalSpacing : 0) + items.at(i).hint.width();
    return width;
}

int FlowGeometry::minimumWidth(const QList<Item> &items)
{
    int width = 0;
    for (const Item &item : items)
        width = std::max(width, item.minimumWidth);
    return width;
}
