#include "tokeninfo.h"

#include "api/inputvalidation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QUuid>

#include <cmath>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TokenInfo)
};

// Latest date a claim may name (year 9999); larger numbers are not dates.
constexpr double maxEpochSeconds = 253402300799.0;

bool isBase64UrlPart(const QString &part)
{
    if (part.isEmpty())
        return false;
    for (const QChar c : part) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                        u == u'-' || u == u'_' || u == u'=';
        if (!ok)
            return false;
    }
    return true;
}

bool decodePart(const QString &part, QJsonObject *object)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    return true;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QList<TokenClaim> claimsOf(const QJsonObject &object)
{
    QList<TokenClaim> claims;
    for (auto it = object.begin(); it != object.end(); ++it)
        claims.append({it.key(), valueText(it.value()), typeName(it.value()), {}});
    return claims;
}

// A NumericDate claim as a UTC date, or an invalid date when it is not one.
QDateTime epochDate(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || seconds < 0 || seconds > maxEpochSeconds)
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
}

QString firstString(const QJsonObject &object, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QJsonValue value = object.value(QLatin1StringView(name));
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
    }
    return {};
}

QStringList scopeList(const QJsonValue &value)
{
    QStringList scopes;
    if (value.isString()) {
        scopes = value.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (item.isString())
                scopes << item.toString();
        }
    }
    return scopes;
}

void setMeaning(QList<TokenClaim> &claims, const QString &name, const QString &meaning)
{
    for (TokenClaim &claim : claims) {
        if (claim.name == name)
            claim.meaning = meaning;
    }
}

QString dateMeaning(const QDateTime &date, const QDateTime &now)
{
    return QLocale().toString(date.toLocalTime(), QLocale::ShortFormat) + QStringLiteral(" (") +
           TokenInfo::relativeTime(date, now) + QLatin1Char(')');
}

} // namespace

QString TokenInfo::relativeTime(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = now.secsTo(when);
    const qint64 span = seconds < 0 ? -seconds : seconds;
    QString amount;
    if (span < 60) {
        amount = Tr::tr("less than a minute");
    } else if (span < 3600) {
        amount = Tr::tr("%1 min").arg(span / 60);
    } else if (span < 2 * 86400) {
        amount = Tr::tr("%1 h").arg(span / 3600);
    } else if (span < 60 * 86400) {
        amount = Tr::tr("%1 days").arg(span / 86400);
    } else if (span < 2 * 365 * 86400) {
        amount = Tr::tr("%1 months").arg(span / (30 * 86400));
    } else {
        amount = Tr::tr("%1 years").arg(span / (365 * 86400));
    }
    return seconds < 0 ? Tr::tr("%1 ago").arg(amount) : Tr::tr("in %1").arg(amount);
}

QString TokenInfo::kindName() const
{
    switch (m_kind) {
    case Kind::Empty:
        return Tr::tr("No token");
    case Kind::PrivateIntegrationToken:
        return Tr::tr("Private Integration Token");
    case Kind::Jwt:
        return Tr::tr("OAuth access token (JWT)");
    case Kind::Unrecognised:
        break;
    }
    return Tr::tr("Unrecognised token format");
}

QString TokenInfo::shortKindName() const
{
    switch (m_kind) {
    case Kind::Empty:
        return Tr::tr("none");
    case Kind::PrivateIntegrationToken:
        return Tr::tr("PIT");
    case Kind::Jwt:
        return Tr::tr("JWT");
    case Kind::Unrecognised:
        break;
    }
    return Tr::tr("unknown");
}

TokenInfo TokenInfo::inspect(const QString &token, const QDateTime &now)
{
    TokenInfo info;
    if (token.trimmed().isEmpty())
        return info;
    // The same cleaning as when a token is entered; a refusal is reported here as a warning only.
    const InputValidation::Checked<QString> checked = InputValidation::token(token);
    if (!checked.ok()) {
        info.m_kind = Kind::Unrecognised;
        info.m_warnings << checked.error;
        return info;
    }
    const QString &value = checked.value;

    if (value.startsWith(QLatin1StringView("pit-")) && value.size() == 4 + 36) {
        const QUuid uuid = QUuid::fromString(QStringView(value).mid(4));
        if (!uuid.isNull()) {
            info.m_kind = Kind::PrivateIntegrationToken;
            info.m_notes << Tr::tr(
                "A Private Integration Token is opaque: its sub-account, scopes and expiry cannot "
                "be read from it. It must belong to a sub-account (location) and have the scope "
                "conversations/message.readonly.");
            return info;
        }
    }

    const QStringList parts = value.split(QLatin1Char('.'));
    if (parts.size() == 3)
        info.inspectJwt(parts, now);
    if (info.m_kind == Kind::Jwt)
        return info;

    info.m_kind = Kind::Unrecognised;
    if (parts.size() == 5)
        info.m_warnings << Tr::tr(
            "This looks like an encrypted JWT (five parts); its contents cannot be read.");
    info.m_warnings << Tr::tr(
        "Unrecognised token format: this is neither a Private Integration Token (pit-…) nor "
        "a JWT. It can still be sent, but check that the whole token was pasted.");
    return info;
}

void TokenInfo::inspectJwt(const QStringList &parts, const QDateTime &now)
{
    if (!isBase64UrlPart(parts.at(0)) || !isBase64UrlPart(parts.at(1))) {
        m_warnings << Tr::tr("The token has three parts like a JWT, but they are not base64url text.");
        return;
    }
    QJsonObject header;
    QJsonObject payload;
    if (!decodePart(parts.at(0), &header)) {
        m_warnings << Tr::tr("The token has three parts like a JWT, but its header is not readable JSON.");
        return;
    }
    if (!decodePart(parts.at(1), &payload)) {
        m_warnings << Tr::tr("The token has three parts like a JWT, but its payload is not readable JSON.");
        return;
    }
    m_kind = Kind::Jwt;
    m_header = claimsOf(header);
    m_algorithm = header.value(QLatin1StringView("alg")).toString();
    m_notes << Tr::tr("No signature check is possible here: the claims below are what the token says about "
                      "itself; only HighLevel can verify them.");
    if (parts.at(2).isEmpty())
        m_warnings << Tr::tr("The token has no signature part; the server will refuse it.");
    readClaims(payload, now);
}

void TokenInfo::readClaims(const QJsonObject &payload, const QDateTime &now)
{
    m_claims = claimsOf(payload);

    const auto dateClaim = [&](const char *name, QDateTime *date) {
        const QString key = QLatin1StringView(name);
        if (!payload.contains(key))
            return;
        *date = epochDate(payload.value(key));
        if (date->isValid())
            setMeaning(m_claims, key, dateMeaning(*date, now));
        else
            m_warnings << Tr::tr("The claim “%1” is not a valid date.").arg(key);
    };
    dateClaim("iat", &m_issuedAt);
    dateClaim("exp", &m_expiresAt);
    dateClaim("nbf", &m_notBefore);

    if (m_expiresAt.isValid()) {
        m_expired = m_expiresAt <= now;
        const QString relative = relativeTime(m_expiresAt, now);
        m_expiryText = m_expired ? Tr::tr("expired %1").arg(relative) : Tr::tr("expires %1").arg(relative);
        if (m_expired)
            m_warnings
                << Tr::tr("This token expired %1. The server will refuse it (401): get a new access token.")
                       .arg(relative);
    } else {
        m_notes << Tr::tr("The token states no expiry date.");
    }
    if (m_notBefore.isValid() && m_notBefore > now)
        m_warnings << Tr::tr("This token is not valid yet (from %1).").arg(relativeTime(m_notBefore, now));

    m_authClass = payload.value(QLatin1StringView("authClass")).toString();
    const QString authClassId = firstString(payload, {"authClassId"});
    m_locationId = firstString(payload, {"locationId", "location_id", "locId"});
    if (m_locationId.isEmpty() &&
        m_authClass.compare(QLatin1StringView("Location"), Qt::CaseInsensitive) == 0)
        m_locationId = authClassId;
    m_companyId = firstString(payload, {"companyId", "company_id"});
    const bool companyToken = m_authClass.compare(QLatin1StringView("Company"), Qt::CaseInsensitive) == 0;
    if (m_companyId.isEmpty() && companyToken)
        m_companyId = authClassId;

    for (TokenClaim &claim : m_claims) {
        if (!claim.meaning.isEmpty() || claim.type != QLatin1StringView("string"))
            continue;
        if (!m_locationId.isEmpty() && claim.value == m_locationId)
            claim.meaning = Tr::tr("sub-account (location) id");
        else if (!m_companyId.isEmpty() && claim.value == m_companyId)
            claim.meaning = Tr::tr("agency (company) id");
    }
    if (companyToken)
        m_warnings << Tr::tr(
            "This is an agency (company) token. Looking up a message needs a sub-account (location) "
            "token.");

    m_scopes = scopeList(payload.value(QLatin1StringView("scope")));
    if (m_scopes.isEmpty())
        m_scopes = scopeList(payload.value(QLatin1StringView("scopes")));
    if (m_scopes.isEmpty())
        m_scopes = scopeList(
            payload.value(QLatin1StringView("oauthMeta")).toObject().value(QLatin1StringView("scopes")));
    if (!m_scopes.isEmpty() && !m_scopes.contains(QLatin1StringView("conversations/message.readonly")) &&
        !m_scopes.contains(QLatin1StringView("conversations/message.write")))
        m_warnings << Tr::tr(
            "The token's scopes do not include conversations/message.readonly; the server will "
            "probably refuse the lookup.");
}
