#pragma once

#include <QString>
#include <QUrl>

// One HighLevel sub-account set-up. Holds no secret: the token lives in the keychain under the profile's
// name.
struct Profile
{
    QString name;
    QUrl baseUrl = defaultBaseUrl();
    QString apiVersion = defaultApiVersion();
    QString note;
    // Where links to a contact or conversation open; agencies use their own white-label domain.
    QUrl webAppUrl = defaultWebAppUrl();
    // Keep each lookup's response body and headers in the history (never the token). Off by default: bodies
    // hold customers' messages.
    bool keepResponseBodies = false;
    // How links into the web app are made (WebAppLinks, placeholders such as {webApp} and {conversationId});
    // empty: the defaults, WebAppLinks::defaultConversationTemplate and defaultContactTemplate.
    QString conversationLinkTemplate;
    QString contactLinkTemplate;
    // The Related panel fetches the cheap related lookups of a message by itself when it is shown (the
    // emails of its thread, the transcript, the conversation, the contact: small JSON answers; never a
    // recording). Off by default: each is a request made with the profile's token the user did not ask for.
    bool fetchCheapRelatedAutomatically = false;

    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://services.leadconnectorhq.com")); }
    static QString defaultApiVersion() { return QStringLiteral("2021-04-15"); }
    static QUrl defaultWebAppUrl() { return QUrl(QStringLiteral("https://app.gohighlevel.com")); }
    static QString firstRunName() { return QStringLiteral("Default"); }

    friend bool operator==(const Profile &, const Profile &) = default;
};
