#include "related/conversationpaging.h"

#include "api/inputvalidation.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConversationPaging)
};

} // namespace

ConversationPaging::ConversationPaging(const Options &options)
    : m_options(options)
{}

std::optional<QString> ConversationPaging::end(Stop stop, const QString &reason)
{
    m_stop = stop;
    m_reason = reason;
    return std::nullopt;
}

std::optional<QString> ConversationPaging::add(const ConversationPage &page)
{
    if (m_stop != Stop::None)
        return std::nullopt;
    m_shapes << page.shape;
    const int number = int(m_shapes.size());
    for (const QString &problem : page.problems) {
        if (m_problems.size() < 100)
            m_problems << Tr::tr("Page %1: %2").arg(number).arg(problem);
    }

    int fresh = 0;
    for (const ConversationMessage &message : page.messages) {
        if (!message.id.isEmpty()) {
            if (m_seenIds.contains(message.id))
                continue;
            m_seenIds.insert(message.id);
        }
        ++fresh;
        if (m_focusIndex < 0 && !m_options.focusMessageId.isEmpty() && message.id == m_options.focusMessageId)
            m_focusIndex = m_messages.size();
        m_messages << message;
    }

    if (page.nextPageSent && !page.nextPage)
        return end(Stop::LastPage, Tr::tr("That was the last page."));
    if (!page.nextPageSent)
        return end(Stop::LastPage, Tr::tr("The page did not say that another follows."));
    if (!page.lastMessageId.isEmpty() && m_followedCursors.contains(page.lastMessageId))
        return end(
            Stop::RepeatedCursor,
            Tr::tr("Page %1 repeated a lastMessageId already followed, so the server would send the same "
                   "page again.")
                .arg(number));
    if (fresh == 0)
        return end(Stop::NothingNew, Tr::tr("Page %1 brought no message not seen before.").arg(number));
    if (m_focusIndex >= 0 && m_options.stopAtFocus)
        return end(Stop::FoundFocus, Tr::tr("The inspected message was found on page %1.").arg(number));
    if (number >= m_options.maxPages)
        return end(
            Stop::PageLimit,
            Tr::tr("Stopped after %1 pages; older messages were not fetched.").arg(m_options.maxPages));
    if (page.lastMessageId.isEmpty())
        return end(Stop::NoCursor,
                   Tr::tr("Page %1 says another follows but gives no lastMessageId.").arg(number));
    const auto cursor =
        InputValidation::resourceId(page.lastMessageId, Tr::tr("lastMessageId of page %1").arg(number));
    if (!cursor.ok())
        return end(Stop::RefusedCursor, cursor.error);
    m_followedCursors.insert(cursor.value);
    return cursor.value;
}
