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
        QCOMPARE(countText(1, u"1 email"_qs, u"%1 emails"_qs), u"1 email"_qs);
        QCOMPARE(countText(0, u"1 email"_qs, u"%1 emails"_qs), u"0 emails"_qs);
        QCOMPARE(countText(3, u"1 email"_qs, u"%1 emails"_qs), u"3 emails"_qs);
        QCOMPARE(countText(1234567, u"1 email"_qs, u"%1 emails"_qs), u"1,234,567 emails"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCountText)
#include "tst_counttext.moc"
