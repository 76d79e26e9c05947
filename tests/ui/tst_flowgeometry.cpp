#include "flowgeometry.h"

#include <QTest>

// The geometry of a wrapping row (the summary card's chips), without widgets.
class TestFlowGeometry : public QObject
{
    Q_OBJECT

    using Item = FlowGeometry::Item;

private slots:
    void everythingOnOneLineWhenItFits()
    {
        const QList<Item> items{{{100, 20}, 40}, {{50, 20}, 40}, {{30, 20}, 30}};
        const FlowGeometry flow = FlowGeometry::arrange(items, 400, 6, 4);
        QCOMPARE(flow.rects, (QList<QRect>{{0, 0, 100, 20}, {106, 0, 50, 20}, {162, 0, 30, 20}}));
        QCOMPARE(flow.height, 20);
        QCOMPARE(FlowGeometry::preferredWidth(items, 6), 192);
        QCOMPARE(FlowGeometry::minimumWidth(items), 40);
    }

    void wrapsWhenTheNextItemWouldCrossTheWidth()
    {
        const QList<Item> items{{{100, 20}, 40}, {{100, 20}, 40}, {{100, 20}, 40}};
        // 100 + 6 + 100 = 206 fits in 210; the third does not.
        const FlowGeometry flow = FlowGeometry::arrange(items, 210, 6, 4);
        QCOMPARE(flow.rects, (QList<QRect>{{0, 0, 100, 20}, {106, 0, 100, 20}, {0, 24, 100, 20}}));
        QCOMPARE(flow.height, 44);
        // Exactly the width still fits.
        QCOMPARE(FlowGeometry::arrange(items, 206, 6, 4).rects.at(1), QRect(106, 0, 100, 20));
        QCOMPARE(FlowGeometry::arrange(items, 205, 6, 4).rects.at(1), QRect(0, 24, 100, 20));
    }

    void itemsAreCentredInTheirLine()
    {
        const QList<Item> items{{{50, 30}, 10}, {{50, 20}, 10}, {{50, 10}, 10}};
        const FlowGeometry flow = FlowGeometry::arrange(items, 200, 0, 0);
        QCOMPARE(flow.rects.at(0).top(), 0);
        QCOMPARE(flow.rects.at(1).top(), 5);
        QCOMPARE(flow.rects.at(2).top(), 10);
        QCOMPARE(flow.height, 30);
    }

    void anItemWiderThanTheLineIsNarrowedOnItsOwnLine()
    {
        const QList<Item> items{{{60, 20}, 40}, {{900, 20}, 120}, {{60, 20}, 40}};
        const FlowGeometry flow = FlowGeometry::arrange(items, 300, 6, 4);
        QCOMPARE(flow.rects, (QList<QRect>{{0, 0, 60, 20}, {0, 24, 300, 20}, {0, 48, 60, 20}}));
        // Never below its minimum, even when the width is smaller still.
        QCOMPARE(FlowGeometry::arrange(items, 100, 6, 4).rects.at(1).width(), 120);
    }

    void nothingToPlace()
    {
        const FlowGeometry flow = FlowGeometry::arrange({}, 300, 6, 4);
        QVERIFY(flow.rects.isEmpty());
        QCOMPARE(flow.height, 0);
        QCOMPARE(FlowGeometry::preferredWidth({}, 6), 0);
        QCOMPARE(FlowGeometry::minimumWidth({}), 0);
        // A zero or negative width puts every item on a line of its own, at its minimum.
        const FlowGeometry narrow = FlowGeometry::arrange({{{50, 10}, 20}, {{50, 10}, 20}}, -5, 6, 4);
        QCOMPARE(narrow.rects, (QList<QRect>{{0, 0, 20, 10}, {0, 14, 20, 10}}));
    }
};

QTEST_GUILESS_MAIN(TestFlowGeometry)
#include "tst_flowgeometry.moc"
