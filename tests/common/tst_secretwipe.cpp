// SecretWipe: a token the caller alone holds is overwritten before it is dropped; one that is shared is left
// intact for the other holders (only the caller's reference goes).
#include "common/secretwipe.h"

#include <QTest>

class TestSecretWipe : public QObject
{
    Q_OBJECT

private slots:
    void overwritesWhatOnlyTheCallerHolds()
    {
        QString token = QStringLiteral("pit-1f0e8c2a-5b7d-4e3f-9a61-0c2d3e4f5a6b");
        token.detach();
        const QChar *storage = token.constData();
        QVERIFY(SecretWipe::overwrite(token));
        QCOMPARE(token.constData(), storage); // in place, not a fresh copy
        QCOMPARE(token.size(), 40);
        QCOMPARE(token, QString(40, QChar(0)));

        QByteArray header = QByteArrayLiteral("Bearer ") + token.toLatin1();
        QVERIFY(SecretWipe::overwrite(header));
        QCOMPARE(header, QByteArray(header.size(), '\0'));
    }

    void leavesSharedCopiesIntact()
    {
        const QString original = QStringLiteral("pit-1f0e8c2a-5b7d-4e3f-9a61-0c2d3e4f5a6b") + QString();
        QString mine = original; // shared with original
        QVERIFY(!SecretWipe::overwrite(mine));
        SecretWipe::wipe(mine);
        QVERIFY(mine.isEmpty());
        QCOMPARE(original, QStringLiteral("pit-1f0e8c2a-5b7d-4e3f-9a61-0c2d3e4f5a6b"));

        const QByteArray bytes("secret-bytes");
        QByteArray copy = bytes;
        SecretWipe::wipe(copy);
        QVERIFY(copy.isEmpty());
        QCOMPARE(bytes, QByteArray("secret-bytes"));
    }

    void leavesStaticDataAlone()
    {
        QString literal = QStringLiteral("pit-literal"); // read-only memory: never written
        QVERIFY(!SecretWipe::overwrite(literal));
        SecretWipe::wipe(literal);
        QVERIFY(literal.isEmpty());
        QCOMPARE(QStringLiteral("pit-literal"), QString::fromLatin1("pit-literal"));
    }

    void emptyIsFine()
    {
        QString empty;
        QVERIFY(!SecretWipe::overwrite(empty));
        SecretWipe::wipe(empty);
        QByteArray none;
        SecretWipe::wipe(none);
        QVERIFY(none.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretWipe)
#include "tst_secretwipe.moc"
