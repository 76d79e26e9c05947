#pragma once

#include "clisubcommand.h"
#include "exitcode.h"
#include "inspection.h"

#include "related/relatedlookup.h"
#include "related/relatedresult.h"

#include <QList>
#include <QPointer>
#include <QStringList>

#include <memory>

class InterruptNotifier;

// `related ID [--what thread,recording,transcript,conversation,contact]`: the message is looked up through
// the session (like `get`, recorded in the history), RelatedLinks finds what it leads to, and each requested
// RelatedLookup runs, one after another, through the same session (same profile, token, address, retries and
// rate-limit reading; each endpoint with its own Version). Without --what it follows whatever the message has
// of the thread, the transcript, the conversation (and the messages around this one) and the contact; the
// recording is only announced (`recording ID -o FILE` downloads it) unless --what names it (or says all),
// when it is fetched into a private temporary file to check its size and type, and removed.
//
// Text (default): the message's line, then one section per kind as it completes. JSON: one object at the end.
// A lookup that fails is marked in its section and its failure's full text goes to stderr (a 401/403 names
// the scope to add); the exit status is the worst of them (the same table as `get`). A kind asked for with
// --what that the message does not have (a transcript of an SMS) is a usage error (2). Ctrl+C stops it (130).
class RelatedCommand : public CliSubcommand
{
    Q_OBJECT

public:
    explicit RelatedCommand(CliContext &cli, QObject *parent = nullptr);
    ~RelatedCommand() override;

    void run(const CliCommand &command, Done done) override;

    // The --what name a link answers to: "thread" for an email of the thread, "conversation" for the
    // conversation and its messages, "recording", "transcript", "contact".
    static QString whatOf(RelatedLink::Kind kind);
    // The related lookups' options for a message looked up with request: the same address (--base-url,
    // --allow-host) and client options (--timeout, --no-retry).
    static RelatedLookupOptions lookupOptions(const InspectionRequest &request);
    // Why the message has nothing for a --what name (it is not a call, it has no thread).
    static QString missingText(const QString &what);

private:
    // One --what name's results, printed together when the last of them is in.
    struct Group
    {
        QString what;
        QList<RelatedLink> links; // to look up, in order
        QList<RelatedResult> results;
        QString note; // instead of results: the recording announced, or what the message does not have
        bool missing = false;
    };

    void onMessage(const Inspection &found);
    void lookUpNext();
    void onResult(const RelatedResult &result);
    void printGroup(Group &group);
    static void releaseRecordings(Group &group);
    void end();

    Done m_done;
    bool m_json = false;
    QString m_messageId;
    QString m_profile;
    QStringList m_what;
    RelatedLookupOptions m_options;
    QList<Group> m_groups;
    int m_group = 0; // the group being looked up
    int m_link = 0;  // its next link
    QPointer<RelatedLookup> m_lookup;
    std::unique_ptr<InterruptNotifier> m_interrupt;
    bool m_interrupted = false;
    ExitCode m_worst = ExitCode::Success;
};
