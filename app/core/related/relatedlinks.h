#pragma once

#include "related/relatedlink.h"

#include <QList>

struct MessageAnalysis;
struct EmailMessage;

// The related lookups a message offers, in the order a support person reads them: the emails of its thread,
// the call's recording and transcript, the conversation and its messages, the contact. Every id is read from
// the message (wherever its shape keeps it) and validated with InputValidation::resourceId before it may go
// into a path: a hostile or broken id gives a link that is unavailable and says why.
namespace RelatedLinks {

// More emails of a thread than this are not offered one by one (the count is still said).
inline constexpr int maxThreadEmails = 100;

QList<RelatedLink> from(const MessageAnalysis &analysis);
// The links of an email fetched from the thread: its conversation and its contact.
QList<RelatedLink> fromEmail(const EmailMessage &email);

// The thread's email ids as sent, from meta.email.messageIds (the schema's text) or
// meta.email.email.messageIds (the documented example), with the JSON path of each; at most maxThreadEmails.
struct ThreadId
{
    QString id; // as sent, not yet validated (for a value that is no string: its JSON text)
    QString path;
    bool isString = true;
};
QList<ThreadId> threadIds(const MessageAnalysis &analysis, qint64 *total = nullptr);

// True when the message is a call or a voicemail (types 1 and 10, a *_CALL or *_VOICEMAIL messageType, or a
// call status or duration): such messages have their audio at the recording endpoint, not in attachments.
bool isCall(const MessageAnalysis &analysis);

} // namespace RelatedLinks
