#include "largetextview.h"

#include <QApplication>
#include <QClipboard>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

namespace {

QByteArray numberedLines(int count)
{
    QByteArray text;
    for (int i = 0; i < count; ++i)
        text += "  \"line" + QByteArray::number(i) + "\": " + QByteArray::number(i * 7) + ",\n";
    return text;
}

// Whether the image holds a pixel of exactly this colour: glyph cores are painted in the pure token colour.
bool hasPixel(const QImage &image, const QColor &colour)
{
    const QRgb wanted = colour.rgb();
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if ((line[x] & 0xFFFFFF) == (wanted & 0xFFFFFF))
                return true;
        }
    }
    return false;
}

} // namespace

class TestLargeTextView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LargeTextView> makeView(const QByteArray &text)
    {
        auto view = std::make_unique<LargeTextView>();
        view->resize(500, 300);
        view->setText(text);
        view->show();
        view->activateWindow();
        if (!QTest::qWaitForWindowExposed(view.get()))
            qWarning("window not exposed");
        return view;
    }

    static void drag(LargeTextView *view, QPoint from, QPoint to)
    {
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(to), view->viewport()->mapToGlobal(QPointF(to)),
                         Qt::NoButton, Qt::LeftButton, {});
        QApplication::sendEvent(view->viewport(), &move);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    }

private slots:
    void smallTextIsIndexedAtOnce()
    {
        LargeTextView view;
        QSignalSpy indexed(&view, &LargeTextView::indexed);
        view.setText("{\n\"a\": 1\n}");
        QCOMPARE(indexed.size(), 1);
        QVERIFY(!view.isIndexing());
        QCOMPARE(view.index().lineCount(), 3);
    }

    void bigTextIsIndexedOffTheUiThread()
    {
        auto view = makeView(QByteArray());
        view->setSynchronousIndexLimit(1024);
        QSignalSpy indexed(view.get(), &LargeTextView::indexed);
        const QByteArray text = numberedLines(20000);
        view->setText(text);
        QVERIFY(view->isIndexing());
        QCOMPARE(indexed.size(), 0);
        view->grab(); // paints "Indexing…" without touching an index
        QVERIFY(indexed.wait(10000));
        QCOMPARE(indexed.size(), 1);
        QCOMPARE(view->index().lineCount(), 20001);
        QCOMPARE(view->verticalScrollBar()->maximum(), 20001 - view->visibleRowCount());
    }

    void replacedTextNeverReports()
    {
        auto view = makeView(QByteArray());
        view->setSynchronousIndexLimit(1024);
        QSignalSpy indexed(view.get(), &LargeTextView::indexed);
        view->setText(numberedLines(50000));
        view->setText(numberedLines(3000)); // supersedes the first before it is ready
        QVERIFY(indexed.wait(10000));
        QTest::qWait(100);
        QCOMPARE(indexed.size(), 1);
        QCOMPARE(view->index().lineCount(), 3001);
    }

    void tenMegabyteLineIsShownInRows()
    {
        QByteArray text = "{\"blob\": \"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}";
        auto view = makeView(QByteArray());
        view->setSynchronousIndexLimit(0);
        QSignalSpy indexed(view.get(), &LargeTextView::indexed);
        view->setText(text);
        QVERIFY(indexed.wait(20000));
        QCOMPARE(view->index().lineCount(), 1);
        QVERIFY(view->index().rowCount() > 10000);
        view->scrollToOffset(text.size() - 1);
        QVERIFY(view->firstVisibleRow() > 10000);
        const QImage image = view->grab().toImage();
        QVERIFY(!image.isNull());
    }

    void clickDragSelectsExactBytes()
    {
        const QByteArray text = "{\"name\": \"Zoë\", \"n\": 12}\n{\"x\": null}";
        auto view = makeView(text);
        const qsizetype from = text.indexOf("Zo");
        const qsizetype to = text.indexOf("\", \"n");
        drag(view.get(), view->pointForOffset(from) + QPoint(1, 3), view->pointForOffset(to) + QPoint(1, 3));
        QCOMPARE(view->selectedBytes(), QByteArray("Zo\xC3\xAB"));
    }

    void dragAcrossLines()
    {
        const QByteArray text = "first line\nsecond line\nthird";
        auto view = makeView(text);
        drag(view.get(), view->pointForOffset(6) + QPoint(1, 3), view->pointForOffset(18) + QPoint(1, 3));
        QCOMPARE(view->selectedBytes(), QByteArray("line\nsecond "));
    }

    void keyboardSelectionStepsByCharacter()
    {
        const QByteArray text = "a\xC3\xA9"
                                "bc\r\nde";
        auto view = makeView(text);
        view->setFocus();
        QTest::keyClick(view.get(), Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(view.get(), Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(view->selectedBytes(), QByteArray("a\xC3\xA9")); // é is one step, two bytes
        QTest::keyClick(view.get(), Qt::Key_End, Qt::ShiftModifier);
        QCOMPARE(view->selectedBytes(), QByteArray("a\xC3\xA9"
                                                   "bc"));
        QTest::keyClick(view.get(), Qt::Key_Right, Qt::ShiftModifier); // over the CRLF
        QCOMPARE(view->selectedBytes(), QByteArray("a\xC3\xA9"
                                                   "bc\r\n"));
        QTest::keyClick(view.get(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(view->cursorPosition(), text.size());
        QTest::keyClick(view.get(), Qt::Key_Left);
        QVERIFY(!view->hasSelection());
        QTest::keyClick(view.get(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(view->selectedBytes(), text);
    }

    void copyPutsTheSelectedBytesOnTheClipboard()
    {
        const QByteArray text = "{\"tab\": \"a\tb\", \"ctl\": \"\x01\", \"u\": \"\xE2\x82\xAC\"}\r\n";
        auto view = makeView(text);
        view->setFocus();
        QTest::keyClick(view.get(), Qt::Key_A, Qt::ControlModifier);
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(view.get(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), text);

        view->setSelection(2, 5);
        QVERIFY(view->copy());
        QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), QByteArray("tab"));
    }

    void currentMatchIsSelectedAndScrolledTo()
    {
        const QByteArray text = numberedLines(2000);
        auto view = makeView(text);
        const qsizetype first = text.indexOf("\"line10\"");
        const qsizetype far = text.indexOf("\"line1500\"");
        view->setMatches({first, far}, 8);
        view->setCurrentMatch(1);
        const qsizetype row = view->index().rowAt(far);
        QVERIFY(row >= view->firstVisibleRow());
        QVERIFY(row < view->firstVisibleRow() + view->visibleRowCount());
        QCOMPARE(view->selectedBytes(), QByteArray("\"line150"));
        view->setCurrentMatch(0);
        QVERIFY(view->firstVisibleRow() <= view->index().rowAt(first));
        QCOMPARE(view->currentMatch(), 0);
    }

    void scrollsToLine()
    {
        auto view = makeView(numberedLines(1000));
        view->scrollToLine(600);
        QCOMPARE(view->firstVisibleRow(), 600);
    }

    void paintsTokensInThePaletteColours()
    {
        auto view = makeView("{\"kkkk\": \"ssss\", \"n\": 1234, \"t\": true}");
        QFont big = view->font();
        big.setPixelSize(40);
        view->setFont(big);
        view->resize(1400, 200);
        LargeTextView::Colors colours = LargeTextView::Colors::forPalette(view->palette());
        colours.key = QColor(0xFF, 0x00, 0x00);
        colours.string = QColor(0x00, 0xC0, 0x00);
        colours.number = QColor(0x00, 0x00, 0xFF);
        view->setColors(colours);
        const QImage image = view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QVERIFY(hasPixel(image, colours.key));
        QVERIFY(hasPixel(image, colours.string));
        QVERIFY(hasPixel(image, colours.number));
        QCOMPARE(image.pixelColor(image.width() - 2, image.height() - 2), colours.background);
    }

    // Only the characters in view are drawn: scrolled far to the right in a long row, the tokens there are
    // painted in their colours, and those scrolled out of view leave no trace.
    void longRowScrolledSidewaysPaintsWhatIsInView()
    {
        QByteArray text = "[" + QByteArray("\"ssss\", ").repeated(80) + "12345, " +
                          QByteArray("null, ").repeated(40) + "1]";
        auto view = makeView(text);
        LargeTextView::Colors colours = LargeTextView::Colors::forPalette(view->palette());
        colours.string = QColor(0x00, 0xC0, 0x00);
        colours.number = QColor(0x00, 0x00, 0xFF);
        colours.literal = QColor(0xFF, 0x00, 0xFF);
        view->setColors(colours);
        QImage image = view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QVERIFY(hasPixel(image, colours.string));
        QVERIFY(!hasPixel(image, colours.number));
        QVERIFY(!hasPixel(image, colours.literal));
        view->setSelection(text.indexOf("12345"), text.indexOf("12345"));
        view->scrollToOffset(text.size() - 1);
        image = view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QVERIFY(hasPixel(image, colours.literal));
        QVERIFY(!hasPixel(image, colours.string));
    }

    void darkPaletteGetsLightTokenColours()
    {
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
        dark.setColor(QPalette::Text, QColor(0xD4, 0xD4, 0xD4));
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        const auto d = LargeTextView::Colors::forPalette(dark);
        const auto l = LargeTextView::Colors::forPalette(light);
        for (const QColor &c : {d.key, d.string, d.number, d.literal})
            QVERIFY(c.lightness() > 128);
        for (const QColor &c : {l.key, l.string, l.number, l.literal})
            QVERIFY(c.lightness() < 128);
    }
};

QTEST_MAIN(TestLargeTextView)
#include "tst_largetextview.moc"
