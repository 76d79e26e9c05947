#pragma once

#include "clisubcommand.h"

#include "report/messagereport.h"

#include <QByteArray>

// `report ID`: the message looked up through the session (like `get`, recorded in the history) and written
// as a short report for a support ticket by the core's MessageReport — the card's facts, traceId, HTTP status
// and time, the problems, why the lookup failed, a link to the conversation in the profile's web app — as
// Markdown (default), HTML or JSON. Personal data is masked (PersonalDataMask) unless --unmask names its
// kind; the report says what was masked. The token never appears: the core scrubs it (SecretScrubber) and so
// does every write. A lookup that was answered with an error still gets its report (why it failed), and exits
// with that error's status; one refused before sending gets no report.
class ReportCommand : public CliSubcommand
{
    Q_OBJECT

public:
    explicit ReportCommand(CliContext &cli, QObject *parent = nullptr);

    void run(const CliCommand &command, Done done) override;

    // The JSON form: {title, facts[{label, value}], link, problems[], whyItFailed[], masking}.
    static QByteArray json(const MessageReport &report);
};
