#include "secrets/tokeninfo.h"

#include <QTest>
#include <QUuid>

namespace {

const QDateTime now = QDateTime(QDate(2024, 3, 27), QTime(19, 13, 0), Qt::UTC);

QString part(const QString &json)
{
    return QString::fromLatin1(
        json.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString jwt(const QString &payload, const QString &header = QStringLiteral(R"({"alg":"RS256","typ":"JWT"})"))
{
    return part(header) + u'.' + part(payload) + QStringLiteral(".c2lnbmF0dXJl");
}

// The shape of a HighLevel sub-account OAuth access token.
QString locationPayload(qint64 issuedAt, qint64 expiresAt)
{
    return QStringLiteral(
               R"({"authClass":"Location","authClassId":"ve9EPM428h8vShlRW1KT","source":"INTEGRATION",)"
               R"("sourceId":"65f1c2-app","channel":"OAUTH","primaryAuthClassId":"ve9EPM428h8vShlRW1KT",)"
               R"("oauthMeta":{"scopes":["conversations/message.readonly","contacts.readonly"],)"
               R"("client":"65f1c2"},"iat":%1,"exp":%2})")
        .arg(issuedAt)
        .arg(expiresAt);
}

QString claimValue(const TokenInfo &info, const QString &name)
{
    for (const TokenClaim &claim : info.claims()) {
        if (claim.name == name)
            return claim.value;
    }
    return QStringLiteral("<absent>");
}

QString claimMeaning(const TokenInfo &info, const QString &name)
{
    for (const TokenClaim &claim : info.claims()) {
        if (claim.name == name)
            return claim.meaning;
    }
    return QStringLiteral("<absent>");
}

} // namespace

class TokenInfoTest : public QObject
{
    Q_OBJECT

private slots:
    void privateIntegrationToken();
    void validLocationJwt();
    void expiredJwt();
    void companyJwtAndOtherClaims();
    void relativeTimes_data();
    void relativeTimes();
    void garbage_data();
    void garbage();
    void hugeInputIsNotDecoded();
};

void TokenInfoTest::privateIntegrationToken()
{
    const QString pit = QStringLiteral("pit-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const TokenInfo info = TokenInfo::inspect(QStringLiteral(" Bearer ") + pit + u'\n', now);
    QCOMPARE(info.kind(), TokenInfo::Kind::PrivateIntegrationToken);
    QCOMPARE(info.shortKindName(), QStringLiteral("PIT"));
    QVERIFY(info.warnings().isEmpty());
    QVERIFY(info.notes().join(u' ').contains(QStringLiteral("opaque")));
    QVERIFY(info.claims().isEmpty());
    QVERIFY(!info.isExpired());

    // "pit-" with something that is not a UUID is not a PIT.
    const TokenInfo notPit = TokenInfo::inspect(QStringLiteral("pit-1234-not-a-uuid"), now);
    QCOMPARE(notPit.kind(), TokenInfo::Kind::Unrecognised);
    QVERIFY(notPit.warnings().join(u' ').contains(QStringLiteral("Unrecognised token format")));
}

void TokenInfoTest::validLocationJwt()
{
    const qint64 iat = now.toSecsSinceEpoch() - 21 * 3600;
    const qint64 exp = now.toSecsSinceEpoch() + 3 * 3600 + 20 * 60;
    const TokenInfo info = TokenInfo::inspect(jwt(locationPayload(iat, exp)), now);
    QCOMPARE(info.kind(), TokenInfo::Kind::Jwt);
    QCOMPARE(info.shortKindName(), QStringLiteral("JWT"));
    QCOMPARE(info.algorithm(), QStringLiteral("RS256"));
    QVERIFY(info.warnings().isEmpty());
    QVERIFY(info.notes().join(u' ').contains(QStringLiteral("No signature check is possible")));

    QCOMPARE(info.issuedAt(), QDateTime::fromSecsSinceEpoch(iat, Qt::UTC));
    QCOMPARE(info.expiresAt(), QDateTime::fromSecsSinceEpoch(exp, Qt::UTC));
    QVERIFY(!info.isExpired());
    QCOMPARE(info.expiryText(), QStringLiteral("expires in 3 h"));
    QVERIFY(claimMeaning(info, QStringLiteral("iat")).endsWith(QStringLiteral("(21 h ago)")));

    QCOMPARE(info.authClass(), QStringLiteral("Location"));
    QCOMPARE(info.locationId(), QStringLiteral("ve9EPM428h8vShlRW1KT"));
    QCOMPARE(info.companyId(), QString());
    QCOMPARE(claimMeaning(info, QStringLiteral("authClassId")), QStringLiteral("sub-account (location) id"));
    QCOMPARE(info.scopes(), QStringList({QStringLiteral("conversations/message.readonly"),
                                         QStringLiteral("contacts.readonly")}));

    // Every claim is listed, nested ones as compact JSON.
    QCOMPARE(info.claims().size(), 9);
    QCOMPARE(claimValue(info, QStringLiteral("exp")), QString::number(exp));
    QCOMPARE(claimValue(info, QStringLiteral("channel")), QStringLiteral("OAUTH"));
    QVERIFY(
        claimValue(info, QStringLiteral("oauthMeta")).startsWith(QStringLiteral("{\"client\":\"65f1c2\"")));
    QCOMPARE(info.header().size(), 2);
}

void TokenInfoTest::expiredJwt()
{
    const qint64 iat = now.toSecsSinceEpoch() - 3 * 86400;
    const qint64 exp = now.toSecsSinceEpoch() - 2 * 86400 - 600;
    const TokenInfo info = TokenInfo::inspect(jwt(locationPayload(iat, exp)), now);
    QCOMPARE(info.kind(), TokenInfo::Kind::Jwt);
    QVERIFY(info.isExpired());
    QCOMPARE(info.expiryText(), QStringLiteral("expired 2 days ago"));
    QCOMPARE(info.warnings().size(), 1);
    QVERIFY(info.warnings().first().contains(QStringLiteral("expired 2 days ago")));

    // Exactly at exp the token is expired.
    const TokenInfo boundary = TokenInfo::inspect(jwt(locationPayload(iat, now.toSecsSinceEpoch())), now);
    QVERIFY(boundary.isExpired());
}

void TokenInfoTest::companyJwtAndOtherClaims()
{
    const QString payload =
        QStringLiteral(R"({"authClass":"Company","authClassId":"agency42",)"
                       R"("scope":"locations.readonly users.readonly","exp":"tomorrow","nbf":%1})")
            .arg(now.toSecsSinceEpoch() + 7200);
    const TokenInfo info = TokenInfo::inspect(jwt(payload), now);
    QCOMPARE(info.kind(), TokenInfo::Kind::Jwt);
    QCOMPARE(info.companyId(), QStringLiteral("agency42"));
    QCOMPARE(info.locationId(), QString());
    QCOMPARE(claimMeaning(info, QStringLiteral("authClassId")), QStringLiteral("agency (company) id"));
    const QString warnings = info.warnings().join(u'\n');
    QVERIFY(warnings.contains(QStringLiteral("agency (company) token")));
    QVERIFY(warnings.contains(QStringLiteral("“exp” is not a valid date")));
    QVERIFY(warnings.contains(QStringLiteral("not valid yet (from in 2 h)")));
    QVERIFY(warnings.contains(QStringLiteral("do not include conversations/message.readonly")));
    QVERIFY(!info.expiresAt().isValid());
    QVERIFY(!info.isExpired());

    const TokenInfo explicitIds =
        TokenInfo::inspect(jwt(QStringLiteral(R"({"locationId":"loc1","companyId":"comp1","exp":%1})")
                                   .arg(now.toSecsSinceEpoch() + 90)),
                           now);
    QCOMPARE(explicitIds.locationId(), QStringLiteral("loc1"));
    QCOMPARE(explicitIds.companyId(), QStringLiteral("comp1"));
    QCOMPARE(explicitIds.expiryText(), QStringLiteral("expires in 1 min"));
}

void TokenInfoTest::relativeTimes_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("text");
    QTest::newRow("soon") << qint64(30) << QStringLiteral("in less than a minute");
    QTest::newRow("just now") << qint64(-5) << QStringLiteral("less than a minute ago");
    QTest::newRow("minutes") << qint64(45 * 60 + 59) << QStringLiteral("in 45 min");
    QTest::newRow("hours") << qint64(3 * 3600 + 3599) << QStringLiteral("in 3 h");
    QTest::newRow("a day and a half") << qint64(-36 * 3600) << QStringLiteral("36 h ago");
    QTest::newRow("days") << qint64(-2 * 86400 - 1) << QStringLiteral("2 days ago");
    QTest::newRow("months") << qint64(90 * 86400) << QStringLiteral("in 3 months");
    QTest::newRow("years") << qint64(-2 * 365 * 86400 - 5) << QStringLiteral("2 years ago");
}

void TokenInfoTest::relativeTimes()
{
    QFETCH(qint64, offset);
    QFETCH(QString, text);
    QCOMPARE(TokenInfo::relativeTime(now.addSecs(offset), now), text);
}

void TokenInfoTest::garbage_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("warning");
    const int unrecognised = int(TokenInfo::Kind::Unrecognised);
    QTest::newRow("empty") << QString() << int(TokenInfo::Kind::Empty) << QString();
    QTest::newRow("blank") << QStringLiteral("  \t ") << int(TokenInfo::Kind::Empty) << QString();
    QTest::newRow("bearer alone") << QStringLiteral("Bearer ") << unrecognised
                                  << QStringLiteral("token is empty");
    QTest::newRow("one dot") << QStringLiteral(".") << unrecognised
                             << QStringLiteral("Unrecognised token format");
    QTest::newRow("two parts") << QStringLiteral("abc.def") << unrecognised
                               << QStringLiteral("Unrecognised token format");
    QTest::newRow("empty parts") << QStringLiteral("..") << unrecognised << QStringLiteral("not base64url");
    QTest::newRow("bad base64") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.ab~cd.sig") << unrecognised
                                << QStringLiteral("not base64url");
    QTest::newRow("base64 not decodable") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.a.sig") << unrecognised
                                          << QStringLiteral("payload is not readable JSON");
    QTest::newRow("payload not JSON") << (part(QStringLiteral(R"({"alg":"HS256"})")) + QStringLiteral(".") +
                                          QString::fromLatin1(QByteArray("hello world")
                                                                  .toBase64(QByteArray::Base64UrlEncoding |
                                                                            QByteArray::OmitTrailingEquals)) +
                                          QStringLiteral(".sig"))
                                      << unrecognised << QStringLiteral("payload is not readable JSON");
    QTest::newRow("payload JSON array")
        << (part(QStringLiteral(R"({"alg":"HS256"})")) + QStringLiteral(".") +
            QString::fromLatin1(QByteArray("[1,2]").toBase64(QByteArray::Base64UrlEncoding |
                                                             QByteArray::OmitTrailingEquals)) +
            QStringLiteral(".sig"))
        << unrecognised << QStringLiteral("payload is not readable JSON");
    QTest::newRow("header not JSON") << (QStringLiteral("aGVsbG8.") + part(QStringLiteral(R"({"exp":1})")) +
                                         QStringLiteral(".sig"))
                                     << unrecognised << QStringLiteral("header is not readable JSON");
    QTest::newRow("five parts") << QStringLiteral("a.b.c.d.e") << unrecognised
                                << QStringLiteral("encrypted JWT");
    QTest::newRow("space inside") << QStringLiteral("abc def") << unrecognised << QStringLiteral("a space");
}

void TokenInfoTest::garbage()
{
    QFETCH(QString, input);
    QFETCH(int, kind);
    QFETCH(QString, warning);
    const TokenInfo info = TokenInfo::inspect(input, now);
    QCOMPARE(int(info.kind()), kind);
    QVERIFY(info.claims().isEmpty());
    QVERIFY(!info.isExpired());
    if (warning.isEmpty())
        QVERIFY(info.warnings().isEmpty());
    else
        QVERIFY2(info.warnings().join(u'\n').contains(warning), qPrintable(info.warnings().join(u'\n')));
}

void TokenInfoTest::hugeInputIsNotDecoded()
{
    // A JWT-shaped 8 MB paste: refused by size before anything is decoded.
    const QString huge = part(QStringLiteral(R"({"alg":"HS256"})")) + u'.' + QString(8 * 1024 * 1024, u'A') +
                         QStringLiteral(".sig");
    const TokenInfo info = TokenInfo::inspect(huge, now);
    QCOMPARE(info.kind(), TokenInfo::Kind::Unrecognised);
    QVERIFY(info.claims().isEmpty());
    QVERIFY(info.warnings().join(u' ').contains(QStringLiteral("too long")));
}

QTEST_GUILESS_MAIN(TokenInfoTest)
#include "tst_tokeninfo.moc"
