// The Conversation tab: the conversation's messages as compact rows with chips, the inspected message marked
// and selected; picking another message asks for a normal lookup of it; the conversation's own facts.
#include "conversationlistmodel.h"
#include "conversationlistview.h"
#include "related/relatedresult.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

QByteArray data(const QString &name)
{
    QFile file(TestSupport::sourcePath(u"tests/data/related/"_s + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ConversationMessages messages(qsizetype focus)
{
    ConversationMessages m;
    m.messages = ConversationPage::fromDocument(Json::Document::parse(data(u"page-flat.json"_s))).messages;
    ConversationMessage third;
    third.id = u"m3"_s;
    m.messages << third;
    m.focusIndex = focus;
    m.pages = 1;
    m.stopReason = u"The last page said no more follow."_s;
    return m;
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

class TestConversationListView : public QObject
{
    Q_OBJECT

private slots:
    void rowsWithTheInspectedMessageMarked()
    {
        ConversationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeZone(QTimeZone::utc());
        const ConversationMessages m = messages(1);
        model.setMessages(m.messages, m.focusIndex);
        QCOMPARE(rowsText(model), u"2026-01-01 10:00 | Inbound | Delivered | SMS | Hi\\nthere\n"
                                  " | Outbound | Failed | SMS | ▶ this message · \n"
                                  " |  |  |  | "_s);
        QCOMPARE(model.focusRow(), 1);
        QVERIFY(model.index(1, 0).data(ConversationListModel::IsFocusRole).toBool());
        QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(0, 0).data(ConversationListModel::IsFocusRole).toBool());
        QCOMPARE(model.index(1, ConversationListModel::StatusColumn)
                     .data(ConversationListModel::BadgeRole)
                     .value<Badge>()
                     .meaning,
                 BadgeMeaning::Bad);
        QVERIFY(!model.index(2, ConversationListModel::StatusColumn)
                     .data(ConversationListModel::BadgeRole)
                     .isValid());
        QCOMPARE(model.index(0, 0).data(ConversationListModel::MessageIdRole).toString(), u"m1"_s);
        // A focus outside the list marks nothing.
        model.setMessages(m.messages, 7);
        QCOMPARE(model.focusRow(), -1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void pickingAMessageAsksForItsLookup()
    {
        ConversationListView view;
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy inspect(&view, &ConversationListView::inspectMessageRequested);
        view.setMessages(messages(1));
        QCOMPARE(view.list()->currentIndex().row(), 1); // the inspected message is selected
        QVERIFY(view.messagesNote().startsWith(u"3 messages, newest first"_s));
        auto *button = view.findChild<QPushButton *>(u"conversationInspect"_s);
        QVERIFY(!button->isEnabled()); // it is on screen already
        emit view.list()->activated(view.model()->index(1, 0));
        QCOMPARE(inspect.count(), 0);
        view.list()->setCurrentIndex(view.model()->index(0, 0));
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(inspect.count(), 1);
        QCOMPARE(inspect.at(0).at(0).toString(), u"m1"_s);
        emit view.list()->activated(view.model()->index(2, 0));
        QCOMPARE(inspect.count(), 2);
        QCOMPARE(inspect.at(1).at(0).toString(), u"m3"_s);

        view.setMessages(messages(-1));
        QVERIFY(view.messagesNote().contains(u"this message is not among them"_s));
    }

    void theConversationsFacts()
    {
        ConversationListView view;
        const ConversationInfo c =
            ConversationInfo::fromDocument(Json::Document::parse(data(u"conversation.json"_s)));
        view.setConversation(c);
        QCOMPARE(view.conversationText(), u"Phone conversation · 2 unread · assigned to user U1 · starred"_s);
        QVERIFY(!view.findChild<QPushButton *>(u"conversationFetch"_s)->isEnabled());
        view.setConversation(ConversationInfo::fromDocument(Json::Document::parse("[1]")));
        QVERIFY(view.conversationText().contains(u"not a conversation"_s));
    }
};

QTEST_MAIN(TestConversationListView)
#include "tst_conversationlistview.moc"
