#include "report/messagereport.h"

#include "api/inputvalidation.h"
#include "common/counttext.h"
#include "message/messagesummary.h"
#include "related/webapplinks.h"
#include "report/markdowntext.h"
#include "report/secretscrubber.h"
#include "session/inspectionresult.h"
#include "store/profile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MessageReport)
};

QString markdownValue(const MessageReport::Fact &fact)
{
    if (fact.code && !fact.value.contains(u'`'))
        return u'`' + fact.value + u'`';
    return MarkdownText::escaped(fact.value);
}

} // namespace

QUrl MessageReport::conversationLink(const QUrl &webAppUrl, const QString &locationId,
                                     const QString &conversationId, const QString &linkTemplate)
{
    if (!webAppUrl.isValid() || webAppUrl.isEmpty())
        return {};
    Profile profile;
    profile.webAppUrl = webAppUrl;
    profile.conversationLinkTemplate = linkTemplate;
    const auto link = WebAppLinks::conversation(profile, locationId, conversationId);
    return link.ok() ? link.value : QUrl();
}

MessageReport MessageReport::build(const InspectionResult &result, const Options &options)
{
    return build(result, MessageSummary::from(result.analysis, options.now, options.zone), options);
}

MessageReport MessageReport::build(const InspectionResult &result, const MessageSummary &summary,
                                   const Options &options)
{
    MessageReport report;
    report.m_token = options.token;
    PersonalDataMask mask(options.masked);
    const auto clean = [&](const QString &text) { return SecretScrubber::scrub(text, options.token); };
    const auto freeText = [&](const QString &text) { return mask.text(clean(text)); };
    const auto add = [&](const QString &label, const QString &value, bool code = false) {
        if (!value.isEmpty())
            report.m_facts.append({label, value, code});
    };

    const QString id = clean(!summary.messageId.isEmpty() ? summary.messageId : result.messageId);
    report.m_title = result.failure
                         ? Tr::tr("Lookup of message %1 failed").arg(id.isEmpty() ? Tr::tr("(no id)") : id)
                         : Tr::tr("Message %1").arg(id.isEmpty() ? Tr::tr("(no id)") : id);

    add(Tr::tr("Message id"), id, true);
    if (summary.isMessage) {
        add(Tr::tr("Direction"), clean(summary.directionText));
        QString status = clean(summary.statusText);
        if (!summary.failure.isEmpty())
            status += u" — "_s + freeText(summary.failure);
        add(Tr::tr("Status"), status);
        QString type = clean(summary.messageTypeText);
        if (!summary.typeDetail.isEmpty())
            type += u" ("_s + clean(summary.typeDetail) + u')';
        add(Tr::tr("Type"), type);
        add(Tr::tr("Sent"), clean(summary.when));
        add(Tr::tr("Updated"), clean(summary.updated));
        add(Tr::tr("Contact"), clean(summary.contactId), true);
        add(Tr::tr("Conversation"), clean(summary.conversationId), true);
        add(Tr::tr("Location"), clean(summary.locationId), true);
        if (summary.hasBody)
            add(Tr::tr("Text"),
                summary.body.isEmpty() ? Tr::tr("(empty)") : mask.messageText(clean(summary.body)));
        for (const QString &fact : summary.extraFacts)
            add(Tr::tr("Also"), freeText(fact));
    } else if (!summary.notMessage.isEmpty() && !result.failure) {
        add(Tr::tr("Answer"), freeText(summary.notMessage));
    }
    const QString traceId = !summary.traceId.isEmpty() ? summary.traceId
                            : result.failure           ? result.failure->traceId
                                                       : QString();
    add(Tr::tr("Trace id"), clean(traceId), true);
    if (result.http && result.http->httpStatus > 0) {
        add(Tr::tr("HTTP"), Tr::tr("%1 %2 in %L3 ms")
                                .arg(result.http->httpStatus)
                                .arg(clean(QString::fromLatin1(result.http->reasonPhrase.left(60))))
                                .arg(result.http->elapsedMs));
        add(Tr::tr("Request"),
            clean(u"GET "_s +
                  result.http->url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)),
            true);
    }
    if (options.lookedUpAt.isValid())
        add(Tr::tr("Looked up"),
            options.lookedUpAt.toTimeZone(options.zone).toString(u"yyyy-MM-dd HH:mm:ss t"_s));
    add(Tr::tr("Response"), clean(summary.origin));

    int knownDifferences = 0;
    for (const Finding &finding : result.analysis.findings) {
        if (finding.severity == Finding::Severity::KnownDifference) {
            ++knownDifferences;
            continue;
        }
        if (finding.severity == Finding::Severity::Info)
            continue;
        report.m_problems.append(Tr::tr("%1: %2 (at %3)")
                                     .arg(Finding::severityLabel(finding.severity), freeText(finding.message),
                                          clean(finding.path)));
    }
    if (knownDifferences > 0)
        report.m_problems.append(
            countText(knownDifferences, Tr::tr("1 known difference from the documentation (not a problem)"),
                      Tr::tr("%1 known differences from the documentation (not problems)")));

    if (const auto &failure = result.failure) {
        report.m_why.append(freeText(failure->title));
        if (!failure->cause.isEmpty())
            report.m_why.append(freeText(failure->cause));
        if (!failure->nextStep.isEmpty())
            report.m_why.append(Tr::tr("What to do: %1").arg(freeText(failure->nextStep)));
        for (const QString &message : failure->serverMessages)
            report.m_why.append(Tr::tr("Server message: “%1”").arg(freeText(message)));
        if (!failure->serverErrorText.isEmpty())
            report.m_why.append(Tr::tr("Server error: “%1”").arg(freeText(failure->serverErrorText)));
    }

    report.m_link = conversationLink(options.webAppUrl, summary.locationId, summary.conversationId,
                                     options.conversationLinkTemplate);
    report.m_masking = mask.summary();
    return report;
}

QString MessageReport::markdown() const
{
    QString out = u"## "_s + MarkdownText::escaped(m_title) + u"\n\n"_s;
    for (const Fact &fact : m_facts)
        out += u"- **"_s + MarkdownText::escaped(fact.label) + u":** "_s + markdownValue(fact) + u'\n';
    if (!m_link.isEmpty())
        out += u"- **"_s + Tr::tr("In the web app") + u":** <"_s + m_link.toString(QUrl::FullyEncoded) +
               u">\n"_s;
    if (!m_why.isEmpty()) {
        out += u"\n### "_s + Tr::tr("Why it failed") + u"\n\n"_s;
        for (const QString &line : m_why)
            out += u"- "_s + MarkdownText::escaped(line) + u'\n';
    }
    out += u"\n### "_s + Tr::tr("Problems") + u"\n\n"_s;
    if (m_problems.isEmpty())
        out += Tr::tr("None: the response matches the documented schema.") + u'\n';
    for (const QString &line : m_problems)
        out += u"- "_s + MarkdownText::escaped(line) + u'\n';
    out += u"\n_"_s + MarkdownText::escaped(m_masking) + u"_\n"_s;
    return SecretScrubber::scrub(out, m_token);
}

QString MessageReport::html() const
{
    const auto e = [](const QString &text) { return text.toHtmlEscaped(); };
    QString out = u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"_s + e(m_title) +
                  u"</title>\n</head>\n<body>\n<h2>"_s + e(m_title) + u"</h2>\n<ul>\n"_s;
    for (const Fact &fact : m_facts) {
        out += u"<li><b>"_s + e(fact.label) + u":</b> "_s +
               (fact.code ? u"<code>"_s + e(fact.value) + u"</code>"_s : e(fact.value)) + u"</li>\n"_s;
    }
    if (!m_link.isEmpty()) {
        const QString href = e(m_link.toString(QUrl::FullyEncoded));
        out += u"<li><b>"_s + e(Tr::tr("In the web app")) + u":</b> <a href=\""_s + href + u"\">"_s + href +
               u"</a></li>\n"_s;
    }
    out += u"</ul>\n"_s;
    if (!m_why.isEmpty()) {
        out += u"<h3>"_s + e(Tr::tr("Why it failed")) + u"</h3>\n<ul>\n"_s;
        for (const QString &line : m_why)
            out += u"<li>"_s + e(line) + u"</li>\n"_s;
        out += u"</ul>\n"_s;
    }
    out += u"<h3>"_s + e(Tr::tr("Problems")) + u"</h3>\n"_s;
    if (m_problems.isEmpty()) {
        out += u"<p>"_s + e(Tr::tr("None: the response matches the documented schema.")) + u"</p>\n"_s;
    } else {
        out += u"<ul>\n"_s;
        for (const QString &line : m_problems)
            out += u"<li>"_s + e(line) + u"</li>\n"_s;
        out += u"</ul>\n"_s;
    }
    out += u"<p><i>"_s + e(m_masking) + u"</i></p>\n</body>\n</html>\n"_s;
    return SecretScrubber::scrub(out, m_token);
}
