#include "related/webapplinks.h"

#include "store/profile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace WebAppLinks {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WebAppLinks)
};

const QString webAppPlaceholder = u"{webApp}"_s;

const QStringList &idPlaceholders()
{
    static const QStringList names{u"locationId"_s, u"conversationId"_s, u"contactId"_s, u"messageId"_s};
    return names;
}

QString words(const QString &name)
{
    if (name == u"locationId")
        return Tr::tr("location id");
    if (name == u"conversationId")
        return Tr::tr("conversation id");
    if (name == u"contactId")
        return Tr::tr("contact id");
    return Tr::tr("message id");
}

// Literal text a template may hold around its placeholders: what a path and a simple query need.
bool isTemplateChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' ||
           u == u'.' || u == u'_' || u == u'~' || u == u'/' || u == u'?' || u == u'=' || u == u'&';
}

} // namespace

QString templateProblem(const QString &linkTemplate)
{
    if (linkTemplate.isEmpty())
        return {}; // the default applies
    if (linkTemplate.size() > maxTemplateLength)
        return Tr::tr("The link template is too long (at most %1 characters).").arg(maxTemplateLength);
    if (!linkTemplate.startsWith(webAppPlaceholder + u'/'))
        return Tr::tr("The link template must start with {webApp}/, so links stay on the web-app address.");
    qsizetype i = webAppPlaceholder.size();
    while (i < linkTemplate.size()) {
        const QChar c = linkTemplate.at(i);
        if (c == u'{') {
            const qsizetype close = linkTemplate.indexOf(u'}', i);
            const QString name = close < 0 ? QString() : linkTemplate.mid(i + 1, close - i - 1);
            if (!idPlaceholders().contains(name))
                return Tr::tr(
                    "The link template may use only {webApp}, {locationId}, {conversationId}, {contactId} "
                    "and {messageId}.");
            i = close + 1;
            continue;
        }
        if (!isTemplateChar(c))
            return Tr::tr("The link template may hold only letters, digits and “-._~/?=&” besides its "
                          "placeholders; it has “%1” at position %2.")
                .arg(c.isPrint() ? QString(c) : Tr::tr("a control character"))
                .arg(i + 1);
        ++i;
    }
    if (linkTemplate.contains(u"//"_s) || linkTemplate.contains(u"/./"_s) ||
        linkTemplate.contains(u"/../"_s) || linkTemplate.endsWith(u"/.."_s))
        return Tr::tr("The link template's path may not hold “//”, “/./” or “/../”.");
    return {};
}

InputValidation::Checked<QUrl> webAppAddress(const QUrl &address)
{
    const QString problem =
        Tr::tr("The web-app address must be an https:// address such as %1 (or an agency's own "
               "domain).")
            .arg(Profile::defaultWebAppUrl().toString());
    if (!address.isValid() || address.scheme().compare(u"https"_s, Qt::CaseInsensitive) != 0 ||
        address.host().isEmpty() || !address.userInfo().isEmpty() || address.hasQuery() ||
        address.hasFragment())
        return {{}, problem};
    QUrl clean = address;
    QString path = clean.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    clean.setPath(path);
    return {clean, {}};
}

InputValidation::Checked<QUrl> build(const QUrl &webApp, const QString &linkTemplate,
                                     const QHash<QString, QString> &ids)
{
    if (const QString problem = templateProblem(linkTemplate); !problem.isEmpty())
        return {{}, problem};
    if (linkTemplate.isEmpty())
        return {{}, Tr::tr("There is no link template.")};
    const auto base = webAppAddress(webApp);
    if (!base.ok())
        return {{}, base.error};

    QString text = linkTemplate.mid(webAppPlaceholder.size());
    for (const QString &name : idPlaceholders()) {
        const QString placeholder = u'{' + name + u'}';
        if (!text.contains(placeholder))
            continue;
        const auto id = InputValidation::resourceId(ids.value(name), words(name));
        if (!id.ok())
            return {{}, id.error};
        text.replace(placeholder, id.value);
    }
    const QString origin = base.value.toString(QUrl::FullyEncoded);
    const QUrl link = QUrl(origin + text, QUrl::StrictMode);
    // The link is on the web-app address and nowhere else, whatever the template and the ids.
    if (!link.isValid() || link.scheme() != u"https"_s ||
        link.host().compare(base.value.host(), Qt::CaseInsensitive) != 0 ||
        link.port() != base.value.port() || !link.userInfo().isEmpty() ||
        !link.path().startsWith(base.value.path()))
        return {{}, Tr::tr("No link could be made from this template.")};
    return {link, {}};
}

InputValidation::Checked<QUrl> conversation(const Profile &profile, const QString &locationId,
                                            const QString &conversationId)
{
    const QString linkTemplate = profile.conversationLinkTemplate.isEmpty()
                                     ? QString(defaultConversationTemplate)
                                     : profile.conversationLinkTemplate;
    return build(profile.webAppUrl, linkTemplate,
                 {{u"locationId"_s, locationId}, {u"conversationId"_s, conversationId}});
}

InputValidation::Checked<QUrl> contact(const Profile &profile, const QString &locationId,
                                       const QString &contactId)
{
    const QString linkTemplate =
        profile.contactLinkTemplate.isEmpty() ? QString(defaultContactTemplate) : profile.contactLinkTemplate;
    return build(profile.webAppUrl, linkTemplate,
                 {{u"locationId"_s, locationId}, {u"contactId"_s, contactId}});
}

} // namespace WebAppLinks
