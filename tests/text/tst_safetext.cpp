#include "text/safetext.h"

#include <QTest>

class TestSafeText : public QObject
{
    Q_OBJECT

private slots:
    // forDisplay: one line in a table, label or message.
    void displayEscapesLineBreaksAndControls()
    {
        QCOMPARE(SafeText::forDisplay(u"line1\nline2\ttab\r"), QStringLiteral("line1\\nline2\\ttab\\r"));
        QCOMPARE(SafeText::forDisplay(QStringView(u"a\0b", 3)), QStringLiteral("a\\u0000b"));
        QCOMPARE(SafeText::forDisplay(u"x\u007f\u0085y"), QStringLiteral("x\\u007F\\u0085y"));
        QCOMPARE(SafeText::forDisplay(u"caf\u00e9 \U0001F600"), QStringLiteral("caf\u00e9 \U0001F600"));
    }

    void displayEscapesHiddenAndReorderingCharacters()
    {
        QCOMPARE(SafeText::forDisplay(u"a\u202eb\u2066c\u200fd\u061ce\ufefff\u2028g"),
                 QStringLiteral("a\\u202Eb\\u2066c\\u200Fd\\u061Ce\\uFEFFf\\u2028g"));
    }

    void displayCutsAtMaxChars()
    {
        QCOMPARE(SafeText::forDisplay(u"abcdef", 3), QStringLiteral("abc") + QChar(0x2026));
        QCOMPARE(SafeText::forDisplay(u"abc", 3), QStringLiteral("abc"));
        QCOMPARE(SafeText::forDisplay(u"abc", 0), QStringLiteral("abc")); // no limit
    }

    // forTerminal: bytes for a terminal.
    void terminalControlsAreNeutralized()
    {
        bool changed = true;
        const QByteArray clean("{\"a\": \"tab\there\"}\r\n\xc3\xa9");
        QCOMPARE(SafeText::forTerminal(clean, &changed), clean);
        QVERIFY(!changed);
        QCOMPARE(SafeText::forTerminal("a\x1b[2Jb\x07"
                                       "c\x7f\xc2\x9b"
                                       "1m\xc2\xa0",
                                       &changed),
                 QByteArray("a\\x1b[2Jb\\x07c\\x7f\\u009b1m\xc2\xa0"));
        QVERIFY(changed);
    }

    // The policies agree on what is never shown as itself.
    void everyPolicyHidesTheSameCharacters()
    {
        QList<char32_t> hidden{0x80, 0x85, 0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x061C, 0xFEFF};
        for (char32_t cp = 0x202A; cp <= 0x202E; ++cp)
            hidden << cp;
        for (char32_t cp = 0x2066; cp <= 0x2069; ++cp)
            hidden << cp;
        for (const char32_t cp : hidden) {
            QVERIFY(SafeText::isHiddenOrReordering(cp));
            const QString text{QChar(char16_t(cp))}; // all in the BMP; fromUcs4 would drop a leading BOM
            const QString escape = QStringLiteral("%1").arg(uint(cp), 4, 16, QLatin1Char('0')).toUpper();
            QCOMPARE(SafeText::forDisplay(text), QStringLiteral("\\u") + escape);
            QCOMPARE(SafeText::forViewer(text.toUtf8()).text, QString(QChar(0xFFFD)));
        }
        for (const char32_t cp : {char32_t(u'a'), char32_t(0xE9), char32_t(0x200B), char32_t(0x1F600)})
            QVERIFY(!SafeText::isHiddenOrReordering(cp));
    }

    // forViewer: a row of a raw body, with its byte mapping.
    void plainUtf8IsKept()
    {
        const QByteArray bytes = "caf\xC3\xA9 \xF0\x9F\x98\x80!";
        const SafeText::ViewerText d = SafeText::forViewer(bytes);
        QCOMPARE(d.text, u"café 😀!"_qs);
        QCOMPARE(d.charForByte(4), 3);  // second byte of é maps to é
        QCOMPARE(d.charForByte(6), 5);  // emoji starts at char 5 (a surrogate pair)
        QCOMPARE(d.byteForChar(7), 10); // '!'
        QCOMPARE(d.charForByte(bytes.size()), int(d.text.size()));
        QCOMPARE(int(d.charToByte.size()), int(d.text.size()) + 1);
    }

    void controlCharactersBecomeVisible()
    {
        const SafeText::ViewerText d = SafeText::forViewer(QByteArray("a\x00"
                                                                      "b\x1B\x7F\r",
                                                                      6));
        QCOMPARE(d.text, QString(u"a\u2400b\u241B\u2421\u240D"_qs));
    }

    void controlEscapesForFontsWithoutPictures()
    {
        const SafeText::ViewerText d = SafeText::forViewer(QByteArray("a\x01"
                                                                      "b\x7F",
                                                                      4),
                                                           SafeText::ControlStyle::Escapes);
        QCOMPARE(d.text, u"a\\x01b\\x7F"_qs);
        QCOMPARE(d.charForByte(2), 5);
        QCOMPARE(d.byteForChar(3), 1);
        QCOMPARE(d.substitutions, (std::vector<std::pair<int, int>>{{1, 4}, {6, 4}}));
    }

    void invalidUtf8BecomesReplacementPerByte()
    {
        // A lone continuation byte, an overlong '/', a UTF-16 surrogate, and a truncated sequence.
        const QByteArray bytes = "x\x80y\xC0\xAFz\xED\xA0\x80w\xE2\x82";
        const SafeText::ViewerText d = SafeText::forViewer(bytes);
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
        QCOMPARE(SafeText::forViewer(bytes).text, u"a\uFFFDb\uFFFDc\uFFFDd\uFFFD"_qs);
    }

    void tabsExpandToTheNextStop()
    {
        const SafeText::ViewerText d = SafeText::forViewer("a\tb\t\tc");
        QCOMPARE(d.text, u"a   b       c"_qs);
        QCOMPARE(d.byteForChar(2), 1); // inside the first tab's spaces
        QCOMPARE(d.charForByte(2), 4); // 'b'
    }

    void emptyInput()
    {
        const SafeText::ViewerText d = SafeText::forViewer({});
        QVERIFY(d.text.isEmpty());
        QCOMPARE(d.charForByte(3), 0);
        QCOMPARE(d.byteForChar(-1), 0);
    }
};

QTEST_APPLESS_MAIN(TestSafeText)
#include "tst_safetext.moc"
