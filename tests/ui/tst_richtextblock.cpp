// RichTextBlock: the wrapped, centred text with links that the Fields tab shows before anything is loaded. It
// must read and behave as the QLabel it replaced: the text's words, links clicked or reached with Tab and
// activated with Enter, a height for each width that a document laid out at that width agrees with.
#include "richtextblock.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

const QString welcome = u"<p><b>Paste a message id above.</b></p>"
                        "<p>No token at hand? Open a sample: <a href=\"sample:one\">the first</a> · "
                        "<a href=\"sample:two\">the <i>second</i> one</a>.</p>"_s;

} // namespace

class RichTextBlockTest : public QObject
{
    Q_OBJECT

private slots:
    void readsTheTextAndItsLinks()
    {
        RichTextBlock block;
        block.setText(welcome);
        QCOMPARE(block.text(), welcome);
        QCOMPARE(
            block.plainText(),
            u"Paste a message id above.\nNo token at hand? Open a sample: the first · the second one."_s);
        // A link whose words are formatted differently is still one link.
        QCOMPARE(block.links(), QStringList({u"sample:one"_s, u"sample:two"_s}));
        QCOMPARE(block.focusPolicy(), Qt::StrongFocus);
        // Plain text stays plain: markup-like characters are shown, nothing is a link.
        block.setText(u"Nothing to show: a < b & c"_s);
        QCOMPARE(block.plainText(), u"Nothing to show: a < b & c"_s);
        QCOMPARE(block.links(), QStringList());
        QCOMPARE(block.focusPolicy(), Qt::NoFocus);
    }

    void aScreenReaderReadsTheText()
    {
        RichTextBlock block;
        block.setText(welcome);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&block);
        QVERIFY(accessible);
        QCOMPARE(accessible->role(), QAccessible::StaticText);
        QCOMPARE(accessible->text(QAccessible::Name), block.plainText());
    }

    void heightFollowsTheWidthAsADocumentWould()
    {
        RichTextBlock block;
        block.setText(welcome);
        QTextDocument reference;
        reference.setDefaultFont(block.font());
        reference.setHtml(welcome);
        for (int width : {120, 300, 900}) {
            reference.setTextWidth(width);
            QCOMPARE(block.heightForWidth(width), int(std::ceil(reference.size().height())));
        }
        QVERIFY(block.heightForWidth(120) > block.heightForWidth(900));
        QVERIFY(block.hasHeightForWidth());
        // A new text, a new height.
        const int before = block.heightForWidth(300);
        block.setText(welcome + welcome);
        QVERIFY(block.heightForWidth(300) > before);
    }

    void aClickOnALinkActivatesIt()
    {
        RichTextBlock block;
        block.setText(welcome);
        block.resize(700, 200);
        block.show();
        QVERIFY(QTest::qWaitForWindowExposed(&block));
        QSignalSpy activated(&block, &RichTextBlock::linkActivated);
        const QRect second = block.linkRect(1);
        QVERIFY(!second.isEmpty());
        QVERIFY(block.rect().contains(second));
        QTest::mouseClick(&block, Qt::LeftButton, {}, second.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), u"sample:two"_s);
        // A click beside the links activates nothing; a press on one and a release elsewhere neither.
        QTest::mouseClick(&block, Qt::LeftButton, {}, QPoint(2, 2));
        QTest::mousePress(&block, Qt::LeftButton, {}, block.linkRect(0).center());
        QTest::mouseRelease(&block, Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(activated.count(), 1);
        QVERIFY(block.linkRect(2).isNull());
    }

    void tabWalksTheLinksAndEnterActivates()
    {
        QWidget window;
        auto *before = new QWidget(&window);
        before->setFocusPolicy(Qt::StrongFocus);
        auto *block = new RichTextBlock(&window);
        block->setText(welcome);
        block->setGeometry(0, 20, 700, 200);
        auto *after = new QWidget(&window);
        after->setFocusPolicy(Qt::StrongFocus);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy activated(block, &RichTextBlock::linkActivated);
        before->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(&window, Qt::Key_Tab);
        QVERIFY(block->hasFocus());
        QCOMPARE(block->focusedLink(), 0);
        QTest::keyClick(block, Qt::Key_Tab);
        QCOMPARE(block->focusedLink(), 1);
        QTest::keyClick(block, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), u"sample:two"_s);
        // Past the last link Tab leaves the block; Shift+Tab comes back to the last link.
        QTest::keyClick(block, Qt::Key_Tab);
        QVERIFY(after->hasFocus());
        QTest::keyClick(after, Qt::Key_Backtab);
        QVERIFY(block->hasFocus());
        QCOMPARE(block->focusedLink(), 1);
        QTest::keyClick(block, Qt::Key_Backtab);
        QCOMPARE(block->focusedLink(), 0);
        QTest::keyClick(block, Qt::Key_Space);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(1).at(0).toString(), u"sample:one"_s);
    }

    void drawsItsTextCentred()
    {
        RichTextBlock block;
        block.setText(u"<p>x</p>"_s);
        block.resize(400, 300);
        const QImage image = block.grab().toImage();
        // Some pixels carry the text, and they sit in the middle of the block, not at its top left.
        const QRgb background = image.pixel(0, 0);
        QRect inked;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixel(x, y) != background)
                    inked |= QRect(x, y, 1, 1);
        QVERIFY(!inked.isEmpty());
        QVERIFY2(qAbs(inked.center().x() - image.width() / 2) < 20,
                 qPrintable(QString::number(inked.center().x())));
        QVERIFY2(qAbs(inked.center().y() - image.height() / 2) < 20,
                 qPrintable(QString::number(inked.center().y())));
    }
};

QTEST_MAIN(RichTextBlockTest)
#include "tst_richtextblock.moc"
