// The Watch panel, offscreen, watching a message against a loopback server whose answer changes over time
// (pending → sent → delivered, and → failed; a 429 with Retry-After) through a real InspectionSession: the
// timeline rows as text, the stop on a final status, the pause shown on 429, the Stop button, a failure that
// ends the watch, and "Compare with previous". The timeline model is bounded (rows, kept answers, bytes).
#include "badgedelegate.h"
#include "watchpanel.h"
#include "watchtimelinemodel.h"

#include "session/fixedtokensource.h"
#include "session/inspectionsession.h"
#include "store/profilestore.h"

#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

namespace {

const char *const messageId = "Wt1Ch2Me3Ss4Ag5Ee6Xx";

// A live-shaped answer (envelope with traceId) about one outbound SMS; updated is its dateUpdated.
QByteArray messageWith(const QByteArray &status, const QByteArray &updated, const QByteArray &extra = {})
{
    return "{\"message\":{\"id\":\"Wt1Ch2Me3Ss4Ag5Ee6Xx\",\"type\":2,\"messageType\":\"TYPE_SMS\","
           "\"direction\":\"outbound\",\"status\":\"" +
           status + "\",\"dateAdded\":\"2024-03-27T09:59:58.000Z\",\"dateUpdated\":\"" + updated + "\"" +
           extra +
           ",\"contactId\":\"c\",\"conversationId\":\"v\",\"locationId\":\"l\",\"body\":\"Your appointment "
           "is "
           "at 10\",\"contentType\":\"text/plain\"},\"traceId\":\"t\"}";
}

ScriptedResponse answer(const QByteArray &status, const QByteArray &updated, const QByteArray &extra = {})
{
    return ScriptedResponse::json(messageWith(status, updated, extra));
}

// Status | Updated | What else changed, one line per row (the time of the check is asserted apart).
QStringList timelineText(const QAbstractItemModel *model)
{
    QStringList lines;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = WatchTimelineModel::StatusColumn; column < WatchTimelineModel::ColumnCount;
             ++column)
            cells << model->index(row, column).data().toString();
        lines << cells.join(u" | "_s);
    }
    return lines;
}

} // namespace

class TestWatchPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        qRegisterMetaType<InspectionResult>();
        qRegisterMetaType<MessageWatch::Outcome>();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->listen());
        m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"settings.ini"_s));
        m_tokens = std::make_unique<FixedTokenSource>(u"pit-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s);
        SessionServices services;
        services.profiles = m_profiles.get();
        services.tokens = m_tokens.get();
        m_session = std::make_unique<InspectionSession>(services);
        m_panel = std::make_unique<WatchPanel>(m_session.get());
        // Attached before any data, so every insertion and removal is checked.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_panel->timeline(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_panel->timeline()->setTimeZone(QTimeZone::utc());
        WatchPacing fast;
        fast.firstIntervalMs = 10;
        fast.maxIntervalMs = 20;
        fast.burstShare = 0;
        m_panel->setPacing(fast);
        m_panel->resize(900, 400);
        m_panel->show();
    }

    void cleanup()
    {
        m_tester.reset();
        m_panel.reset();
        m_session.reset();
        m_tokens.reset();
        m_profiles.reset();
        m_server.reset();
        m_dir.reset();
    }

    void beforeAnyWatch()
    {
        QVERIFY(!m_panel->isWatching());
        QCOMPARE(m_panel->headerText(), u"Not watching a message."_s);
        QVERIFY(!button("watchStop")->isEnabled());
        QVERIFY(!button("watchCompare")->isEnabled());
        QCOMPARE(m_panel->timeLimitMinutes(), 10);
        QVERIFY(!m_panel->notifyWhenFinal()); // off by default
    }

    void timelineUntilDelivered()
    {
        m_server->enqueue(answer("pending", "2024-03-27T10:00:00.000Z"));
        m_server->enqueue(answer("pending", "2024-03-27T10:00:00.000Z"));
        m_server->enqueue(answer("sent", "2024-03-27T10:00:02.000Z"));
        m_server->enqueue(answer("delivered", "2024-03-27T10:00:05.000Z").withRateLimitHeaders());
        QSignalSpy finished(m_panel.get(), &WatchPanel::finished);
        QSignalSpy results(m_panel.get(), &WatchPanel::resultArrived);
        m_panel->watch(request());
        QVERIFY(m_panel->isWatching());
        QVERIFY(button("watchStop")->isEnabled());
        QVERIFY(m_panel->headerText().startsWith(u"Watching Wt1Ch2Me3Ss4Ag5Ee6Xx"_s));
        QVERIFY(finished.wait(10000));

        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<MessageWatch::Outcome>(), MessageWatch::Outcome::Delivered);
        QCOMPARE(results.size(), 4); // every answer, also the one that changed nothing
        QCOMPARE(results.constLast().at(0).value<InspectionResult>().analysis.view.status.value,
                 u"delivered"_s);
        // One row per change, not per poll.
        QCOMPARE(timelineText(m_panel->timeline()), (QStringList{
                                                        u"Pending | 27 Mar 2024, 10:00:00 | First answer"_s,
                                                        u"Sent | 27 Mar 2024, 10:00:02 | nothing else"_s,
                                                        u"Delivered | 27 Mar 2024, 10:00:05 | nothing else"_s,
                                                    }));
        const QRegularExpression clock(u"^\\d\\d:\\d\\d:\\d\\d$"_s);
        for (int row = 0; row < 3; ++row) {
            const QString time =
                m_panel->timeline()->index(row, WatchTimelineModel::TimeColumn).data().toString();
            QVERIFY2(clock.match(time).hasMatch(), qPrintable(time));
        }
        // The status column carries chips, painted by the shared badge delegate.
        const QVariant chip = m_panel->timeline()
                                  ->index(2, WatchTimelineModel::StatusColumn)
                                  .data(WatchTimelineModel::BadgeRole);
        QVERIFY(chip.canConvert<Badge>());
        QCOMPARE(chip.value<Badge>().meaning, BadgeMeaning::Good);
        QVERIFY(qobject_cast<BadgeDelegate *>(
            m_panel->timelineView()->itemDelegateForColumn(WatchTimelineModel::StatusColumn)));

        // Stopped on the final status: nothing more is asked.
        QVERIFY(!m_panel->isWatching());
        QVERIFY2(m_panel->headerText().startsWith(u"Final: Delivered after 4 checks, "_s),
                 qPrintable(m_panel->headerText()));
        QCOMPARE(header()->text(), m_panel->headerText());
        QVERIFY(!button("watchStop")->isEnabled());
        QVERIFY(button("watchAgain")->isEnabled());
        QTest::qWait(100);
        QCOMPARE(m_server->requestCount(), 4);
        QCOMPARE(finished.size(), 1);
    }

    void failedIsFinalToo()
    {
        m_server->enqueue(answer("sent", "2024-03-27T10:00:02.000Z"));
        m_server->enqueue(
            answer("failed", "2024-03-27T10:00:09.000Z", ",\"error\":\"Carrier rejected the number\""));
        QSignalSpy finished(m_panel.get(), &WatchPanel::finished);
        m_panel->watch(request());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<MessageWatch::Outcome>(), MessageWatch::Outcome::Failed);
        // What else changed: the failure text the failed message now carries (the status has its column).
        QCOMPARE(
            timelineText(m_panel->timeline()),
            (QStringList{
                u"Sent | 27 Mar 2024, 10:00:02 | First answer"_s,
                u"Failed | 27 Mar 2024, 10:00:09 | failure: only in the now (Carrier rejected the number)"_s,
            }));
        QCOMPARE(m_panel->timeline()
                     ->index(1, WatchTimelineModel::StatusColumn)
                     .data(WatchTimelineModel::BadgeRole)
                     .value<Badge>()
                     .meaning,
                 BadgeMeaning::Bad);
        QVERIFY2(m_panel->headerText().startsWith(u"Final: Failed after 2 checks, "_s),
                 qPrintable(m_panel->headerText()));
        QCOMPARE(m_server->requestCount(), 2);
    }

    void pauseIsShownOn429()
    {
        m_server->enqueue(answer("pending", "2024-03-27T10:00:00.000Z"));
        m_server->enqueue(
            ScriptedResponse::error(429, "{\"statusCode\":429,\"message\":\"Too many requests\"}")
                .withHeader("Retry-After", "30"));
        QSignalSpy finished(m_panel.get(), &WatchPanel::finished);
        m_panel->watch(request());
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->timeline()->rowCount(), 2, 10000);

        QCOMPARE(timelineText(m_panel->timeline()),
                 (QStringList{
                     u"Pending | 27 Mar 2024, 10:00:00 | First answer"_s,
                     u" |  | Paused 30 s: rate limited by HighLevel (429)"_s,
                 }));
        QVERIFY(m_panel->isWatching());
        QVERIFY2(m_panel->headerText().startsWith(
                     u"Paused 30 s: rate limited by HighLevel (429) — next check in "_s),
                 qPrintable(m_panel->headerText()));
        QCOMPARE(header()->text(), m_panel->headerText());
        QCOMPARE(m_server->requestCount(), 2);

        // Stop while paused: ends once, and nothing more is asked.
        QTest::mouseClick(button("watchStop"), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<MessageWatch::Outcome>(), MessageWatch::Outcome::Stopped);
        QVERIFY(!m_panel->isWatching());
        QVERIFY2(m_panel->headerText().startsWith(u"Stopped after 2 checks, "_s),
                 qPrintable(m_panel->headerText()));
        QVERIFY2(m_panel->headerText().endsWith(u"last seen: Pending"_s), qPrintable(m_panel->headerText()));
        QTest::qWait(100);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void goesOnAfterThePause()
    {
        m_server->enqueue(answer("pending", "2024-03-27T10:00:00.000Z"));
        m_server->enqueue(
            ScriptedResponse::error(429, "{\"statusCode\":429,\"message\":\"Too many requests\"}")
                .withHeader("Retry-After", "1"));
        m_server->enqueue(answer("delivered", "2024-03-27T10:00:05.000Z"));
        QSignalSpy finished(m_panel.get(), &WatchPanel::finished);
        m_panel->watch(request());
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.at(0).at(0).value<MessageWatch::Outcome>(), MessageWatch::Outcome::Delivered);
        QCOMPARE(timelineText(m_panel->timeline()),
                 (QStringList{
                     u"Pending | 27 Mar 2024, 10:00:00 | First answer"_s,
                     u" |  | Paused 1 s: rate limited by HighLevel (429)"_s,
                     u"Delivered | 27 Mar 2024, 10:00:05 | nothing else"_s,
                 }));
        // The pause row keeps no answer: "Compare with previous" on the last row skips it.
        QVERIFY(!m_panel->timeline()->index(1, 0).data(WatchTimelineModel::HasAnswerRole).toBool());
        QCOMPARE(m_panel->timeline()->previousAnswerRow(2), 0);
        QCOMPARE(m_server->requestCount(), 3);
    }

    void aFailureThatRepeatingCannotFixEndsTheWatch()
    {
        m_server->enqueue(
            ScriptedResponse::error(404, "{\"statusCode\":404,\"message\":\"Message not found\"}"));
        QSignalSpy finished(m_panel.get(), &WatchPanel::finished);
        m_panel->watch(request());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<MessageWatch::Outcome>(), MessageWatch::Outcome::Error);
        QCOMPARE(m_panel->timeline()->rowCount(), 1);
        const QString note =
            m_panel->timeline()->index(0, WatchTimelineModel::ChangesColumn).data().toString();
        QVERIFY(!note.isEmpty());
        QCOMPARE(m_panel->timeline()->index(0, 0).data(WatchTimelineModel::KindRole).toInt(),
                 int(WatchTimelineModel::Kind::Problem));
        QVERIFY2(m_panel->headerText().startsWith(u"Stopped: "_s + note), qPrintable(m_panel->headerText()));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void stopButtonEndsOnce()
    {
        m_server->setFallback(answer("pending", "2024-03-27T10:00:00.000Z"));
        QSignalSpy finished(m_panel.get(), &WatchPanel::finished);
        m_panel->watch(request());
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->timeline()->rowCount(), 1, 10000);
        QTest::mouseClick(button("watchStop"), Qt::LeftButton);
        m_panel->stop();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<MessageWatch::Outcome>(), MessageWatch::Outcome::Stopped);
        QTest::qWait(50);
        const int sent = m_server->requestCount();
        QTest::qWait(150);
        QCOMPARE(m_server->requestCount(), sent);
        QCOMPARE(finished.size(), 1);
    }

    void aNewWatchReplacesTheRunningOne()
    {
        m_server->setFallback(answer("pending", "2024-03-27T10:00:00.000Z"));
        QSignalSpy finished(m_panel.get(), &WatchPanel::finished);
        m_panel->watch(request());
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->timeline()->rowCount(), 1, 10000);
        m_panel->watch(request(u"Zz9Yy8Xx7Ww6Vv5Uu4Tt"_s));
        QCOMPARE(finished.size(), 1); // the first watch ended, once
        QCOMPARE(finished.at(0).at(0).value<MessageWatch::Outcome>(), MessageWatch::Outcome::Stopped);
        QCOMPARE(m_panel->timeline()->rowCount(), 0);
        QVERIFY(m_panel->isWatching());
        QVERIFY(m_panel->headerText().startsWith(u"Watching Zz9Yy8Xx7Ww6Vv5Uu4Tt"_s));
        m_panel->stop();
        QCOMPARE(finished.size(), 2);
    }

    void compareWithPrevious()
    {
        m_server->enqueue(answer("pending", "2024-03-27T10:00:00.000Z"));
        m_server->enqueue(answer("sent", "2024-03-27T10:00:02.000Z"));
        m_server->enqueue(answer("delivered", "2024-03-27T10:00:05.000Z"));
        QSignalSpy finished(m_panel.get(), &WatchPanel::finished);
        m_panel->watch(request());
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_panel->timeline()->rowCount(), 3);
        QSignalSpy compare(m_panel.get(), &WatchPanel::compareRequested);
        const auto status = [&compare](int call, int side) {
            return compare.at(call).at(side).value<InspectionResult>().analysis.view.status.value;
        };

        // Nothing selected: the latest answer with the one before it.
        QPushButton *compareButton = button("watchCompare");
        QVERIFY(compareButton->isEnabled());
        QTest::mouseClick(compareButton, Qt::LeftButton);
        QCOMPARE(compare.size(), 1);
        QCOMPARE(status(0, 0), u"sent"_s);
        QCOMPARE(status(0, 1), u"delivered"_s);
        const QString label = compare.at(0).at(3).toString();
        QVERIFY2(QRegularExpression(u"^\\d\\d:\\d\\d:\\d\\d \\(watch\\)$"_s).match(label).hasMatch(),
                 qPrintable(label));

        // The first row has nothing before it.
        QItemSelectionModel *selection = m_panel->timelineView()->selectionModel();
        selection->select(m_panel->timeline()->index(0, 0),
                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(!compareButton->isEnabled());
        QVERIFY(!m_panel->compareSelected());

        // Two rows selected: those two, older first.
        selection->select(m_panel->timeline()->index(2, 0),
                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selection->select(m_panel->timeline()->index(0, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(compareButton->text().remove(u'&'), u"Compare the two selected"_s);
        QVERIFY(compareButton->isEnabled());
        QTest::mouseClick(compareButton, Qt::LeftButton);
        QCOMPARE(compare.size(), 2);
        QCOMPARE(status(1, 0), u"pending"_s);
        QCOMPARE(status(1, 1), u"delivered"_s);
    }

    void timelineKeepsABoundedNumberOfAnswers()
    {
        WatchTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto answerRow = [](const QByteArray &body) {
            WatchTimelineModel::Row row;
            row.observedAt = QDateTime::currentDateTimeUtc();
            row.status = u"pending"_s;
            InspectionResult result;
            result.body = body;
            row.answer = result;
            return row;
        };
        for (int i = 0; i < WatchTimelineModel::maxKeptAnswers + 10; ++i)
            model.append(answerRow("{}"));
        QCOMPARE(model.rowCount(), WatchTimelineModel::maxKeptAnswers + 10);
        QCOMPARE(model.answerCount(), WatchTimelineModel::maxKeptAnswers);
        QVERIFY(!model.index(9, 0).data(WatchTimelineModel::HasAnswerRole).toBool());
        QVERIFY(model.index(10, 0).data(WatchTimelineModel::HasAnswerRole).toBool());
        QVERIFY(model.index(9, 0).data(Qt::ToolTipRole).toString().contains(u"no longer kept"_s));

        // Bytes too: two 30 MB answers fit the budget, a third pushes the oldest out; the latest always
        // stays.
        model.clear();
        const QByteArray big(30 * 1024 * 1024, 'x');
        for (int i = 0; i < 3; ++i)
            model.append(answerRow(big));
        QCOMPARE(model.answerCount(), 2);
        QVERIFY(!model.rowAt(0)->answer);
        model.append(answerRow(QByteArray(WatchTimelineModel::maxKeptBytes + 1, 'y')));
        QCOMPARE(model.answerCount(), 1);
        QVERIFY(model.rowAt(3)->answer);

        // Rows are bounded as well: the oldest go first.
        model.clear();
        for (int i = 0; i < WatchTimelineModel::maxRows + 5; ++i)
            model.append(answerRow("{}"));
        QCOMPARE(model.rowCount(), WatchTimelineModel::maxRows);

        // Invalid indexes answer nothing.
        QVERIFY(!model.data(QModelIndex()).isValid());
        QVERIFY(!model.data(model.index(0, 0).siblingAtColumn(WatchTimelineModel::ColumnCount)).isValid());
        QCOMPARE(model.rowAt(-1), nullptr);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }

    void durations()
    {
        QCOMPARE(WatchPanel::durationText(0), u"0 s"_s);
        QCOMPARE(WatchPanel::durationText(14000), u"14 s"_s);
        QCOMPARE(WatchPanel::durationText(13001), u"14 s"_s); // a countdown rounds up
        QCOMPARE(WatchPanel::durationText(72000), u"1 min 12 s"_s);
        QCOMPARE(WatchPanel::durationText(600000), u"10 min"_s);
        QCOMPARE(WatchPanel::durationText(3720000), u"1 h 2 min"_s);
    }

private:
    QPushButton *button(const char *name) const
    {
        auto *b = m_panel->findChild<QPushButton *>(QString::fromLatin1(name));
        if (!b)
            qFatal("no button %s", name);
        return b;
    }
    InspectionRequest request(const QString &id = QString::fromLatin1(messageId)) const
    {
        InspectionRequest r = InspectionRequest::lookup(id);
        r.baseUrlOverride = m_server->baseUrl();
        return r;
    }
    QLabel *header() const { return m_panel->findChild<QLabel *>(u"watchHeader"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<FixedTokenSource> m_tokens;
    std::unique_ptr<InspectionSession> m_session;
    std::unique_ptr<WatchPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestWatchPanel)
#include "tst_watchpanel.moc"
