#include "report/personaldatamask.h"

#include "common/counttext.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataMask)
};

constexpr QChar dot = u'•';

int slot(PersonalData data)
{
    switch (data) {
    case PersonalData::Phone:
        return 0;
    case PersonalData::Email:
        return 1;
    case PersonalData::MessageText:
        return 2;
    case PersonalData::Name:
        return 3;
    }
    return 0;
}

// The '@' as text, as an HTML entity, or percent-encoded (mailto: links).
const QString atSign = uR"((?:@|&#0*64;|&#[xX]0*40;|%40))"_s;
const QString emailPattern =
    uR"(([A-Za-z0-9._%+\-]{1,64}))"_s + atSign + uR"(((?:[A-Za-z0-9\-]{1,63}\.)+[A-Za-z]{2,24}))"_s;

const QRegularExpression &emailRe()
{
    static const QRegularExpression re(uR"((?<![A-Za-z0-9._%+\-]))"_s + emailPattern);
    return re;
}

// A display name before an email in angle brackets (plain or HTML-escaped), optionally quoted.
const QRegularExpression &namedEmailRe()
{
    static const QRegularExpression re(
        uR"((?:"|&quot;)?([\p{L}][\p{L}\p{M}'’.\- ]{0,80}?)(?:"|&quot;)?(\s*(?:<|&lt;)))"_s + emailPattern,
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// 7 to 15 digits with at most two separators between them, optionally a leading + or (, not glued to a
// word (so ids and hex are left alone).
const QRegularExpression &phoneRe()
{
    static const QRegularExpression re(
        uR"((?<![\w+\-.])(?:\+|\(\+?)?\d(?:[ ().\-\x{00A0}]{0,2}\d){6,14}(?![\w]))"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Dates and times look like numbers with separators; they are not phone numbers.
bool looksLikeDate(const QString &candidate)
{
    static const QRegularExpression date(
        uR"(^\(?\d{4}[\-./]\d{1,2}[\-./]\d{1,2}|^\d{1,2}[\-./]\d{1,2}[\-./]\d{2,4}(?!\d))"_s);
    return date.match(candidate).hasMatch();
}

} // namespace

PersonalDataMask::PersonalDataMask(PersonalDataClasses masked)
    : m_masked(masked)
{}

PersonalDataClasses PersonalDataMask::all()
{
    return PersonalData::Phone | PersonalData::Email | PersonalData::MessageText | PersonalData::Name;
}

std::optional<PersonalData> PersonalDataMask::fromName(const QString &text)
{
    const QString n = text.trimmed().toLower();
    if (n == u"phone"_s || n == u"phones"_s)
        return PersonalData::Phone;
    if (n == u"email"_s || n == u"emails"_s)
        return PersonalData::Email;
    if (n == u"text"_s)
        return PersonalData::MessageText;
    if (n == u"name"_s || n == u"names"_s)
        return PersonalData::Name;
    return std::nullopt;
}

QString PersonalDataMask::name(PersonalData data)
{
    switch (data) {
    case PersonalData::Phone:
        return u"phone"_s;
    case PersonalData::Email:
        return u"email"_s;
    case PersonalData::MessageText:
        return u"text"_s;
    case PersonalData::Name:
        return u"name"_s;
    }
    return {};
}

int PersonalDataMask::count(PersonalData data) const
{
    return m_counts[slot(data)];
}

QString PersonalDataMask::maskedPhone(const QString &phone)
{
    int digits = 0;
    for (const QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    QString out;
    int seen = 0;
    for (const QChar c : phone) {
        if (c.isDigit())
            out += ++seen > digits - 2 ? c : dot;
        else
            out += c;
    }
    return out;
}

QString PersonalDataMask::maskedEmail(const QString &local, const QString &domain)
{
    const qsizetype lastDot = domain.lastIndexOf(u'.');
    return local.left(1) + QString(3, dot) + u'@' + QString(3, dot) + domain.mid(lastDot);
}

QString PersonalDataMask::maskedName(const QString &name)
{
    QStringList words;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts))
        words.append(word.left(1) + QString(3, dot));
    return words.join(u' ');
}

QString PersonalDataMask::maskNames(const QString &input)
{
    QString out;
    qsizetype from = 0;
    auto it = namedEmailRe().globalMatch(input);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(1).trimmed();
        if (name.isEmpty())
            continue;
        out += QStringView(input).sliced(from, m.capturedStart(1) - from);
        out += maskedName(name);
        ++m_counts[slot(PersonalData::Name)];
        from = m.capturedEnd(1);
    }
    return out + QStringView(input).sliced(from);
}

QString PersonalDataMask::maskEmails(const QString &input)
{
    QString out;
    qsizetype from = 0;
    auto it = emailRe().globalMatch(input);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(input).sliced(from, m.capturedStart() - from);
        out += maskedEmail(m.captured(1), m.captured(2));
        ++m_counts[slot(PersonalData::Email)];
        from = m.capturedEnd();
    }
    return out + QStringView(input).sliced(from);
}

QString PersonalDataMask::maskPhones(const QString &input)
{
    QString out;
    qsizetype from = 0;
    auto it = phoneRe().globalMatch(input);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString candidate = m.captured();
        if (looksLikeDate(candidate))
            continue;
        out += QStringView(input).sliced(from, m.capturedStart() - from);
        out += maskedPhone(candidate);
        ++m_counts[slot(PersonalData::Phone)];
        from = m.capturedEnd();
    }
    return out + QStringView(input).sliced(from);
}

QString PersonalDataMask::text(const QString &input)
{
    QString out = input;
    if (masks(PersonalData::Name))
        out = maskNames(out);
    if (masks(PersonalData::Email))
        out = maskEmails(out);
    if (masks(PersonalData::Phone))
        out = maskPhones(out);
    return out;
}

QString PersonalDataMask::messageText(const QString &input)
{
    if (!masks(PersonalData::MessageText))
        return text(input);
    if (input.isEmpty())
        return input;
    ++m_counts[slot(PersonalData::MessageText)];
    return countText(input.size(), Tr::tr("[message text hidden: 1 character]"),
                     Tr::tr("[message text hidden: %1 characters]"));
}

QString PersonalDataMask::name(const QString &input)
{
    if (!masks(PersonalData::Name) || input.trimmed().isEmpty())
        return input;
    ++m_counts[slot(PersonalData::Name)];
    return maskedName(input);
}

QString PersonalDataMask::summary() const
{
    QStringList masked;
    QStringList shown;
    const auto list = [&](PersonalData data, const QString &label) {
        if (!masks(data)) {
            shown.append(label);
            return;
        }
        const int n = count(data);
        if (n > 0 && data != PersonalData::MessageText)
            masked.append(Tr::tr("%1 (%2)").arg(label).arg(n));
        else if (n > 0)
            masked.append(label);
    };
    list(PersonalData::Phone, Tr::tr("phone numbers"));
    list(PersonalData::Email, Tr::tr("email addresses"));
    list(PersonalData::MessageText, Tr::tr("message text"));
    list(PersonalData::Name, Tr::tr("names"));
    QStringList parts;
    parts.append(masked.isEmpty() ? Tr::tr("Nothing needed masking.")
                                  : Tr::tr("Masked for sharing: %1.").arg(masked.join(u", "_s)));
    if (!shown.isEmpty())
        parts.append(Tr::tr("Shown as sent, on request: %1.").arg(shown.join(u", "_s)));
    return parts.join(u' ');
}
