#pragma once

#include "api/inputvalidation.h"

#include <QHash>
#include <QString>
#include <QUrl>

struct Profile;

// Links into the HighLevel web app ("Open in HighLevel"): the profile's web-app address (https only; an
// agency's white-label domain is fine) and a link template with placeholders give a QUrl. Every id is
// validated before it goes in, the template can only add a path (and a query) below the web-app address,
// and no placeholder can carry a token: a link never contains one.
//
// Placeholders: {webApp} (required, at the start), {locationId}, {conversationId}, {contactId}, {messageId}.
namespace WebAppLinks {

inline constexpr QLatin1StringView defaultConversationTemplate{
    "{webApp}/v2/location/{locationId}/conversations/conversations/{conversationId}"};
inline constexpr QLatin1StringView defaultContactTemplate{
    "{webApp}/v2/location/{locationId}/contacts/detail/{contactId}"};
inline constexpr int maxTemplateLength = 512;

// Why a template cannot be used, or empty when it can.
QString templateProblem(const QString &linkTemplate);
// The web-app address checked: https, a host, no user info, query or fragment; trailing slashes dropped.
InputValidation::Checked<QUrl> webAppAddress(const QUrl &address);

// The link for a template and its ids (name → raw id, e.g. {"conversationId", "…"}).
InputValidation::Checked<QUrl> build(const QUrl &webApp, const QString &linkTemplate,
                                     const QHash<QString, QString> &ids);

// The profile's links: its web-app address and its templates (the defaults when it has none).
InputValidation::Checked<QUrl> conversation(const Profile &profile, const QString &locationId,
                                            const QString &conversationId);
InputValidation::Checked<QUrl> contact(const Profile &profile, const QString &locationId,
                                       const QString &contactId);

} // namespace WebAppLinks
