#pragma once

#include "api/clientoptions.h"
#include "related/recordingfile.h"
#include "related/relatedlink.h"
#include "related/relatedresult.h"

#include <QObject>
#include <QPointer>

#include <optional>

class InspectionJob;
class InspectionSession;

// Runs one related lookup through the session (InspectionSession::inspectRelated: the same profile, token,
// address, validation, retries, redirect rule and rate-limit reading as a message lookup) and reads the
// answer into its typed form off the UI thread:
//   email          → EmailMessage
//   recording      → a RecordingFile (streamed into a private temporary file, its own cap)
//   transcript     → Transcription
//   conversation   → ConversationInfo
//   messages       → ConversationMessages, page by page (ConversationPaging decides when to stop)
//   contact        → Contact
// A link that is unavailable (an id missing or refused) sends nothing and finishes with a Usage failure.
//
// finished() is emitted exactly once, from the event loop (never from inside start()), on every path; the
// lookup deletes itself afterwards. Connect with the caller's own context object as receiver. cancel()
// stops it; finished() follows with a Cancelled failure.
struct RelatedLookupOptions
{
    int maxPages = 10;       // conversation messages: pages of 20
    QString focusMessageId;  // the inspected message, marked in the list
    bool stopAtFocus = true; // stop paging once it was seen
    qint64 maxRecordingBytes = RecordingFile::defaultMaxBytes;
    QString recordingDirectory; // empty: the system's temporary folder
    // Where the message itself was looked up, when not at the profile's address (the CLI's --base-url and
    // --allow-host): the related requests go to the same place, under the same rule for the token.
    QString baseUrlOverride;
    QString allowHost;
    // The client options of the message lookup (the CLI's --timeout, --no-retry); empty: the session's.
    std::optional<ClientOptions> clientOptions;
};

class RelatedLookup : public QObject
{
    Q_OBJECT

public:
    using Options = RelatedLookupOptions;

    // Starts the lookup of link with the profile's token (empty: the default profile). The lookup is a child
    // of the session.
    static RelatedLookup *start(InspectionSession *session, const RelatedLink &link,
                                const QString &profile = {}, const Options &options = {});

    const RelatedLink &link() const { return m_result.link; }
    bool isFinished() const { return m_finished; }
    void cancel();

signals:
    void progress(const QString &text);
    void finished(const RelatedResult &result);

private:
    RelatedLookup(InspectionSession *session, const RelatedLink &link, const QString &profile,
                  const Options &options);
    void begin();
    void request(const ApiRequest &call, std::shared_ptr<BodySink> sink = {},
                 std::optional<ClientOptions> clientOptions = {});
    void onAnswer(const InspectionResult &answer);
    void read(const InspectionResult &answer);
    void onRead(RelatedResult typed);
    void finish(std::optional<InspectionFailure> failure = std::nullopt);

    QPointer<InspectionSession> m_session;
    QString m_profile;
    Options m_options;
    RelatedResult m_result;
    std::shared_ptr<RecordingFile> m_recording;
    std::unique_ptr<ConversationPaging> m_paging;
    QPointer<InspectionJob> m_job;
    bool m_finished = false;
    bool m_reading = false;
};
