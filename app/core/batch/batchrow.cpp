#include "batch/batchrow.h"

#include "message/messagesummary.h"
#include "session/inspectionresult.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchRow)
};

BatchRow::Outcome outcomeFor(InspectionFailure::Category category)
{
    using Category = InspectionFailure::Category;
    switch (category) {
    case Category::NotFound:
        return BatchRow::Outcome::NotFound;
    case Category::Authentication:
        return BatchRow::Outcome::NoAccess;
    case Category::RateLimited:
        return BatchRow::Outcome::RateLimited;
    case Category::Usage:
        return BatchRow::Outcome::Refused;
    case Category::Cancelled:
        return BatchRow::Outcome::Cancelled;
    case Category::Network:
    case Category::ServerError:
    case Category::InvalidResponse:
        break;
    }
    return BatchRow::Outcome::Failed;
}

QString cut(const QString &text, qsizetype max)
{
    return text.size() > max ? text.left(max - 1) + u'…' : text;
}

} // namespace

BatchRow BatchRow::pending(const QString &id)
{
    BatchRow row;
    row.id = id;
    return row;
}

BatchRow BatchRow::fromResult(const QString &id, const InspectionResult &result)
{
    BatchRow row;
    row.id = id;
    if (result.http) {
        row.httpStatus = result.http->httpStatus;
        row.elapsedMs = result.http->elapsedMs;
        if (row.httpStatus > 0)
            row.outcomeText = QString::number(row.httpStatus) + u' ' +
                              QString::fromLatin1(result.http->reasonPhrase.left(60)).simplified();
    }
    if (result.failure) {
        row.outcome = outcomeFor(result.failure->category);
        row.error = cut(result.failure->title, 300);
        row.traceId = result.failure->traceId;
        if (row.outcomeText.isEmpty())
            row.outcomeText = cut(result.failure->title, 80);
        return row;
    }

    const MessageSummary summary = MessageSummary::from(result.analysis);
    row.traceId = summary.traceId;
    if (!summary.isMessage) {
        row.outcome = Outcome::NotAMessage;
        row.error = cut(summary.notMessage, 300);
        return row;
    }
    row.outcome = Outcome::Found;
    row.direction = summary.direction;
    row.status = summary.status;
    row.messageType = summary.messageType;
    const MessageView &view = result.analysis.view;
    if (view.dateAdded.isPresent())
        row.date = view.dateAdded.value;
    row.dateText = summary.whenOriginal;
    row.contactId = summary.contactId;
    row.conversationId = summary.conversationId;
    row.locationId = summary.locationId;
    row.text = cut(summary.body, maxTextLength);
    if (!summary.failure.isEmpty())
        row.error = summary.failure;
    return row;
}

bool BatchRow::isSettled() const
{
    switch (outcome) {
    case Outcome::Found:
    case Outcome::NotAMessage:
    case Outcome::NotFound:
    case Outcome::Refused:
        return true;
    case Outcome::Pending:
    case Outcome::NoAccess:
    case Outcome::RateLimited:
    case Outcome::Failed:
    case Outcome::Cancelled:
        break;
    }
    return false;
}

QString BatchRow::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return u"pending"_s;
    case Outcome::Found:
        return u"found"_s;
    case Outcome::NotAMessage:
        return u"not_a_message"_s;
    case Outcome::NotFound:
        return u"not_found"_s;
    case Outcome::NoAccess:
        return u"no_access"_s;
    case Outcome::RateLimited:
        return u"rate_limited"_s;
    case Outcome::Refused:
        return u"refused"_s;
    case Outcome::Failed:
        return u"failed"_s;
    case Outcome::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

std::optional<BatchRow::Outcome> BatchRow::outcomeFromName(const QString &name)
{
    for (int i = 0; i <= int(Outcome::Cancelled); ++i) {
        if (outcomeName(Outcome(i)) == name)
            return Outcome(i);
    }
    return std::nullopt;
}

QString BatchRow::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return Tr::tr("Waiting");
    case Outcome::Found:
        return Tr::tr("Found");
    case Outcome::NotAMessage:
        return Tr::tr("Not a message");
    case Outcome::NotFound:
        return Tr::tr("Not found");
    case Outcome::NoAccess:
        return Tr::tr("No access");
    case Outcome::RateLimited:
        return Tr::tr("Rate limited");
    case Outcome::Refused:
        return Tr::tr("Refused");
    case Outcome::Failed:
        return Tr::tr("Failed");
    case Outcome::Cancelled:
        return Tr::tr("Cancelled");
    }
    return {};
}

namespace BatchColumns {

QList<BatchColumn> all()
{
    QList<BatchColumn> columns;
    for (int i = 0; i < count; ++i)
        columns.append(BatchColumn(i));
    return columns;
}

QString title(BatchColumn column)
{
    switch (column) {
    case BatchColumn::Id:
        return Tr::tr("Message id");
    case BatchColumn::Outcome:
        return Tr::tr("Result");
    case BatchColumn::HttpStatus:
        return Tr::tr("HTTP");
    case BatchColumn::Direction:
        return Tr::tr("Direction");
    case BatchColumn::Status:
        return Tr::tr("Status");
    case BatchColumn::Type:
        return Tr::tr("Type");
    case BatchColumn::Date:
        return Tr::tr("Date");
    case BatchColumn::Contact:
        return Tr::tr("Contact");
    case BatchColumn::Conversation:
        return Tr::tr("Conversation");
    case BatchColumn::Location:
        return Tr::tr("Location");
    case BatchColumn::Text:
        return Tr::tr("Text");
    case BatchColumn::TraceId:
        return Tr::tr("Trace id");
    case BatchColumn::Error:
        return Tr::tr("Problem");
    }
    return {};
}

QString name(BatchColumn column)
{
    switch (column) {
    case BatchColumn::Id:
        return u"id"_s;
    case BatchColumn::Outcome:
        return u"outcome"_s;
    case BatchColumn::HttpStatus:
        return u"http_status"_s;
    case BatchColumn::Direction:
        return u"direction"_s;
    case BatchColumn::Status:
        return u"status"_s;
    case BatchColumn::Type:
        return u"type"_s;
    case BatchColumn::Date:
        return u"date"_s;
    case BatchColumn::Contact:
        return u"contact_id"_s;
    case BatchColumn::Conversation:
        return u"conversation_id"_s;
    case BatchColumn::Location:
        return u"location_id"_s;
    case BatchColumn::Text:
        return u"text"_s;
    case BatchColumn::TraceId:
        return u"trace_id"_s;
    case BatchColumn::Error:
        return u"error"_s;
    }
    return {};
}

std::optional<BatchColumn> fromName(const QString &text)
{
    const QString wanted = text.trimmed().toLower();
    for (int i = 0; i < count; ++i) {
        if (name(BatchColumn(i)) == wanted)
            return BatchColumn(i);
    }
    return std::nullopt;
}

} // namespace BatchColumns
