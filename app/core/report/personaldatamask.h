#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

#include <optional>

// The kinds of personal data a report can hide. Everything is masked unless the user says otherwise.
enum class PersonalData
{
    Phone = 0x1,       // phone numbers: E.164, national formats, numbers inside free text
    Email = 0x2,       // email addresses, also inside HTML (mailto:, &#64;, %40)
    MessageText = 0x4, // what the message says
    Name = 0x8,        // display names beside an email address ("Jane Doe <jane@…>") and name fields
};
Q_DECLARE_FLAGS(PersonalDataClasses, PersonalData)
Q_DECLARE_OPERATORS_FOR_FLAGS(PersonalDataClasses)

// Masks personal data in text that goes into a report for a ticket, per class, and counts what it masked so
// the report can say so. A masked value keeps its shape (a phone number its last two digits, an email its
// first letter and top-level domain), enough to tell two values apart and not enough to contact anyone.
class PersonalDataMask
{
public:
    explicit PersonalDataMask(PersonalDataClasses masked = all());

    static PersonalDataClasses all();
    // "phone", "email", "text", "name" (the CLI's --unmask list); nothing for an unknown word.
    static std::optional<PersonalData> fromName(const QString &name);
    static QString name(PersonalData data);

    bool masks(PersonalData data) const { return m_masked.testFlag(data); }

    // Free text (a server message, a failure text, a finding): names beside emails, emails, phone numbers.
    QString text(const QString &input);
    // The message's own text: replaced as a whole when MessageText is masked, else text().
    QString messageText(const QString &input);
    // A value known to be a person's name.
    QString name(const QString &input);

    int count(PersonalData data) const;
    // "Masked for sharing: phone numbers (2), email addresses (1), message text. Shown as sent: names."
    QString summary() const;

    // One value in its masked form.
    static QString maskedPhone(const QString &phone);
    static QString maskedEmail(const QString &local, const QString &domain);
    static QString maskedName(const QString &name);

private:
    QString maskNames(const QString &input);
    QString maskEmails(const QString &input);
    QString maskPhones(const QString &input);

    PersonalDataClasses m_masked;
    int m_counts[4] = {};
};
