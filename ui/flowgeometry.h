#pragma once

#include <QList>
#include <QRect>
#include <QSize>

// Where the items of a flow (a row of chips that wraps) go, computed without widgets so it can be tested:
// left to right in their order, a new line when the next item would cross the available width, each line as
// tall as its tallest item with the items centred in it. An item wider than the whole width gets a line of
// its own and is narrowed to the width, though never below its minimum width (then it sticks out: the
// layout's minimum width is the widest minimum, so that only happens when the caller ignores it).
struct FlowGeometry
{
    struct Item
    {
        QSize hint; // preferred size
        int minimumWidth = 0;
    };

    QList<QRect> rects; // one per item, relative to the flow's top left corner
    int height = 0;     // of all the lines together, 0 for no items

    static FlowGeometry arrange(const QList<Item> &items, int width, int horizontalSpacing,
                                int verticalSpacing);

    // All items on one line: the width the flow would like.
    static int preferredWidth(const QList<Item> &items, int horizontalSpacing);
    // The widest item minimum: narrower than this, some item cannot fit at all.
    static int minimumWidth(const QList<Item> &items);
};
