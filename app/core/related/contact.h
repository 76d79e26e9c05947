#pragma once

#include "json/jsondocument.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A contact's Do-Not-Disturb setting for one channel (DndSettingSchema).
struct DndSetting
{
    QString channel; // as sent: "SMS", "Call", "Email", "WhatsApp", "GMB", "FB"
    QString status;  // "active", "inactive", "permanent"
    QString message;
    QString code;
    QString path; // "$.contact.dndSettings.SMS"

    // active and permanent block messages on this channel.
    bool blocks() const;
};

// A contact, as GET /contacts/{contactId} answers ({"contact": {…}}, GetContectByIdSchema): what decides
// whether a message could reach them. Read from the documented wrapper, or from a bare contact object.
struct Contact
{
    bool recognised = false; // a contact object with an id was found
    QString path;            // "$.contact" or "$"
    QString id;
    QString name;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString locationId;
    QString timezone;
    std::optional<bool> dnd; // DND on every channel
    QList<DndSetting> dndSettings;
    QStringList problems;

    static Contact fromDocument(const Json::Document &document);

    // The setting for a channel name, matched without regard to case; nullptr when none was sent.
    const DndSetting *dndFor(QStringView channel) const;
    // What a person calls them: the name, else first and last name, else the email or phone.
    QString displayName() const;
};
