// How a past lookup reads in lists: the outcome chip for today's outcomes and the first release's names, the
// message's chips from the values as sent (the card's own badgeFor), the drop-down's line, and short times.
#include "store/lookupdisplay.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime now(QDate(2024, 3, 27), QTime(19, 30), Qt::UTC);

LookupRecord record(const QString &outcome, const QString &status = {})
{
    LookupRecord r;
    r.messageId = u"ve9EPM428h8vShlRW1KT"_s;
    r.time = QDateTime(QDate(2024, 3, 27), QTime(12, 1, 7), Qt::UTC);
    r.outcome = outcome;
    r.status = status;
    return r;
}

} // namespace

class TestLookupDisplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void outcomeChips_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("meaning");
        QTest::addColumn<bool>("known");
        QTest::newRow("ok") << u"ok"_s << u"OK"_s << int(BadgeMeaning::Good) << true;
        QTest::newRow("first release Ok") << u"Ok"_s << u"OK"_s << int(BadgeMeaning::Good) << true;
        QTest::newRow("not found") << u"not_found"_s << u"Not found"_s << int(BadgeMeaning::Bad) << true;
        QTest::newRow("first release NotFound")
            << u"NotFound"_s << u"Not found"_s << int(BadgeMeaning::Bad) << true;
        QTest::newRow("rate limited")
            << u"rate_limited"_s << u"Rate limited"_s << int(BadgeMeaning::Waiting) << true;
        QTest::newRow("no token") << u"no_token"_s << u"No token"_s << int(BadgeMeaning::Bad) << true;
        QTest::newRow("a newer version's")
            << u"teleported"_s << u"teleported"_s << int(BadgeMeaning::Unknown) << false;
        QTest::newRow("none recorded") << QString() << QString() << int(BadgeMeaning::None) << true;
    }

    void outcomeChips()
    {
        QFETCH(QString, outcome);
        QFETCH(QString, label);
        QFETCH(int, meaning);
        QFETCH(bool, known);
        const Badge badge = LookupDisplay::outcome(record(outcome));
        QCOMPARE(badge.label, label);
        QCOMPARE(int(badge.meaning), meaning);
        QCOMPARE(badge.known, known);
        if (!outcome.isEmpty())
            QCOMPARE(badge.rawValue, outcome);
    }

    void messageChipsAreTheCards()
    {
        LookupRecord r = record(u"ok"_s, u"delivered"_s);
        r.direction = u"outbound"_s;
        r.messageType = u"TYPE_SMS"_s;
        QCOMPARE(LookupDisplay::status(r).meaning, BadgeMeaning::Good);
        QCOMPARE(LookupDisplay::status(r).label, u"Delivered"_s);
        QCOMPARE(LookupDisplay::direction(r).meaning, BadgeMeaning::Outbound);
        QCOMPARE(LookupDisplay::messageType(r).label, u"SMS"_s);
        r.status = u"queued_by_a_future_api"_s;
        QCOMPARE(LookupDisplay::status(r).meaning, BadgeMeaning::Unknown);
        QVERIFY(!LookupDisplay::status(r).known);
        // Nothing recorded (a failure, or a row from before the values were kept): no chip.
        QVERIFY(!LookupDisplay::direction(record(u"not_found"_s)).isBadge());
        QVERIFY(!LookupDisplay::status(record(u"ok"_s)).isBadge());
    }

    void recentIdLine()
    {
        const QTimeZone utc = QTimeZone::utc();
        QCOMPARE(LookupDisplay::recentIdLine(record(u"ok"_s, u"delivered"_s), now, utc),
                 u"ve9EPM428h8vShlRW1KT   Delivered · 12:01"_s);
        QCOMPARE(LookupDisplay::recentIdLine(record(u"ok"_s), now, utc),
                 u"ve9EPM428h8vShlRW1KT   OK · 12:01"_s);
        // A failed lookup says how it failed, whatever status an earlier answer had.
        QCOMPARE(LookupDisplay::recentIdLine(record(u"not_found"_s, u"delivered"_s), now, utc),
                 u"ve9EPM428h8vShlRW1KT   Not found · 12:01"_s);
    }

    void shortTimes()
    {
        const QTimeZone utc = QTimeZone::utc();
        QCOMPARE(LookupDisplay::shortTime(now.addSecs(-3600), now, utc), u"18:30"_s);
        QCOMPARE(LookupDisplay::shortTime(now.addDays(-1), now, utc), u"26 Mar, 19:30"_s);
        QCOMPARE(LookupDisplay::shortTime(now.addYears(-1), now, utc), u"27 Mar 2023"_s);
        // "Today" is the user's day: 23:30 UTC on the 26th is already the 27th in Berlin.
        const QTimeZone berlin("Europe/Berlin");
        const QDateTime lateOn26th(QDate(2024, 3, 26), QTime(23, 30), Qt::UTC);
        QCOMPARE(LookupDisplay::shortTime(lateOn26th, now, berlin), u"00:30"_s);
        QCOMPARE(LookupDisplay::fullTime(now.addSecs(-7200), now, utc),
                 u"27 Mar 2024, 17:30:00 (2 hours ago)"_s);
    }
};

QTEST_GUILESS_MAIN(TestLookupDisplay)
#include "tst_lookupdisplay.moc"
