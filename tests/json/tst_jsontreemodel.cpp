#include "message/messageanalysis.h"
#include "json/jsontreemodel.h"
#include "json/treetext.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Json;
using namespace Qt::StringLiterals;

namespace {

// Decorates two fixed paths, like the message decorator does, to prove the model passes paths and depth.
class FixedDecorator : public ValueDecorator
{
public:
    int maxDepth() const override { return 2; }
    QString decodedValue(const Document &doc, const QString &path, qint64 offset) const override
    {
        ++calls;
        if (path == "$.type"_L1)
            return u"%1 · TYPE_CALL"_s.arg(QString::fromUtf8(doc.rawAt(offset)));
        if (path == "$.meta.callStatus"_L1)
            return u"Completed"_s;
        return {};
    }
    QVariant badge(const Document &, const QString &path, qint64) const override
    {
        return path == "$.meta.callStatus"_L1 ? QVariant(u"chip"_s) : QVariant();
    }
    mutable int calls = 0;
};

QByteArray bigIdsResponse(int count)
{
    QByteArray json = R"({"id":"m1","meta":{"email":{"messageIds":[)";
    for (int i = 0; i < count; ++i) {
        if (i)
            json += ',';
        json += "\"id" + QByteArray::number(i) + "\"";
    }
    json += "]}}}";
    return json;
}

} // namespace

class TestJsonTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void wholeTreeInServerOrder()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(Document::parse(R"({
            "zeta": 1.50,
            "big": 12345678901234567890,
            "alpha": {"x": null, "y": true, "list": [1, "two", {}, []]},
            "zeta": "again",
            "one": {"only": false},
            "single": ["a"]
        })"));
        QCOMPARE(treeText(&model), uR"(zeta: 1.50 (number)
big: 12345678901234567890 (number)
alpha: 3 fields (object)
  x: null (null)
  y: true (boolean)
  list: 4 items (array)
    [0]: 1 (number)
    [1]: two (string)
    [2]: 0 fields (object)
    [3]: 0 items (array)
zeta: again (string)
one: 1 field (object)
  only: false (boolean)
single: 1 item (array)
  [0]: a (string)
)"_s);
    }

    void headers()
    {
        JsonTreeModel model;
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Key"_s);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Value"_s);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"Type"_s);
        QVERIFY(!model.headerData(3, Qt::Horizontal).isValid());
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
        QVERIFY(model.roleNames().contains(JsonTreeModel::JsonPathRole));
    }

    void emptyAndBrokenDocumentsShowNothing()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setDocument(Document::parse("{\"a\": [1,"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasChildren());
        QVERIFY(!model.indexForPath(u"$.a"_s).isValid());
        model.setDocument(Document::parse("{}"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(treeText(&model), QString());
        QVERIFY(!model.index(0, 0).isValid());
        QCOMPARE(model.valueOffset({}), -1);
        QVERIFY(!model.data({}).isValid());
        QCOMPARE(model.flags({}), Qt::NoItemFlags);
    }

    void scalarAndArrayRoots()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(Document::parse("\"just text\""));
        QCOMPARE(treeText(&model), u"$: just text (string)\n"_s);
        QCOMPARE(model.index(0, 0).data(JsonTreeModel::JsonPathRole).toString(), u"$"_s);
        QCOMPARE(model.indexForPath(u"$"_s), model.index(0, 0));
        model.setDocument(Document::parse("null"));
        QCOMPARE(treeText(&model), u"$: null (null)\n"_s);
        model.setDocument(Document::parse("[1, [2]]"));
        QCOMPARE(treeText(&model), u"[0]: 1 (number)\n[1]: 1 item (array)\n  [0]: 2 (number)\n"_s);
        QCOMPARE(model.indexForPath(u"$[1][0]"_s).data(JsonTreeModel::JsonPathRole).toString(), u"$[1][0]"_s);
    }

    void rolesCarryExactTextAndPaths()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(Document::parse(
            R"({"odd key":{"n":1.50,"s":"caf\u00e9","list":[true]},"k\u0000ey":"a\nb\u202e","dup":1,"dup":2})"));
        const QModelIndex n = model.indexForPath(u"$['odd key'].n"_s);
        QVERIFY(n.isValid());
        QCOMPARE(n.data(JsonTreeModel::JsonPathRole).toString(), u"$['odd key'].n"_s);
        QCOMPARE(n.data(JsonTreeModel::RawValueRole).toString(), u"1.50"_s);
        QCOMPARE(n.data(JsonTreeModel::KeyRole).toString(), u"n"_s);
        QCOMPARE(n.data(JsonTreeModel::NodeKindRole).toInt(), int(NodeKind::Number));
        const QModelIndex s = model.indexForPath(u"$['odd key'].s"_s);
        QCOMPARE(s.siblingAtColumn(1).data().toString(), QString::fromUtf8("café"));
        QCOMPARE(s.data(JsonTreeModel::RawValueRole).toString(), u"\"caf\\u00e9\""_s);
        QCOMPARE(s.data(JsonTreeModel::FullValueRole).toString(), QString::fromUtf8("café"));
        const QModelIndex list = model.indexForPath(u"$['odd key'].list[0]"_s);
        QCOMPARE(list.data(JsonTreeModel::JsonPathRole).toString(), u"$['odd key'].list[0]"_s);
        QCOMPARE(list.data().toString(), u"[0]"_s);
        QCOMPARE(list.parent(), model.indexForPath(u"$['odd key'].list"_s));
        QCOMPARE(list.parent().parent(), model.indexForPath(u"$['odd key']"_s));
        QCOMPARE(model.indexForPath(u"$['odd key']"_s).data(JsonTreeModel::ChildCountRole).toLongLong(), 3);

        // Control characters never reach the screen raw, in keys or values.
        const QModelIndex weird = model.index(1, 0);
        QCOMPARE(weird.data().toString(), u"k\\u0000ey"_s);
        QCOMPARE(weird.siblingAtColumn(1).data().toString(), u"a\\nb\\u202E"_s);
        QCOMPARE(weird.data(JsonTreeModel::FullValueRole).toString(), u"a\nb\u202e"_s);

        // Duplicate keys: both rows, the path lookup finds the first.
        QCOMPARE(model.index(2, 0).data().toString(), u"dup"_s);
        QCOMPARE(model.index(3, 0).data().toString(), u"dup"_s);
        QCOMPARE(model.indexForPath(u"$.dup"_s), model.index(2, 0));

        QVERIFY(!model.indexForPath(u"$.nope"_s).isValid());
        QVERIFY(!model.indexForPath(u"$['odd key'].list[1]"_s).isValid());
        QVERIFY(!model.indexForPath(u"$['odd key'][0]"_s).isValid());
        QVERIFY(!model.indexForPath(u"garbage"_s).isValid());
    }

    void hugeValuesAreCutForDisplayOnly()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray big(10 * 1024 * 1024, 'x');
        const QByteArray digits(100000, '9');
        model.setDocument(Document::parse("{\"s\":\"" + big + "\",\"n\":" + digits + "}"));
        const QString shown = model.index(0, 1).data().toString();
        QCOMPARE(shown.size(), JsonTreeModel::displayLimit + 1);
        QVERIFY(shown.endsWith(QChar(0x2026)));
        QCOMPARE(model.index(0, 0).data(JsonTreeModel::FullValueRole).toString().size(), big.size());
        QCOMPARE(model.index(1, 1).data().toString().size(), JsonTreeModel::displayLimit + 1);
        QCOMPARE(model.index(1, 0).data(JsonTreeModel::RawValueRole).toString().size(), digits.size());
    }

    void testerWalksALargeDocument()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(Document::parse(bigIdsResponse(40000)));
        // The tester fetched every container while checking the reset (part of the reset: no insertions).
        QCOMPARE(model.rowCount(model.indexForPath(u"$.meta.email.messageIds"_s)), 40000);
    }

    // The laziness tests run without QAbstractItemModelTester on purpose: the tester itself walks and fetches
    // every container after a reset, which is exactly what these tests prove the model does not do on its
    // own. testerWalksALargeDocument and fetchMoreUnderTester cover the same model under the tester.
    void largeArrayIsNotIndexedUntilFetched()
    {
        JsonTreeModel model;
        model.setDocument(Document::parse(bigIdsResponse(400000)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.nodeCount(), 0);

        const QModelIndex meta = model.index(1, 0);
        QVERIFY(model.hasChildren(meta));
        QVERIFY(model.canFetchMore(meta));
        QCOMPARE(model.rowCount(meta), 0);
        QCOMPARE(model.nodeCount(), 0); // asking did not create anything

        // Expanding the path to one id creates a node per container on the way and nothing per array item.
        const QModelIndex third = model.indexForPath(u"$.meta.email.messageIds[3]"_s);
        QVERIFY(third.isValid());
        QCOMPARE(third.siblingAtColumn(1).data().toString(), u"id3"_s);
        QCOMPARE(model.nodeCount(), 3);
        const QModelIndex ids = third.parent();
        QCOMPARE(ids.siblingAtColumn(1).data().toString(), u"400,000 items"_s);
        QCOMPARE(model.rowCount(ids), 400000);
        QVERIFY(!model.canFetchMore(ids));
        QCOMPARE(model.index(399999, 1, ids).data().toString(), u"id399999"_s);
        QCOMPARE(model.index(399999, 0, ids).data(JsonTreeModel::JsonPathRole).toString(),
                 u"$.meta.email.messageIds[399999]"_s);
        QCOMPARE(model.nodeCount(), 3);
        QVERIFY(!model.index(400000, 0, ids).isValid());
    }

    void fetchMoreUnderTester()
    {
        JsonTreeModel model;
        model.setDocument(Document::parse(R"({"a":{"b":[1,2,3]},"c":[4]})"));
        // Attached after loading so that its own walk fetches a, a.b and c as real row insertions, which it
        // checks as they happen.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(inserted.size(), 3);
        model.fetchMore(model.index(1, 0));
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(treeText(&model),
                 u"a: 1 field (object)\n  b: 3 items (array)\n    [0]: 1 (number)\n"
                 u"    [1]: 2 (number)\n    [2]: 3 (number)\nc: 1 item (array)\n  [0]: 4 (number)\n"_s);
    }

    void fetchMoreInsertsRows()
    {
        JsonTreeModel model;
        model.setDocument(Document::parse(R"({"a":{"b":[1,2,3]}})"));
        const QModelIndex a = model.index(0, 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore(a);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(a), 1);
        QVERIFY(!model.canFetchMore(a));
        model.fetchMore(a); // nothing more
        QCOMPARE(inserted.size(), 1);
        const QModelIndex b = model.index(0, 0, a);
        model.ensureFetched(b);
        QCOMPARE(model.rowCount(b), 3);
        QCOMPARE(model.index(2, 1, b).data().toString(), u"3"_s);
        QVERIFY(!model.hasChildren(model.index(2, 0, b)));
        QVERIFY(model.flags(model.index(2, 0, b)).testFlag(Qt::ItemNeverHasChildren));
        QVERIFY(!model.hasChildren(model.index(0, 1))); // only column 0 has children
        QCOMPARE(model.rowCount(model.index(0, 1)), 0);
    }

    void decoratorSeesShallowPathsOnly()
    {
        FixedDecorator decorator;
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDecorator(&decorator);
        model.setDocument(Document::parse(R"({"type":1,"meta":{"callStatus":"completed","deep":{"x":1}}})"));
        QCOMPARE(treeText(&model), uR"(type: 1 (number) — 1 · TYPE_CALL
meta: 2 fields (object)
  callStatus: completed (string) — Completed
  deep: 1 field (object)
    x: 1 (number)
)"_s);
        QCOMPARE(model.indexForPath(u"$.meta.callStatus"_s).data(JsonTreeModel::BadgeRole).toString(),
                 u"chip"_s);
        decorator.calls = 0;
        QVERIFY(model.indexForPath(u"$.meta.deep.x"_s)
                    .data(JsonTreeModel::DecodedValueRole)
                    .toString()
                    .isEmpty());
        QCOMPARE(decorator.calls, 0); // depth 3 is below the decorator's interest
    }

    void treeTextStopsAtMaxRows()
    {
        JsonTreeModel model;
        model.setDocument(Document::parse("[1,2,3,4]"));
        QCOMPARE(treeText(&model, {}, 2), u"[0]: 1 (number)\n[1]: 2 (number)\n…\n"_s);
    }

    void resetsOnNewDocument()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setDocument(Document::parse(R"({"a":[1]})"));
        model.indexForPath(u"$.a[0]"_s);
        QCOMPARE(model.nodeCount(), 1);
        model.setDocument(Document::parse(R"({"b":2})"));
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.nodeCount(), 0);
        QCOMPARE(treeText(&model), u"b: 2 (number)\n"_s);
    }

    // A root index made elsewhere (MessageAnalysis, off the UI thread) is taken as it is: here one that
    // leaves out the last member, to see which index the model used.
    void rootChildrenMadeElsewhereAreTaken()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Document doc = Document::parse(R"({"a":1,"b":[2],"c":3})");
        auto root = std::make_shared<ChildIndex>(doc.childIndex(doc.rootOffset()));
        root->keyOffsets.pop_back();
        root->valueOffsets.pop_back();
        model.setDocument(doc, root);
        QCOMPARE(treeText(&model), u"a: 1 (number)\nb: 1 item (array)\n  [0]: 2 (number)\n"_s);
        model.setDocument(doc);
        QCOMPARE(model.rowCount(), 3);

        const MessageAnalysis analysis = MessageAnalysis::analyze(R"([{"id":"x"},{"id":"y"}])");
        QVERIFY(analysis.rootChildren);
        QCOMPARE(analysis.rootChildren->valueOffsets,
                 analysis.document.childIndex(analysis.document.rootOffset()).valueOffsets);
        QVERIFY(!MessageAnalysis::analyze("12").rootChildren);
        QVERIFY(!MessageAnalysis::analyze("{").rootChildren);
    }
};

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
