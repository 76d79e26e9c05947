// JsonLinesModel: the records of a JSON Lines text as rows with the card's chips, checked as a table of text
// with QAbstractItemModelTester attached before any data; bad lines with their line numbers; the bounded
// cache; a large record read off the UI thread.
#include "jsonl/jsonlinesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

class TestJsonLinesModel : public QObject
{
    Q_OBJECT

private:
    static QByteArray sampleLines()
    {
        return "{\"id\":\"nXf2TQ8rLm4kPz7VbC1a\",\"type\":2,\"messageType\":\"TYPE_SMS\",\"dateAdded\":"
               "\"2024-03-27T18:13:49.000Z\",\"body\":\"Hi there, can I move my appointment?\","
               "\"direction\":\"inbound\",\"status\":\"delivered\"}\n"
               "{\"message\":{\"id\":\"Fx2Lv9Sm4Qe7Rt1Yu3Io\",\"type\":2,\"messageType\":\"TYPE_SMS\","
               "\"dateAdded\":"
               "\"2026-11-29T08:15:02.118Z\",\"body\":\"Your order is ready\",\"direction\":\"outbound\","
               "\"status\":\"failed\",\"error\":\"30007: Message filtered by the "
               "carrier\"},\"traceId\":\"c41e\"}\n"
               "\n"
               "{\"type\":\"InboundMessage\",\"messageId\":\"Wh5Mk3Qp8Ls2Dn6Fr9Tb\",\"messageType\":\"SMS\","
               "\"direction\":\"inbound\",\"status\":\"delivered\",\"body\":\"Yes, 3 pm works\","
               "\"dateAdded\":\"2026-11-30T10:22:41.750Z\"}\n"
               "{\"id\": \"x\", \"status\": tru}\n"
               "{\"statusCode\":401,\"message\":\"Invalid JWT\",\"error\":\"Unauthorized\"}\r\n"
               "[1, 2, 3]\n"
               "{\"id\":\"Zz9\",\"direction\":\"sideways\",\"status\":\"teleported\",\"type\":99}\n";
    }

    // Every row, every column's display text, then the chips' meanings: what a person sees.
    static QString tableText(const JsonLinesModel &model)
    {
        QStringList rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < model.columnCount(); ++column)
                cells << model.index(row, column).data().toString();
            QStringList chips;
            for (const int column : {JsonLinesModel::DirectionColumn, JsonLinesModel::StatusColumn,
                                     JsonLinesModel::TypeColumn}) {
                const QVariant badge = model.index(row, column).data(JsonLinesModel::BadgeRole);
                if (badge.isValid())
                    chips << QString::number(int(badge.value<Badge>().meaning)) + u':' +
                                 badge.value<Badge>().label + (badge.value<Badge>().known ? u""_s : u"?"_s);
            }
            rows << cells.join(u" | "_s) + u" || "_s + chips.join(u' ');
        }
        return rows.join(u'\n');
    }

    static JsonLinesModel *newModel(QObject *parent)
    {
        auto *model = new JsonLinesModel(parent);
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        model->setClock(QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC), QTimeZone::utc());
        return model;
    }

private slots:
    void rowsReadLikeTheCard()
    {
        QObject owner;
        JsonLinesModel *model = newModel(&owner);
        QCOMPARE(model->rowCount(), 0);
        model->setIndex(JsonLinesIndex::build(sampleLines()));
        QCOMPARE(model->rowCount(), 7);
        // Line numbers skip the blank line 3; a chip's meaning is its number (5 inbound, 6 outbound, 1 good,
        // 3 bad, 7 neutral, 8 unknown, marked "?").
        QCOMPARE(
            tableText(*model),
            u"1 | Inbound | Delivered | SMS | 27 Mar 2024, 18:13 UTC (2 years ago) | nXf2TQ8rLm4kPz7VbC1a | "
            "Hi there, can I move my appointment? || 5:Inbound 1:Delivered 7:SMS\n"
            "2 | Outbound | Failed | SMS | 29 Nov 2026, 08:15 UTC (2 days ago) | Fx2Lv9Sm4Qe7Rt1Yu3Io | "
            "30007: Message filtered by the carrier — Your order is ready || 6:Outbound 3:Failed 7:SMS\n"
            "4 | Inbound | Delivered | SMS | 30 Nov 2026, 10:22 UTC (26 hours ago) | Wh5Mk3Qp8Ls2Dn6Fr9Tb | "
            "Yes, 3 pm works || 5:Inbound 1:Delivered 7:SMS\n"
            "5 |  |  | Not JSON |  |  | Line 5, column 23: Unexpected 't' where a value was expected. || "
            "3:Not JSON\n"
            "6 |  |  | Error answer |  |  | The server answered with an error instead of a message: Invalid "
            "JWT "
            "|| \n"
            "7 |  |  | Other JSON |  |  | The body is JSON, but not a message. || \n"
            "8 | Sideways | Teleported | type 99, no known name | — | Zz9 | — || 8:Sideways? 8:Teleported?"_s);
    }

    void badLinesSayWhereTheyAre()
    {
        QObject owner;
        JsonLinesModel *model = newModel(&owner);
        model->setIndex(JsonLinesIndex::build(sampleLines()));
        const int row = model->rowForLine(5);
        QCOMPARE(row, 3);
        const QModelIndex text = model->index(row, JsonLinesModel::TextColumn);
        QCOMPARE(text.data(JsonLinesModel::ProblemRole).toString(),
                 u"Line 5, column 23: Unexpected 't' where a value was expected."_s);
        QCOMPARE(text.data(Qt::DisplayRole).toString(), text.data(JsonLinesModel::ProblemRole).toString());
        QCOMPARE(model->index(row, JsonLinesModel::LineColumn).data(JsonLinesModel::LineRole).toLongLong(),
                 5);
        QCOMPARE(text.data(JsonLinesModel::StateRole).toInt(), int(JsonLinesModel::RowState::NotJson));
        QCOMPARE(model->index(0, 0).data(JsonLinesModel::ProblemRole).toString(), QString());
        QCOMPARE(model->rowForLine(3), -1); // blank
    }

    void recordsAreHandedOutAsCopies()
    {
        QObject owner;
        JsonLinesModel *model = newModel(&owner);
        QByteArray text = sampleLines();
        model->setIndex(JsonLinesIndex::build(text));
        const QByteArray body = model->recordBody(model->index(4, 2));
        QCOMPARE(body,
                 QByteArray("{\"statusCode\":401,\"message\":\"Invalid JWT\",\"error\":\"Unauthorized\"}"));
        QCOMPARE(model->lineOf(model->index(4, 2)), qint64(6));
        QVERIFY(body.constData() < text.constData() || body.constData() >= text.constData() + text.size());
        QVERIFY(model->recordBody(QModelIndex()).isEmpty());
        QCOMPARE(model->lineOf(QModelIndex()), qint64(-1));
    }

    void cacheIsBounded()
    {
        QObject owner;
        JsonLinesModel *model = newModel(&owner);
        const QByteArray line = "{\"id\":\"a\",\"direction\":\"inbound\",\"status\":\"read\",\"type\":2}\n";
        model->setIndex(JsonLinesIndex::build(line.repeated(JsonLinesModel::maxCachedRows + 500)));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, JsonLinesModel::StatusColumn).data().toString(), u"Read"_s);
        QCOMPARE(model->cachedRowCount(), JsonLinesModel::maxCachedRows);
    }

    void largeRecordsAreReadOffTheUiThread()
    {
        QObject owner;
        JsonLinesModel *model = newModel(&owner);
        const QByteArray big =
            "{\"id\":\"big\",\"direction\":\"outbound\",\"status\":\"sent\",\"type\":2,\"pad\":\"" +
            QByteArray(JsonLinesModel::syncRecordBytes, 'x') + "\"}";
        model->setIndex(JsonLinesIndex::build("{\"id\":\"small\"}\n" + big + "\n"));
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        const QModelIndex status = model->index(1, JsonLinesModel::StatusColumn);
        QCOMPARE(status.data(JsonLinesModel::StateRole).toInt(), int(JsonLinesModel::RowState::Pending));
        QVERIFY(model->index(1, JsonLinesModel::TextColumn).data().toString().startsWith(u"Reading…"_s));
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(status.data().toString(), u"Sent"_s);
        QCOMPARE(status.data(JsonLinesModel::StateRole).toInt(), int(JsonLinesModel::RowState::Message));
    }

    void aResetDropsWhatTheWorkerBringsBack()
    {
        QObject owner;
        JsonLinesModel *model = newModel(&owner);
        const QByteArray big = "{\"id\":\"big\",\"status\":\"sent\",\"pad\":\"" +
                               QByteArray(4 * JsonLinesModel::syncRecordBytes, 'x') + "\"}";
        model->setIndex(JsonLinesIndex::build(big + "\n"));
        QCOMPARE(model->index(0, JsonLinesModel::StatusColumn).data(JsonLinesModel::StateRole).toInt(),
                 int(JsonLinesModel::RowState::Pending));
        model->setIndex(
            JsonLinesIndex::build("{\"id\":\"a\",\"direction\":\"inbound\",\"status\":\"read\"}\n"));
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model->index(0, JsonLinesModel::StatusColumn).data().toString(), u"Read"_s);
        // Once the old worker is done and its report delivered, nothing has changed.
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model->index(0, JsonLinesModel::StatusColumn).data().toString(), u"Read"_s);
        model->clear();
        QCOMPARE(model->rowCount(), 0);
    }

    void invalidIndexesAreHandled()
    {
        QObject owner;
        JsonLinesModel *model = newModel(&owner);
        QVERIFY(!model->data(QModelIndex()).isValid());
        QCOMPARE(model->flags(QModelIndex()), Qt::NoItemFlags);
        QCOMPARE(model->rowForLine(1), -1);
        QCOMPARE(model->headerData(JsonLinesModel::LineColumn, Qt::Horizontal).toString(), u"Line"_s);
        QVERIFY(!model->headerData(0, Qt::Vertical).isValid());
    }
};

QTEST_GUILESS_MAIN(TestJsonLinesModel)
#include "tst_jsonlinesmodel.moc"
