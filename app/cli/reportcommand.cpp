#include "reportcommand.h"

#include "cliarguments.h"
#include "clicontext.h"
#include "exitcode.h"
#include "jsonwriter.h"

#include "store/profilestore.h"

using namespace Qt::StringLiterals;

ReportCommand::ReportCommand(CliContext &cli, QObject *parent)
    : CliSubcommand(cli, parent)
{}

void ReportCommand::run(const CliCommand &command, Done done)
{
    PersonalDataClasses masked = PersonalDataMask::all();
    for (const QString &name : command.unmask) {
        if (const auto data = PersonalDataMask::fromName(name))
            masked.setFlag(*data, false);
    }
    const QString format = command.formatName.isEmpty() ? u"md"_s : command.formatName;
    m_cli.inspect(m_cli.lookupRequest(command, command.messageId), QString(),
                  [this, masked, format, done = std::move(done)](const Inspection &found) {
                      if (found.failure() && !found.result.wasSent()) {
                          done(m_cli.fail(*found.failure())); // nothing was asked: nothing to report
                          return;
                      }
                      MessageReport::Options options;
                      options.masked = masked;
                      options.token = m_cli.tokenInUse();
                      options.lookedUpAt = QDateTime::currentDateTimeUtc();
                      options.zone = QTimeZone::systemTimeZone();
                      if (const auto profile = m_cli.profiles()->profile(found.result.profile)) {
                          options.webAppUrl = profile->webAppUrl;
                          options.conversationLinkTemplate = profile->conversationLinkTemplate;
                      }
                      const MessageReport report = MessageReport::build(found.result, options);
                      if (format == u"json"_s)
                          m_cli.writeOut(json(report));
                      else
                          m_cli.writeOut((format == u"html"_s ? report.html() : report.markdown()).toUtf8());
                      done(found.failure() ? m_cli.fail(*found.failure())
                                           : ExitCodes::value(ExitCode::Success));
                  });
}

QByteArray ReportCommand::json(const MessageReport &report)
{
    JsonWriter json;
    json.beginObject();
    json.field(u"title", report.title());
    json.key(u"facts");
    json.beginArray();
    for (const MessageReport::Fact &fact : report.facts()) {
        json.beginObject();
        json.field(u"label", fact.label);
        json.field(u"value", fact.value);
        json.endObject();
    }
    json.endArray();
    json.fieldOrNull(u"link",
                     report.link().isEmpty() ? QString() : report.link().toString(QUrl::FullyEncoded));
    json.key(u"problems");
    json.beginArray();
    for (const QString &line : report.problems())
        json.string(line);
    json.endArray();
    json.key(u"whyItFailed");
    json.beginArray();
    for (const QString &line : report.whyItFailed())
        json.string(line);
    json.endArray();
    json.field(u"masking", report.maskingNote());
    json.endObject();
    return json.data();
}
