// The batch table: QAbstractItemModelTester attached before any data, every role on every column, invalid
// indexes answered with nothing, a finished lookup updating its row in place, following a run.
#include "batch/batchtablemodel.h"
#include "batch/batchtally.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

BatchRow found(const QString &id, const QString &status, BadgeMeaning meaning, const QDateTime &date)
{
    BatchRow row = BatchRow::pending(id);
    row.outcome = BatchRow::Outcome::Found;
    row.httpStatus = 200;
    row.outcomeText = u"200 OK"_s;
    row.direction = {BadgeMeaning::Inbound, u"Inbound"_s, u"inbound"_s, true};
    row.status = {meaning, status.at(0).toUpper() + status.mid(1), status, true};
    row.messageType = {BadgeMeaning::Neutral, u"SMS"_s, u"TYPE_SMS"_s, true};
    row.date = date;
    row.dateText = date.toString(Qt::ISODateWithMs);
    row.contactId = u"ct1"_s;
    row.text = u"Hi there"_s;
    row.traceId = u"tr-"_s + id;
    return row;
}

BatchRow notFound(const QString &id)
{
    BatchRow row = BatchRow::pending(id);
    row.outcome = BatchRow::Outcome::NotFound;
    row.httpStatus = 404;
    row.outcomeText = u"404 Not Found"_s;
    row.error = u"No message with this id"_s;
    return row;
}

} // namespace

class TestBatchTableModel : public QObject
{
    Q_OBJECT

private slots:
    void rolesAndInvalidIndexes()
    {
        BatchTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), BatchColumns::count);

        const QDateTime date(QDate(2024, 3, 27), QTime(18, 13, 49), Qt::UTC);
        model.setRows({found(u"a1"_s, u"delivered"_s, BadgeMeaning::Good, date), notFound(u"b2"_s),
                       BatchRow::pending(u"c3"_s)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);

        const auto cell = [&](int row, BatchColumn column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, int(column)), role);
        };
        QCOMPARE(cell(0, BatchColumn::Id).toString(), u"a1"_s);
        QCOMPARE(cell(0, BatchColumn::Outcome).toString(), u"Found"_s);
        QCOMPARE(cell(0, BatchColumn::HttpStatus).toString(), u"200 OK"_s);
        QCOMPARE(cell(0, BatchColumn::Status).toString(), u"Delivered"_s);
        QCOMPARE(cell(0, BatchColumn::Date).toString(), u"2024-03-27 18:13:49 UTC"_s);
        QCOMPARE(cell(0, BatchColumn::Status, BatchTableModel::BadgeRole).value<Badge>().meaning,
                 BadgeMeaning::Good);
        QCOMPARE(cell(0, BatchColumn::Direction, BatchTableModel::BadgeRole).value<Badge>().meaning,
                 BadgeMeaning::Inbound);
        QCOMPARE(cell(0, BatchColumn::Type, BatchTableModel::BadgeRole).value<Badge>().label, u"SMS"_s);
        QVERIFY(!cell(0, BatchColumn::Id, BatchTableModel::BadgeRole).isValid());
        QVERIFY(
            !cell(1, BatchColumn::Status, BatchTableModel::BadgeRole).isValid()); // no chip without a value
        QCOMPARE(cell(0, BatchColumn::Date, BatchTableModel::SortRole).toDateTime(), date);
        QCOMPARE(cell(1, BatchColumn::HttpStatus, BatchTableModel::SortRole).toInt(), 404);
        QCOMPARE(cell(1, BatchColumn::Text, BatchTableModel::OutcomeNameRole).toString(), u"not_found"_s);
        QCOMPARE(cell(1, BatchColumn::Text, BatchTableModel::MessageIdRole).toString(), u"b2"_s);
        QCOMPARE(cell(1, BatchColumn::HttpStatus, Qt::ToolTipRole).toString(), u"No message with this id"_s);
        QCOMPARE(cell(1, BatchColumn::Error, Qt::ToolTipRole).toString(), u"No message with this id"_s);
        QVERIFY(!cell(0, BatchColumn::Error, Qt::ToolTipRole).isValid());
        QCOMPARE(cell(0, BatchColumn::Date, BatchTableModel::ExportTextRole).toString(),
                 u"2024-03-27T18:13:49.000Z"_s);
        QCOMPARE(cell(2, BatchColumn::Outcome).toString(), u"Waiting"_s);

        // Invalid and foreign indexes get nothing.
        QVERIFY(!model.data(QModelIndex()).isValid());
        QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);
        QVERIFY(model.rowAt(QModelIndex()) == nullptr);
        QSortFilterProxyModel other;
        QVERIFY(model.rowAt(other.index(0, 0)) == nullptr);
        QVERIFY(!model.headerData(-1, Qt::Horizontal).isValid());
        QVERIFY(!model.headerData(BatchColumns::count, Qt::Horizontal).isValid());
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
        QCOMPARE(model.headerData(int(BatchColumn::Conversation), Qt::Horizontal).toString(),
                 u"Conversation"_s);
        QVERIFY(model.roleNames().contains(BatchTableModel::BadgeRole));

        // An update changes one row in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRow(2, found(u"c3"_s, u"failed"_s, BadgeMeaning::Bad, date));
        model.setRow(7, notFound(u"x"_s)); // out of range: ignored
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(cell(2, BatchColumn::Status).toString(), u"Failed"_s);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void sortsAndFiltersThroughAProxy()
    {
        BatchTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSortRole(BatchTableModel::SortRole);
        const QDateTime early(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        model.setRows({found(u"late"_s, u"delivered"_s, BadgeMeaning::Good, early.addDays(3)),
                       notFound(u"nf"_s), found(u"early"_s, u"delivered"_s, BadgeMeaning::Good, early)});
        proxy.sort(int(BatchColumn::Date), Qt::AscendingOrder);
        QCOMPARE(proxy.index(1, 0).data().toString(), u"early"_s);
        QCOMPARE(proxy.index(2, 0).data().toString(), u"late"_s);
        proxy.setFilterKeyColumn(int(BatchColumn::Outcome));
        proxy.setFilterFixedString(u"Not found"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"nf"_s);
    }

    void tallyText()
    {
        const QDateTime date(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        std::vector<BatchRow> rows;
        for (int i = 0; i < 31; ++i)
            rows.push_back(found(u"d"_s + QString::number(i), u"delivered"_s, BadgeMeaning::Good, date));
        for (int i = 0; i < 6; ++i)
            rows.push_back(found(u"f"_s + QString::number(i), u"failed"_s, BadgeMeaning::Bad, date));
        for (int i = 0; i < 3; ++i)
            rows.push_back(notFound(u"n"_s + QString::number(i)));
        BatchTally tally = BatchTally::of(rows);
        QCOMPARE(tally.text(), u"31 delivered · 6 failed · 3 not found"_s);
        QCOMPARE(tally.entries().at(1).meaning, BadgeMeaning::Bad);
        tally.remove(rows.back());
        tally.add(BatchRow::pending(u"n2"_s));
        QCOMPARE(tally.text(), u"31 delivered · 6 failed · 2 not found · 1 to go"_s);
        QCOMPARE(tally.done(), 39);
        QCOMPARE(tally.total(), 40);
    }
};

QTEST_GUILESS_MAIN(TestBatchTableModel)
#include "tst_batchtablemodel.moc"
