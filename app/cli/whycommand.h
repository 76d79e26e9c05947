#pragma once

#include "clisubcommand.h"
#include "inspection.h"

#include "related/failureevidence.h"
#include "related/relatedresult.h"

#include <QByteArray>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <optional>

class RelatedLookup;

// `why ID [--contact]`: the message is looked up through the session (like `get`) and the core's
// FailureEvidence says what the evidence shows about why it did not arrive, each fact with its source: the
// message (status, its error text, channel, source, conversation provider, dateAdded → dateUpdated), the
// contact when --contact looks it up (DND for the channel, no phone, no email), the known causes these point
// at (KnownCauses, each with its public source), that the API does not expose the carrier's error code
// (highlevel-api-docs #160), and the conversation's link in the profile's web app (WebAppLinks).
//
// A message that did not fail is said to be so, plainly. Exit status 0 whenever it could explain (the message
// having failed is the answer, not an error); the message lookup's or the contact lookup's own status when
// that failed (the explanation without the contact is still printed then).
class WhyCommand : public CliSubcommand
{
    Q_OBJECT

public:
    explicit WhyCommand(CliContext &cli, QObject *parent = nullptr);
    ~WhyCommand() override;

    void run(const CliCommand &command, Done done) override;

    // The text for a person. messageId: the message's id as looked up.
    static QString text(const FailureEvidence &evidence, const QString &messageId);
    // {messageId, failed, status, channel, contactChecked, lines[{source, text, origin, path, cause}],
    //  pointedAt[{code, title, whatToDo, source}], otherCauses[…], carrierErrorCode{exposed, note, source},
    //  conversationLink, contactError, exitCode}
    static QByteArray json(const FailureEvidence &evidence, const QString &messageId,
                           const std::optional<InspectionFailure> &contactFailure, int exitCode);

private:
    void onMessage(const Inspection &found);
    void explain(const std::optional<RelatedResult> &contact);

    Done m_done;
    bool m_json = false;
    bool m_withContact = false;
    Inspection m_message;
    QUrl m_conversationLink;
    QPointer<RelatedLookup> m_lookup;
};
