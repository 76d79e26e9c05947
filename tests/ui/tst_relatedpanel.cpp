// The Related panel against the loopback server through a real InspectionSession (a fixed token, no
// keychain): the links of a message as rows, nothing fetched until asked (or, with the profile's setting,
// the cheap ones one at a time and never the recording), a fetched answer in its own closable tab with the
// typed view and the Fields / Raw JSON / HTTP views, links followed from a result, back and forward with the
// buttons and Alt+Left / Alt+Right, messages picked for inspection, the why-it-failed tab checking the
// contact, and a call's recording removed when its tab closes.
#include "callview.h"
#include "contactview.h"
#include "conversationlistmodel.h"
#include "conversationlistview.h"
#include "emailthreadmodel.h"
#include "emailthreadview.h"
#include "fieldsview.h"
#include "httpview.h"
#include "relatedlinksmodel.h"
#include "relatednavigation.h"
#include "relatedpanel.h"
#include "relatedresultview.h"
#include "session/inspectionsession.h"
#include "store/profilestore.h"
#include "transcriptmodel.h"
#include "whyfailedpanel.h"
#include "json/jsontreemodel.h"

#include "loopbacksession.h"
#include "testserver.h"
#include "testsupport.h"
#include "wavtone.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using TestSupport::LoopbackSession;
using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

namespace {

QByteArray data(const QString &name)
{
    QFile file(TestSupport::sourcePath(u"tests/data/related/"_s + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

InspectionResult sample(const QString &name)
{
    InspectionResult r;
    r.request = InspectionRequest::bytes(TestSupport::sampleResponse(name), u"sample"_s);
    r.body = r.request.body;
    r.analysis = MessageAnalysis::analyze(r.body);
    return r;
}

QString rowsText(const QAbstractItemModel &model, int columns)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << model.index(r, c).data().toString();
        rows << cells.join(u" | "_s);
    }
    return rows.join(u'\n');
}

QStringList targets(const TestServer &server)
{
    QStringList list;
    for (const auto &r : server.requests())
        list << QString::fromUtf8(r.target);
    return list;
}

} // namespace

class TestRelatedPanel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_loopback = std::make_unique<LoopbackSession>(m_token);
        QVERIFY(m_loopback->isListening());
        QCOMPARE(m_loopback->pointDefaultProfileAtServer(), QString());
        m_panel = std::make_unique<RelatedPanel>(&m_loopback->session());
        m_panel->resize(1000, 800);
    }

    void cleanup()
    {
        m_panel.reset(); // before the session its lookups run on
        m_loopback.reset();
    }

    void navigationIsABrowsersBackAndForward()
    {
        RelatedNavigation n;
        QVERIFY(!n.canGoBack() && !n.canGoForward());
        n.visit(u"a"_s);
        n.visit(u"b"_s);
        n.visit(u"b"_s); // the same place twice is one step
        n.visit(u"c"_s);
        QCOMPARE(n.entries, (QList<QString>{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(n.back(), u"b"_s);
        QCOMPARE(n.back(), u"a"_s);
        QCOMPARE(n.back(), QString());
        QCOMPARE(n.forward(), u"b"_s);
        n.visit(u"d"_s); // somewhere new forgets the way forward
        QCOMPARE(n.entries, (QList<QString>{u"a"_s, u"b"_s, u"d"_s}));
        QVERIFY(!n.canGoForward());
        n.visit(u"b"_s);
        n.remove(u"d"_s); // "b, b" left behind is one step
        QCOMPARE(n.entries, (QList<QString>{u"a"_s, u"b"_s}));
        QCOMPARE(n.currentKey(), u"b"_s);
        for (int i = 0; i < RelatedNavigation::maxEntries + 10; ++i)
            n.visit(QString::number(i));
        QCOMPARE(n.entries.size(), RelatedNavigation::maxEntries);
        QCOMPARE(n.currentKey(), QString::number(RelatedNavigation::maxEntries + 9));
        n.clear();
        QCOMPARE(n.current, -1);
    }

    void theLinksAndNothingFetchedUnasked()
    {
        QAbstractItemModelTester tester(m_panel->linksModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_panel->setMessage(sample(u"outbound-email-thread.json"_s),
                            m_loopback->profiles().defaultProfileName());
        QCOMPARE(rowsText(*m_panel->linksModel(), 2),
                 u"Email 1 of 3 in the thread | Not fetched\n"
                 "Email 2 of 3 in the thread | Not fetched\n"
                 "Email 3 of 3 in the thread (this message) | Not fetched\n"
                 "Conversation | Not fetched\n"
                 "Messages around this one | Not fetched\n"
                 "Contact | Not fetched"_s);
        QTest::qWait(50);
        QCOMPARE(m_loopback->server().requestCount(), 0);
        QCOMPARE(m_panel->resultTabs()->count(), 0);
        QCOMPARE(m_panel->runningLookups(), 0);
    }

    void anEmailInItsTabThenFollowedAndBack()
    {
        m_panel->setMessage(sample(u"outbound-email-thread.json"_s),
                            m_loopback->profiles().defaultProfileName());
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QSignalSpy finished(m_panel.get(), &RelatedPanel::lookupFinished);
        m_loopback->server().enqueue(
            ScriptedResponse::json(data(u"email-html.json"_s)).withRateLimitHeaders());
        m_panel->linksView()->setCurrentIndex(m_panel->linksModel()->index(0, 0));
        m_panel->findChild<QPushButton *>(u"relatedFetch"_s)->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_loopback->server().requests().at(0).requestLine,
                 QByteArray("GET /conversations/messages/email/Em1Aa2Bb3Cc4Dd5Ee6Ff HTTP/1.1"));
        QCOMPARE(m_loopback->server().requests().at(0).header("Version"), QByteArray("2021-04-15"));
        QCOMPARE(m_panel->linksModel()->index(0, 1).data().toString(), u"Fetched"_s);
        QCOMPARE(m_panel->currentKey(), u"thread"_s);
        EmailThreadView *thread = m_panel->threadView();
        QVERIFY(thread);
        QCOMPARE(thread->model()->slotAt(0)->state, EmailThreadModel::State::Fetched);
        QCOMPARE(thread->model()->index(0, EmailThreadModel::SubjectColumn).data().toString(),
                 u"Order confirm"_s);
        QVERIFY(thread->bodyView()->toPlainText().contains(u"Hello Dana,"_s));
        // The same views as a message: the tree, the raw bytes, the exchange.
        RelatedResultView *view = m_panel->resultView(u"thread"_s);
        QVERIFY(view->treeModel()->rowCount() > 10);
        QVERIFY(view->httpView()->text().contains(u"/conversations/messages/email/Em1Aa2Bb3Cc4Dd5Ee6Ff"_s));
        QVERIFY(!view->httpView()->text().contains(m_token));

        // The email's own contact, followed: a tab of its own with its own Version.
        m_loopback->server().enqueue(ScriptedResponse::json(data(u"contact-dnd.json"_s)));
        thread->findChild<QPushButton *>(u"emailFollowContact"_s)->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_loopback->server().requests().at(1).requestLine,
                 QByteArray("GET /contacts/Ck8Hj3Wq5Zr1Yt6Nm2Pb HTTP/1.1"));
        QCOMPARE(m_loopback->server().requests().at(1).header("Version"), QByteArray("2021-07-28"));
        QCOMPARE(m_panel->currentKey(), u"contact:Ck8Hj3Wq5Zr1Yt6Nm2Pb"_s);
        ContactView *contact = m_panel->contactView(u"Ck8Hj3Wq5Zr1Yt6Nm2Pb"_s);
        QVERIFY(contact);
        QVERIFY2(contact->factsText().contains(u"Phone: +18832327657"_s), qPrintable(contact->factsText()));
        QCOMPARE(contact->dndTable()->topLevelItem(0)->text(1), u"ON (active): blocks messages"_s);

        // Back and forward: the buttons and the keys.
        QVERIFY(m_panel->backButton()->isEnabled());
        QVERIFY(!m_panel->forwardButton()->isEnabled());
        m_panel->backButton()->click();
        QCOMPARE(m_panel->currentKey(), u"thread"_s);
        QVERIFY(m_panel->forwardButton()->isEnabled());
        m_panel->linksView()->setFocus();
        QTest::keyClick(m_panel->linksView(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(m_panel->currentKey(), u"contact:Ck8Hj3Wq5Zr1Yt6Nm2Pb"_s);
        QTest::keyClick(m_panel->linksView(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(m_panel->currentKey(), u"thread"_s);
        // Closing a tab takes it out of the way back.
        m_panel->resultTabs()->tabCloseRequested(
            m_panel->resultTabs()->indexOf(m_panel->tab(u"contact:Ck8Hj3Wq5Zr1Yt6Nm2Pb"_s)));
        QVERIFY(!m_panel->tab(u"contact:Ck8Hj3Wq5Zr1Yt6Nm2Pb"_s));
        QCOMPARE(m_panel->navigation().entries, QList<QString>{u"thread"_s});
        QVERIFY(!m_panel->backButton()->isEnabled() && !m_panel->forwardButton()->isEnabled());

        // An email of the thread inspected as a message: the window's normal lookup.
        QSignalSpy inspect(m_panel.get(), &RelatedPanel::inspectMessageRequested);
        thread->selectRow(1);
        thread->inspectButton()->click();
        QCOMPARE(inspect.count(), 1);
        QCOMPARE(inspect.at(0).at(0).toString(), u"Em7Gg8Hh9Ii0Jj1Kk2Ll"_s);
        QCOMPARE(m_loopback->server().requestCount(), 2);
    }

    void fetchEveryEmailOneAfterAnother()
    {
        m_panel->setMessage(sample(u"outbound-email-thread.json"_s),
                            m_loopback->profiles().defaultProfileName());
        QSignalSpy finished(m_panel.get(), &RelatedPanel::lookupFinished);
        for (const char *id : {"Em1Aa2Bb3Cc4Dd5Ee6Ff", "Em7Gg8Hh9Ii0Jj1Kk2Ll", "Em5Kp9Rt2Vx7Nq3Lb8Hc"})
            m_loopback->server().enqueue(
                ScriptedResponse::json(QByteArray("{\"id\":\"") + id + "\",\"subject\":\"s\"}"));
        m_panel->fetchRow(1);
        QVERIFY(finished.wait(10000));
        m_panel->threadView()->fetchAllButton()->click();
        QCOMPARE(m_panel->runningLookups(), 1); // never all at once
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 10000);
        QCOMPARE(targets(m_loopback->server()),
                 (QStringList{u"/conversations/messages/email/Em7Gg8Hh9Ii0Jj1Kk2Ll"_s,
                              u"/conversations/messages/email/Em1Aa2Bb3Cc4Dd5Ee6Ff"_s,
                              u"/conversations/messages/email/Em5Kp9Rt2Vx7Nq3Lb8Hc"_s}));
        QVERIFY(!m_panel->threadView()->fetchAllButton()->isEnabled());
        // Each request is kept for the Fields / Raw / HTTP views, with a picker among them.
        QCOMPARE(m_panel->resultView(u"thread"_s)->exchangeCount(), 3);
    }

    void theCheapOnesByThemselvesWhenTheProfileSaysSo()
    {
        Profile profile = m_loopback->profiles().defaultProfile();
        profile.fetchCheapRelatedAutomatically = true;
        QCOMPARE(m_loopback->profiles().update(profile), QString());
        QSignalSpy finished(m_panel.get(), &RelatedPanel::lookupFinished);
        m_loopback->server().enqueue(ScriptedResponse::json(data(u"transcript-list.json"_s)));
        m_loopback->server().enqueue(ScriptedResponse::json(data(u"conversation.json"_s)));
        m_loopback->server().enqueue(ScriptedResponse::json(
            R"({"lastMessageId":"Lc7Kq2Wn5Rt8Yx1Za4Vb","nextPage":false,"messages":[{"id":"Lc7Kq2Wn5Rt8Yx1Za4Vb","direction":"inbound","status":"completed","messageType":"TYPE_CALL"},{"id":"Mx1","direction":"outbound","status":"delivered","messageType":"TYPE_SMS","body":"See you"}]})"));
        m_loopback->server().enqueue(ScriptedResponse::json(data(u"contact-dnd.json"_s)));
        m_panel->setMessage(sample(u"live-call-completed.json"_s), profile.name);
        QCOMPARE(m_panel->runningLookups(), 1); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 10000);
        QTest::qWait(50);
        // Never the recording: it may be megabytes.
        QCOMPARE(
            targets(m_loopback->server()),
            (QStringList{
                u"/conversations/locations/Lq7Rt2Vx9KmN3pB6sD4f/messages/Lc7Kq2Wn5Rt8Yx1Za4Vb/transcription"_s,
                u"/conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz"_s, u"/conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz/messages"_s,
                u"/contacts/Cn6Vb8Nm0Qa2Ws4Ed6Rf"_s}));
        QCOMPARE(m_panel->resultTabs()->count(), 3); // call, conversation, contact; none shown by force
        QCOMPARE(m_panel->callView()->transcriptModel()->rowCount(), 2);
        QVERIFY(!m_panel->callView()->hasRecording());
        ConversationListView *conversation = m_panel->conversationView(u"Cv9Tg1Yh3Uj5Ik7Ol9Pz"_s);
        QVERIFY(conversation);
        QCOMPARE(conversation->model()->focusRow(), 0);
        QVERIFY(conversation->conversationText().startsWith(u"Phone conversation"_s));
        // A neighbouring message picked: a normal lookup of it.
        QSignalSpy inspect(m_panel.get(), &RelatedPanel::inspectMessageRequested);
        emit conversation->list()->activated(conversation->model()->index(1, 0));
        QCOMPARE(inspect.count(), 1);
        QCOMPARE(inspect.at(0).at(0).toString(), u"Mx1"_s);
    }

    void aCallsRecordingIsRemovedWithItsTab()
    {
        m_panel->setMessage(sample(u"live-call-completed.json"_s),
                            m_loopback->profiles().defaultProfileName());
        QSignalSpy finished(m_panel.get(), &RelatedPanel::lookupFinished);
        const QByteArray wav = TestSupport::wavTone(800);
        m_loopback->server().enqueue(ScriptedResponse::audio(wav));
        m_panel->fetchRow(0); // the recording: only when asked
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_loopback->server().requests().at(0).requestLine,
                 QByteArray("GET /conversations/messages/Lc7Kq2Wn5Rt8Yx1Za4Vb/locations/Lq7Rt2Vx9KmN3pB6sD4f/"
                            "recording HTTP/1.1"));
        CallView *call = m_panel->callView();
        QVERIFY(call && call->hasRecording());
        const QString path = call->recordingPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), wav);
        file.close();
        finished.clear(); // the spy held the result, and with it the file
        m_panel->resultTabs()->tabCloseRequested(m_panel->resultTabs()->indexOf(m_panel->tab(u"call"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(path), 5000);
        QCOMPARE(m_panel->resultTabs()->count(), 0);
    }

    void whyItFailedChecksTheContactOnlyWhenAsked()
    {
        QSignalSpy explained(m_panel.get(), &RelatedPanel::failureExplained);
        m_panel->setMessage(sample(u"failed-sms.json"_s), m_loopback->profiles().defaultProfileName());
        QCOMPARE(explained.count(), 1);
        QCOMPARE(m_panel->currentKey(), u"why"_s);
        WhyFailedPanel *why = m_panel->whyFailedPanel();
        QVERIFY(why);
        QVERIFY(why->text().contains(u"The contact was not looked up"_s));
        QTest::qWait(50);
        QCOMPARE(m_loopback->server().requestCount(), 0);
        QSignalSpy finished(m_panel.get(), &RelatedPanel::lookupFinished);
        m_loopback->server().enqueue(ScriptedResponse::json(data(u"contact-dnd.json"_s)));
        why->findChild<QPushButton *>(u"whyFailedCheckContact"_s)->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_loopback->server().requests().at(0).requestLine,
                 QByteArray("GET /contacts/Cn6Vb8Nm0Qa2Ws4Ed6Rf HTTP/1.1"));
        QVERIFY2(why->text().contains(u"DND is on for SMS"_s), qPrintable(why->text()));
        QCOMPARE(m_panel->currentKey(), u"why"_s); // the answer stays where the user is

        // A refusal names the scope to add.
        m_panel->setMessage(sample(u"failed-sms.json"_s), m_loopback->profiles().defaultProfileName());
        m_loopback->server().enqueue(ScriptedResponse::error(
            403, R"({"statusCode":403,"message":"The token is not authorized for this scope."})"));
        m_panel->whyFailedPanel()->findChild<QPushButton *>(u"whyFailedCheckContact"_s)->click();
        QVERIFY(finished.wait(10000));
        QVERIFY2(m_panel->whyFailedPanel()->contactNote().contains(u"contacts.readonly"_s),
                 qPrintable(m_panel->whyFailedPanel()->contactNote()));
    }

    // A message looked up at an address given for this run (agreed to) has its related lookups sent there
    // too, not to the profile's address.
    void relatedLookupsGoWhereTheMessageWasLookedUp()
    {
        Profile profile = m_loopback->profiles().defaultProfile();
        profile.baseUrl = QUrl(u"https://services.leadconnectorhq.com"_s);
        QCOMPARE(m_loopback->profiles().update(profile), QString());
        InspectionResult message = sample(u"failed-sms.json"_s);
        message.request.baseUrlOverride = m_loopback->server().baseUrl();
        message.request.allowHost = QUrl(m_loopback->server().baseUrl()).host();
        m_panel->setMessage(message, profile.name);
        QSignalSpy finished(m_panel.get(), &RelatedPanel::lookupFinished);
        m_loopback->server().enqueue(ScriptedResponse::json(data(u"contact-dnd.json"_s)));
        m_panel->whyFailedPanel()->findChild<QPushButton *>(u"whyFailedCheckContact"_s)->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_loopback->server().requestCount(), 1);
        QCOMPARE(m_loopback->server().requests().at(0).requestLine,
                 QByteArray("GET /contacts/Cn6Vb8Nm0Qa2Ws4Ed6Rf HTTP/1.1"));
        QVERIFY2(m_panel->whyFailedPanel()->text().contains(u"DND is on for SMS"_s),
                 qPrintable(m_panel->whyFailedPanel()->text()));
    }

    void aNewMessageCancelsTheOldLookups()
    {
        m_panel->setMessage(sample(u"failed-sms.json"_s), m_loopback->profiles().defaultProfileName());
        m_loopback->server().enqueue(ScriptedResponse::silence());
        m_panel->fetchRow(0);
        QVERIFY(m_loopback->server().waitForRequests(1));
        QCOMPARE(m_panel->runningLookups(), 1);
        m_panel->setMessage(sample(u"inbound-sms-delivered.json"_s),
                            m_loopback->profiles().defaultProfileName());
        QCOMPARE(m_panel->runningLookups(), 0);
        QCOMPARE(m_panel->resultTabs()->count(), 0);
        QVERIFY(!m_panel->whyFailedPanel());
    }

private:
    std::unique_ptr<LoopbackSession> m_loopback;
    std::unique_ptr<RelatedPanel> m_panel;
    QString m_token = u"pit-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s;
};

QTEST_MAIN(TestRelatedPanel)
#include "tst_relatedpanel.moc"
