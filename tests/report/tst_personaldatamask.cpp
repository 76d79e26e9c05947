// Masking personal data in report text, as a table of real shapes: E.164 and national phone numbers, numbers
// in free text, emails in plain text and inside HTML bodies (mailto:, entities, percent-encoding), display
// names beside emails; and what must stay (ids, dates, short numbers, error codes). Each class can be left
// unmasked, and the summary says what was masked.
#include "report/personaldatamask.h"
#include "report/secretscrubber.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPersonalDataMask : public QObject
{
    Q_OBJECT

private slots:
    void shapes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("masked");
        QTest::addColumn<int>("phones");
        QTest::addColumn<int>("emails");
        QTest::addColumn<int>("names");

        QTest::newRow("E.164") << u"+14155552671"_s << u"+•••••••••71"_s << 1 << 0 << 0;
        QTest::newRow("E.164 in a sentence")
            << u"Call +447911123456 now."_s << u"Call +••••••••••56 now."_s << 1 << 0 << 0;
        QTest::newRow("spaced international")
            << u"Tel: +44 20 7946 0958"_s << u"Tel: +•• •• •••• ••58"_s << 1 << 0 << 0;
        QTest::newRow("US national") << u"(415) 555-2671"_s << u"(•••) •••-••71"_s << 1 << 0 << 0;
        QTest::newRow("dotted") << u"415.555.2671"_s << u"•••.•••.••71"_s << 1 << 0 << 0;
        QTest::newRow("German mobile")
            << u"ruf an: 0151 23456789!"_s << u"ruf an: •••• ••••••89!"_s << 1 << 0 << 0;
        QTest::newRow("two numbers in free text")
            << u"from 5551234567 to +15559876543"_s << u"from ••••••••67 to +•••••••••43"_s << 2 << 0 << 0;
        QTest::newRow("carrier error code stays")
            << u"30007: Message filtered by the carrier"_s << u"30007: Message filtered by the carrier"_s << 0
            << 0 << 0;
        QTest::newRow("order number stays")
            << u"your order #4471 is ready"_s << u"your order #4471 is ready"_s << 0 << 0 << 0;
        QTest::newRow("ids stay") << u"ve9EPM428h8vShlRW1KT and c41e8f20-7b3a-4d96-a5e0-19f2d8c7b6a4"_s
                                  << u"ve9EPM428h8vShlRW1KT and c41e8f20-7b3a-4d96-a5e0-19f2d8c7b6a4"_s << 0
                                  << 0 << 0;
        QTest::newRow("ISO dates stay")
            << u"2024-03-27 18:13:49 and 2024-03-27T18:13:49.000Z"_s
            << u"2024-03-27 18:13:49 and 2024-03-27T18:13:49.000Z"_s << 0 << 0 << 0;
        QTest::newRow("European date stays")
            << u"on 27/03/2024 at 9"_s << u"on 27/03/2024 at 9"_s << 0 << 0 << 0;
        QTest::newRow("email") << u"write to jane.doe@example.com please"_s
                               << u"write to j•••@•••.com please"_s << 0 << 1 << 0;
        QTest::newRow("email with subdomain and plus")
            << u"Jane+ops@mail.example.co.uk"_s << u"J•••@•••.uk"_s << 0 << 1 << 0;
        QTest::newRow("email in an HTML body")
            << uR"(<p>Write to <a href="mailto:jane.doe@example.com">jane.doe@example.com</a></p>)"_s
            << uR"(<p>Write to <a href="mailto:j•••@•••.com">j•••@•••.com</a></p>)"_s << 0 << 2 << 0;
        QTest::newRow("email as an HTML entity")
            << u"jane&#64;example.com"_s << u"j•••@•••.com"_s << 0 << 1 << 0;
        QTest::newRow("email percent-encoded")
            << u"mailto:jane%40example.com"_s << u"mailto:j•••@•••.com"_s << 0 << 1 << 0;
        QTest::newRow("name beside an email")
            << u"From: Jane Doe <jane@example.com>"_s << u"From: J••• D••• <j•••@•••.com>"_s << 0 << 1 << 1;
        QTest::newRow("quoted name, HTML-escaped")
            << u"&quot;Jane Doe&quot; &lt;jane@example.com&gt;"_s
            << u"&quot;J••• D•••&quot; &lt;j•••@•••.com&gt;"_s << 0 << 1 << 1;
        QTest::newRow("phone and email together")
            << u"Reach Sam at sam@example.org or +1 415 555 2671."_s
            << u"Reach Sam at s•••@•••.org or +• ••• ••• ••71."_s << 1 << 1 << 0;
    }

    void shapes()
    {
        QFETCH(QString, input);
        QFETCH(QString, masked);
        QFETCH(int, phones);
        QFETCH(int, emails);
        QFETCH(int, names);
        PersonalDataMask mask;
        QCOMPARE(mask.text(input), masked);
        QCOMPARE(mask.count(PersonalData::Phone), phones);
        QCOMPARE(mask.count(PersonalData::Email), emails);
        QCOMPARE(mask.count(PersonalData::Name), names);
    }

    void eachClassCanBeShown()
    {
        const QString text = u"Jane Doe <jane@example.com>, +14155552671"_s;
        PersonalDataMask noPhones(PersonalDataMask::all() & ~PersonalDataClasses(PersonalData::Phone));
        QCOMPARE(noPhones.text(text), u"J••• D••• <j•••@•••.com>, +14155552671"_s);
        PersonalDataMask noEmails(PersonalDataMask::all() & ~PersonalDataClasses(PersonalData::Email));
        QCOMPARE(noEmails.text(text), u"J••• D••• <jane@example.com>, +•••••••••71"_s);
        PersonalDataMask noNames(PersonalDataMask::all() & ~PersonalDataClasses(PersonalData::Name));
        QCOMPARE(noNames.text(text), u"Jane Doe <j•••@•••.com>, +•••••••••71"_s);
        PersonalDataMask nothing{PersonalDataClasses()};
        QCOMPARE(nothing.text(text), text);
        QCOMPARE(nothing.messageText(text), text);
        QCOMPARE(nothing.summary(),
                 u"Nothing needed masking. Shown as sent, on request: phone numbers, email "
                 u"addresses, message text, names."_s);
    }

    void messageTextIsHiddenAsAWhole()
    {
        PersonalDataMask mask;
        QCOMPARE(mask.messageText(u"Hi Sam, call +14155552671"_s), u"[message text hidden: 25 characters]"_s);
        QCOMPARE(mask.messageText(QString()), QString());
        PersonalDataMask shown(PersonalDataMask::all() & ~PersonalDataClasses(PersonalData::MessageText));
        QCOMPARE(shown.messageText(u"Hi Sam, call +14155552671"_s), u"Hi Sam, call +•••••••••71"_s);
        QCOMPARE(shown.name(u"Sam Smith"_s), u"S••• S•••"_s);
        QCOMPARE(shown.summary(),
                 u"Masked for sharing: phone numbers (1), names (1). Shown as sent, on request: "
                 u"message text."_s);
        QCOMPARE(mask.summary(), u"Masked for sharing: message text."_s);
    }

    void classNames()
    {
        QCOMPARE(PersonalDataMask::fromName(u"Phone"_s), PersonalData::Phone);
        QCOMPARE(PersonalDataMask::fromName(u" email "_s), PersonalData::Email);
        QCOMPARE(PersonalDataMask::fromName(u"text"_s), PersonalData::MessageText);
        QCOMPARE(PersonalDataMask::fromName(u"names"_s), PersonalData::Name);
        QVERIFY(!PersonalDataMask::fromName(u"token"_s));
        for (const PersonalData d :
             {PersonalData::Phone, PersonalData::Email, PersonalData::MessageText, PersonalData::Name})
            QCOMPARE(PersonalDataMask::fromName(PersonalDataMask::name(d)), d);
    }

    void secretShapes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("scrubbed");
        QTest::newRow("PIT") << u"token pit-0a1b2c3d-4e5f-6789-abcd-ef0123456789 refused"_s
                             << u"token [token removed] refused"_s;
        QTest::newRow("JWT") << u"jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl end"_s
                             << u"jwt [token removed] end"_s;
        QTest::newRow("Bearer header echoed")
            << u"Authorization: Bearer abc.DEF-123_x~+/=="_s << u"Authorization: Bearer [token removed]"_s;
        QTest::newRow("nothing secret") << u"Invalid JWT"_s << u"Invalid JWT"_s;
    }

    void secretShapes()
    {
        QFETCH(QString, input);
        QFETCH(QString, scrubbed);
        QCOMPARE(SecretScrubber::scrub(input), scrubbed);
        QCOMPARE(SecretScrubber::scrub(scrubbed), scrubbed);
    }
};

QTEST_GUILESS_MAIN(TestPersonalDataMask)
#include "tst_personaldatamask.moc"
