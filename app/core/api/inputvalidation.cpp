#include "inputvalidation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrlQuery>

#include <algorithm>

namespace InputValidation {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InputValidation)
};

bool isIdChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_' ||
           u == u'-';
}

// Describes the first character that is not allowed, for the error text.
QString describe(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u' ')
        return Tr::tr("a space");
    // Invisible characters (controls, bidi overrides, lone surrogates) are named by code, never shown.
    if (u < 0x20 || u == 0x7f || !c.isPrint())
        return Tr::tr("a control character (U+%1)")
            .arg(QString::number(u, 16).rightJustified(4, QLatin1Char('0')).toUpper());
    if (u == u'/')
        return Tr::tr("a slash “/”");
    if (u == u'%')
        return Tr::tr("a percent sign “%” (an encoded character)");
    return Tr::tr("the character “%1”").arg(c);
}

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

bool isBase64UrlSegment(QStringView segment)
{
    for (const QChar c : segment) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                             (u >= u'0' && u <= u'9') || u == u'-' || u == u'_' || u == u'=';
        if (!allowed)
            return false;
    }
    return true;
}

enum class TokenShape
{
    None,
    Pit,
    Jwt,
};

TokenShape tokenShape(QStringView text)
{
    if (text.startsWith(u"bearer ", Qt::CaseInsensitive))
        text = text.mid(7).trimmed();
    // pit-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
    if (text.size() == 40 && text.startsWith(u"pit-", Qt::CaseInsensitive)) {
        const QStringView uuid = text.mid(4);
        bool shaped = true;
        for (qsizetype i = 0; i < uuid.size() && shaped; ++i)
            shaped = (i == 8 || i == 13 || i == 18 || i == 23) ? uuid.at(i) == u'-' : isHex(uuid.at(i));
        if (shaped)
            return TokenShape::Pit;
    }
    // header.payload.signature, base64url; the signature may be empty (an unsigned JWT).
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() == 3 && !parts.at(0).isEmpty() && !parts.at(1).isEmpty() &&
        std::all_of(parts.begin(), parts.end(), isBase64UrlSegment))
        return TokenShape::Jwt;
    return TokenShape::None;
}

QString tokenShapedError(TokenShape shape)
{
    // Never echo the text: it is most likely a real token.
    return Tr::tr(
               "This looks like an access token (%1), not a message id, so it was not sent anywhere. Paste "
               "the "
               "message id here; the token belongs in the profile.")
        .arg(shape == TokenShape::Pit ? Tr::tr("a Private Integration Token, pit-…") : Tr::tr("a JWT"));
}

Checked<QString> plainId(const QString &id)
{
    if (const TokenShape shape = tokenShape(id); shape != TokenShape::None)
        return {{}, tokenShapedError(shape)};
    if (id.isEmpty())
        return {{}, Tr::tr("Enter a message id, for example ve9EPM428h8vShlRW1KT.")};
    if (id.size() > maxMessageIdLength)
        return {{},
                Tr::tr("This is too long for a message id (%1 characters; at most %2).")
                    .arg(id.size())
                    .arg(maxMessageIdLength)};
    if (id == QLatin1StringView(".") || id == QLatin1StringView(".."))
        return {{}, Tr::tr("“%1” is not a message id.").arg(id)};
    for (qsizetype i = 0; i < id.size(); ++i) {
        if (!isIdChar(id.at(i)))
            return {{},
                    Tr::tr("A message id has only letters, digits, “_” and “-”; this one contains %1 at "
                           "position %2.")
                        .arg(describe(id.at(i)))
                        .arg(i + 1)};
    }
    return {id, {}};
}

// An id pasted from a sentence or a quote ("see ve9EPM428h8vShlRW1KT.", "“ve9E…”", "(ve9E…)"): the
// punctuation around it is never part of an id, whose characters are letters, digits, '_' and '-'.
QString withoutSentencePunctuation(const QString &text)
{
    static const QString leading = QStringLiteral("\"'“‘«(");
    static const QString trailing = QStringLiteral(".,;)\"'”’»");
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (end > begin && trailing.contains(text.at(end - 1)))
        --end;
    while (begin < end && leading.contains(text.at(begin)))
        ++begin;
    const QString inside = text.mid(begin, end - begin).trimmed();
    return inside.isEmpty() ? text : inside; // "..": said to be no id, not "enter an id"
}

} // namespace

Checked<QString> resourceId(const QString &id, const QString &what)
{
    if (const TokenShape shape = tokenShape(id); shape != TokenShape::None)
        return {{},
                Tr::tr("The %1 looks like an access token (%2), so it was not sent anywhere.")
                    .arg(what, shape == TokenShape::Pit ? Tr::tr("a Private Integration Token, pit-…")
                                                        : Tr::tr("a JWT"))};
    if (id.isEmpty())
        return {{}, Tr::tr("The %1 is empty.").arg(what)};
    if (id.size() > maxMessageIdLength)
        return {{},
                Tr::tr("The %1 is too long (%2 characters; at most %3).")
                    .arg(what)
                    .arg(id.size())
                    .arg(maxMessageIdLength)};
    for (qsizetype i = 0; i < id.size(); ++i) {
        if (!isIdChar(id.at(i)))
            return {
                {},
                Tr::tr("The %1 may have only letters, digits, “_” and “-”; it contains %2 at position %3, so "
                       "it was not sent.")
                    .arg(what, describe(id.at(i)))
                    .arg(i + 1)};
    }
    return {id, {}};
}

bool looksLikeToken(const QString &text)
{
    return tokenShape(QStringView(text).trimmed()) != TokenShape::None;
}

Checked<QString> messageId(const QString &input)
{
    // A token is recognised before any punctuation is trimmed: an unsigned JWT ends with its "." separator.
    if (const TokenShape shape = tokenShape(input.trimmed()); shape != TokenShape::None)
        return {{}, tokenShapedError(shape)};
    const QString trimmed = withoutSentencePunctuation(input.trimmed());
    if (const TokenShape shape = tokenShape(trimmed); shape != TokenShape::None)
        return {{}, tokenShapedError(shape)};
    const bool looksLikeUrl = trimmed.startsWith(QLatin1StringView("https://"), Qt::CaseInsensitive) ||
                              trimmed.startsWith(QLatin1StringView("http://"), Qt::CaseInsensitive);
    if (!looksLikeUrl)
        return plainId(trimmed);

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return {{}, Tr::tr("This looks like a link but it cannot be read as one.")};

    const QUrlQuery query(url);
    for (const auto *name : {"messageId", "message_id", "messageid"}) {
        const QString key = QLatin1StringView(name);
        if (query.hasQueryItem(key))
            return plainId(query.queryItemValue(key, QUrl::FullyEncoded).trimmed());
    }

    // The encoded path keeps %2F visible, so an encoded slash can never sneak into the id.
    const QStringList segments = url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype messages = segments.lastIndexOf(QLatin1StringView("messages"));
    if (messages >= 0 && messages + 1 < segments.size())
        return plainId(segments.at(messages + 1));
    return {{},
            Tr::tr("This link does not contain a message id. Paste the id itself, or a link that ends in "
                   "/messages/<id>.")};
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    return !address.isNull() && address.isLoopback();
}

bool isHighLevelOrLoopbackHost(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1); // the fully qualified form names the same host
    return name == QLatin1StringView("leadconnectorhq.com") ||
           name.endsWith(QLatin1StringView(".leadconnectorhq.com")) || isLoopbackHost(host);
}

Checked<QUrl> baseUrl(const QString &input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return {{}, Tr::tr("Enter the API address, for example https://services.leadconnectorhq.com.")};
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {{}, Tr::tr("“%1” is not a valid web address.").arg(trimmed)};
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1StringView("http")) {
        if (!isLoopbackHost(url.host()))
            return {{},
                    Tr::tr("The API address must start with https://. Plain http:// is only allowed for "
                           "this computer (localhost), because the token would travel unencrypted.")};
    } else if (scheme != QLatin1StringView("https")) {
        return {{}, Tr::tr("The API address must start with https://.")};
    }
    if (!url.userInfo().isEmpty())
        return {{}, Tr::tr("The API address must not contain a user name or password.")};
    if (url.hasQuery() || url.hasFragment())
        return {{}, Tr::tr("The API address must not contain “?” or “#”.")};
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return {url, {}};
}

Checked<QString> token(const QString &input)
{
    QString value = input.trimmed();
    if (value.startsWith(QLatin1StringView("bearer "), Qt::CaseInsensitive))
        value = value.mid(7).trimmed();
    else if (value.compare(QLatin1StringView("bearer"), Qt::CaseInsensitive) == 0)
        value.clear(); // "Bearer " alone was pasted: the token itself is missing
    if (value.isEmpty())
        return {{}, Tr::tr("The token is empty. Paste the Private Integration Token or access token.")};
    if (value.size() > maxTokenLength)
        return {
            {},
            Tr::tr("The token is too long (%1 characters); tokens are far shorter. Check what was pasted.")
                .arg(value.size())};
    // RFC 6750 b64token: ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" then optional "=" padding.
    bool inPadding = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const char16_t u = c.unicode();
        const bool tokenChar = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                               (u >= u'0' && u <= u'9') || u == u'-' || u == u'.' || u == u'_' || u == u'~' ||
                               u == u'+' || u == u'/';
        if (u == u'=') {
            inPadding = true;
            continue;
        }
        if (tokenChar && !inPadding)
            continue;
        // Never echo the token; name only the kind of character and where it is.
        QString what;
        if (u == u'\r' || u == u'\n')
            what = Tr::tr("a line break");
        else if (c.isSpace())
            what = Tr::tr("a space");
        else if (u < 0x20 || u == 0x7f)
            what = Tr::tr("a control character");
        else if (u > 0x7e)
            what = Tr::tr("a non-ASCII character");
        else if (inPadding)
            what = Tr::tr("characters after “=” padding");
        else
            what = Tr::tr("a character that tokens never contain");
        return {{},
                Tr::tr("The token contains %1 at position %2, so it cannot be sent. Copy it again from "
                       "HighLevel (Settings → Private Integrations).")
                    .arg(what)
                    .arg(i + 1)};
    }
    return {value, {}};
}

} // namespace InputValidation
