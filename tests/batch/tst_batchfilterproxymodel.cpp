// The batch table narrowed: QAbstractItemModelTester on the proxy before any data, text matching any column
// as shown, a tally entry keeping the rows counted under it (a message status "pending" is not the outcome
// "pending"), both together, sorting by date and HTTP status, and a finished lookup moving in and out.
#include "batch/batchfilterproxymodel.h"
#include "batch/batchtablemodel.h"
#include "batch/batchtally.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

BatchRow found(const QString &id, const QString &status, BadgeMeaning meaning, int day, const QString &text)
{
    BatchRow row = BatchRow::pending(id);
    row.outcome = BatchRow::Outcome::Found;
    row.httpStatus = 200;
    row.outcomeText = u"200 OK"_s;
    row.direction = {BadgeMeaning::Outbound, u"Outbound"_s, u"outbound"_s, true};
    row.status = {meaning, status.at(0).toUpper() + status.mid(1), status, true};
    row.messageType = {BadgeMeaning::Neutral, u"SMS"_s, u"TYPE_SMS"_s, true};
    row.date = QDateTime(QDate(2026, 11, day), QTime(9, 0), Qt::UTC);
    row.text = text;
    row.traceId = u"tr-"_s + id;
    return row;
}

BatchRow failed(const QString &id, BatchRow::Outcome outcome, int status, const QString &statusText)
{
    BatchRow row = BatchRow::pending(id);
    row.outcome = outcome;
    row.httpStatus = status;
    row.outcomeText = statusText;
    return row;
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList list;
    for (int r = 0; r < model.rowCount(); ++r)
        list.append(model.index(r, int(BatchColumn::Id)).data().toString());
    return list;
}

} // namespace

class TestBatchFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void filtersAndSorts()
    {
        BatchTableModel model;
        BatchFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.batchModel(), &model);
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(!proxy.isFiltered());

        model.setRows({found(u"a1"_s, u"delivered"_s, BadgeMeaning::Good, 3, u"Hello Sam"_s),
                       found(u"b2"_s, u"failed"_s, BadgeMeaning::Bad, 1, u"Your code"_s),
                       failed(u"c3"_s, BatchRow::Outcome::NotFound, 404, u"404 Not Found"_s),
                       found(u"d4"_s, u"pending"_s, BadgeMeaning::Waiting, 2, u"Later"_s),
                       BatchRow::pending(u"e5"_s)});
        QCOMPARE(ids(proxy), (QStringList{u"a1"_s, u"b2"_s, u"c3"_s, u"d4"_s, u"e5"_s}));

        // Any column, as shown, case ignored: the status chip's word, the HTTP text, the message text, the
        // id.
        proxy.setText(u"  FAILED "_s);
        QCOMPARE(proxy.text(), u"FAILED"_s);
        QCOMPARE(ids(proxy), QStringList{u"b2"_s});
        proxy.setText(u"not found"_s);
        QCOMPARE(ids(proxy), QStringList{u"c3"_s});
        proxy.setText(u"sam"_s);
        QCOMPARE(ids(proxy), QStringList{u"a1"_s});
        proxy.setText(u"2026-11-02"_s);
        QCOMPARE(ids(proxy), QStringList{u"d4"_s});
        proxy.setText(u"nothing like this"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setText({});
        QCOMPARE(proxy.rowCount(), 5);

        // A tally entry: the message status "pending" and the outcome "pending" (still to go) are told apart.
        proxy.setTallyEntry(u"pending"_s, true);
        QCOMPARE(ids(proxy), QStringList{u"d4"_s});
        proxy.setTallyEntry(u"pending"_s, false);
        QCOMPARE(ids(proxy), QStringList{u"e5"_s});
        proxy.setTallyEntry(u"not_found"_s, false);
        QCOMPARE(ids(proxy), QStringList{u"c3"_s});
        QVERIFY(proxy.isFiltered());
        // Together with text: both must match.
        proxy.setTallyEntry(u"delivered"_s, true);
        proxy.setText(u"later"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setText({});
        QCOMPARE(ids(proxy), QStringList{u"a1"_s});
        // Every tally entry's rows add up to the whole list.
        proxy.clearTallyEntry();
        qsizetype total = 0;
        for (const BatchTally::Entry &entry : BatchTally::of(model.rows()).entries()) {
            proxy.setTallyEntry(entry.key, entry.messageStatus);
            QCOMPARE(proxy.rowCount(), entry.count);
            total += proxy.rowCount();
        }
        QCOMPARE(total, 5);
        proxy.clearTallyEntry();
        QVERIFY(!proxy.isFiltered());

        // Sorting: dates as dates (absent ones first), HTTP statuses as numbers.
        proxy.sort(int(BatchColumn::Date), Qt::AscendingOrder);
        QCOMPARE(ids(proxy).mid(2), (QStringList{u"b2"_s, u"d4"_s, u"a1"_s}));
        proxy.sort(int(BatchColumn::HttpStatus), Qt::DescendingOrder);
        QCOMPARE(ids(proxy).constFirst(), u"c3"_s);

        // A lookup finishing moves its row into the filter it now matches.
        proxy.setTallyEntry(u"delivered"_s, true);
        QCOMPARE(proxy.rowCount(), 1);
        model.setRow(4, found(u"e5"_s, u"delivered"_s, BadgeMeaning::Good, 4, u"Done"_s));
        QCOMPARE(proxy.rowCount(), 2);
        model.setRow(0, failed(u"a1"_s, BatchRow::Outcome::Failed, 503, u"503 Service Unavailable"_s));
        QCOMPARE(ids(proxy), QStringList{u"e5"_s});
    }

    void withoutABatchModelNothingIsShown()
    {
        BatchTableModel model;
        model.setRows({BatchRow::pending(u"a1"_s)});
        BatchFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSourceModel(nullptr);
        QCOMPARE(proxy.batchModel(), nullptr);
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBatchFilterProxyModel)
#include "tst_batchfilterproxymodel.moc"
