#include "cliapp.h"

#include "helptext.h"
#include "idlist.h"
#include "jsonlines.h"
#include "jsonreport.h"
#include "multiget.h"
#include "problemstext.h"
#include "stdininput.h"
#include "suggestedcommand.h"
#include "summarytext.h"

#include "api/clientoptions.h"
#include "api/highlevelclient.h"
#include "api/inputvalidation.h"
#include "api/lookuprequest.h"
#include "common/logging.h"
#include "common/redaction.h"
#include "common/secretwipe.h"
#include "message/messagecomparison.h"
#include "message/messagedecorator.h"
#include "secrets/keychainprobe.h"
#include "secrets/tokeninfo.h"
#include "secrets/tokenstore.h"
#include "secrets/tokenvault.h"
#include "store/profilestore.h"
#include "json/jsontreemodel.h"
#include "json/prettyprinter.h"
#include "json/treetext.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cerrno>
#include <cstdio>
#include <functional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliApp", text);
}

constexpr QLatin1StringView tokenVariable{"HIGHLEVEL_TOKEN"};

// Waits for the keychain operation started by `start` and returns its one result.
TokenStoreResult awaitKeychain(TokenStore &store, const std::function<quint64()> &start)
{
    TokenStoreResult result;
    QEventLoop loop;
    quint64 id = 0;
    bool done = false;
    QObject::connect(&store, &TokenStore::finished, &loop, [&](const TokenStoreResult &r) {
        if (r.id != id)
            return;
        result = r;
        done = true;
        loop.quit();
    });
    id = start();
    if (!done)
        loop.exec();
    return result;
}

// A keychain answer that did not give what was needed, as a failure the user can act on.
CliFailure keychainFailure(const TokenStoreResult &result, const QString &profile)
{
    using Status = TokenStoreResult::Status;
    switch (result.status) {
    case Status::NoKeychain:
        return CliFailure::make(
            ExitCode::Authentication, CliFailure::keychainUnavailableKind,
            tr("No keychain is available, so no saved token can be used"),
            tr("There is no D-Bus session or no Secret Service (for example GNOME Keyring or KWallet) on "
               "this "
               "machine, as is usual over SSH and in CI."),
            tr("Set the token for this shell with: read -rs %1 && export %1").arg(tokenVariable));
    case Status::NotFound:
        return CliFailure::make(
            ExitCode::Authentication, CliFailure::noTokenKind,
            tr("No token is saved for the profile “%1”").arg(profile),
            tr("Nothing was found in the keychain under this profile."),
            tr("Save one with “%1” (it reads standard input), or set %2.")
                .arg(SuggestedCommand::cli({QStringLiteral("token"), QStringLiteral("set"),
                                            QStringLiteral("--profile"), profile}),
                     tokenVariable));
    case Status::Locked:
        return CliFailure::make(ExitCode::Authentication, CliFailure::keychainErrorKind,
                                tr("The keychain is locked"), result.message,
                                tr("Unlock your keyring (for example by logging in to the desktop session), "
                                   "or set %1.")
                                    .arg(tokenVariable));
    default:
        break;
    }
    CliFailure failure = CliFailure::make(ExitCode::Authentication, CliFailure::keychainErrorKind,
                                          tr("The keychain did not give the token"), result.message,
                                          tr("Try again, or set %1 for this shell.").arg(tokenVariable));
    failure.detail = result.detail;
    return failure;
}

CliFailure noKeychainForSaving()
{
    return CliFailure::make(ExitCode::Authentication, CliFailure::keychainUnavailableKind,
                            tr("No keychain is available, so the token cannot be saved"),
                            tr("There is no D-Bus session or no Secret Service on this machine, as is usual "
                               "over SSH and in CI. The "
                               "token is never written to a file instead."),
                            tr("Set it for this shell with: read -rs %1 && export %1").arg(tokenVariable));
}

QString alignedLines(const QList<std::pair<QString, QString>> &rows, const TerminalStyle &style)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    QString text;
    for (const auto &[caption, value] : rows)
        text +=
            style.caption(caption.leftJustified(width)) + QStringLiteral("  ") + value + QLatin1Char('\n');
    return text;
}

} // namespace

CliApp::CliApp(const Environment &environment)
    : m_env(environment)
{}

CliApp::~CliApp()
{
    SecretWipe::wipe(m_token);
}

void CliApp::writeOut(const QByteArray &bytes)
{
    if (m_outputFailed)
        return; // the reader is gone or the disk is full: what follows could only be lost too
    const QByteArray safe = Redaction::scrub(bytes, m_token.toUtf8());
    errno = 0;
    const size_t written = std::fwrite(safe.constData(), 1, size_t(safe.size()), stdout);
    if (written != size_t(safe.size()) || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        m_outputFailed = true;
        m_outputErrno = errno;
    }
}

void CliApp::writeErr(const QString &text)
{
    const QByteArray safe = Redaction::scrub(text, m_token).toUtf8();
    std::fwrite(safe.constData(), 1, size_t(safe.size()), stderr);
    std::fflush(stderr);
}

int CliApp::fail(const CliFailure &failure)
{
    CliFailure safe = failure;
    safe.scrub(m_token);
    writeErr(safe.toText());
    return ExitCodes::value(failure.exitCode);
}

int CliApp::run(const CliCommand &command)
{
    const int status = runCommand(command);
    if (!m_outputFailed)
        return status;
    const QString reason = m_outputErrno == EPIPE ? tr("the reading end of the pipe was closed")
                           : m_outputErrno != 0   ? qt_error_string(m_outputErrno)
                                                  : tr("unknown error");
    writeErr(tr("error: the output could not be written (%1); it is missing or incomplete.").arg(reason) +
             QLatin1Char('\n'));
    return ExitCodes::value(ExitCode::OutputFailed);
}

int CliApp::runCommand(const CliCommand &command)
{
    using Kind = CliCommand::Kind;
    switch (command.kind) {
    case Kind::Help:
        return runHelp(command);
    case Kind::Version:
        writeOut(QStringLiteral("message-inspector-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
    case Kind::Get:
    case Kind::Open:
    case Kind::Check:
        return runInspect(command);
    case Kind::TokenSet:
        return runTokenSet(command);
    case Kind::TokenStatus:
        return runTokenStatus(command);
    case Kind::TokenForget:
        return runTokenForget(command);
    case Kind::ProfileList:
        return runProfileList();
    case Kind::ProfileAdd:
        return runProfileAdd(command);
    case Kind::ProfileRemove:
        return runProfileRemove(command);
    case Kind::ProfileSetDefault:
        return runProfileSetDefault(command);
    case Kind::ProfileRename:
        return runProfileRename(command);
    }
    return ExitCodes::value(ExitCode::Usage);
}

int CliApp::runHelp(const CliCommand &command)
{
    if (command.helpTopic.isEmpty()) {
        writeOut(HelpText::overview());
        return 0;
    }
    const QString text = HelpText::forCommand(command.helpTopic);
    if (text.isEmpty()) {
        return fail(CliFailure::make(ExitCode::Usage, CliFailure::usageKind,
                                     tr("There is no command “%1”").arg(command.helpTopic.left(40)),
                                     tr("Commands: get, open, check, token, profile, help.")));
    }
    writeOut(text);
    return 0;
}

// --- Profiles and the token -------------------------------------------------------------------------------

std::optional<Profile> CliApp::resolveProfile(ProfileStore &store, const CliCommand &command,
                                              CliFailure &failure)
{
    const QString name = command.profile.value_or(store.defaultProfileName());
    if (auto profile = store.profile(name))
        return profile;
    failure = CliFailure::make(
        ExitCode::Usage, CliFailure::profileKind,
        tr("There is no profile called “%1”").arg(name.left(ProfileStore::maxNameLength)),
        tr("Profiles: %1.").arg(store.names().join(QStringLiteral(", "))),
        tr("Create it with “%1”, or pick one of those with --profile.")
            .arg(SuggestedCommand::cli({QStringLiteral("profile"), QStringLiteral("add"), name})));
    return std::nullopt;
}

std::optional<QString> CliApp::resolveToken(const QString &profile, CliFailure &failure)
{
    if (m_resolvedToken)
        return m_resolvedToken; // several ids in one run: the keychain is asked once
    const QString fromEnvironment = qEnvironmentVariable("HIGHLEVEL_TOKEN");
    if (!fromEnvironment.isEmpty()) {
        m_token = fromEnvironment.trimmed(); // scrub it from everything, even when it is refused below
        const auto checked = InputValidation::token(fromEnvironment);
        if (!checked.ok()) {
            failure =
                CliFailure::make(ExitCode::Usage, CliFailure::usageKind,
                                 tr("%1 does not hold a usable token").arg(tokenVariable), checked.error,
                                 tr("Set %1 to the Private Integration Token or OAuth access token, "
                                    "without quotes or extra text.")
                                     .arg(tokenVariable));
            return std::nullopt;
        }
        m_token = checked.value;
        qCInfo(lcCli) << "token from" << tokenVariable;
        m_resolvedToken = checked.value;
        return checked.value;
    }
    TokenStore store;
    const TokenStoreResult result = awaitKeychain(store, [&] { return store.load(profile); });
    if (!result.ok()) {
        failure = keychainFailure(result, profile);
        return std::nullopt;
    }
    m_token = result.token;
    qCInfo(lcCli) << "token from the keychain for profile" << profile;
    m_resolvedToken = result.token;
    return result.token;
}

// --- get / open / check -----------------------------------------------------------------------------------

OutputFormat CliApp::formatFor(const CliCommand &command) const
{
    if (command.format)
        return *command.format;
    if (command.kind == CliCommand::Kind::Check)
        return OutputFormat::Problems;
    return m_env.stdoutIsTerminal ? OutputFormat::Summary : OutputFormat::Raw;
}

Inspection CliApp::lookUp(const CliCommand &command)
{
    Inspection inspection;
    CliFailure failure;
    ProfileStore profiles;
    const std::optional<Profile> profile = resolveProfile(profiles, command, failure);
    if (!profile) {
        inspection.failure = failure;
        return inspection;
    }

    LookupRequest request;
    request.baseUrl = command.baseUrl.value_or(profile->baseUrl.toString());
    request.apiVersion = profile->apiVersion;
    request.messageIdInput = command.messageId;

    // Refuse bad input before the keychain is asked for anything.
    const auto id = InputValidation::messageId(command.messageId);
    if (!id.ok()) {
        inspection.failure =
            CliFailure::make(ExitCode::Usage, QLatin1StringView("invalid_input"),
                             tr("The message id was refused; nothing was sent"), id.error,
                             tr("Pass the message id (for example ve9EPM428h8vShlRW1KT) or a "
                                "link that contains it."));
        return inspection;
    }
    const auto base = InputValidation::baseUrl(request.baseUrl);
    if (!base.ok()) {
        inspection.failure = CliFailure::make(
            ExitCode::Usage, QLatin1StringView("invalid_input"),
            tr("The base URL was refused; nothing was sent"), base.error,
            command.baseUrl ? tr("Correct --base-url: https://…, or http:// only for localhost / 127.0.0.1.")
                            : tr("Correct the base URL of the profile “%1”.").arg(profile->name));
        return inspection;
    }

    // A saved token goes only where its profile says, unless the user names the other host explicitly.
    const QString host = base.value.host();
    const bool profilesOwn = InputValidation::baseUrl(profile->baseUrl.toString()).value == base.value;
    if (command.baseUrl && !profilesOwn && !InputValidation::isHighLevelOrLoopbackHost(host) &&
        host.compare(command.allowHost.value_or(QString()), Qt::CaseInsensitive) != 0) {
        inspection.failure = CliFailure::make(
            ExitCode::Usage, QLatin1StringView("host_not_allowed"),
            tr("The token was not sent to %1").arg(host),
            tr("--base-url points to %1, which is neither HighLevel's API (*.leadconnectorhq.com) nor this "
               "computer. A token goes only to its profile's address unless you name the other host.")
                .arg(host),
            tr("If %1 may have the token, add --allow-host %1.").arg(host));
        return inspection;
    }

    const std::optional<QString> token = resolveToken(profile->name, failure);
    if (!token) {
        inspection.failure = failure;
        return inspection;
    }
    request.token = *token;
    request.profile = profile->name;

    ClientOptions options;
    if (command.timeoutMs) {
        // --timeout bounds the whole lookup: every attempt, retry wait and redirect hop.
        options.deadlineMs = *command.timeoutMs;
        options.attemptTimeoutMs = std::min(options.attemptTimeoutMs, *command.timeoutMs);
    }
    options.retry.enabled = !command.noRetry;

    HighLevelClient client;
    client.setOptions(options);
    ApiResult result;
    QEventLoop loop;
    QObject::connect(&client, &HighLevelClient::finished, &loop, [&](const ApiResult &r) {
        result = r;
        loop.quit();
    });
    QObject::connect(&client, &HighLevelClient::retryScheduled, &loop, [](int next, int max, int waitMs) {
        qCInfo(lcCli) << "retrying: attempt" << next << "of" << max << "in" << waitMs << "ms";
    });
    client.lookup(request);
    loop.exec();

    inspection.http = result;
    inspection.body = result.body;
    if (!result.body.isEmpty())
        inspection.analysis = MessageAnalysis::analyze(result.body);
    if (!result.ok()) {
        CliFailure apiFailure = CliFailure::fromApiError(result.error);
        apiFailure.traceId = inspection.analysis.shape.traceId;
        if (result.error.kind == ErrorKind::InvalidInput)
            apiFailure.exitCode = ExitCode::Usage;
        inspection.failure = apiFailure;
    }
    return inspection;
}

Inspection CliApp::readFile(const QString &fileName)
{
    Inspection inspection;
    inspection.fileName = fileName;
    const qint64 maxBytes = ClientOptions{}.maxBodyBytes;
    const auto tooLarge = [&] {
        return CliFailure::make(ExitCode::InvalidResponse, QLatin1StringView("too_large"),
                                tr("%1 is larger than %2 MiB").arg(fileName).arg(maxBytes / (1024 * 1024)),
                                tr("A message response is a few kilobytes; this is not one."),
                                tr("Check that this is the saved response body."));
    };

    if (fileName == QLatin1StringView("-")) {
        const std::optional<QByteArray> data = StdinInput::readAll(maxBytes);
        if (!data) {
            inspection.failure = tooLarge();
            return inspection;
        }
        inspection.body = *data;
    } else {
        const QFileInfo info(fileName);
        QString reason;
        if (!info.exists())
            reason = tr("There is no such file.");
        else if (info.isDir())
            reason = tr("It is a folder, not a file.");
        else if (info.size() > maxBytes) {
            inspection.failure = tooLarge();
            return inspection;
        }
        QFile file(fileName);
        if (reason.isEmpty() && !file.open(QIODevice::ReadOnly))
            reason = file.errorString();
        if (!reason.isEmpty()) {
            inspection.failure = CliFailure::make(ExitCode::Usage, CliFailure::fileUnreadableKind,
                                                  tr("Cannot read %1").arg(fileName), reason,
                                                  tr("Check the path, or use - to read standard input."));
            return inspection;
        }
        inspection.body = file.read(maxBytes + 1);
        if (inspection.body.size() > maxBytes) {
            inspection.failure = tooLarge();
            return inspection;
        }
    }

    const QString shownName = fileName == QLatin1StringView("-") ? tr("Standard input") : fileName;
    if (inspection.body.trimmed().isEmpty()) {
        inspection.failure =
            CliFailure::make(ExitCode::InvalidResponse, QLatin1StringView("not_json"),
                             tr("%1 is empty").arg(shownName), tr("There is no response body to inspect."),
                             tr("Save a body first, e.g. message-inspector-cli get ID "
                                "--format raw > message.json"));
        return inspection;
    }
    inspection.analysis = MessageAnalysis::analyze(inspection.body);
    if (inspection.document().hasError()) {
        CliFailure failure =
            CliFailure::make(ExitCode::InvalidResponse, QLatin1StringView("not_json"),
                             tr("%1 is not JSON").arg(shownName), tr("The content does not parse as JSON."),
                             tr("Pass the response body exactly as the server sent it (for example saved "
                                "with --format raw)."));
        failure.detail = inspection.document().error().toString();
        inspection.failure = failure;
    }
    return inspection;
}

int CliApp::runInspect(const CliCommand &command)
{
    if (command.getsMany())
        return runGetMany(command);
    const OutputFormat format = formatFor(command);
    Inspection inspection = command.looksUp() ? lookUp(command) : readFile(command.file);
    if (command.kind == CliCommand::Kind::Open && command.lookupLive && !inspection.failure)
        inspection = lookUpWhatTheFileNames(command, inspection);

    if (command.kind == CliCommand::Kind::Check && !inspection.failure)
        inspection.problemsFound = ProblemsText::hasProblems(inspection.analysis.findings, command.strict);

    if (format == OutputFormat::Json) {
        writeOut(JsonReport::build(inspection, QDateTime::currentDateTimeUtc()));
    } else if (!inspection.failure) {
        QByteArray output = render(inspection, format);
        if (m_env.stdoutIsTerminal && (format == OutputFormat::Raw || format == OutputFormat::Pretty)) {
            // The body's own bytes: a raw control character in it must not drive the terminal.
            bool changed = false;
            output = TerminalStyle::neutralizeControls(output, &changed);
            if (changed)
                writeErr(
                    tr("note: control characters in the body are shown as \\xNN here; redirect or pipe the "
                       "output to get the exact bytes.") +
                    QLatin1Char('\n'));
        }
        writeOut(output);
        if (format == OutputFormat::Problems && inspection.analysis.findings.isEmpty())
            writeErr(tr("No schema problems found.") + QLatin1Char('\n'));
    }
    if (inspection.failure)
        return fail(*inspection.failure);
    return ExitCodes::value(inspection.exitCode());
}

int CliApp::runGetMany(const CliCommand &command)
{
    const OutputFormat format = formatFor(command);
    QStringList inputs = command.messageIds;
    if (command.readsIdsFromStdin()) {
        const std::optional<QByteArray> input = StdinInput::readAll(IdList::maxInputBytes);
        if (!input) {
            return fail(
                CliFailure::make(ExitCode::Usage, QLatin1StringView("invalid_input"),
                                 tr("Standard input holds more than %1 of ids; nothing was sent")
                                     .arg(QLocale().formattedDataSize(IdList::maxInputBytes)),
                                 tr("“get -” reads at most %1 ids, one per line.").arg(IdList::maxIds)));
        }
        inputs = IdList::split(QString::fromUtf8(*input));
    }
    // Every id is checked before anything is sent: one bad line in a list sends nothing.
    const IdList::Checked checked = IdList::check(inputs);
    if (!checked.ok()) {
        Inspection refused;
        refused.failure = CliFailure::make(
            ExitCode::Usage, QLatin1StringView("invalid_input"),
            checked.error.isEmpty() ? tr("Message ids were refused; nothing was sent")
                                    : tr("The list of message ids was refused; nothing was sent"),
            checked.error.isEmpty() ? checked.refusals.join(QStringLiteral("\n  ")) : checked.error,
            tr("Correct or remove those entries: each is a message id (for example "
               "ve9EPM428h8vShlRW1KT) or a link that contains one."));
        if (format == OutputFormat::Json)
            writeOut(JsonLines::line(JsonReport::build(refused, QDateTime::currentDateTimeUtc())));
        return fail(*refused.failure);
    }

    MultiGet::Hooks hooks;
    hooks.lookUp = [this, &command](const QString &id) {
        CliCommand one = command;
        one.messageId = id;
        one.messageIds = {id};
        return lookUp(one);
    };
    hooks.render = [this, format](const Inspection &inspection) {
        QByteArray output = render(inspection, format);
        if (m_env.stdoutIsTerminal && (format == OutputFormat::Raw || format == OutputFormat::Pretty))
            output = TerminalStyle::neutralizeControls(output);
        return output;
    };
    hooks.writeOut = [this](const QByteArray &bytes) { writeOut(bytes); };
    hooks.writeErr = [this](const QString &text) { writeErr(text); };
    hooks.failureText = [this](const CliFailure &failure) {
        CliFailure safe = failure;
        safe.scrub(m_token);
        return safe.toText();
    };
    return ExitCodes::value(MultiGet(format, hooks).run(checked.ids));
}

// open FILE --lookup: the file (typically a webhook payload) names a message; fetch it live and say where the
// two disagree. The result is the live lookup, with the comparison attached.
Inspection CliApp::lookUpWhatTheFileNames(const CliCommand &command, const Inspection &file)
{
    const MessageView &view = file.analysis.view;
    if (!view.id.isPresent()) {
        Inspection refused = file;
        refused.failure = CliFailure::make(
            ExitCode::Usage, QLatin1StringView("invalid_input"),
            tr("%1 names no message id").arg(file.fileName),
            tr("--lookup needs a body with the message's id (\"id\", or \"messageId\" in a webhook)."),
            tr("Open a webhook payload or a saved message response."));
        return refused;
    }
    CliCommand live = command;
    live.kind = CliCommand::Kind::Get;
    live.messageId = view.id.value;
    Inspection result = lookUp(live);
    result.comparedWith =
        file.analysis.shape.kind == ResponseShape::Kind::WebhookEvent ? tr("webhook") : tr("file");
    if (!result.failure && result.analysis.view.isMessage)
        result.comparison = MessageComparison::compare(file.analysis, result.analysis);
    return result;
}

QByteArray CliApp::render(const Inspection &inspection, OutputFormat format) const
{
    switch (format) {
    case OutputFormat::Raw:
        return inspection.body;
    case OutputFormat::Json:
        return JsonReport::build(inspection, QDateTime::currentDateTimeUtc());
    case OutputFormat::Tree: {
        MessageDecorator decorator;
        decorator.setShape(inspection.analysis.shape);
        Json::JsonTreeModel model;
        model.setDecorator(&decorator);
        model.setDocument(inspection.document());
        return Json::treeText(&model).toUtf8();
    }
    case OutputFormat::Summary:
        return SummaryText::render(inspection, m_env.style, QDateTime::currentDateTimeUtc()).toUtf8();
    case OutputFormat::Problems:
        return ProblemsText::render(inspection.analysis.findings).toUtf8();
    case OutputFormat::Pretty:
        return Json::PrettyPrinter().format(inspection.document()) + '\n';
    }
    return inspection.body;
}

// --- token ------------------------------------------------------------------------------------------------

int CliApp::runTokenSet(const CliCommand &command)
{
    CliFailure failure;
    ProfileStore profiles;
    const std::optional<Profile> profile = resolveProfile(profiles, command, failure);
    if (!profile)
        return fail(failure);

    // Ask whether there is a keychain at all before anyone pastes a token that could not be kept.
    KeychainProbe::Answer answer = KeychainProbe::Answer::Unknown;
    {
        QEventLoop loop;
        KeychainProbe::ask(&loop, std::chrono::milliseconds(2000), [&](KeychainProbe::Answer a) {
            answer = a;
            loop.quit();
        });
        loop.exec();
    }
    if (answer == KeychainProbe::Answer::NoBus || answer == KeychainProbe::Answer::NoService)
        return fail(noKeychainForSaving());

    std::optional<QByteArray> input;
    if (m_env.stdinIsTerminal) {
        input = StdinInput::readHiddenLine(
            tr("Paste the token for the profile “%1” (it is not shown), then press Enter: ")
                .arg(profile->name));
    } else {
        input = StdinInput::readAll(InputValidation::maxTokenLength + 1024);
        if (!input) {
            return fail(CliFailure::make(
                ExitCode::Usage, CliFailure::usageKind, tr("The input is too long to be a token"),
                tr("A token is at most %1 characters.").arg(InputValidation::maxTokenLength),
                tr("Pipe only the token into “token set”.")));
        }
    }
    const QString typed = QString::fromUtf8(input.value_or(QByteArray()));
    m_token = typed.trimmed();
    const auto checked = InputValidation::token(typed);
    if (!checked.ok()) {
        return fail(CliFailure::make(ExitCode::Usage, CliFailure::usageKind, tr("The token was refused"),
                                     checked.error,
                                     tr("Paste only the token (a leading “Bearer ” is fine); nothing was "
                                        "saved.")));
    }
    m_token = checked.value;

    const TokenInfo info = TokenInfo::inspect(checked.value);
    for (const QString &warning : info.warnings())
        writeErr(tr("warning: %1").arg(warning) + QLatin1Char('\n'));

    TokenStore store;
    const auto overwrite = command.replace ? TokenStore::Overwrite::Replace : TokenStore::Overwrite::Refuse;
    const TokenStoreResult result =
        awaitKeychain(store, [&] { return store.save(profile->name, checked.value, overwrite); });
    using Status = TokenStoreResult::Status;
    if (result.status == Status::Exists) {
        return fail(
            CliFailure::make(ExitCode::Usage, QLatin1StringView("token_exists"),
                             tr("A different token is already saved for the profile “%1”").arg(profile->name),
                             tr("Nothing was changed."),
                             tr("Run “%1” to replace it.")
                                 .arg(SuggestedCommand::cli({QStringLiteral("token"), QStringLiteral("set"),
                                                             QStringLiteral("--replace"),
                                                             QStringLiteral("--profile"), profile->name}))));
    }
    if (result.status == Status::NoKeychain)
        return fail(noKeychainForSaving());
    if (!result.ok())
        return fail(keychainFailure(result, profile->name));

    writeErr(tr("Saved the token for the profile “%1” in the keychain (%2, %3).")
                 .arg(profile->name, info.kindName(), Redaction::hint(checked.value)) +
             QLatin1Char('\n'));
    if (!qEnvironmentVariable("HIGHLEVEL_TOKEN").isEmpty())
        writeErr(
            tr("note: %1 is set in this shell and is used instead of the saved token.").arg(tokenVariable) +
            QLatin1Char('\n'));
    return 0;
}

int CliApp::runTokenStatus(const CliCommand &command)
{
    CliFailure failure;
    ProfileStore profiles;
    const std::optional<Profile> profile = resolveProfile(profiles, command, failure);
    if (!profile)
        return fail(failure);

    const bool fromEnvironment = !qEnvironmentVariable("HIGHLEVEL_TOKEN").isEmpty();
    const std::optional<QString> token = resolveToken(profile->name, failure);
    if (!token)
        return fail(failure);

    const TokenInfo info = TokenInfo::inspect(*token);
    QList<std::pair<QString, QString>> rows;
    rows.append({tr("Profile"), profile->name});
    rows.append({tr("Source"), fromEnvironment
                                   ? tr("%1 (environment; the keychain is not consulted)").arg(tokenVariable)
                                   : tr("keychain")});
    rows.append({tr("Kind"), info.kindName()});
    rows.append({tr("Hint"), Redaction::hint(*token)});
    if (info.kind() == TokenInfo::Kind::Jwt) {
        if (!info.expiryText().isEmpty())
            rows.append({tr("Expiry"), info.expiryText()});
        if (!info.locationId().isEmpty())
            rows.append({tr("Location"), info.locationId()});
        if (!info.companyId().isEmpty())
            rows.append({tr("Company"), info.companyId()});
        if (!info.scopes().isEmpty())
            rows.append({tr("Scopes"), info.scopes().join(QLatin1Char(' '))});
    }
    for (const QString &warning : info.warnings())
        rows.append({tr("Warning"), warning});
    writeOut(alignedLines(rows, m_env.style));
    return 0;
}

int CliApp::runTokenForget(const CliCommand &command)
{
    CliFailure failure;
    ProfileStore profiles;
    const std::optional<Profile> profile = resolveProfile(profiles, command, failure);
    if (!profile)
        return fail(failure);
    TokenStore store;
    const TokenStoreResult result = awaitKeychain(store, [&] { return store.forget(profile->name); });
    if (!result.ok())
        return fail(keychainFailure(result, profile->name));
    writeErr(tr("The profile “%1” has no saved token now.").arg(profile->name) + QLatin1Char('\n'));
    if (!qEnvironmentVariable("HIGHLEVEL_TOKEN").isEmpty())
        writeErr(tr("note: %1 is still set in this shell.").arg(tokenVariable) + QLatin1Char('\n'));
    return 0;
}

// --- profile ----------------------------------------------------------------------------------------------

int CliApp::runProfileList()
{
    ProfileStore store;
    const QString defaultName = store.defaultProfileName();
    QList<QStringList> rows;
    for (const Profile &p : store.profiles()) {
        rows.append({p.name == defaultName ? QStringLiteral("*") : QStringLiteral(" "), p.name,
                     p.baseUrl.toString(), p.apiVersion, Json::escapeForDisplay(p.note, 80)});
    }
    QList<qsizetype> widths(5, 0);
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += (i ? QStringLiteral("  ") : QString()) +
                    (i + 1 < row.size() ? row.at(i).leftJustified(widths[i]) : row.at(i));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    writeOut(text);
    return 0;
}

int CliApp::runProfileAdd(const CliCommand &command)
{
    ProfileStore store;
    Profile profile;
    profile.name = command.profileName.trimmed();
    if (command.baseUrl)
        profile.baseUrl = QUrl(*command.baseUrl);
    if (command.apiVersion)
        profile.apiVersion = *command.apiVersion;
    if (command.note)
        profile.note = *command.note;
    if (command.webAppUrl)
        profile.webAppUrl = QUrl(*command.webAppUrl);
    const QString error = store.create(profile);
    if (!error.isEmpty()) {
        return fail(CliFailure::make(ExitCode::Usage, CliFailure::profileKind,
                                     tr("The profile was not added"), error));
    }
    writeErr(tr("Added the profile “%1”. Save its token with: %2")
                 .arg(profile.name, SuggestedCommand::cli({QStringLiteral("token"), QStringLiteral("set"),
                                                           QStringLiteral("--profile"), profile.name})) +
             QLatin1Char('\n'));
    return 0;
}

int CliApp::finishProfileChange(ProfileStore &store, const QString &startError, const QString &title,
                                const QString &doneText)
{
    if (!startError.isEmpty())
        return fail(CliFailure::make(ExitCode::Usage, CliFailure::profileKind, title, startError));
    ProfileChange change;
    QEventLoop loop;
    QObject::connect(&store, &ProfileStore::changeFinished, &loop, [&](const ProfileChange &c) {
        change = c;
        loop.quit();
    });
    loop.exec();
    if (!change.ok) {
        CliFailure failure =
            CliFailure::make(ExitCode::Authentication, CliFailure::keychainErrorKind, title, change.message,
                             tr("Its saved token could not be moved or removed in the keychain, so "
                                "nothing was changed; try again when the keychain is available."));
        failure.detail = change.keychain.detail;
        return fail(failure);
    }
    writeErr(doneText + QLatin1Char('\n'));
    if (change.keychain.status == TokenStoreResult::Status::NoKeychain)
        writeErr(tr("note: no keychain is available here, so no saved token was touched.") +
                 QLatin1Char('\n'));
    return 0;
}

int CliApp::runProfileRemove(const CliCommand &command)
{
    ProfileStore store;
    TokenStore tokens;
    TokenVault vault(&tokens);
    store.setVault(&vault);
    // ProfileStore reports the change from the event loop only, so connecting after remove() starts is safe.
    return finishProfileChange(
        store, store.remove(command.profileName), tr("The profile was not removed"),
        tr("Removed the profile “%1” and its saved token, if it had one.").arg(command.profileName));
}

int CliApp::runProfileRename(const CliCommand &command)
{
    ProfileStore store;
    TokenStore tokens;
    TokenVault vault(&tokens);
    store.setVault(&vault);
    return finishProfileChange(store, store.rename(command.profileName, command.newProfileName),
                               tr("The profile was not renamed"),
                               tr("Renamed the profile “%1” to “%2”; a saved token moved with it.")
                                   .arg(command.profileName, command.newProfileName));
}

int CliApp::runProfileSetDefault(const CliCommand &command)
{
    ProfileStore store;
    const QString error = store.setDefaultProfile(command.profileName);
    if (!error.isEmpty()) {
        return fail(CliFailure::make(ExitCode::Usage, CliFailure::profileKind,
                                     tr("The default profile was not changed"), error));
    }
    writeErr(tr("The default profile is now “%1”.").arg(command.profileName) + QLatin1Char('\n'));
    return 0;
}
