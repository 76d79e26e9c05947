// The Email thread tab: the thread's emails in the order the message lists them, as rows of text with their
// chips; the body as plain text (HTML made plain, control characters escaped, nothing loaded from the
// network: an image pointing at the loopback server is never asked for); fetching, inspecting and following
// an email's links are asked of the panel by signals.
#include "emailthreadmodel.h"
#include "emailthreadview.h"
#include "message/messageanalysis.h"
#include "related/relatedlinks.h"

#include "testserver.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using TestSupport::TestServer;

namespace {

QList<RelatedLink> threadLinks()
{
    QList<RelatedLink> emails;
    for (const RelatedLink &link : RelatedLinks::from(
             MessageAnalysis::analyze(TestSupport::sampleResponse(u"outbound-email-thread.json"_s)))) {
        if (link.kind == RelatedLink::Kind::EmailMessage)
            emails << link;
    }
    return emails;
}

EmailMessage email(const QByteArray &json)
{
    return EmailMessage::fromDocument(Json::Document::parse(json));
}

QString rowsText(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data().toString();
        rows << cells.join(u" | "_s);
    }
    return rows.join(u'\n');
}

} // namespace

class TestEmailThreadView : public QObject
{
    Q_OBJECT

private slots:
    void rowsInThreadOrder()
    {
        EmailThreadModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeZone(QTimeZone::utc());
        model.setThread(threadLinks());
        QCOMPARE(model.rowCount(), 3);
        model.setFetching(1);
        model.setEmail(0, email(R"({"id":"Em1Aa2Bb3Cc4Dd5Ee6Ff","from":"Acme <front@acme.example>",
            "to":["dana@example.com"],"cc":["x@example.com"],"subject":"Order\nconfirm",
            "dateAdded":"2025-11-03T09:41:07.512Z","direction":"outbound","status":"opened","body":"Hi"})"));
        QCOMPARE(rowsText(model),
                 u"1 | 2025-11-03 09:41 | Acme <front@acme.example> | dana@example.com (cc x@example.com) | "
                 "Order\\nconfirm | Outbound | Opened\n"
                 "2 |  |  |  | Fetching… |  | \n"
                 "3 · this message |  |  |  | Not fetched yet: double-click or Enter to fetch it |  | "_s);
        QCOMPARE(model.index(0, EmailThreadModel::StatusColumn)
                     .data(EmailThreadModel::BadgeRole)
                     .value<Badge>()
                     .meaning,
                 BadgeMeaning::Good);
        QVERIFY(!model.index(0, EmailThreadModel::SubjectColumn).data(EmailThreadModel::BadgeRole).isValid());
        QCOMPARE(model.rowOf(u"Em7Gg8Hh9Ii0Jj1Kk2Ll"_s), 1);
        QCOMPARE(model.rowOf(u"nope"_s), -1);
        model.setFailed(1, u"The server answered 404."_s);
        QCOMPARE(model.index(1, EmailThreadModel::SubjectColumn).data().toString(),
                 u"Could not be fetched: The server answered 404."_s);
        QCOMPARE(model.index(2, 0).data(Qt::FontRole).value<QFont>().bold(), true);
    }

    void theBodyIsPlainTextAndLoadsNothing()
    {
        TestServer server;
        QVERIFY(server.listen());
        const QByteArray pixel = (server.baseUrl() + u"/pixel.gif"_s).toUtf8();
        const QByteArray css = (server.baseUrl() + u"/style.css"_s).toUtf8();
        EmailThreadView view;
        view.resize(900, 600);
        view.model()->setThread(threadLinks());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.model()->setEmail(
            0, email("{\"id\":\"Em1Aa2Bb3Cc4Dd5Ee6Ff\",\"from\":\"front@acme.example\",\"subject\":\"Hi\","
                     "\"contentType\":\"text/html\",\"body\":\"<link rel=stylesheet href='" +
                     css + "'><p>Hello&nbsp;Dana,</p><img src='" + pixel +
                     "'><p>See you <b>Thursday</b>.</p>\\u0007<script>alert(1)</script>\"}"));
        view.selectRow(0);
        const QString text = view.bodyView()->toPlainText();
        QVERIFY2(text.contains(u"Hello Dana,"_s), qPrintable(text));
        QVERIFY2(text.contains(u"See you Thursday."_s), qPrintable(text));
        QVERIFY(!text.contains(u"<img"_s) && !text.contains(u"alert"_s) && !text.contains(u"<b>"_s));
        QVERIFY2(text.contains(u"\\u0007"_s), qPrintable(text)); // a control character is shown, escaped
        QVERIFY(text.contains(u"images and links were not loaded"_s));
        QCOMPARE(view.bodyView()->document()->toHtml().contains(u"<img"_s), false);
        // Painting it asks the network for nothing.
        view.bodyView()->viewport()->repaint();
        QTest::qWait(50);
        QCOMPARE(server.requestCount(), 0);
    }

    void signalsForThePanel()
    {
        EmailThreadView view;
        view.model()->setThread(threadLinks());
        QSignalSpy fetch(&view, &EmailThreadView::fetchRequested);
        QSignalSpy fetchAll(&view, &EmailThreadView::fetchAllRequested);
        QSignalSpy inspect(&view, &EmailThreadView::inspectMessageRequested);
        QSignalSpy follow(&view, &EmailThreadView::followRequested);
        emit view.list()->activated(view.model()->index(1, 0));
        QCOMPARE(fetch.count(), 1);
        QCOMPARE(fetch.at(0).at(0).toInt(), 1);
        QVERIFY(view.fetchAllButton()->isEnabled());
        view.fetchAllButton()->click();
        QCOMPARE(fetchAll.count(), 1);

        view.model()->setEmail(1,
                               email(R"({"id":"Em7Gg8Hh9Ii0Jj1Kk2Ll","conversationId":"Cv3Bn7Mq1Xz8Lk5Jh2Gd",
            "contactId":"Ck8Hj3Wq5Zr1Yt6Nm2Pb","subject":"Re: Order"})"));
        view.selectRow(1);
        emit view.list()->activated(view.model()->index(1, 0)); // fetched: nothing more to fetch
        QCOMPARE(fetch.count(), 1);
        view.inspectButton()->click();
        QCOMPARE(inspect.count(), 1);
        QCOMPARE(inspect.at(0).at(0).toString(), u"Em7Gg8Hh9Ii0Jj1Kk2Ll"_s);
        auto *conversation = view.findChild<QPushButton *>(u"emailFollowConversation"_s);
        auto *contact = view.findChild<QPushButton *>(u"emailFollowContact"_s);
        QVERIFY(conversation->isEnabled() && contact->isEnabled());
        contact->click();
        QCOMPARE(follow.count(), 1);
        const auto link = follow.at(0).at(0).value<RelatedLink>();
        QCOMPARE(link.kind, RelatedLink::Kind::Contact);
        QCOMPARE(link.subjectId(), u"Ck8Hj3Wq5Zr1Yt6Nm2Pb"_s);

        // An email without those ids offers nothing to follow.
        view.model()->setEmail(0, email(R"({"id":"Em1Aa2Bb3Cc4Dd5Ee6Ff","subject":"x"})"));
        view.selectRow(0);
        QVERIFY(!conversation->isEnabled() && !contact->isEnabled());
    }
};

QTEST_MAIN(TestEmailThreadView)
#include "tst_emailthreadview.moc"
