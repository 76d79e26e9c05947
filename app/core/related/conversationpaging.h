#pragma once

#include "related/conversationpage.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// Walks the pages of a conversation's messages (GET /conversations/{id}/messages?lastMessageId=…) and decides
// after each page whether to ask for the next one. Pure: RelatedLookup does the requests, this keeps the
// messages and the reasons, so every stopping rule is tested without a network. Paging stops when
//   - the page says there is no next page (nextPage false): the list is complete;
//   - the page repeats a lastMessageId already followed (a server that loops);
//   - the page brings no message not seen before;
//   - the page has no lastMessageId to continue from, or one that is not a valid id (it would go into the
//     next request's query: it is validated like any id);
//   - the message being inspected was found (the list around it is what the panel shows), when asked;
//   - maxPages pages were read.
struct ConversationPagingOptions
{
    int maxPages = 10;      // pages of 20: the 200 newest messages
    QString focusMessageId; // the message being inspected: marked, and paging may stop once it is seen
    bool stopAtFocus = true;
};

class ConversationPaging
{
public:
    using Options = ConversationPagingOptions;

    enum class Stop
    {
        None,           // not stopped: ask for the next page
        LastPage,       // nextPage was false (or not sent)
        RepeatedCursor, // the page's lastMessageId was followed before
        NothingNew,     // every message of the page was seen before (or the page was empty)
        NoCursor,       // no lastMessageId to continue from
        RefusedCursor,  // the lastMessageId is not a valid id
        FoundFocus,     // the inspected message is in the list
        PageLimit,      // maxPages were read
    };

    explicit ConversationPaging(const Options &options = {});

    // Takes the next page. Returns the lastMessageId to ask for next, or nothing when paging ends (stop()
    // and stopReason() say why).
    std::optional<QString> add(const ConversationPage &page);

    const QList<ConversationMessage> &messages() const { return m_messages; }
    const QList<ConversationPage::Shape> &shapes() const { return m_shapes; }
    int pages() const { return int(m_shapes.size()); }
    Stop stop() const { return m_stop; }
    QString stopReason() const { return m_reason; }
    // True when the last page said so: there are no older messages.
    bool complete() const { return m_stop == Stop::LastPage; }
    // Where the inspected message is in messages(), or -1.
    qsizetype focusIndex() const { return m_focusIndex; }
    // What the pages said that differs from the documentation, page by page ("Page 2: …").
    QStringList problems() const { return m_problems; }

private:
    std::optional<QString> end(Stop stop, const QString &reason);

    Options m_options;
    QList<ConversationMessage> m_messages;
    QList<ConversationPage::Shape> m_shapes;
    QSet<QString> m_seenIds;
    QSet<QString> m_followedCursors;
    QStringList m_problems;
    qsizetype m_focusIndex = -1;
    Stop m_stop = Stop::None;
    QString m_reason;
};
