#pragma once

#include "related/contact.h"
#include "related/knowncauses.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUrl>

#include <optional>

struct MessageAnalysis;

// One line of the why-it-failed panel: a fact and where it came from.
struct EvidenceLine
{
    enum class Source
    {
        Message,    // the message as the API sent it
        Contact,    // the contact, when it was looked up
        KnownCause, // the table of known causes (KnownCauses)
        Api,        // what the API does and does not tell
    };

    Source source = Source::Message;
    QString text;   // one plain sentence; server text in it is escaped and cut
    QString origin; // where it came from: "message $.status", "contact $.contact.dndSettings.SMS", a source
    QString path;   // the JSON path in the message's or the contact's body, when there is one
    QString causeCode; // the KnownCause this line points at, if any
    bool pointsAtCause = false;

    // "message", "contact", "known cause", "API": for the CLI's text and the panel's source column.
    static QString sourceName(Source source);
};

// What the evidence shows about a message that did not reach the contact (status failed or undelivered):
// lines from the message itself (status, its own error text, channel, source, provider, dateAdded →
// dateUpdated), from the contact when it was looked up (DND for the channel, no phone, no email), the known
// causes the facts point at, and what the API does not expose (the carrier's error code). It states; it
// never guesses beyond the table. Pure: the window's panel and the CLI's `why` render this.
struct FailureEvidence
{
    bool applies = false; // the message failed (status failed or undelivered)
    QString status;       // as sent
    QString channel;      // the DND channel name for the message's type: "SMS", "Call", "Email", … or empty
    QList<EvidenceLine> lines;
    QList<const KnownCause *> pointedAt;   // causes the facts point at, strongest first
    QList<const KnownCause *> otherCauses; // the rest of the table for this channel
    bool contactChecked = false;
    QUrl conversationLink; // the conversation in the web app, when a link could be made

    // contact: the message's contact, when the user fetched it. conversationLink: WebAppLinks::conversation.
    static FailureEvidence build(const MessageAnalysis &message, const std::optional<Contact> &contact = {},
                                 const QUrl &conversationLink = {},
                                 const QTimeZone &zone = QTimeZone::systemTimeZone());
    static bool appliesTo(const MessageAnalysis &message);
    // The DND channel for a messageType or type name: TYPE_SMS → "SMS", TYPE_CALL → "Call", TYPE_EMAIL →
    // "Email", TYPE_WHATSAPP → "WhatsApp", TYPE_GMB → "GMB", TYPE_FACEBOOK → "FB"; empty when none.
    static QString channelFor(QStringView messageType);

    // Plain text, one line per fact with its source, then the causes: the CLI's `why` prints this.
    QString toText() const;
};
