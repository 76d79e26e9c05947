#include "api/apirequest.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiRequest)
};

// A query value: an id, or a plain count (limit=20).
bool isPlainNumber(const QString &value)
{
    return !value.isEmpty() && value.size() <= 9 &&
           std::all_of(value.begin(), value.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

const QString *find(const QList<ApiRequest::Parameter> &list, const QString &name)
{
    for (const auto &[key, value] : list) {
        if (key == name)
            return &value;
    }
    return nullptr;
}

} // namespace

QString ApiRequest::describeParameter(const QString &name, const Endpoint &endpoint)
{
    if (name == u"messageId")
        return Tr::tr("message id");
    if (name == u"locationId")
        return Tr::tr("location id");
    if (name == u"conversationId")
        return Tr::tr("conversation id");
    if (name == u"contactId")
        return Tr::tr("contact id");
    if (name == u"lastMessageId")
        return Tr::tr("id of the last message of the page");
    if (name == u"id")
        return Tr::tr("%1 id").arg(endpoint.what);
    return Tr::tr("value of “%1”").arg(name);
}

QString ApiRequest::idProblem() const
{
    const QStringList names = endpoint.pathParameters();
    if (names.isEmpty() || !endpoint.pathTemplate.startsWith(u'/'))
        return Tr::tr("The request has no documented address.");
    for (const QString &name : names) {
        const QString *value = find(pathIds, name);
        if (!value)
            return Tr::tr("The %1 is missing.").arg(describeParameter(name, endpoint));
        const auto checked = InputValidation::resourceId(*value, describeParameter(name, endpoint));
        if (!checked.ok())
            return checked.error;
    }
    for (const auto &[name, value] : pathIds) {
        if (!names.contains(name))
            return Tr::tr("The request names an id its address has no place for.");
    }
    if (query.size() > maxQueryParameters)
        return Tr::tr("The request has too many query parameters.");
    for (const auto &[name, value] : query) {
        const auto checkedName = InputValidation::resourceId(name, Tr::tr("query parameter name"));
        if (!checkedName.ok())
            return checkedName.error;
        if (isPlainNumber(value))
            continue;
        const auto checked = InputValidation::resourceId(value, describeParameter(name, endpoint));
        if (!checked.ok())
            return checked.error;
    }
    return {};
}

InputValidation::Checked<ApiRequest::Valid> ApiRequest::validate() const
{
    if (const QString problem = idProblem(); !problem.isEmpty())
        return {{}, problem};
    const auto checkedToken = InputValidation::token(token);
    if (!checkedToken.ok())
        return {{}, checkedToken.error};
    const auto base = InputValidation::baseUrl(baseUrl);
    if (!base.ok())
        return {{}, base.error};

    // Each {name} becomes its id; every id is letters, digits, '_' and '-', so the path is exactly the
    // template with the ids in place and no id can reach another segment.
    QString path = endpoint.pathTemplate;
    for (const QString &name : endpoint.pathParameters())
        path.replace(u'{' + name + u'}', *find(pathIds, name));
    const QString *subject = find(pathIds, endpoint.subject);
    const QString primaryId = subject ? *subject : QString();
    const QString expected = base.value.path() + path;
    QUrl url = base.value;
    url.setPath(expected, QUrl::StrictMode);
    if (!query.isEmpty()) {
        QUrlQuery items;
        for (const auto &[name, value] : query)
            items.addQueryItem(name, value);
        url.setQuery(items);
    }
    // Belt and braces: the address is exactly what was meant, or nothing is sent.
    if (!url.isValid() || url.path() != expected || path.contains(u'{') || path.contains(u"/."_s))
        return {{}, Tr::tr("The request address could not be built from these ids.")};

    Valid valid;
    valid.url = url;
    valid.primaryId = primaryId;
    valid.token = checkedToken.value;
    valid.apiVersion = endpoint.apiVersion;
    valid.accept = endpoint.accept;
    valid.expectJson = endpoint.answer == Endpoint::Answer::Json;
    valid.scope = endpoint.scope;
    valid.what = endpoint.what;
    return {valid, {}};
}
