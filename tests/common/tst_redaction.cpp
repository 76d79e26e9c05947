#include "common/redaction.h"

#include <QTest>

class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void authorization()
    {
        QCOMPARE(Redaction::headerValueForDisplay("Authorization", "Bearer pit-secret-value"),
                 QByteArray("Bearer <redacted>"));
        QCOMPARE(Redaction::headerValueForDisplay("authorization", "pit-secret-value"),
                 QByteArray("<redacted>"));
        QCOMPARE(Redaction::headerValueForDisplay("Cookie", "a=b"), QByteArray("<redacted>"));
        QCOMPARE(Redaction::headerValueForDisplay("Version", "2021-04-15"), QByteArray("2021-04-15"));
    }

    void scrubText()
    {
        const QString token = u"pit-1234567890abcdef"_qs;
        QCOMPARE(Redaction::scrub(u"got pit-1234567890abcdef twice pit-1234567890abcdef"_qs, token),
                 u"got <redacted> twice <redacted>"_qs);
        QCOMPARE(Redaction::scrub(u"nothing here"_qs, QString()), u"nothing here"_qs);
        QCOMPARE(Redaction::scrub(QByteArray("x=pit-1234567890abcdef"), token.toUtf8()),
                 QByteArray("x=<redacted>"));
    }

    void hint()
    {
        const QString hint = Redaction::hint(u"pit-1f0e8c2a-5b7d-4e3f-9a61-0c2d3e4f5a6b"_qs);
        QCOMPARE(hint, u"pit-…5a6b"_qs);
        QCOMPARE(Redaction::hint(u"short"_qs), u"…"_qs);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
