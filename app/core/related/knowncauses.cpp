#include "related/knowncauses.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace KnownCauses {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KnownCauses)
};

// Public sources, named once so every row cites them the same way.
const QString smsTroubleshooting =
    u"HighLevel help: Troubleshooting SMS delivery (help.gohighlevel.com/support/solutions/articles/48000981696)"_s;
const QString filteringArticle =
    u"HighLevel help: How to prevent SMS filtering by carriers, error 30007 "
    "(help.gohighlevel.com/support/solutions/articles/48001237726); Twilio error 30007 "
    "(twilio.com/docs/api/errors/30007)"_s;
const QString unreachableCodes =
    u"Twilio errors 30003, 30005, 30006 (twilio.com/docs/api/errors/30006); "_s + smsTroubleshooting;
const QString optOutSources =
    u"Twilio error 21610 (twilio.com/docs/api/errors/21610); the status value opt_out in apps/conversations.json"_s;
const QString providerSources =
    u"GoHighLevel/highlevel-api-docs #4 (\"No conversation provider found for this message\"); "
    "conversationProviderId in apps/conversations.json"_s;
const QString dndSources = smsTroubleshooting + u"; dnd and dndSettings in apps/contacts.json"_s;

const QStringList phoneChannels{u"SMS"_s, u"Call"_s, u"WhatsApp"_s};

} // namespace

const QList<KnownCause> &table()
{
    static const QList<KnownCause> rows{
        {u"carrier-filtering"_s,
         Tr::tr("Carrier filtering"),
         Tr::tr("The carrier blocked the text as unwanted or not compliant: its content, the sender's "
                "registration "
                "(A2P 10DLC in the US), or missing opt-in or opt-out wording."),
         Tr::tr("Open the conversation in the web app to see the error code; review the sub-account's A2P "
                "registration and the message text."),
         {u"30007"_s},
         {u"filtered"_s, u"filtering"_s, u"carrier violation"_s, u"spam"_s},
         {u"SMS"_s},
         filteringArticle},
        {u"unreachable-number"_s,
         Tr::tr("Landline or unreachable number"),
         Tr::tr("The number cannot receive texts (a landline), is not in service, or the phone was off or "
                "out of "
                "reach. With number validation on, HighLevel does not send to a number it finds cannot take "
                "texts."),
         Tr::tr("Check the contact's number; ask for a mobile number; try again later if the phone was off."),
         {u"30003"_s, u"30005"_s, u"30006"_s},
         {u"landline"_s, u"unreachable"_s, u"unknown destination"_s, u"not sms capable"_s,
          u"invalid number"_s},
         phoneChannels,
         unreachableCodes},
        {u"dnd"_s,
         Tr::tr("Do Not Disturb"),
         Tr::tr("DND is on for the contact, for every channel or for this one: HighLevel does not send the "
                "message."),
         Tr::tr(
             "Look up the contact: its DND settings say which channel is blocked. Turn DND off only with the "
             "contact's consent."),
         {},
         {u"dnd"_s, u"do not disturb"_s},
         {},
         dndSources},
        {u"opt-out"_s,
         Tr::tr("Opted out"),
         Tr::tr(
             "The contact replied STOP (or another opt-out word), so messages to them are refused until they "
             "opt "
             "in again."),
         Tr::tr("Only the contact can opt in again (for example by replying START)."),
         {u"21610"_s},
         {u"opt out"_s, u"opt-out"_s, u"opted out"_s, u"unsubscribed"_s, u"stop"_s},
         phoneChannels,
         optOutSources},
        {u"daily-limit"_s,
         Tr::tr("Sending limit reached"),
         Tr::tr(
             "The sub-account reached the daily SMS limit the agency set, or a new sub-account is still in "
             "its "
             "ramp-up period: bulk and automated messages are held back."),
         Tr::tr(
             "Ask the agency to check or raise the sub-account's daily limit; messages sent one by one still "
             "go."),
         {},
         {u"limit"_s, u"quota"_s},
         {u"SMS"_s},
         smsTroubleshooting},
        {u"provider-not-connected"_s,
         Tr::tr("No provider to send it"),
         Tr::tr(
             "Nothing could send the message on its channel: the sub-account has no phone number or SMS or "
             "email "
             "provider connected, or a custom conversation provider did not take the message."),
         Tr::tr("Check the sub-account's phone numbers and its conversation providers in the web app's "
                "settings."),
         {},
         {u"provider"_s, u"no phone number"_s, u"not connected"_s},
         {},
         providerSources},
    };
    return rows;
}

const KnownCause *byCode(QStringView code)
{
    for (const KnownCause &row : table()) {
        if (row.code == code)
            return &row;
    }
    return nullptr;
}

QList<const KnownCause *> matching(QStringView errorText)
{
    QList<const KnownCause *> found;
    if (errorText.isEmpty())
        return found;
    const QString text = errorText.left(4096).toString().toLower();
    // A carrier code is five digits standing alone ("30007: …", "error 30007").
    static const QRegularExpression codes(u"(?<![0-9])([0-9]{5})(?![0-9])"_s);
    for (auto it = codes.globalMatch(text); it.hasNext();) {
        const QString code = it.next().captured(1);
        for (const KnownCause &row : table()) {
            if (row.errorCodes.contains(code) && !found.contains(&row))
                found << &row;
        }
    }
    for (const KnownCause &row : table()) {
        if (found.contains(&row))
            continue;
        for (const QString &word : row.keywords) {
            const QRegularExpression whole(u"(?<![a-z])"_s + QRegularExpression::escape(word) +
                                           u"(?![a-z])"_s);
            if (whole.match(text).hasMatch()) {
                found << &row;
                break;
            }
        }
    }
    return found;
}

QList<const KnownCause *> forChannel(QStringView channel)
{
    QList<const KnownCause *> rows;
    for (const KnownCause &row : table()) {
        if (channel.isEmpty() || row.channels.isEmpty() ||
            std::any_of(row.channels.begin(), row.channels.end(),
                        [&](const QString &c) { return c.compare(channel, Qt::CaseInsensitive) == 0; }))
            rows << &row;
    }
    return rows;
}

QString carrierCodeNotExposed()
{
    return Tr::tr(
        "The API does not give the carrier's error code for a failed message: the conversation in the "
        "HighLevel web app shows it, the API's answer does not.");
}

QString carrierCodeNotExposedSource()
{
    return u"GoHighLevel/highlevel-api-docs #160 (detailed SMS bounce information is not in the API)"_s;
}

} // namespace KnownCauses
