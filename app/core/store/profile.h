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
    // The largest answer a lookup with this profile downloads (bytes, as received and as unpacked); a larger
    // one is stopped while downloading. Answers are held in memory, so it is bounded: from
    // minMaxResponseBytes() (64 KiB) to maxMaxResponseBytes() (4 GiB, the size of the largest file the window
    // opens).
    qint64 maxResponseBytes = defaultMaxResponseBytes();

    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://services.leadconnectorhq.com")); }
    static QString defaultApiVersion() { return QStringLiteral("2021-04-15"); }
    static QUrl defaultWebAppUrl() { return QUrl(QStringLiteral("https://app.gohighlevel.com")); }
    static QString firstRunName() { return QStringLiteral("Default"); }
    static constexpr qint64 defaultMaxResponseBytes() { return 64LL * 1024 * 1024; }
    static constexpr qint64 minMaxResponseBytes() { return 64LL * 1024; }
    static constexpr qint64 maxMaxResponseBytes() { return 4LL * 1024 * 1024 * 1024; }

    friend bool operator==(const Profile &, const Profile &) = default;
};
