#pragma once

#include "related/contact.h"
#include "related/conversationinfo.h"
#include "related/conversationpage.h"
#include "related/conversationpaging.h"
#include "related/emailmessage.h"
#include "related/recordingfile.h"
#include "related/relatedlink.h"
#include "related/transcription.h"
#include "session/inspectionresult.h"

#include <QList>
#include <QMetaType>

#include <memory>
#include <optional>

// The messages of a conversation, read page by page (ConversationPaging), newest first as the API sends them.
struct ConversationMessages
{
    QList<ConversationMessage> messages;
    QList<ConversationPage::Shape> shapes; // each page's shape: flat (documented) or wrapped (live)
    int pages = 0;
    bool complete = false;     // the last page said no more follow
    QString stopReason;        // why paging stopped, in plain words
    qsizetype focusIndex = -1; // where the inspected message is in messages, or -1
    QStringList problems;
};

// What one related lookup produced. exchanges holds every request made, in order (one, or one per page),
// each a full InspectionResult the tree/raw/HTTP views can show; the typed member for the link's kind is set
// when its answer could be read. failure is set when something went wrong; then the typed member may still
// hold what was read before (the pages before the failing one).
struct RelatedResult
{
    RelatedLink link;
    QList<InspectionResult> exchanges;
    std::optional<InspectionFailure> failure;

    std::optional<EmailMessage> email;
    std::optional<Transcription> transcription;
    std::optional<ConversationInfo> conversation;
    std::optional<ConversationMessages> messages;
    std::optional<Contact> contact;
    // The recording's private temporary file, removed when the last holder lets go.
    std::shared_ptr<RecordingFile> recording;

    bool ok() const { return !failure.has_value(); }
    // The last request's result (the one a single-request lookup made), or nullptr when none was made.
    const InspectionResult *last() const { return exchanges.isEmpty() ? nullptr : &exchanges.constLast(); }
};

Q_DECLARE_METATYPE(RelatedResult)
