// The why-it-failed panel for a failed SMS: the message's facts each with where they came from, the contact's
// only once it was checked, the known causes with their sources (the ones the facts point at first), the
// plain statement that the API does not give the carrier's code, and the web-app links made from the
// profile's address and templates, opened through the desktop (captured here by a URL handler).
#include "message/messageanalysis.h"
#include "whyfailedpanel.h"

#include "testsupport.h"

#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened << url; }
};

namespace {

Contact contact(const QString &name)
{
    QFile file(TestSupport::sourcePath(u"tests/data/related/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return Contact::fromDocument(Json::Document::parse(file.readAll()));
}

} // namespace

class TestWhyFailedPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QDesktopServices::setUrlHandler(u"https"_s, &m_catcher, "open"); }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(u"https"_s); }

    void theEvidenceWithItsSources()
    {
        WhyFailedPanel panel;
        panel.resize(900, 700);
        Profile profile;
        profile.name = u"Acme"_s;
        panel.setMessage(MessageAnalysis::analyze(TestSupport::sampleResponse(u"failed-sms.json"_s)),
                         profile);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString text = panel.text();
        // The message's own facts, each with its source.
        QVERIFY2(text.contains(u"message | The status is “failed”. | message $.status"_s), qPrintable(text));
        QVERIFY2(
            text.contains(u"message | It carries the error text “30006: Landline or unreachable carrier”. | "
                          "message $.error"_s),
            qPrintable(text));
        QVERIFY(text.contains(u"conversationProviderId is not set"_s));
        // The contact: not looked up, so nothing about its DND yet.
        QVERIFY(text.contains(u"contact | The contact was not looked up"_s));
        QVERIFY(!text.contains(u"DND is on"_s));
        // Known causes: the one the error text names first and marked, with its source.
        QTreeWidget *causes = panel.causesTable();
        QVERIFY(causes->topLevelItemCount() >= 3);
        QCOMPARE(causes->topLevelItem(0)->text(0),
                 u"▶ Landline or unreachable number (the facts point here)"_s);
        QVERIFY(causes->topLevelItem(0)->text(2).contains(u"30006"_s));
        QVERIFY(!causes->topLevelItem(0)->text(3).isEmpty());
        for (int i = 0; i < causes->topLevelItemCount(); ++i)
            QVERIFY2(!causes->topLevelItem(i)->text(3).isEmpty(), "every cause has a source");
        // What the API does not say, plainly.
        QVERIFY2(panel.statementText().contains(u"#160"_s), qPrintable(panel.statementText()));
        QVERIFY(panel.statementText().contains(u"carrier"_s));

        // The contact, once the user asked: DND on for SMS points at DND.
        QSignalSpy check(&panel, &WhyFailedPanel::checkContactRequested);
        auto *checkButton = panel.findChild<QPushButton *>(u"whyFailedCheckContact"_s);
        checkButton->click();
        QCOMPARE(check.count(), 1);
        panel.setContact(contact(u"contact-dnd.json"_s));
        const QString checked = panel.text();
        QVERIFY2(checked.contains(u"contact | DND is on for SMS (status “active”)."_s), qPrintable(checked));
        QVERIFY(checked.contains(u"contact $.contact.dndSettings.SMS.status"_s));
        QVERIFY(!checked.contains(u"The contact was not looked up"_s));
        QVERIFY(panel.evidence().contactChecked);
        QVERIFY(!checkButton->isEnabled());
        QVERIFY(panel.contactNote().contains(u"rubika deo"_s));
    }

    void openInHighLevel()
    {
        m_catcher.opened.clear();
        WhyFailedPanel panel;
        Profile profile;
        profile.name = u"Agency"_s;
        profile.webAppUrl = QUrl(u"https://crm.agency.example"_s);
        panel.setMessage(MessageAnalysis::analyze(TestSupport::sampleResponse(u"failed-sms.json"_s)),
                         profile);
        panel.findChild<QPushButton *>(u"whyFailedOpenConversation"_s)->click();
        panel.findChild<QPushButton *>(u"whyFailedOpenContact"_s)->click();
        QCOMPARE(
            m_catcher.opened,
            (QList<QUrl>{QUrl(u"https://crm.agency.example/v2/location/Lq7Rt2Vx9KmN3pB6sD4f/conversations/"
                              "conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz"_s),
                         QUrl(u"https://crm.agency.example/v2/location/Lq7Rt2Vx9KmN3pB6sD4f/contacts/detail/"
                              "Cn6Vb8Nm0Qa2Ws4Ed6Rf"_s)}));

        // A template of the profile's own.
        profile.conversationLinkTemplate = u"{webApp}/inbox/{conversationId}"_s;
        panel.setMessage(MessageAnalysis::analyze(TestSupport::sampleResponse(u"failed-sms.json"_s)),
                         profile);
        QCOMPARE(panel.conversationUrl(), QUrl(u"https://crm.agency.example/inbox/Cv9Tg1Yh3Uj5Ik7Ol9Pz"_s));

        // A web-app address that is not https makes no link: the buttons are off and say why.
        profile.webAppUrl = QUrl(u"http://crm.agency.example"_s);
        panel.setMessage(MessageAnalysis::analyze(TestSupport::sampleResponse(u"failed-sms.json"_s)),
                         profile);
        QVERIFY(!panel.conversationUrl().isValid());
        QVERIFY(!panel.findChild<QPushButton *>(u"whyFailedOpenConversation"_s)->isEnabled());
        QVERIFY(!panel.findChild<QLabel *>(u"whyFailedLinkNote"_s)->text().isEmpty());
    }

    void aMessageThatDidNotFailSaysSo()
    {
        WhyFailedPanel panel;
        panel.setMessage(
            MessageAnalysis::analyze(TestSupport::sampleResponse(u"inbound-sms-delivered.json"_s)),
            Profile{});
        QVERIFY(!panel.evidence().applies);
        QVERIFY(panel.findChild<QLabel *>(u"whyFailedHeadline"_s)->text().contains(u"did not fail"_s));
    }

private:
    UrlCatcher m_catcher;
};

QTEST_MAIN(TestWhyFailedPanel)
#include "tst_whyfailedpanel.moc"
