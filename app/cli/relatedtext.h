#pragma once

#include "terminalstyle.h"

#include "related/relatedresult.h"

#include <QList>
#include <QString>
#include <QTimeZone>

class JsonWriter;
struct MessageAnalysis;

// How `related` shows what the message leads to. Text for a person: one section per kind, the emails of the
// thread with from/to/subject/date/status, the transcript's sentences with their times, the conversation and
// the messages around this one (this one marked), the contact's phone, email and Do-Not-Disturb per channel.
// JSON for scripts: the same facts as members. Every value that came from a server is escaped for display
// (control characters, bidi overrides and terminal escapes become visible text) and cut at a stated length.
namespace RelatedText {

// Messages shown on either side of the inspected one in the conversation's text section (JSON has them all).
inline constexpr int neighbours = 5;

// The first line: the message's id, direction, status, type and date.
QString messageLine(const MessageAnalysis &analysis, const TerminalStyle &style);

// The section heading of a --what name ("thread" → "Email thread").
QString heading(const QString &what);

// One section's lines for the results of one --what name, in order (several for a thread, the conversation
// and its messages for "conversation"). A result that failed gets a line saying so; its failure's full text
// goes to stderr (the caller's).
QString section(const QString &what, const QList<RelatedResult> &results, const QString &messageId,
                const TerminalStyle &style, const QTimeZone &zone = QTimeZone::systemTimeZone());

// The lines of each kind, for tests.
QString emailLines(const RelatedResult &result, const TerminalStyle &style, const QTimeZone &zone);
QString transcriptLines(const Transcription &transcription);
QString conversationLines(const ConversationInfo &conversation);
QString messagesLines(const ConversationMessages &messages, const QString &messageId,
                      const TerminalStyle &style, const QTimeZone &zone);
QString contactLines(const Contact &contact);

// One result as a JSON object: {kind, label, id, request, httpStatus, ok, <kind's member>, error}.
void json(JsonWriter &w, const RelatedResult &result);

} // namespace RelatedText
