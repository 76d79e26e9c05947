#include "related/relatedlink.h"

using namespace Qt::StringLiterals;

QString RelatedLink::subjectId() const
{
    if (!available)
        return {};
    for (const auto &[name, value] : ids) {
        if (name == endpoint.subject)
            return value;
    }
    return {};
}

ApiRequest RelatedLink::request() const
{
    ApiRequest r;
    r.endpoint = endpoint;
    r.pathIds = ids;
    return r;
}

QString RelatedLink::kindName(Kind kind)
{
    switch (kind) {
    case Kind::EmailMessage:
        return u"email"_s;
    case Kind::Recording:
        return u"recording"_s;
    case Kind::Transcription:
        return u"transcript"_s;
    case Kind::Conversation:
        return u"conversation"_s;
    case Kind::ConversationMessages:
        return u"messages"_s;
    case Kind::Contact:
        return u"contact"_s;
    }
    return {};
}

std::optional<RelatedLink::Kind> RelatedLink::kindFromName(QStringView name)
{
    for (const Kind kind : {Kind::EmailMessage, Kind::Recording, Kind::Transcription, Kind::Conversation,
                            Kind::ConversationMessages, Kind::Contact}) {
        if (name.compare(kindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    // The CLI's --what names the thread and the conversation as a whole.
    if (name.compare(u"thread"_s, Qt::CaseInsensitive) == 0)
        return Kind::EmailMessage;
    return std::nullopt;
}
