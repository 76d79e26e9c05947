#include "common/counttext.h"

#include <QLocale>
#include <QTest>

class TestCountText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void forms()
    {
        QCOMPARE(countText("T", 1, "1 email", "%1 emails"), u"1 email"_qs);
        QCOMPARE(countText("T", 0, "1 email", "%1 emails"), u"0 emails"_qs);
        QCOMPARE(countText("T", 3, "1 email", "%1 emails"), u"3 emails"_qs);
        QCOMPARE(countText("T", 1234567, "1 email", "%1 emails"), u"1,234,567 emails"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCountText)
#include "tst_counttext.moc"
