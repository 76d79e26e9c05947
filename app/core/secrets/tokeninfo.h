#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QJsonObject;

// One claim of a JWT header or payload, as written in the token.
struct TokenClaim
{
    QString name;
    QString value;   // strings as they are, everything else as compact JSON
    QString type;    // "string", "number", "boolean", "null", "array", "object"
    QString meaning; // decoded beside the raw value: a date for exp/iat/nbf, "location id", …; may be empty
};

// What can be learned about a token locally, without sending it anywhere: its kind, and for a JWT its claims,
// dates, expiry and the location/company it was issued for. The signature cannot be checked here, so the
// claims are what the token says about itself. Work is bounded: input longer than
// InputValidation::maxTokenLength is not decoded.
class TokenInfo
{
public:
    enum class Kind
    {
        Empty,
        PrivateIntegrationToken, // "pit-" followed by a UUID; opaque
        Jwt,                     // three base64url parts with a JSON header and payload
        Unrecognised,            // anything else: a warning, never a refusal
    };

    static TokenInfo inspect(const QString &token, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // "in 3 h", "2 days ago", "in less than a minute": `when` relative to `now`.
    static QString relativeTime(const QDateTime &when, const QDateTime &now);

    Kind kind() const { return m_kind; }
    // "Private Integration Token", "OAuth access token (JWT)", "Unrecognised token format", "No token".
    QString kindName() const;
    // "PIT", "JWT", "unknown", "none": for compact status lines.
    QString shortKindName() const;

    QList<TokenClaim> header() const { return m_header; }
    QList<TokenClaim> claims() const { return m_claims; }
    QString algorithm() const { return m_algorithm; }

    QDateTime issuedAt() const { return m_issuedAt; }   // invalid when absent
    QDateTime expiresAt() const { return m_expiresAt; } // invalid when absent
    QDateTime notBefore() const { return m_notBefore; } // invalid when absent
    bool isExpired() const { return m_expired; }
    // "expires in 3 h", "expired 2 days ago", or empty without an expiry date.
    QString expiryText() const { return m_expiryText; }

    QString locationId() const { return m_locationId; }
    QString companyId() const { return m_companyId; }
    QString authClass() const { return m_authClass; } // HighLevel's "Location" / "Company" when present
    QStringList scopes() const { return m_scopes; }

    // Things the user should know before sending: expired, unrecognised format, agency token, …
    QStringList warnings() const { return m_warnings; }
    // Neutral facts: "no signature check is possible", "a PIT is opaque", …
    QStringList notes() const { return m_notes; }

private:
    void inspectJwt(const QStringList &parts, const QDateTime &now);
    void readClaims(const QJsonObject &payload, const QDateTime &now);

    Kind m_kind = Kind::Empty;
    QList<TokenClaim> m_header;
    QList<TokenClaim> m_claims;
    QString m_algorithm;
    QDateTime m_issuedAt;
    QDateTime m_expiresAt;
    QDateTime m_notBefore;
    bool m_expired = false;
    QString m_expiryText;
    QString m_locationId;
    QString m_companyId;
    QString m_authClass;
    QStringList m_scopes;
    QStringList m_warnings;
    QStringList m_notes;
};
