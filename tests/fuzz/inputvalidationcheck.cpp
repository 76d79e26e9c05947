#include "inputvalidationcheck.h"

#include "api/apirequest.h"
#include "api/inputvalidation.h"
#include "related/webapplinks.h"

#include <QRegularExpression>

namespace InputValidationCheck {

namespace {

bool isIdChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_' ||
           u == u'-';
}

QString checkMessageId(const QString &text)
{
    const auto id = InputValidation::messageId(text);
    if (!id.ok())
        return id.value.isEmpty() ? QString() : QStringLiteral("a refused message id still has a value");
    if (id.value.isEmpty() || id.value.size() > InputValidation::maxMessageIdLength)
        return QStringLiteral("accepted message id of %1 characters").arg(id.value.size());
    if (id.value == u"." || id.value == u"..")
        return QStringLiteral("accepted a dot segment as message id");
    for (const QChar c : id.value) {
        if (!isIdChar(c))
            return QStringLiteral("accepted message id contains U+%1")
                .arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
    }
    const auto again = InputValidation::messageId(id.value);
    if (!again.ok() || again.value != id.value)
        return QStringLiteral("an accepted message id is not accepted as itself");
    return QString();
}

QString checkBaseUrl(const QString &text)
{
    const auto base = InputValidation::baseUrl(text);
    if (!base.ok())
        return QString();
    const QUrl &url = base.value;
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("accepted an invalid base URL");
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && !(scheme == u"http" && InputValidation::isLoopbackHost(url.host())))
        return QStringLiteral("accepted scheme %1 for host %2").arg(scheme, url.host());
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return QStringLiteral("accepted a base URL with user info, query or fragment");
    if (url.path().endsWith(QLatin1Char('/')))
        return QStringLiteral("accepted base URL keeps a trailing slash");
    return QString();
}

QString checkToken(const QString &text)
{
    const auto token = InputValidation::token(text);
    if (!token.ok()) {
        // The reason never repeats the token: no long run of token characters from the input (with a letter
        // and a digit, which no sentence of the reason has) may appear in it.
        static const QRegularExpression run(QStringLiteral("[A-Za-z0-9._~+/-]{12,}"));
        for (auto it = run.globalMatch(text); it.hasNext();) {
            const QString piece = it.next().captured();
            const bool hasLetter = piece.contains(QRegularExpression(QStringLiteral("[A-Za-z]")));
            const bool hasDigit = piece.contains(QRegularExpression(QStringLiteral("[0-9]")));
            if (hasLetter && hasDigit && token.error.contains(piece))
                return QStringLiteral("the reason for refusing a token repeats part of it");
        }
        return QString();
    }
    const QString &value = token.value;
    if (value.isEmpty() || value.size() > InputValidation::maxTokenLength)
        return QStringLiteral("accepted token of %1 characters").arg(value.size());
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9._~+/-]*=*$"));
    if (!shape.match(value).hasMatch())
        return QStringLiteral("accepted token has characters a header cannot carry");
    return QString();
}

// An id found in a response goes into a path as it is, or not at all.
QString checkResourceId(const QString &text)
{
    const auto id = InputValidation::resourceId(text, QStringLiteral("contact id"));
    if (!id.ok()) {
        if (!id.value.isEmpty())
            return QStringLiteral("a refused resource id still has a value");
        if (text.size() >= 12 && id.error.contains(text))
            return QStringLiteral("the reason for refusing an id repeats it");
        return QString();
    }
    if (id.value != text)
        return QStringLiteral("an accepted resource id was changed");
    if (id.value.isEmpty() || id.value.size() > InputValidation::maxMessageIdLength)
        return QStringLiteral("accepted resource id of %1 characters").arg(id.value.size());
    for (const QChar c : id.value) {
        if (!isIdChar(c))
            return QStringLiteral("accepted resource id contains U+%1")
                .arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
    }
    if (InputValidation::looksLikeToken(id.value))
        return QStringLiteral("accepted a token as a resource id");
    // The request's address is exactly the template with the id in place.
    ApiRequest request;
    request.endpoint = Endpoints::contact();
    request.pathIds = {{QStringLiteral("contactId"), text}};
    request.query = {{QStringLiteral("lastMessageId"), text}};
    request.token = QStringLiteral("t");
    const auto checked = request.validate();
    if (!checked.ok())
        return QStringLiteral("a valid id gave no request: %1").arg(checked.error);
    if (checked.value.url.path() != QStringLiteral("/contacts/") + text ||
        checked.value.url.host() != QStringLiteral("services.leadconnectorhq.com") ||
        checked.value.url.query() != QStringLiteral("lastMessageId=") + text)
        return QStringLiteral("the request's address is not the template with the id");
    return QString();
}

// A link template can never lead off the web-app address.
QString checkLinkTemplate(const QString &text)
{
    if (!WebAppLinks::templateProblem(text).isEmpty() || text.isEmpty())
        return QString();
    const QUrl webApp(QStringLiteral("https://crm.agency.example/app"));
    const auto link = WebAppLinks::build(webApp, text,
                                         {{QStringLiteral("locationId"), QStringLiteral("L1")},
                                          {QStringLiteral("conversationId"), QStringLiteral("C1")},
                                          {QStringLiteral("contactId"), QStringLiteral("K1")},
                                          {QStringLiteral("messageId"), QStringLiteral("M1")}});
    if (!link.ok())
        return QString();
    if (link.value.scheme() != u"https" || link.value.host() != u"crm.agency.example" ||
        !link.value.userInfo().isEmpty() || !link.value.path().startsWith(u"/app/"))
        return QStringLiteral("an accepted link template leads to %1").arg(link.value.toString());
    return QString();
}

} // namespace

QString check(const QByteArray &input)
{
    const QString text = QString::fromUtf8(input);
    for (auto one : {checkMessageId, checkBaseUrl, checkToken, checkResourceId, checkLinkTemplate}) {
        if (QString problem = one(text); !problem.isEmpty())
            return problem;
    }
    InputValidation::isLoopbackHost(text);
    return QString();
}

} // namespace InputValidationCheck
