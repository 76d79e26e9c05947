#include "json/jsonfilterproxymodel.h"
#include "json/jsonsearch.h"
#include "json/jsontreemodel.h"
#include "json/treetext.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <atomic>

using namespace Json;
using namespace Qt::StringLiterals;

namespace {

const QByteArray sample = R"({
  "id": "abc123",
  "status": "delivered",
  "meta": {"callStatus": "no-answer", "email": {"messageIds": ["m1", "DELIVERED-copy", "m3"]}},
  "attachments": [],
  "deliveredAt": 5,
  "other": {"x": 1}
})";

QByteArray bigIds(int count)
{
    QByteArray json = R"({"id":"x","meta":{"email":{"messageIds":[)";
    for (int i = 0; i < count; ++i)
        json += (i ? ",\"id" : "\"id") + QByteArray::number(i) + "\"";
    json += "]}}}";
    return json;
}

} // namespace

class TestJsonFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void searchReportsKeysAndValuesWithRowPaths()
    {
        const Document doc = Document::parse(sample);
        JsonSearch search;
        QSignalSpy found(&search, &JsonSearch::matchesFound);
        QSignalSpy finished(&search, &JsonSearch::finished);
        search.start(doc, u"deliver"_s);
        QVERIFY(search.isRunning());
        QVERIFY(finished.wait());
        QCOMPARE(finished.size(), 1);
        const auto summary = finished.first().first().value<SearchSummary>();
        QCOMPARE(summary.matches, 3);
        QVERIFY(!summary.truncated);
        QVERIFY(!summary.cancelled);
        QList<SearchHit> hits;
        for (const auto &args : found)
            hits += args.first().value<QList<SearchHit>>();
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits[0].rows, (QList<int>{1}));
        QVERIFY(hits[0].valueMatched && !hits[0].keyMatched);
        QCOMPARE(hits[1].rows, (QList<int>{2, 1, 0, 1})); // meta.email.messageIds[1]
        QCOMPARE(hits[1].ancestors.size(), 3);
        QCOMPARE(hits[2].rows, (QList<int>{4}));
        QVERIFY(hits[2].keyMatched && !hits[2].valueMatched);
        QVERIFY(!search.isRunning());

        search.start(doc, u"DELIVERED"_s, Qt::CaseSensitive);
        QVERIFY(finished.wait());
        QCOMPARE(finished.last().first().value<SearchSummary>().matches, 1);
        search.start(doc, u"5"_s);
        QVERIFY(finished.wait());
        QCOMPARE(finished.last().first().value<SearchSummary>().matches, 1); // numbers by their text
    }

    void cancelEndsWithExactlyOneFinished()
    {
        const Document doc = Document::parse(bigIds(200000));
        JsonSearch search;
        QSignalSpy found(&search, &JsonSearch::matchesFound);
        QSignalSpy finished(&search, &JsonSearch::finished);
        search.start(doc, u"id"_s);
        search.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().value<SearchSummary>().cancelled);
        search.cancel(); // nothing running: no second signal
        // A new run replaces the old one; the old one's late batches never arrive.
        search.start(doc, u"id1999"_s);
        QVERIFY(finished.wait());
        QCOMPARE(finished.size(), 2);
        const auto summary = finished.last().first().value<SearchSummary>();
        QVERIFY(!summary.cancelled);
        QCOMPARE(summary.matches, 111); // id1999, id19990..id19999, id199900..id199999
        int delivered = 0;
        for (const auto &args : found)
            delivered += int(args.first().value<QList<SearchHit>>().size());
        QCOMPARE(delivered, 111);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 2);
    }

    void searchStopsAtMaxHits()
    {
        const Document doc = Document::parse(bigIds(JsonSearch::maxHits + 500));
        JsonSearch search;
        QSignalSpy finished(&search, &JsonSearch::finished);
        search.start(doc, u"id"_s);
        QVERIFY(finished.wait());
        const auto summary = finished.first().first().value<SearchSummary>();
        QVERIFY(summary.truncated);
        QCOMPARE(summary.matches, JsonSearch::maxHits);
    }

    void destroyingARunningSearchIsSafe()
    {
        const Document doc = Document::parse(bigIds(200000));
        auto *search = new JsonSearch;
        QSignalSpy finished(search, &JsonSearch::finished);
        search->start(doc, u"id"_s);
        delete search;
        QCOMPARE(finished.size(), 0); // the object is gone; nothing is delivered to it
        QTest::qWait(20);
    }

    void abandonedSearchRunsOnItsOwnAfterTheOwnerIsGone()
    {
        // Every pool thread is held, so the search is still queued when its owner is destroyed: the
        // destruction must neither wait for it nor run it, and the worker, running afterwards, must not reach
        // the dead owner (AddressSanitizer watches this in the asan preset).
        QThreadPool *pool = QThreadPool::globalInstance();
        QSemaphore held;
        QSemaphore open;
        std::atomic_int openedInTime{0};
        const int threads = pool->maxThreadCount();
        for (int i = 0; i < threads; ++i)
            pool->start([&] {
                held.release();
                if (open.tryAcquire(1, 30000))
                    ++openedInTime;
            });
        held.acquire(threads);

        const Document doc = Document::parse(bigIds(20000));
        auto *search = new JsonSearch;
        QSignalSpy finished(search, &JsonSearch::finished);
        QSignalSpy destroyed(search, &QObject::destroyed);
        search->start(doc, u"id"_s);
        delete search;
        QCOMPARE(destroyed.size(), 1);
        open.release(threads); // reached only because the destruction returned while the pool was held
        QVERIFY(pool->waitForDone(30000));
        QCOMPARE(openedInTime.load(), threads);
        QTest::qWait(0);
        QCOMPARE(finished.size(), 0);

        // The pool is free again and a new search completes normally.
        JsonSearch next;
        QSignalSpy nextFinished(&next, &JsonSearch::finished);
        next.start(doc, u"id1999"_s);
        QVERIFY(nextFinished.wait());
        QCOMPARE(nextFinished.first().first().value<SearchSummary>().matches,
                 11); // id1999, id19990 to id19999
    }

    void filterKeepsAncestorsVisible()
    {
        JsonTreeModel model;
        JsonFilterProxyModel proxy;
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setDocument(Document::parse(sample));
        QSignalSpy finished(&proxy, &JsonFilterProxyModel::searchFinished);

        proxy.setSearchText(u"deliver"_s);
        QVERIFY(finished.wait());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 3);
        QCOMPARE(proxy.matchCount(), 3);
        QCOMPARE(treeText(&proxy), uR"(status: delivered (string)
meta: 2 fields (object)
  email: 1 field (object)
    messageIds: 3 items (array)
      [1]: DELIVERED-copy (string)
deliveredAt: 5 (number)
)"_s);
        QVERIFY(proxy.isMatch(proxy.index(0, 0)));
        QVERIFY(!proxy.isMatch(proxy.index(1, 0)));

        // A matching container shows its contents.
        proxy.setSearchText(u"other"_s);
        QVERIFY(finished.wait());
        QCOMPARE(treeText(&proxy), u"other: 1 field (object)\n  x: 1 (number)\n"_s);

        proxy.setSearchText(u"nothing like this"_s);
        QVERIFY(finished.wait());
        QCOMPARE(proxy.rowCount(), 0);

        proxy.setSearchText(QString());
        QCOMPARE(finished.last().at(0).toInt(), 0);
        QCOMPARE(proxy.rowCount(), 6);
    }

    void filterRestartsOnNewDocument()
    {
        JsonTreeModel model;
        JsonFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QSignalSpy finished(&proxy, &JsonFilterProxyModel::searchFinished);
        proxy.setSearchText(u"x"_s);
        QVERIFY(finished.wait());
        model.setDocument(Document::parse(R"({"a":1,"xb":2})"));
        QVERIFY(finished.wait());
        QCOMPARE(treeText(&proxy), u"xb: 2 (number)\n"_s);
    }

    void changingTheTextCancelsTheRunningSearch()
    {
        JsonTreeModel model;
        JsonFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setDocument(Document::parse(bigIds(100000)));
        QSignalSpy finished(&proxy, &JsonFilterProxyModel::searchFinished);
        QSignalSpy progress(&proxy, &JsonFilterProxyModel::searchProgress);
        proxy.setSearchText(u"id"_s);
        proxy.setSearchText(u"id99999"_s);
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(2).toBool()); // the first search: cancelled
        QVERIFY(finished.wait());
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.last().at(0).toInt(), 1);
        QVERIFY(!finished.last().at(2).toBool());
        QVERIFY(progress.size() >= 1);
        QCOMPARE(treeText(&proxy), uR"(meta: 1 field (object)
  email: 1 field (object)
    messageIds: 100,000 items (array)
      [99999]: id99999 (string)
)"_s);
    }

    // Matches deep in a big array: the proxy shows exactly the matching rows (their ancestors above), batch
    // by batch, and the array's child index comes from the search's thread.
    void matchesInAHugeArrayAddOnlyTheirRows()
    {
        JsonTreeModel model;
        JsonFilterProxyModel proxy;
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setDocument(Document::parse(bigIds(200000)));
        QSignalSpy finished(&proxy, &JsonFilterProxyModel::searchFinished);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        proxy.setSearchText(u"id1999"_s);
        QVERIFY(finished.wait());
        QCOMPARE(finished.last().at(0).toInt(), 111);
        const QModelIndex ids = proxy.mapFromSource(model.indexForPath(u"$.meta.email.messageIds"_s));
        QVERIFY(ids.isValid());
        QCOMPARE(proxy.rowCount(ids), 111);
        QCOMPARE(proxy.index(0, 1, ids).data().toString(), u"id1999"_s);
        QCOMPARE(proxy.index(110, 1, ids).data().toString(), u"id199999"_s);
        QCOMPARE(proxy.mapToSource(proxy.index(1, 0, ids)).row(), 19990);
        QVERIFY(proxy.isMatch(proxy.index(1, 0, ids)));
        QVERIFY(proxy.leadsToMatch(ids));
        QVERIFY(!proxy.mapFromSource(model.indexForPath(u"$.meta.email.messageIds[5]"_s)).isValid());
        int rows = 0;
        for (const QList<QVariant> &args : std::as_const(inserted))
            if (args.at(0).value<QModelIndex>() == ids)
                rows += args.at(2).toInt() - args.at(1).toInt() + 1;
        QCOMPARE(rows, 111);

        // Cleared: everything again, the array with every row once it is fetched.
        proxy.setSearchText(QString());
        const QModelIndex all = proxy.mapFromSource(model.indexForPath(u"$.meta.email.messageIds"_s));
        QCOMPARE(proxy.rowCount(all), 200000);
    }

    void providedChildrenAreTakenInsteadOfAScan()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Deeper than the tester looks on a reset, so the array is still unfetched afterwards.
        QByteArray body = "[1, 2, 3]";
        QString path = u"$"_s;
        for (int level = 0; level < 12; ++level) {
            body = "{\"l\": " + body + "}";
            path += u".l"_s;
        }
        const Document doc = Document::parse(body);
        model.setDocument(doc);
        const qint64 array = doc.offsetForPath(path);
        // An index that is not the array's own, to see which one the fetch used.
        auto provided = std::make_shared<ChildIndex>(doc.childIndex(array));
        provided->valueOffsets.pop_back();
        model.provideChildren(array, provided);
        QModelIndex shown = model.indexForPath(path);
        model.ensureFetched(shown);
        QCOMPARE(model.rowCount(shown), 2);
        // A new document forgets what was provided for the old one.
        model.provideChildren(array, std::make_shared<ChildIndex>());
        model.setDocument(doc);
        shown = model.indexForPath(path);
        model.ensureFetched(shown);
        QCOMPARE(model.rowCount(shown), 3);
    }

    void aMatchingContainerIsShownWholeAndFetchedThroughTheProxy()
    {
        JsonTreeModel model;
        JsonFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setDocument(Document::parse(sample));
        QSignalSpy finished(&proxy, &JsonFilterProxyModel::searchFinished);
        proxy.setSearchText(u"email"_s);
        QVERIFY(finished.wait());
        const QModelIndex email = proxy.mapFromSource(model.indexForPath(u"$.meta.email"_s));
        QVERIFY(proxy.isMatch(email));
        const QModelIndex ids = proxy.index(0, 0, email);
        while (proxy.canFetchMore(ids)) // the tester may have fetched it already
            proxy.fetchMore(ids);
        QCOMPARE(proxy.rowCount(ids), 3);
        QCOMPARE(treeText(&proxy), uR"(meta: 2 fields (object)
  email: 1 field (object)
    messageIds: 3 items (array)
      [0]: m1 (string)
      [1]: DELIVERED-copy (string)
      [2]: m3 (string)
)"_s);
    }
};

QTEST_GUILESS_MAIN(TestJsonFilter)
#include "tst_jsonfilter.moc"
