#include "badgegeometry.h"
#include "badgepainter.h"
#include "badgepalette.h"

#include <QImage>
#include <QPainter>
#include <QTest>

class TestBadgePalette : public QObject
{
    Q_OBJECT

private slots:
    void everyChipPassesWcagAA_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<int>("meaning");
        const BadgeMeaning meanings[] = {
            BadgeMeaning::Good,    BadgeMeaning::Waiting,  BadgeMeaning::Bad,     BadgeMeaning::OptedOut,
            BadgeMeaning::Inbound, BadgeMeaning::Outbound, BadgeMeaning::Neutral, BadgeMeaning::Unknown};
        for (auto variant : {BadgePalette::Variant::Light, BadgePalette::Variant::Dark}) {
            for (BadgeMeaning m : meanings) {
                QTest::addRow("%s/%d", variant == BadgePalette::Variant::Light ? "light" : "dark", int(m))
                    << int(variant) << int(m);
            }
        }
    }
    void everyChipPassesWcagAA()
    {
        QFETCH(int, variant);
        QFETCH(int, meaning);
        const BadgeColors c = BadgePalette(BadgePalette::Variant(variant)).colors(BadgeMeaning(meaning));
        const double ratio = BadgePalette::contrastRatio(c.text, c.background);
        QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
    }

    void meaningsAreDistinct()
    {
        // Good and bad must never share a background: colour supports the text, it must not mislead.
        for (auto variant : {BadgePalette::Variant::Light, BadgePalette::Variant::Dark}) {
            const BadgePalette p(variant);
            QVERIFY(p.colors(BadgeMeaning::Good).background != p.colors(BadgeMeaning::Bad).background);
            QVERIFY(p.colors(BadgeMeaning::Waiting).background != p.colors(BadgeMeaning::Good).background);
            QVERIFY(p.colors(BadgeMeaning::Inbound).background !=
                    p.colors(BadgeMeaning::Outbound).background);
        }
    }

    void contrastFormula()
    {
        QCOMPARE(qRound(BadgePalette::contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(BadgePalette::contrastRatio(Qt::white, Qt::white), 1.0);
    }

    void variantFollowsWindowColour()
    {
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xF5, 0xF5, 0xF5));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
        QCOMPARE(BadgePalette::forPalette(light).variant(), BadgePalette::Variant::Light);
        QCOMPARE(BadgePalette::forPalette(dark).variant(), BadgePalette::Variant::Dark);
    }

    void geometryFitsAndCentres()
    {
        const QRectF area(10, 0, 300, 24);
        const BadgeGeometry g = BadgeGeometry::compute(area, 60, 16, true);
        QCOMPARE(g.chip.left(), 10.0);
        QCOMPARE(g.chip.height(), 20.0); // 16 + 2 × 2 padding
        QCOMPARE(g.chip.center().y(), area.center().y());
        QCOMPARE(g.chip.width(), BadgeGeometry::preferredWidth(60, 16, true));
        QVERIFY(g.icon.right() < g.text.left());
        QCOMPARE(g.text.width(), 60.0);
    }

    void geometryShrinksButNeverNegative()
    {
        const BadgeGeometry narrow = BadgeGeometry::compute(QRectF(0, 0, 20, 24), 200, 16, true);
        QCOMPARE(narrow.chip.width(), 20.0);
        QVERIFY(narrow.text.width() >= 0);
        const BadgeGeometry none = BadgeGeometry::compute(QRectF(0, 0, 0, 0), 50, 16, false);
        QVERIFY(none.chip.width() >= 0 && none.chip.height() >= 0);
        QVERIFY(none.icon.isEmpty());
    }

    void unknownValuesSayso()
    {
        Badge unknown{BadgeMeaning::Unknown, QString(), u"beamed"_qs, false};
        QCOMPARE(BadgePainter::chipText(unknown), u"beamed · unknown value"_qs);
        Badge known{BadgeMeaning::Good, u"Delivered"_qs, u"delivered"_qs, true};
        QCOMPARE(BadgePainter::chipText(known), u"Delivered"_qs);
    }

    void paintsTheChipColours()
    {
        // Paint a chip and read back pixels: the background colour of the meaning must be there.
        QImage image(200, 30, QImage::Format_ARGB32);
        image.fill(Qt::white);
        const BadgePalette palette(BadgePalette::Variant::Light);
        const Badge badge{BadgeMeaning::Bad, u"Failed"_qs, u"failed"_qs, true};
        {
            QPainter painter(&image);
            BadgePainter::paint(&painter, QRectF(0, 0, 200, 30), badge, palette.colors(badge.meaning),
                                QFont());
        }
        const QColor inside = image.pixelColor(int(BadgePainter::preferredWidth(badge, QFont())) - 4, 15);
        QCOMPARE(inside, palette.colors(BadgeMeaning::Bad).background);
        QCOMPARE(image.pixelColor(199, 15), QColor(Qt::white)); // nothing painted beyond the chip
    }
};

QTEST_MAIN(TestBadgePalette)
#include "tst_badgepalette.moc"
