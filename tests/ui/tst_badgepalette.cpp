#include "badgedelegate.h"
#include "badgegeometry.h"
#include "badgepainter.h"
#include "badgepalette.h"
#include "largetextview.h"
#include "palettes.h"
#include "theme.h"
#include "viewcolors.h"

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTest>

#include <QTreeView>
#include <memory>

namespace {

// Palettes a desktop may hand over, the awkward ones included, by name.
QPalette namedPalette(const QString &name)
{
    if (name == u"theme light")
        return Theme::lightPalette();
    if (name == u"theme dark")
        return Theme::darkPalette();
    if (name == u"tests light")
        return TestSupport::lightPalette();
    if (name == u"tests dark")
        return TestSupport::darkPalette();
    if (name == u"fusion standard")
        return std::unique_ptr<QStyle>(QStyleFactory::create(QStringLiteral("Fusion")))->standardPalette();
    QPalette p = TestSupport::darkPalette();
    if (name == u"dark, grey text, white placeholder") {
        // What issue 12 measured on a dark desktop: plain values #919190 on #2D2D2D, hints white.
        p.setColor(QPalette::Window, QColor(0x2D, 0x2D, 0x2D));
        p.setColor(QPalette::Base, QColor(0x2D, 0x2D, 0x2D));
        p.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::Text, QColor(0x91, 0x91, 0x90));
        p.setColor(QPalette::PlaceholderText, Qt::white);
        p.setColor(QPalette::Highlight, QColor(0x15, 0x53, 0x9E));
        return p;
    }
    if (name == u"dark, deep blue selection") {
        // A GNOME-like dark palette: its selection is the deep blue the rate-limit rows used to have.
        p.setColor(QPalette::Window, QColor(0x24, 0x24, 0x24));
        p.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        p.setColor(QPalette::Text, Qt::white);
        p.setColor(QPalette::Highlight, QColor(0x1E, 0x3A, 0x8A));
        return p;
    }
    if (name == u"light, orange selection") {
        p = TestSupport::lightPalette();
        p.setColor(QPalette::Highlight, QColor(0xE9, 0x54, 0x20)); // Ubuntu's
        return p;
    }
    if (name == u"light, amber selection") {
        p = TestSupport::lightPalette();
        p.setColor(QPalette::Highlight, QColor(0xFE, 0xF3, 0xC7));
        p.setColor(QPalette::HighlightedText, QColor(0x78, 0x35, 0x0F));
        return p;
    }
    return {};
}

const QStringList paletteNames{u"theme light"_qs,
                               u"theme dark"_qs,
                               u"tests light"_qs,
                               u"tests dark"_qs,
                               u"fusion standard"_qs,
                               u"dark, grey text, white placeholder"_qs,
                               u"dark, deep blue selection"_qs,
                               u"light, orange selection"_qs,
                               u"light, amber selection"_qs};

QString ratio(double value)
{
    return QString::number(value, 'f', 2);
}

// The colour in image region area that stands out most from background: the pen a text was drawn with.
QColor strongestPixel(const QImage &image, const QRect &area, const QColor &background)
{
    QColor best = background;
    double bestRatio = 1.0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const double r = BadgePalette::contrastRatio(c, background);
            if (r > bestRatio) {
                bestRatio = r;
                best = c;
            }
        }
    return best;
}

// Columns of image (within rows top..bottom) holding anything but the background, as runs [first, last].
QList<std::pair<int, int>> inkRuns(const QImage &image, int top, int bottom, const QColor &background)
{
    QList<std::pair<int, int>> runs;
    int start = -1;
    int gap = 0;
    for (int x = 0; x < image.width(); ++x) {
        bool ink = false;
        for (int y = top; y <= bottom && !ink; ++y)
            ink = BadgePalette::contrastRatio(image.pixelColor(x, y), background) > 1.3;
        if (ink) {
            if (start < 0)
                start = x;
            gap = 0;
        } else if (start >= 0 && ++gap > 12) { // the three spaces between value and hint
            runs.append({start, x - gap});
            start = -1;
        }
    }
    if (start >= 0)
        runs.append({start, image.width() - 1});
    return runs;
}

} // namespace

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

    // Every colour the item views paint text with passes AA in light and dark, on the desktop palettes
    // that used to break a role as well; the hint beside a value is muted (less contrast, never more).
    void everyViewRoleIsReadable_data()
    {
        QTest::addColumn<QString>("palette");
        for (const QString &name : paletteNames)
            QTest::newRow(qPrintable(name)) << name;
    }
    void everyViewRoleIsReadable()
    {
        QFETCH(QString, palette);
        const ViewColors c = ViewColors::forPalette(namedPalette(palette));
        const auto check = [](const char *role, const QColor &text, const QColor &background) {
            const double r = BadgePalette::contrastRatio(text, background);
            QVERIFY2(r >= 4.5,
                     qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                    .arg(QLatin1StringView(role), text.name(), background.name(), ratio(r))));
        };
        check("plain value", c.text, c.base);
        check("plain value, striped row", c.text, c.alternateBase);
        check("decoded hint", c.hint, c.base);
        check("decoded hint, striped row", c.hint, c.alternateBase);
        check("selected row", c.selectionText, c.selection);
        check("highlighted header row", c.highlightRowText, c.highlightRow);
        check("window text", c.windowText, c.window);
        check("caption", c.mutedWindowText, c.window);
        check("refused input", c.errorText, c.window);
        // Muted means less prominent than the value, never the reverse (issue 12: grey values, white hints).
        QVERIFY2(BadgePalette::contrastRatio(c.hint, c.base) < BadgePalette::contrastRatio(c.text, c.base),
                 qPrintable(c.hint.name() + u" vs "_qs + c.text.name()));
        QVERIFY(BadgePalette::contrastRatio(c.mutedWindowText, c.window) <
                BadgePalette::contrastRatio(c.windowText, c.window));
        // A highlighted header row never passes for the selected row, nor for a plain one.
        QVERIFY2(ViewColors::looksDifferent(c.highlightRow, c.selection),
                 qPrintable(c.highlightRow.name() + u" vs selection "_qs + c.selection.name()));
        QVERIFY(ViewColors::looksDifferent(c.highlightRow, c.base));
        // Dark stays dark: the hint is on the same side of the background as the value.
        QCOMPARE(c.hint.lightnessF() > c.base.lightnessF(), c.text.lightnessF() > c.base.lightnessF());
    }

    // The Raw JSON tab's colours: every token kind and the line numbers, in light and dark.
    void rawViewColoursAreReadable_data()
    {
        QTest::addColumn<QString>("palette");
        for (const QString &name : {u"theme light"_qs, u"theme dark"_qs, u"tests light"_qs, u"tests dark"_qs})
            QTest::newRow(qPrintable(name)) << name;
    }
    void rawViewColoursAreReadable()
    {
        QFETCH(QString, palette);
        const LargeTextView::Colors c = LargeTextView::Colors::forPalette(namedPalette(palette));
        const std::pair<const char *, QColor> roles[] = {
            {"text", c.text},       {"key", c.key},
            {"string", c.string},   {"escape", c.escape},
            {"number", c.number},   {"literal", c.literal},
            {"invalid", c.invalid}, {"punctuation", c.punctuation}};
        for (const auto &[role, colour] : roles) {
            const double r = BadgePalette::contrastRatio(colour, c.background);
            QVERIFY2(r >= 4.5, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                              .arg(QLatin1StringView(role), colour.name(),
                                                   c.background.name(), ratio(r))));
        }
        const double gutter = BadgePalette::contrastRatio(c.gutterText, c.gutterBackground);
        QVERIFY2(gutter >= 4.5, qPrintable(u"line numbers "_qs + ratio(gutter)));
    }

    // The Fields tab's delegate, painted for real: the value as sent is drawn with more contrast than the
    // decoded hint beside it, on the dark palette that drew grey values and white hints.
    void valueOutshinesItsHint_data()
    {
        QTest::addColumn<QString>("palette");
        QTest::addColumn<bool>("selected");
        for (const QString &name : paletteNames) {
            QTest::addRow("%s", qPrintable(name)) << name << false;
            QTest::addRow("%s, selected", qPrintable(name)) << name << true;
        }
    }
    void valueOutshinesItsHint()
    {
        QFETCH(QString, palette);
        QFETCH(bool, selected);
        const QPalette pal = namedPalette(palette);
        constexpr int decodedRole = Qt::UserRole + 1;
        QStandardItemModel model(1, 1);
        // The same glyphs in both, so the strongest pixels compare like with like.
        model.setData(model.index(0, 0), QStringLiteral("HHH 111"));
        model.setData(model.index(0, 0), QStringLiteral("HHH 111"), decodedRole);
        BadgeDelegate delegate(Qt::UserRole + 2, decodedRole, BadgePalette::forPalette(pal));
        // In a real view, coloured the way the Fields tab colours its tree.
        QTreeView view;
        view.setPalette(pal);
        ViewColors::applyToView(&view, pal);
        view.setHeaderHidden(true);
        view.setRootIsDecorated(false);
        view.setModel(&model);
        view.setItemDelegate(&delegate);
        QFont font = view.font();
        font.setPixelSize(16);
        view.setFont(font);
        view.resize(400, 80);
        if (selected)
            view.setCurrentIndex(model.index(0, 0));
        const ViewColors colors = ViewColors::forPalette(pal);
        const QColor background = selected ? colors.selection : colors.base;
        const QRect row = view.visualRect(model.index(0, 0));
        const QImage image = view.viewport()->grab(row).toImage();
        const QList<std::pair<int, int>> runs = inkRuns(image, 1, image.height() - 2, background);
        QVERIFY2(runs.size() == 2, qPrintable(QString::number(runs.size())));
        const QColor value = strongestPixel(
            image, QRect(runs[0].first, 0, runs[0].second - runs[0].first + 1, 28), background);
        const QColor hint = strongestPixel(
            image, QRect(runs[1].first, 0, runs[1].second - runs[1].first + 1, 28), background);
        const double valueRatio = BadgePalette::contrastRatio(value, background);
        const double hintRatio = BadgePalette::contrastRatio(hint, background);
        QVERIFY2(valueRatio >= 4.5, qPrintable(value.name() + u" "_qs + ratio(valueRatio)));
        QVERIFY2(hintRatio >= 4.5, qPrintable(hint.name() + u" "_qs + ratio(hintRatio)));
        QVERIFY2(valueRatio >= hintRatio, qPrintable(u"value "_qs + value.name() + u" " + ratio(valueRatio) +
                                                     u", hint " + hint.name() + u" " + ratio(hintRatio)));
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
