#include "text/displaytext.h"

#include <QTest>

class TestDisplayText : public QObject
{
    Q_OBJECT

private slots:
    void plainUtf8IsKept()
    {
        const QByteArray bytes = "caf\xC3\xA9 \xF0\x9F\x98\x80!";
        const DisplayText d = DisplayText::fromBytes(bytes);
        QCOMPARE(d.text, u"café 😀!"_qs);
        QCOMPARE(d.charForByte(4), 3);  // second byte of é maps to é
        QCOMPARE(d.charForByte(6), 5);  // emoji starts at char 5 (a surrogate pair)
        QCOMPARE(d.byteForChar(7), 10); // '!'
        QCOMPARE(d.charForByte(bytes.size()), int(d.text.size()));
        QCOMPARE(int(d.charToByte.size()), int(d.text.size()) + 1);
    }

    void controlCharactersBecomeVisible()
    {
        const DisplayText d = DisplayText::fromBytes(QByteArray("a\x00"
                                                                "b\x1B\x7F\r",
                                                                6));
        QCOMPARE(d.text, QString(u"a\u2400b\u241B\u2421\u240D"_qs));
    }

    void controlEscapesForFontsWithoutPictures()
    {
        const DisplayText d = DisplayText::fromBytes(QByteArray("a\x01"
                                                                "b\x7F",
                                                                4),
                                                     DisplayText::ControlStyle::Escapes);
        QCOMPARE(d.text, u"a\\x01b\\x7F"_qs);
        QCOMPARE(d.charForByte(2), 5);
        QCOMPARE(d.byteForChar(3), 1);
        QCOMPARE(d.substitutions, (std::vector<std::pair<int, int>>{{1, 4}, {6, 4}}));
    }

    void invalidUtf8BecomesReplacementPerByte()
    {
        // A lone continuation byte, an overlong '/', a UTF-16 surrogate, and a truncated sequence.
        const QByteArray bytes = "x\x80y\xC0\xAFz\xED\xA0\x80w\xE2\x82";
        const DisplayText d = DisplayText::fromBytes(bytes);
        QCOMPARE(d.text, u"x\uFFFDy\uFFFD\uFFFDz\uFFFD\uFFFD\uFFFDw\uFFFD\uFFFD"_qs);
        QCOMPARE(d.text.size(), bytes.size());
        QCOMPARE(d.substitutions.size(), size_t(8));
        QCOMPARE(d.substitutions.front(), std::make_pair(1, 1));
    }

    void reorderingAndInvisibleCharactersAreReplaced()
    {
        // RIGHT-TO-LEFT OVERRIDE, LINE SEPARATOR, BOM, and a C1 control (NEL).
        const QByteArray bytes = "a\xE2\x80\xAE"
                                 "b\xE2\x80\xA8"
                                 "c\xEF\xBB\xBF"
                                 "d\xC2\x85";
        QCOMPARE(DisplayText::fromBytes(bytes).text, u"a\uFFFDb\uFFFDc\uFFFDd\uFFFD"_qs);
    }

    void tabsExpandToTheNextStop()
    {
        const DisplayText d = DisplayText::fromBytes("a\tb\t\tc");
        QCOMPARE(d.text, u"a   b       c"_qs);
        QCOMPARE(d.byteForChar(2), 1); // inside the first tab's spaces
        QCOMPARE(d.charForByte(2), 4); // 'b'
    }

    void emptyInput()
    {
        const DisplayText d = DisplayText::fromBytes({});
        QVERIFY(d.text.isEmpty());
        QCOMPARE(d.charForByte(3), 0);
        QCOMPARE(d.byteForChar(-1), 0);
    }
};

QTEST_APPLESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
