// When the walk through a conversation's pages stops, rule by rule, without a network: the last page, a
// repeated lastMessageId, a page with nothing new, a missing or hostile lastMessageId, the inspected message
// found, the page limit. Messages seen twice are kept once; the inspected one is marked.
#include "related/conversationpaging.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Stop = ConversationPaging::Stop;

namespace {

ConversationPage page(const QStringList &ids, const QString &lastMessageId, bool nextPage,
                      ConversationPage::Shape shape = ConversationPage::Shape::Flat)
{
    ConversationPage p;
    p.shape = shape;
    p.lastMessageId = lastMessageId;
    p.nextPage = nextPage;
    p.nextPageSent = true;
    for (const QString &id : ids) {
        ConversationMessage m;
        m.id = id;
        p.messages << m;
    }
    return p;
}

QStringList ids(const ConversationPaging &paging)
{
    QStringList list;
    for (const ConversationMessage &m : paging.messages())
        list << m.id;
    return list;
}

} // namespace

class TestConversationPaging : public QObject
{
    Q_OBJECT

private slots:
    void followsLastMessageIdUntilTheLastPage()
    {
        ConversationPaging paging;
        QCOMPARE(paging.add(page({u"a"_s, u"b"_s}, u"b"_s, true)), u"b"_s);
        QCOMPARE(paging.add(page({u"c"_s, u"d"_s}, u"d"_s, true, ConversationPage::Shape::Wrapped)), u"d"_s);
        QCOMPARE(paging.add(page({u"e"_s}, u"e"_s, false)), std::nullopt);
        QCOMPARE(paging.stop(), Stop::LastPage);
        QVERIFY(paging.complete());
        QCOMPARE(paging.pages(), 3);
        QCOMPARE(ids(paging), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}));
        QCOMPARE(paging.shapes(), (QList<ConversationPage::Shape>{ConversationPage::Shape::Flat,
                                                                  ConversationPage::Shape::Wrapped,
                                                                  ConversationPage::Shape::Flat}));
        // Nothing more is taken once stopped.
        QCOMPARE(paging.add(page({u"z"_s}, u"z"_s, true)), std::nullopt);
        QCOMPARE(paging.pages(), 3);
    }

    void stopsWhenAPageRepeatsItsLastMessageId()
    {
        ConversationPaging paging;
        QCOMPARE(paging.add(page({u"a"_s, u"b"_s}, u"b"_s, true)), u"b"_s);
        // A server that ignores lastMessageId but sends new ids each time is stopped by the cursor rule.
        QCOMPARE(paging.add(page({u"c"_s}, u"b"_s, true)), std::nullopt);
        QCOMPARE(paging.stop(), Stop::RepeatedCursor);
        QVERIFY(paging.stopReason().contains(u"lastMessageId"_s));
        QVERIFY(!paging.complete());
        QCOMPARE(ids(paging), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    }

    void stopsWhenAPageBringsNothingNew()
    {
        ConversationPaging paging;
        QCOMPARE(paging.add(page({u"a"_s, u"b"_s}, u"b"_s, true)), u"b"_s);
        QCOMPARE(paging.add(page({u"a"_s, u"b"_s}, u"x"_s, true)), std::nullopt);
        QCOMPARE(paging.stop(), Stop::NothingNew);
        QCOMPARE(ids(paging), (QStringList{u"a"_s, u"b"_s})); // each message once

        ConversationPaging empty;
        QCOMPARE(empty.add(page({}, u"x"_s, true)), std::nullopt);
        QCOMPARE(empty.stop(), Stop::NothingNew);
    }

    void stopsAtThePageLimit()
    {
        ConversationPagingOptions options;
        options.maxPages = 3;
        ConversationPaging paging(options);
        for (int i = 0; i < 2; ++i) {
            const QString id = u"m"_s + QString::number(i);
            QCOMPARE(paging.add(page({id}, id, true)), id);
        }
        QCOMPARE(paging.add(page({u"m2"_s}, u"m2"_s, true)), std::nullopt);
        QCOMPARE(paging.stop(), Stop::PageLimit);
        QCOMPARE(paging.pages(), 3);
    }

    void stopsOnceTheInspectedMessageIsFound()
    {
        ConversationPagingOptions options;
        options.focusMessageId = u"c"_s;
        ConversationPaging paging(options);
        QCOMPARE(paging.add(page({u"a"_s, u"b"_s}, u"b"_s, true)), u"b"_s);
        QCOMPARE(paging.focusIndex(), -1);
        QCOMPARE(paging.add(page({u"c"_s, u"d"_s}, u"d"_s, true)), std::nullopt);
        QCOMPARE(paging.stop(), Stop::FoundFocus);
        QCOMPARE(paging.focusIndex(), 2);

        options.stopAtFocus = false;
        ConversationPaging onwards(options);
        QCOMPARE(onwards.add(page({u"c"_s}, u"c"_s, true)), u"c"_s);
        QCOMPARE(onwards.focusIndex(), 0);
    }

    void neverFollowsAHostileOrMissingCursor_data()
    {
        QTest::addColumn<QString>("cursor");
        QTest::addColumn<int>("stop");
        QTest::newRow("missing") << QString() << int(Stop::NoCursor);
        QTest::newRow("query injection") << u"b&locationId=other"_s << int(Stop::RefusedCursor);
        QTest::newRow("traversal") << u"../../contacts/x"_s << int(Stop::RefusedCursor);
        QTest::newRow("line break") << u"b\r\nX: 1"_s << int(Stop::RefusedCursor);
        QTest::newRow("token") << u"pit-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s << int(Stop::RefusedCursor);
    }
    void neverFollowsAHostileOrMissingCursor()
    {
        QFETCH(QString, cursor);
        QFETCH(int, stop);
        ConversationPaging paging;
        QCOMPARE(paging.add(page({u"a"_s}, cursor, true)), std::nullopt);
        QCOMPARE(int(paging.stop()), stop);
        if (cursor.size() > 3)
            QVERIFY(!paging.stopReason().contains(cursor));
        QCOMPARE(ids(paging), QStringList{u"a"_s}); // what the page brought is kept
    }

    void aPageThatDoesNotSayEndsTheWalk()
    {
        ConversationPaging paging;
        ConversationPage p = page({u"a"_s}, u"a"_s, true);
        p.nextPageSent = false;
        QCOMPARE(paging.add(p), std::nullopt);
        QCOMPARE(paging.stop(), Stop::LastPage);
    }

    void keepsEachPagesProblems()
    {
        ConversationPaging paging;
        ConversationPage p = page({u"a"_s}, u"a"_s, true);
        p.problems << u"something odd"_s;
        (void)paging.add(p);
        QCOMPARE(paging.problems(), QStringList{u"Page 1: something odd"_s});
    }
};

QTEST_GUILESS_MAIN(TestConversationPaging)
#include "tst_conversationpaging.moc"
