#include "session/inspectionsession.h"

#include "api/endpoint.h"
#include "api/highlevelclient.h"
#include "api/inputvalidation.h"
#include "api/lookuprequest.h"
#include "common/mappedfile.h"
#include "message/messagesummary.h"
#include "session/tokensource.h"
#include "store/lookuphistory.h"
#include "store/profilestore.h"
#include "json/prettyprinter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QPromise>
#include <QtConcurrent>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InspectionSession)
};

using Category = InspectionFailure::Category;

struct FileRead
{
    QByteArray bytes;
    std::shared_ptr<const void> keepAlive; // the mapping of a large file
    std::optional<InspectionFailure> failure;
};

// Runs on a worker thread: a large file is mapped (no copy), a small one read; never more than the limit.
FileRead readBounded(const QString &path, qint64 limit)
{
    FileRead read;
    const QFileInfo info(path);
    const QString shown = QFileInfo(path).fileName();
    QString reason;
    if (!info.exists())
        reason = Tr::tr("There is no such file.");
    else if (info.isDir())
        reason = Tr::tr("It is a folder, not a file.");
    FileBytes loaded;
    if (reason.isEmpty()) {
        loaded = FileBytes::load(path, limit);
        if (!loaded.tooLarge)
            reason = loaded.error;
    }
    if (!reason.isEmpty()) {
        read.failure = InspectionFailure::make(Category::Usage, InspectionFailure::fileUnreadableKind,
                                               Tr::tr("The file “%1” could not be opened").arg(shown), reason,
                                               Tr::tr("Check the file name and that you may read it."));
        return read;
    }
    if (loaded.tooLarge) {
        read.failure = InspectionFailure::make(
            Category::InvalidResponse, QLatin1StringView("too_large"),
            Tr::tr("The file “%1” is too large").arg(shown),
            loaded.fileSize > limit
                ? Tr::tr("It has %1; the limit is %2.")
                      .arg(QLocale().formattedDataSize(loaded.fileSize), QLocale().formattedDataSize(limit))
                : Tr::tr("It grew past the limit of %1 while it was read.")
                      .arg(QLocale().formattedDataSize(limit)),
            Tr::tr("Open a saved response body."));
        return read;
    }
    read.bytes = loaded.bytes;
    read.keepAlive = loaded.keepAlive;
    return read;
}

// Whether the server's body carries the token it was sent (an echo of the request, say): such a body must
// not reach the history file. (Header values come already scrubbed of it from the client.)
bool echoesToken(const ApiResult &api, const QString &token)
{
    return !token.isEmpty() && api.body.contains(token.toUtf8());
}

struct Analysed
{
    MessageAnalysis analysis;
    QByteArray pretty;
    BodyFacts facts;
};

// The document, its shape and checks, and the pretty text of one body; the same on a worker or inline.
Analysed analyseBody(const QByteArray &body, bool pretty, bool asMessage, const Json::ParseControl &control,
                     const std::function<bool()> &cancelled)
{
    Analysed out;
    if (asMessage) {
        out.analysis = MessageAnalysis::analyze(body, control);
    } else {
        out.analysis.document = Json::Document::parse(body, control);
        out.analysis.shape = ResponseShape::recognise(out.analysis.document);
        if (out.analysis.shape.hasMessage()) {
            ResponseShape other;
            other.kind = ResponseShape::Kind::OtherJson;
            other.traceId = out.analysis.shape.traceId;
            other.traceIdOffset = out.analysis.shape.traceIdOffset;
            out.analysis.shape = other;
        }
    }
    if (cancelled && cancelled())
        return out;
    if (pretty && !out.analysis.document.hasError())
        out.pretty = Json::PrettyPrinter().format(out.analysis.document);
    if (out.analysis.document.hasError())
        out.facts = BodyFacts::of(body); // what it is instead: empty, blank, binary
    return out;
}

// Why a body that was read or pasted cannot be shown as a message; nothing when it can.
std::optional<InspectionFailure> bodyFailure(const InspectionResult &result)
{
    if (result.request.source == InspectionRequest::Source::Lookup ||
        result.request.source == InspectionRequest::Source::Related)
        return std::nullopt; // the client judged the answer already
    const QString shown = result.request.source == InspectionRequest::Source::File
                              ? Tr::tr("“%1”").arg(QFileInfo(result.request.input).fileName())
                              : Tr::tr("The %1 text").arg(result.request.origin);
    if (Json::isBlank(result.body)) {
        return InspectionFailure::make(Category::InvalidResponse, QLatin1StringView("not_json"),
                                       Tr::tr("%1 is empty").arg(shown),
                                       Tr::tr("There is no response body to inspect."),
                                       Tr::tr("Save a response body first, then open it."));
    }
    const Json::Document &doc = result.analysis.document;
    if (!doc.hasError())
        return std::nullopt;
    // A binary file reads as a parse error at a control byte: say what it is in plain words.
    qsizetype binaryAt = -1;
    for (qsizetype i = 0; i < std::min<qsizetype>(result.body.size(), 4096); ++i) {
        const uchar c = uchar(result.body.at(i));
        if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            binaryAt = i;
            break;
        }
    }
    InspectionFailure failure =
        binaryAt >= 0 ? InspectionFailure::make(
                            Category::InvalidResponse, QLatin1StringView("not_json"),
                            Tr::tr("%1 is not text").arg(shown),
                            Tr::tr("It contains binary bytes (the first at byte %1), so it is not a saved "
                                   "response.")
                                .arg(binaryAt),
                            Tr::tr("Open the response body saved as JSON (for example with Save in the "
                                   "Raw JSON tab, or message-inspector-cli get ID --format raw)."))
                      : InspectionFailure::make(
                            Category::InvalidResponse, QLatin1StringView("not_json"),
                            Tr::tr("%1 is not valid JSON").arg(shown), doc.error().toString(),
                            Tr::tr("The Raw JSON tab shows what it holds. Open the response body exactly "
                                   "as the server sent it."));
    failure.detail = doc.error().toString();
    return failure;
}

} // namespace

QString InspectionResult::sourceNote() const
{
    switch (request.source) {
    case InspectionRequest::Source::Lookup:
        return Tr::tr("looked up");
    case InspectionRequest::Source::Related:
        return request.related ? Tr::tr("related %1").arg(request.related->endpoint.what) : Tr::tr("related");
    case InspectionRequest::Source::File:
        return Tr::tr("file %1").arg(QFileInfo(request.input).fileName());
    case InspectionRequest::Source::Body:
        return request.origin;
    }
    return QString();
}

InspectionSession::InspectionSession(const SessionServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    qRegisterMetaType<InspectionResult>();
}

InspectionJob *InspectionSession::inspect(const InspectionRequest &request)
{
    auto *job = new InspectionJob(request, this);
    // Nothing happens inside inspect(): the caller connects to the job first.
    QMetaObject::invokeMethod(
        job, [this, job] { start(job); }, Qt::QueuedConnection);
    return job;
}

InspectionJob *InspectionSession::inspectRelated(const ApiRequest &call, const QString &profile,
                                                 std::shared_ptr<BodySink> sink,
                                                 std::optional<ClientOptions> clientOptions)
{
    InspectionRequest request = InspectionRequest::relatedLookup(call, profile);
    request.sink = std::move(sink);
    request.clientOptions = std::move(clientOptions);
    return inspect(request);
}

void InspectionSession::start(InspectionJob *job)
{
    if (job->isFinished())
        return;
    switch (job->request().source) {
    case InspectionRequest::Source::Lookup:
    case InspectionRequest::Source::Related:
        startLookup(job);
        return;
    case InspectionRequest::Source::File:
        readFile(job);
        return;
    case InspectionRequest::Source::Body: {
        InspectionResult result;
        result.request = job->request();
        if (result.request.body.size() > maxFileBytes) {
            result.failure = InspectionFailure::make(
                Category::InvalidResponse, QLatin1StringView("too_large"), tr("The text is too large"),
                tr("It has %1; the limit is %2.")
                    .arg(QLocale().formattedDataSize(result.request.body.size()),
                         QLocale().formattedDataSize(maxFileBytes)));
            job->finish(result);
            return;
        }
        result.body = result.request.body;
        analyse(job, result);
        return;
    }
    }
}

void InspectionSession::startLookup(InspectionJob *job)
{
    InspectionResult result;
    result.request = job->request();
    const auto refuse = [&](const InspectionFailure &failure) {
        result.failure = failure;
        job->finish(result);
    };
    if (!m_services.profiles || !m_services.tokens) {
        refuse(InspectionFailure::make(Category::Usage, InspectionFailure::usageKind,
                                       tr("Looking up needs a profile and a token source")));
        return;
    }
    const QString name =
        result.request.profile.isEmpty() ? m_services.profiles->defaultProfileName() : result.request.profile;
    const std::optional<Profile> profile = m_services.profiles->profile(name);
    if (!profile) {
        refuse(InspectionFailure::make(
            Category::Usage, InspectionFailure::profileKind,
            tr("There is no profile called “%1”").arg(name.left(ProfileStore::maxNameLength)),
            tr("Profiles: %1.").arg(m_services.profiles->names().join(QStringLiteral(", "))),
            tr("Create it, or pick one of those.")));
        return;
    }
    result.profile = name;
    // The profile's cap on the answer's size applies unless the caller set one of its own (a recording's).
    {
        ClientOptions options = result.request.clientOptions.value_or(m_services.clientOptions);
        if (!options.maxBodyBytes)
            options.maxBodyBytes = profile->maxResponseBytes;
        result.request.clientOptions = options;
    }

    // Every input is checked once, here, before the keychain is asked for anything.
    if (result.request.source == InspectionRequest::Source::Related) {
        if (!result.request.related) {
            refuse(InspectionFailure::make(Category::Usage, InspectionFailure::usageKind,
                                           tr("A related lookup needs an endpoint")));
            return;
        }
        const ApiRequest &call = *result.request.related;
        if (const QString problem = call.idProblem(); !problem.isEmpty()) {
            refuse(InspectionFailure::make(
                Category::Usage, QLatin1StringView("invalid_input"),
                tr("The %1 was not looked up; nothing was sent").arg(call.endpoint.what), problem,
                tr("The id came from the server's answer or from a link; the raw response shows it as "
                   "sent.")));
            return;
        }
        for (const auto &[name, value] : call.pathIds) {
            if (name == call.endpoint.subject)
                result.messageId = value;
        }
    } else {
        const auto id = InputValidation::messageId(result.request.input);
        if (!id.ok()) {
            refuse(InspectionFailure::make(Category::Usage, QLatin1StringView("invalid_input"),
                                           tr("The message id was refused; nothing was sent"), id.error,
                                           tr("Paste the message id (for example ve9EPM428h8vShlRW1KT) or a "
                                              "link that contains it.")));
            return;
        }
        result.messageId = id.value;
    }
    const QString baseInput = result.request.baseUrlOverride.isEmpty() ? profile->baseUrl.toString()
                                                                       : result.request.baseUrlOverride;
    const auto base = InputValidation::baseUrl(baseInput);
    if (!base.ok()) {
        refuse(InspectionFailure::make(
            Category::Usage, QLatin1StringView("invalid_input"),
            tr("The address was refused; nothing was sent"), base.error,
            result.request.baseUrlOverride.isEmpty()
                ? tr("Correct the address of the profile “%1”: https://…, or http:// only for this computer.")
                      .arg(name)
                : tr("Correct the address: https://…, or http:// only for this computer.")));
        return;
    }

    // A saved token goes only where its profile says, unless the user named the other host explicitly.
    if (!result.request.baseUrlOverride.isEmpty()) {
        const QString host = base.value.host();
        const bool profilesOwn = InputValidation::baseUrl(profile->baseUrl.toString()).value == base.value;
        if (!profilesOwn && !InputValidation::isHighLevelOrLoopbackHost(host) &&
            host.compare(result.request.allowHost, Qt::CaseInsensitive) != 0) {
            refuse(InspectionFailure::make(
                Category::Usage, InspectionFailure::hostNotAllowedKind,
                tr("The token was not sent to %1").arg(host),
                tr("The address points to %1, which is neither HighLevel's API (*.leadconnectorhq.com) nor "
                   "this "
                   "computer. A token goes only to its profile's address unless you name the other host.")
                    .arg(host),
                tr("If %1 may have the token, allow that host explicitly.").arg(host)));
            return;
        }
    }

    emit job->accepted(result.messageId);
    emit job->progress(tr("Reading the token of “%1”…").arg(name));
    job->m_cancel = [job] { job->cancel(); };
    const QUrl baseUrl = base.value;
    const QString apiVersion = profile->apiVersion;
    m_services.tokens->fetch(name, job, [this, job, result, baseUrl, apiVersion](const TokenAnswer &answer) {
        if (job->isFinished())
            return;
        if (answer.failure || answer.token.isEmpty()) {
            InspectionResult refused = result;
            refused.failure = answer.failure.value_or(
                InspectionFailure::make(Category::Authentication, InspectionFailure::noTokenKind,
                                        tr("No token is saved for the profile “%1”").arg(result.profile)));
            job->finish(refused);
            return;
        }
        send(job, result, baseUrl, apiVersion, answer.token);
    });
}

void InspectionSession::send(InspectionJob *job, InspectionResult result, const QUrl &base,
                             const QString &apiVersion, const QString &token)
{
    auto *client = new HighLevelClient(job);
    client->setOptions(result.request.clientOptions.value_or(m_services.clientOptions));
    // The progress text always says how long the lookup may still take: one deadline covers it all.
    const auto timeLeft = [client] {
        const qint64 ms = client->remainingMs();
        return ms < 0 ? QString()
                      : tr(" · gives up in %1 s").arg(QLocale().toString(qMax<qint64>(0, (ms + 999) / 1000)));
    };
    connect(client, &HighLevelClient::started, job,
            [job, timeLeft] { emit job->progress(tr("Looking up…") + timeLeft()); });
    connect(client, &HighLevelClient::retryScheduled, job, [job, timeLeft](int next, int max, int waitMs) {
        emit job->progress(tr("Trying again in %1 s (attempt %2 of %3)…")
                               .arg(QLocale().toString(waitMs / 1000.0, 'f', 1))
                               .arg(next)
                               .arg(max) +
                           timeLeft());
    });
    connect(client, &HighLevelClient::progress, job, [job, timeLeft](qint64 received, qint64 total) {
        const QLocale locale;
        emit job->progress(
            (total > 0 ? tr("Receiving %1 of %2…")
                             .arg(locale.formattedDataSize(received), locale.formattedDataSize(total))
                       : tr("Receiving %1…").arg(locale.formattedDataSize(received))) +
            timeLeft());
    });
    connect(client, &HighLevelClient::finished, job,
            [this, job, result, token](const ApiResult &api) mutable {
                result.http = api;
                result.body = api.body;
                result.answerEchoesToken = echoesToken(api, token);
                result.request.sink.reset(); // the caller owns what the sink holds; results do not
                if (!api.ok()) {
                    InspectionFailure failure = InspectionFailure::fromApiError(api.error, api.body);
                    if (result.request.related)
                        addScopeHint(failure, result.request.related->endpoint);
                    failure.scrub(token);
                    result.failure = failure;
                }
                if (api.error.kind == ErrorKind::Cancelled || result.body.isEmpty()) {
                    record(result);
                    job->finish(result);
                    return;
                }
                analyse(job, result, Where::InlineWhenSmall);
            });
    job->m_cancel = [client] { client->cancel(); };
    if (const auto &call = result.request.related) {
        emit job->progress(tr("Looking up the %1 %2…").arg(call->endpoint.what, result.messageId));
        ApiRequest request = *call;
        request.baseUrl = base.toString();
        request.token = token;
        request.profile = result.profile;
        client->get(request, result.request.sink);
        return;
    }
    LookupRequest request;
    request.baseUrl = base.toString();
    request.messageIdInput = result.messageId;
    request.profile = result.profile;
    request.token = token;
    request.apiVersion = apiVersion;
    client->lookup(request);
}

void InspectionSession::addScopeHint(InspectionFailure &failure, const Endpoint &endpoint)
{
    // The message itself was readable with this token, so a refusal here is most often a scope the token's
    // integration was not given: name the one to add.
    if (failure.apiKind != ErrorKind::Unauthorized && failure.apiKind != ErrorKind::Forbidden)
        return;
    const QString hint = tr("This lookup needs the scope “%1”: add it to the Private Integration (Settings → "
                            "Private Integrations) or to the app's scopes, then update the token here.")
                             .arg(endpoint.scope);
    failure.nextStep = failure.nextStep.isEmpty() ? hint : hint + u' ' + failure.nextStep;
}

void InspectionSession::readFile(InspectionJob *job)
{
    const QString path = job->request().input;
    emit job->progress(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    // The watcher belongs to the job: a job that is cancelled and gone takes it along, and the worker's
    // result is then dropped (a continuation whose context was destroyed is fatal in Qt 6.4).
    auto *watcher = new QFutureWatcher<FileRead>(job);
    connect(watcher, &QFutureWatcherBase::finished, job, [this, job, watcher] {
        if (job->isFinished() || watcher->future().resultCount() == 0)
            return;
        const FileRead read = watcher->result();
        InspectionResult result;
        result.request = job->request();
        if (read.failure) {
            result.failure = read.failure;
            job->finish(result);
            return;
        }
        result.body = read.bytes;
        result.bodyKeepAlive = read.keepAlive;
        analyse(job, result);
    });
    watcher->setFuture(QtConcurrent::run([path] { return readBounded(path, maxFileBytes); }));
}

void InspectionSession::analyse(InspectionJob *job, InspectionResult result, Where where)
{
    const QByteArray body = result.body;
    const qint64 total = body.size();
    const bool pretty = result.request.prettyPrint && total <= maxPrettyBytes;
    if (result.request.prettyPrint && !pretty)
        result.prettySkipped = Tr::tr("The body is larger than %1, so it is shown as sent, not re-indented.")
                                   .arg(QLocale().formattedDataSize(maxPrettyBytes));
    const bool reports = total >= Json::ParseControl::progressStepBytes;
    const std::shared_ptr<const void> keepAlive = result.bodyKeepAlive;
    // A related answer (an email, a contact, a page of messages) is no get-message response: it gets the
    // faithful document and its shape (an error answer is still recognised), not the message's checks.
    const bool asMessage =
        result.request.source != InspectionRequest::Source::Related ||
        (result.request.related && result.request.related->endpoint == Endpoints::message());
    const auto conclude = [this, job](InspectionResult &result, const Analysed &analysed) {
        result.analysis = analysed.analysis;
        result.pretty = analysed.pretty;
        result.bodyFacts = analysed.facts;
        if (!result.failure)
            result.failure = bodyFailure(result);
        record(result);
        job->finish(result);
    };

    if (where == Where::InlineWhenSmall && total <= maxInlineAnalysisBytes) {
        // Issue 16: a normal message is a few kilobytes and is analysed in well under a millisecond; handing
        // it to a worker and back costs more than that (a thread wake-up, and the UI thread may be painting
        // when the worker is done). Only from an event handler (the answer's arrival), never from start():
        // the caller has connected to the job by then.
        Json::ParseControl control;
        control.keepAlive = keepAlive;
        conclude(result, analyseBody(body, pretty, asMessage, control, {}));
        return;
    }

    // Progress and cancel travel through the watcher, which belongs to the job: Qt hands the worker's
    // reports to the job's thread (at most a few dozen a second), and cancelling the future tells the worker
    // to stop at its next report, so a 1 GB parse that nobody waits for any more does not run on.
    auto *watcher = new QFutureWatcher<Analysed>(job);
    job->m_cancel = [job, watcher] {
        watcher->cancel();
        job->cancel();
    };
    connect(watcher, &QFutureWatcherBase::progressValueChanged, job, [job, total](int permille) {
        if (!job->isFinished())
            emit job->workProgress(total * permille / 1000, total);
    });
    connect(watcher, &QFutureWatcherBase::finished, job, [job, watcher, result, conclude]() mutable {
        if (job->isFinished() || watcher->future().resultCount() == 0)
            return;
        conclude(result, watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([body, pretty, reports, total, keepAlive, asMessage](QPromise<Analysed> &promise) {
            Json::ParseControl control;
            control.keepAlive = keepAlive;
            if (reports) {
                promise.setProgressRange(0, 1000);
                control.progress = [&promise, total](qint64 done) {
                    if (promise.isCanceled())
                        return false;
                    promise.setProgressValue(int(done * 1000 / total));
                    return true;
                };
            }
            Analysed out =
                analyseBody(body, pretty, asMessage, control, [&promise] { return promise.isCanceled(); });
            if (promise.isCanceled())
                return;
            promise.addResult(std::move(out));
        }));
}

void InspectionSession::record(const InspectionResult &result)
{
    // Message lookups only (not related ones), and only those that were sent; never the token. The body only
    // when the profile keeps answers.
    if (!m_services.history || !result.request.recordHistory || !result.wasSent() ||
        result.request.source == InspectionRequest::Source::Related)
        return;
    if (result.failure && result.failure->category == Category::Cancelled)
        return;
    LookupRecord record;
    record.messageId = result.messageId;
    record.profile = result.profile;
    record.httpStatus = result.http->httpStatus;
    record.outcome = result.ok() ? QStringLiteral("ok") : result.failure->kind;
    if (result.ok()) {
        const MessageSummary summary = MessageSummary::from(result.analysis);
        QStringList words;
        for (const Badge *badge : {&summary.direction, &summary.status, &summary.messageType}) {
            if (badge->isBadge())
                words << badge->label;
        }
        record.summary = words.join(QStringLiteral(" · "));
        // The values as sent, so the History view paints the same chips.
        record.direction = summary.direction.isBadge() ? summary.direction.rawValue : QString();
        record.status = summary.status.isBadge() ? summary.status.rawValue : QString();
        record.messageType = summary.messageType.isBadge() ? summary.messageType.rawValue : QString();
    }
    // What the server answered (body and response headers; the history drops secret headers too), never the
    // request's headers, which carry the token.
    std::optional<KeptAnswer> answer;
    const std::optional<Profile> profile =
        m_services.profiles ? m_services.profiles->profile(result.profile) : std::nullopt;
    if (profile && profile->keepResponseBodies && result.http->httpStatus != 0 && !result.answerEchoesToken)
        answer = KeptAnswer{result.http->body, result.http->responseHeaders, {}};
    m_services.history->record(record, answer);
}
