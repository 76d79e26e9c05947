#include "cliapp.h"

#include "batchcommand.h"
#include "clisubcommand.h"
#include "diffcommand.h"
#include "helptext.h"
#include "historycommand.h"
#include "idlist.h"
#include "jsonlines.h"
#include "jsonreport.h"
#include "multiget.h"
#include "problemstext.h"
#include "recordingcommand.h"
#include "relatedcommand.h"
#include "reportcommand.h"
#include "stdininput.h"
#include "suggestedcommand.h"
#include "summarytext.h"
#include "watchcommand.h"
#include "whycommand.h"

#include "api/clientoptions.h"
#include "api/inputvalidation.h"
#include "common/logging.h"
#include "common/redaction.h"
#include "common/secretwipe.h"
#include "message/messagecomparison.h"
#include "message/messagedecorator.h"
#include "secrets/keychainprobe.h"
#include "secrets/tokeninfo.h"
#include "secrets/tokenstore.h"
#include "secrets/tokenvault.h"
#include "session/vaulttokensource.h"
#include "store/lookuphistory.h"
#include "store/profilestore.h"
#include "text/safetext.h"
#include "json/jsontreemodel.h"
#include "json/prettyprinter.h"
#include "json/treetext.h"

#include <QCoreApplication>
#include <QLocale>

#include <cerrno>
#include <cstdio>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)
};

constexpr QLatin1StringView tokenVariable = CliTokenSource::variable;

InspectionFailure noKeychainForSaving()
{
    return InspectionFailure::make(
        InspectionFailure::Category::Authentication, InspectionFailure::keychainUnavailableKind,
        Tr::tr("No keychain is available, so the token cannot be saved"),
        Tr::tr(
            "There is no D-Bus session or no Secret Service on this machine, as is usual over SSH and in CI. "
            "The "
            "token is never written to a file instead."),
        Tr::tr("Set it for this shell with: read -rs %1 && export %1").arg(tokenVariable));
}

// The keychain's answer to a token command as a failure with the shell's next step.
InspectionFailure keychainFailure(const TokenStoreResult &result, const QString &profile)
{
    return CliTokenSource::forShell(VaultTokenSource::failureFor(result, profile), profile);
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

// The session's failure, with the next step worded for the command line (its options and commands).
void decorateForShell(InspectionFailure &failure, const InspectionRequest &request)
{
    if (failure.kind == InspectionFailure::profileKind) {
        const QString name = request.profile;
        if (!name.isEmpty()) {
            failure.nextStep =
                Tr::tr("Create it with “%1”, or pick one of those with --profile.")
                    .arg(SuggestedCommand::cli({QStringLiteral("profile"), QStringLiteral("add"),
                                                name.left(ProfileStore::maxNameLength)}));
        }
    } else if (failure.kind == InspectionFailure::hostNotAllowedKind) {
        const QString host = QUrl(request.baseUrlOverride).host();
        failure.nextStep = Tr::tr("If %1 may have the token, add --allow-host %1.").arg(host);
    } else if (failure.kind == InspectionFailure::invalidInputKind && !request.baseUrlOverride.isEmpty() &&
               failure.title.contains(Tr::tr("address"))) {
        failure.nextStep =
            Tr::tr("Correct --base-url: https://…, or http:// only for localhost / 127.0.0.1.");
    }
}

} // namespace

CliApp::CliApp(const Environment &environment, QObject *parent)
    : QObject(parent)
    , m_env(environment)
    , m_profiles(std::make_unique<ProfileStore>())
    , m_tokenStore(std::make_unique<TokenStore>())
    , m_vault(std::make_unique<TokenVault>(m_tokenStore.get()))
    , m_tokens(std::make_unique<CliTokenSource>(environment.tokenVariable, m_vault.get()))
{
    SecretWipe::wipe(m_env.tokenVariable); // the token source holds it now
}

CliApp::~CliApp()
{
    // The session and its jobs first: they hold on to the history, the profiles and the token source.
    m_subcommand.reset();
    m_multiGet.reset();
    m_session.reset();
    m_history.reset();
    SecretWipe::wipe(m_typedToken);
}

InspectionSession *CliApp::session()
{
    if (!m_session) {
        // Lookups are recorded like the window's (never the token, never the body); the history is opened
        // only by commands that look something up.
        m_history = std::make_unique<LookupHistory>(m_env.historyPath);
        SessionServices services;
        services.profiles = m_profiles.get();
        services.tokens = m_tokens.get();
        services.history = m_history.get();
        m_session = std::make_unique<InspectionSession>(services);
    }
    return m_session.get();
}

CliContext &CliApp::context()
{
    return *this;
}

LookupHistory *CliApp::history()
{
    session();
    return m_history.get();
}

InspectionRequest CliApp::lookupRequest(const CliCommand &command, const QString &id)
{
    CliCommand one = command;
    one.kind = CliCommand::Kind::Get;
    one.messageId = id;
    one.messageIds = {id};
    one.file.clear();
    InspectionFailure unused;
    return *requestFor(one, unused); // a lookup's request is never refused here
}

QString CliApp::tokenInUse() const
{
    return m_typedToken.isEmpty() ? m_tokens->tokenInUse() : m_typedToken;
}

void CliApp::writeOut(const QByteArray &bytes)
{
    if (m_outputFailed)
        return; // the reader is gone or the disk is full: what follows could only be lost too
    const QByteArray safe = Redaction::scrub(bytes, tokenInUse().toUtf8());
    errno = 0;
    const size_t written = std::fwrite(safe.constData(), 1, size_t(safe.size()), stdout);
    if (written != size_t(safe.size()) || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        m_outputFailed = true;
        m_outputErrno = errno;
    }
}

void CliApp::writeErr(const QString &text)
{
    const QByteArray safe = Redaction::scrub(text, tokenInUse()).toUtf8();
    std::fwrite(safe.constData(), 1, size_t(safe.size()), stderr);
    std::fflush(stderr);
}

QString CliApp::failureText(InspectionFailure failure) const
{
    failure.scrub(tokenInUse());
    return failure.toText();
}

int CliApp::fail(const InspectionFailure &failure)
{
    writeErr(failureText(failure));
    return ExitCodes::value(ExitCodes::forFailure(failure));
}

void CliApp::start(const CliCommand &command)
{
    QMetaObject::invokeMethod(
        this, [this, command] { runCommand(command); }, Qt::QueuedConnection);
}

void CliApp::finish(int status)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_outputFailed) {
        const QString reason = m_outputErrno == EPIPE ? tr("the reading end of the pipe was closed")
                               : m_outputErrno != 0   ? qt_error_string(m_outputErrno)
                                                      : tr("unknown error");
        writeErr(tr("error: the output could not be written (%1); it is missing or incomplete.").arg(reason) +
                 QLatin1Char('\n'));
        status = ExitCodes::value(ExitCode::OutputFailed);
    }
    emit finished(status);
}

void CliApp::runCommand(const CliCommand &command)
{
    using Kind = CliCommand::Kind;
    switch (command.kind) {
    case Kind::Help:
        finish(runHelp(command));
        return;
    case Kind::Version:
        writeOut(QStringLiteral("message-inspector-cli %1\n").arg(QCoreApplication::applicationVersion()));
        finish(0);
        return;
    case Kind::Get:
    case Kind::Open:
    case Kind::Check:
        runInspect(command);
        return;
    case Kind::TokenSet:
        runTokenSet(command);
        return;
    case Kind::TokenStatus:
        runTokenStatus(command);
        return;
    case Kind::TokenForget:
        runTokenForget(command);
        return;
    case Kind::ProfileList:
        finish(runProfileList());
        return;
    case Kind::ProfileAdd:
        finish(runProfileAdd(command));
        return;
    case Kind::ProfileRemove:
        runProfileRemove(command);
        return;
    case Kind::ProfileSetDefault:
        finish(runProfileSetDefault(command));
        return;
    case Kind::ProfileRename:
        runProfileRename(command);
        return;
    case Kind::Watch:
        runSubcommand(std::make_unique<WatchCommand>(context()), command);
        return;
    case Kind::History:
        runSubcommand(std::make_unique<HistoryCommand>(context()), command);
        return;
    case Kind::Diff:
        runSubcommand(std::make_unique<DiffCommand>(context()), command);
        return;
    case Kind::Batch:
        runSubcommand(std::make_unique<BatchCommand>(context()), command);
        return;
    case Kind::Report:
        runSubcommand(std::make_unique<ReportCommand>(context()), command);
        return;
    case Kind::Related:
        runSubcommand(std::make_unique<RelatedCommand>(context()), command);
        return;
    case Kind::Recording:
        runSubcommand(std::make_unique<RecordingCommand>(context()), command);
        return;
    case Kind::Why:
        runSubcommand(std::make_unique<WhyCommand>(context()), command);
        return;
    }
    finish(ExitCodes::value(ExitCode::Usage));
}

void CliApp::runSubcommand(std::unique_ptr<CliSubcommand> subcommand, const CliCommand &command)
{
    m_subcommand = std::move(subcommand);
    m_subcommand->run(command, [this](int status) { finish(status); });
}

int CliApp::runHelp(const CliCommand &command)
{
    if (command.helpTopic.isEmpty()) {
        writeOut(HelpText::overview());
        return 0;
    }
    const QString text = HelpText::forCommand(command.helpTopic);
    if (text.isEmpty()) {
        return fail(InspectionFailure::make(InspectionFailure::Category::Usage, InspectionFailure::usageKind,
                                            tr("There is no command “%1”").arg(command.helpTopic.left(40)),
                                            tr("Commands: get, open, check, watch, history, diff, batch, "
                                               "report, token, profile, help.")));
    }
    writeOut(text);
    return 0;
}

// --- Profiles ---------------------------------------------------------------------------------------------

std::optional<Profile> CliApp::resolveProfile(const CliCommand &command, InspectionFailure &failure)
{
    const QString name = command.profile.value_or(m_profiles->defaultProfileName());
    if (auto profile = m_profiles->profile(name))
        return profile;
    failure = InspectionFailure::make(
        InspectionFailure::Category::Usage, InspectionFailure::profileKind,
        tr("There is no profile called “%1”").arg(name.left(ProfileStore::maxNameLength)),
        tr("Profiles: %1.").arg(m_profiles->names().join(QStringLiteral(", "))),
        tr("Create it with “%1”, or pick one of those with --profile.")
            .arg(SuggestedCommand::cli({QStringLiteral("profile"), QStringLiteral("add"), name})));
    return std::nullopt;
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

std::optional<InspectionRequest> CliApp::requestFor(const CliCommand &command, InspectionFailure &failure)
{
    if (command.looksUp()) {
        InspectionRequest request =
            InspectionRequest::lookup(command.messageId, command.profile.value_or(QString()));
        request.baseUrlOverride = command.baseUrl.value_or(QString());
        request.allowHost = command.allowHost.value_or(QString());
        ClientOptions options;
        if (command.timeoutMs) {
            // --timeout bounds the whole lookup: every attempt, retry wait and redirect hop.
            options.deadlineMs = *command.timeoutMs;
            options.attemptTimeoutMs = std::min(options.attemptTimeoutMs, *command.timeoutMs);
        }
        options.retry.enabled = !command.noRetry;
        request.clientOptions = options;
        return request;
    }
    if (command.file != QLatin1StringView("-"))
        return InspectionRequest::file(command.file);

    // Standard input is read here, bounded like a file; the session analyses it like any other body.
    const qint64 limit = InspectionSession::maxFileBytes;
    const std::optional<QByteArray> data = StdinInput::readAll(limit);
    if (!data) {
        failure = InspectionFailure::make(
            InspectionFailure::Category::InvalidResponse, QLatin1StringView("too_large"),
            tr("Standard input holds more than %1").arg(QLocale().formattedDataSize(limit)),
            tr("A message response is a few kilobytes; this is not one."),
            tr("Check that this is the saved response body."));
        return std::nullopt;
    }
    return InspectionRequest::bytes(*data, tr("standard input"));
}

void CliApp::inspect(const InspectionRequest &request, const QString &fileName,
                     std::function<void(const Inspection &)> done)
{
    InspectionJob *job = session()->inspect(request);
    connect(job, &InspectionJob::progress, this, [](const QString &text) { qCInfo(lcCli) << text; });
    connect(job, &InspectionJob::finished, this,
            [request, fileName, done = std::move(done)](const InspectionResult &result) {
                Inspection inspection;
                inspection.result = result;
                inspection.fileName = fileName;
                if (inspection.result.failure)
                    decorateForShell(*inspection.result.failure, request);
                done(inspection);
            });
}

void CliApp::runInspect(const CliCommand &command)
{
    if (command.getsMany()) {
        runGetMany(command);
        return;
    }
    InspectionFailure refusal;
    const std::optional<InspectionRequest> request = requestFor(command, refusal);
    if (!request) {
        Inspection refused = Inspection::refused(refusal);
        refused.fileName = command.file;
        present(command, refused);
        return;
    }
    inspect(*request, command.looksUp() ? QString() : command.file, [this, command](const Inspection &found) {
        if (command.kind == CliCommand::Kind::Open && command.lookupLive && !found.failure()) {
            lookUpWhatTheFileNames(command, found,
                                   [this, command](const Inspection &live) { present(command, live); });
            return;
        }
        present(command, found);
    });
}

void CliApp::present(const CliCommand &command, Inspection inspection)
{
    const OutputFormat format = formatFor(command);
    if (command.kind == CliCommand::Kind::Check && !inspection.failure())
        inspection.problemsFound = ProblemsText::hasProblems(inspection.analysis().findings, command.strict);

    if (format == OutputFormat::Json) {
        writeOut(JsonReport::build(inspection, QDateTime::currentDateTimeUtc()));
    } else if (!inspection.failure()) {
        QByteArray output = render(inspection, format);
        if (m_env.stdoutIsTerminal && (format == OutputFormat::Raw || format == OutputFormat::Pretty)) {
            // The body's own bytes: a raw control character in it must not drive the terminal.
            bool changed = false;
            output = SafeText::forTerminal(output, &changed);
            if (changed)
                writeErr(
                    tr("note: control characters in the body are shown as \\xNN here; redirect or pipe the "
                       "output to get the exact bytes.") +
                    QLatin1Char('\n'));
        }
        writeOut(output);
        if (format == OutputFormat::Problems && inspection.analysis().findings.isEmpty())
            writeErr(tr("No schema problems found.") + QLatin1Char('\n'));
    }
    if (inspection.failure()) {
        finish(fail(*inspection.failure()));
        return;
    }
    finish(ExitCodes::value(inspection.exitCode()));
}

void CliApp::runGetMany(const CliCommand &command)
{
    const OutputFormat format = formatFor(command);
    QStringList inputs = command.messageIds;
    if (command.readsIdsFromStdin()) {
        const std::optional<QByteArray> input = StdinInput::readAll(IdList::maxInputBytes);
        if (!input) {
            finish(fail(InspectionFailure::make(
                InspectionFailure::Category::Usage, InspectionFailure::invalidInputKind,
                tr("Standard input holds more than %1 of ids; nothing was sent")
                    .arg(QLocale().formattedDataSize(IdList::maxInputBytes)),
                tr("“get -” reads at most %1 ids, one per line.").arg(IdList::maxIds))));
            return;
        }
        inputs = IdList::split(QString::fromUtf8(*input));
    }
    // Every id is checked before anything is sent: one bad line in a list sends nothing.
    const IdList::Checked checked = IdList::check(inputs);
    if (!checked.ok()) {
        const InspectionFailure refusal = InspectionFailure::make(
            InspectionFailure::Category::Usage, InspectionFailure::invalidInputKind,
            checked.error.isEmpty() ? tr("Message ids were refused; nothing was sent")
                                    : tr("The list of message ids was refused; nothing was sent"),
            checked.error.isEmpty() ? checked.refusals.join(QStringLiteral("\n  ")) : checked.error,
            tr("Correct or remove those entries: each is a message id (for example "
               "ve9EPM428h8vShlRW1KT) or a link that contains one."));
        if (format == OutputFormat::Json)
            writeOut(JsonLines::line(
                JsonReport::build(Inspection::refused(refusal), QDateTime::currentDateTimeUtc())));
        finish(fail(refusal));
        return;
    }

    MultiGet::Hooks hooks;
    hooks.lookUp = [this, command](const QString &id, std::function<void(const Inspection &)> done) {
        CliCommand one = command;
        one.messageId = id;
        one.messageIds = {id};
        InspectionFailure unused;
        inspect(*requestFor(one, unused), QString(),
                std::move(done)); // a lookup's request is never refused here
    };
    hooks.render = [this, format](const Inspection &inspection) {
        QByteArray output = render(inspection, format);
        if (m_env.stdoutIsTerminal && (format == OutputFormat::Raw || format == OutputFormat::Pretty))
            output = SafeText::forTerminal(output);
        return output;
    };
    hooks.writeOut = [this](const QByteArray &bytes) { writeOut(bytes); };
    hooks.writeErr = [this](const QString &text) { writeErr(text); };
    hooks.failureText = [this](const InspectionFailure &failure) { return failureText(failure); };
    m_multiGet = std::make_unique<MultiGet>(format, hooks);
    m_multiGet->run(checked.ids, [this](ExitCode worst) { finish(ExitCodes::value(worst)); });
}

// open FILE --lookup: the file (typically a webhook payload) names a message; fetch it live and say where the
// two disagree. The result is the live lookup, with the comparison attached.
void CliApp::lookUpWhatTheFileNames(const CliCommand &command, const Inspection &file,
                                    std::function<void(const Inspection &)> done)
{
    const MessageView &view = file.analysis().view;
    if (!view.id.isPresent()) {
        Inspection refused = file;
        refused.result.failure = InspectionFailure::make(
            InspectionFailure::Category::Usage, InspectionFailure::invalidInputKind,
            tr("%1 names no message id").arg(file.fileName),
            tr("--lookup needs a body with the message's id (\"id\", or \"messageId\" in a webhook)."),
            tr("Open a webhook payload or a saved message response."));
        done(refused);
        return;
    }
    CliCommand live = command;
    live.kind = CliCommand::Kind::Get;
    live.messageId = view.id.value;
    InspectionFailure unused;
    const QString comparedWith =
        file.analysis().shape.kind == ResponseShape::Kind::WebhookEvent ? tr("webhook") : tr("file");
    const MessageAnalysis fileAnalysis = file.analysis();
    inspect(*requestFor(live, unused), QString(),
            [comparedWith, fileAnalysis, done = std::move(done)](const Inspection &found) {
                Inspection result = found;
                result.comparedWith = comparedWith;
                if (!result.failure() && result.analysis().view.isMessage)
                    result.comparison = MessageComparison::compare(fileAnalysis, result.analysis());
                done(result);
            });
}

QByteArray CliApp::render(const Inspection &inspection, OutputFormat format) const
{
    switch (format) {
    case OutputFormat::Raw:
        return inspection.body();
    case OutputFormat::Json:
        return JsonReport::build(inspection, QDateTime::currentDateTimeUtc());
    case OutputFormat::Tree: {
        MessageDecorator decorator;
        decorator.setShape(inspection.analysis().shape);
        Json::JsonTreeModel model;
        model.setDecorator(&decorator);
        model.setDocument(inspection.document());
        return Json::treeText(&model).toUtf8();
    }
    case OutputFormat::Summary:
        return SummaryText::render(inspection, m_env.style, QDateTime::currentDateTimeUtc()).toUtf8();
    case OutputFormat::Problems:
        return ProblemsText::render(inspection.analysis().findings).toUtf8();
    case OutputFormat::Pretty:
        return Json::PrettyPrinter().format(inspection.document()) + '\n';
    }
    return inspection.body();
}

// --- token ------------------------------------------------------------------------------------------------

void CliApp::runTokenSet(const CliCommand &command)
{
    InspectionFailure failure;
    const std::optional<Profile> profile = resolveProfile(command, failure);
    if (!profile) {
        finish(fail(failure));
        return;
    }
    // Ask whether there is a keychain at all before anyone pastes a token that could not be kept.
    KeychainProbe::ask(
        this, std::chrono::milliseconds(2000), [this, command, profile](KeychainProbe::Answer answer) {
            if (answer == KeychainProbe::Answer::NoBus || answer == KeychainProbe::Answer::NoService) {
                finish(fail(noKeychainForSaving()));
                return;
            }
            saveToken(*profile, command);
        });
}

void CliApp::saveToken(const Profile &profile, const CliCommand &command)
{
    std::optional<QByteArray> input;
    if (m_env.stdinIsTerminal) {
        input = StdinInput::readHiddenLine(
            tr("Paste the token for the profile “%1” (it is not shown), then press Enter: ")
                .arg(profile.name));
    } else {
        input = StdinInput::readAll(InputValidation::maxTokenLength + 1024);
        if (!input) {
            finish(fail(InspectionFailure::make(
                InspectionFailure::Category::Usage, InspectionFailure::usageKind,
                tr("The input is too long to be a token"),
                tr("A token is at most %1 characters.").arg(InputValidation::maxTokenLength),
                tr("Pipe only the token into “token set”."))));
            return;
        }
    }
    QString typed = QString::fromUtf8(input.value_or(QByteArray()));
    m_typedToken = typed.trimmed();
    const auto checked = InputValidation::token(typed);
    SecretWipe::wipe(typed);
    if (!checked.ok()) {
        finish(
            fail(InspectionFailure::make(InspectionFailure::Category::Usage, InspectionFailure::usageKind,
                                         tr("The token was refused"), checked.error,
                                         tr("Paste only the token (a leading “Bearer ” is fine); nothing was "
                                            "saved."))));
        return;
    }
    m_typedToken = checked.value;

    const TokenInfo info = TokenInfo::inspect(checked.value);
    for (const QString &warning : info.warnings())
        writeErr(tr("warning: %1").arg(warning) + QLatin1Char('\n'));

    const auto overwrite = command.replace ? TokenStore::Overwrite::Replace : TokenStore::Overwrite::Refuse;
    const QString name = profile.name;
    const QString kindName = info.kindName();
    m_tokenStore->save(name, checked.value, overwrite)
        .then(this, [this, name, kindName](const TokenStoreResult &result) {
            using Status = TokenStoreResult::Status;
            if (result.status == Status::Exists) {
                finish(fail(InspectionFailure::make(
                    InspectionFailure::Category::Usage, QLatin1StringView("token_exists"),
                    tr("A different token is already saved for the profile “%1”").arg(name),
                    tr("Nothing was changed."),
                    tr("Run “%1” to replace it.")
                        .arg(SuggestedCommand::cli({QStringLiteral("token"), QStringLiteral("set"),
                                                    QStringLiteral("--replace"), QStringLiteral("--profile"),
                                                    name})))));
                return;
            }
            if (result.status == Status::NoKeychain) {
                finish(fail(noKeychainForSaving()));
                return;
            }
            if (!result.ok()) {
                finish(fail(keychainFailure(result, name)));
                return;
            }
            writeErr(tr("Saved the token for the profile “%1” in the keychain (%2, %3).")
                         .arg(name, kindName, Redaction::hint(m_typedToken)) +
                     QLatin1Char('\n'));
            if (m_tokens->usesEnvironment())
                writeErr(tr("note: %1 is set in this shell and is used instead of the saved token.")
                             .arg(tokenVariable) +
                         QLatin1Char('\n'));
            finish(0);
        });
}

void CliApp::runTokenStatus(const CliCommand &command)
{
    InspectionFailure failure;
    const std::optional<Profile> profile = resolveProfile(command, failure);
    if (!profile) {
        finish(fail(failure));
        return;
    }
    const QString name = profile->name;
    m_tokens->fetch(name, this, [this, name](const TokenAnswer &answer) {
        if (answer.failure) {
            finish(fail(*answer.failure));
            return;
        }
        const TokenInfo info = TokenInfo::inspect(answer.token);
        QList<std::pair<QString, QString>> rows;
        rows.append({tr("Profile"), name});
        rows.append(
            {tr("Source"), m_tokens->usesEnvironment()
                               ? tr("%1 (environment; the keychain is not consulted)").arg(tokenVariable)
                               : tr("keychain")});
        rows.append({tr("Kind"), info.kindName()});
        rows.append({tr("Hint"), Redaction::hint(answer.token)});
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
        finish(0);
    });
}

void CliApp::runTokenForget(const CliCommand &command)
{
    InspectionFailure failure;
    const std::optional<Profile> profile = resolveProfile(command, failure);
    if (!profile) {
        finish(fail(failure));
        return;
    }
    const QString name = profile->name;
    m_tokenStore->forget(name).then(this, [this, name](const TokenStoreResult &result) {
        if (!result.ok()) {
            finish(fail(keychainFailure(result, name)));
            return;
        }
        writeErr(tr("The profile “%1” has no saved token now.").arg(name) + QLatin1Char('\n'));
        if (m_tokens->usesEnvironment())
            writeErr(tr("note: %1 is still set in this shell.").arg(tokenVariable) + QLatin1Char('\n'));
        finish(0);
    });
}

// --- profile ----------------------------------------------------------------------------------------------

int CliApp::runProfileList()
{
    ProfileStore &store = *m_profiles;
    const QString defaultName = store.defaultProfileName();
    QList<QStringList> rows;
    for (const Profile &p : store.profiles()) {
        rows.append({p.name == defaultName ? QStringLiteral("*") : QStringLiteral(" "), p.name,
                     p.baseUrl.toString(), p.apiVersion, SafeText::forDisplay(p.note, 80)});
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
    ProfileStore &store = *m_profiles;
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
    if (command.maxResponseBytes)
        profile.maxResponseBytes = *command.maxResponseBytes;
    const QString error = store.create(profile);
    if (!error.isEmpty()) {
        return fail(InspectionFailure::make(InspectionFailure::Category::Usage,
                                            InspectionFailure::profileKind, tr("The profile was not added"),
                                            error));
    }
    writeErr(tr("Added the profile “%1”. Save its token with: %2")
                 .arg(profile.name, SuggestedCommand::cli({QStringLiteral("token"), QStringLiteral("set"),
                                                           QStringLiteral("--profile"), profile.name})) +
             QLatin1Char('\n'));
    return 0;
}

void CliApp::finishProfileChange(const QString &startError, const QString &title, const QString &doneText)
{
    if (!startError.isEmpty()) {
        finish(fail(InspectionFailure::make(InspectionFailure::Category::Usage,
                                            InspectionFailure::profileKind, title, startError)));
        return;
    }
    // ProfileStore reports the change from the event loop only, so connecting after it started is safe.
    connect(
        m_profiles.get(), &ProfileStore::changeFinished, this,
        [this, title, doneText](const ProfileChange &change) {
            if (!change.ok) {
                InspectionFailure failure =
                    InspectionFailure::make(InspectionFailure::Category::Authentication,
                                            InspectionFailure::keychainErrorKind, title, change.message,
                                            tr("Its saved token could not be moved or removed in the "
                                               "keychain, so nothing was changed; "
                                               "try again when the keychain is available."));
                failure.detail = change.keychain.detail;
                finish(fail(failure));
                return;
            }
            writeErr(doneText + QLatin1Char('\n'));
            if (change.keychain.status == TokenStoreResult::Status::NoKeychain)
                writeErr(tr("note: no keychain is available here, so no saved token was touched.") +
                         QLatin1Char('\n'));
            finish(0);
        },
        Qt::SingleShotConnection);
}

void CliApp::runProfileRemove(const CliCommand &command)
{
    m_profiles->setVault(m_vault.get());
    finishProfileChange(
        m_profiles->remove(command.profileName), tr("The profile was not removed"),
        tr("Removed the profile “%1” and its saved token, if it had one.").arg(command.profileName));
}

void CliApp::runProfileRename(const CliCommand &command)
{
    m_profiles->setVault(m_vault.get());
    finishProfileChange(m_profiles->rename(command.profileName, command.newProfileName),
                        tr("The profile was not renamed"),
                        tr("Renamed the profile “%1” to “%2”; a saved token moved with it.")
                            .arg(command.profileName, command.newProfileName));
}

int CliApp::runProfileSetDefault(const CliCommand &command)
{
    ProfileStore &store = *m_profiles;
    const QString error = store.setDefaultProfile(command.profileName);
    if (!error.isEmpty()) {
        return fail(InspectionFailure::make(InspectionFailure::Category::Usage,
                                            InspectionFailure::profileKind,
                                            tr("The default profile was not changed"), error));
    }
    writeErr(tr("The default profile is now “%1”.").arg(command.profileName) + QLatin1Char('\n'));
    return 0;
}
