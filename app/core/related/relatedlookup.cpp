#include "related/relatedlookup.h"

#include "common/logging.h"
#include "session/inspectionjob.h"
#include "session/inspectionsession.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using Kind = RelatedLink::Kind;
using Category = InspectionFailure::Category;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RelatedLookup)
};

// The typed reading of one answer, made on a worker thread.
struct Typed
{
    std::optional<EmailMessage> email;
    std::optional<Transcription> transcription;
    std::optional<ConversationInfo> conversation;
    std::optional<Contact> contact;
    std::optional<ConversationPage> page;
    QStringList unreadable; // set when the answer is not what the endpoint sends: why
};

Typed readTyped(Kind kind, const Json::Document &doc)
{
    Typed t;
    if (!doc.isValid()) {
        t.unreadable << (doc.hasError() ? doc.error().toString() : Tr::tr("The answer is empty."));
        return t;
    }
    switch (kind) {
    case Kind::EmailMessage:
        t.email = EmailMessage::fromDocument(doc);
        if (!t.email->recognised)
            t.unreadable = t.email->problems;
        break;
    case Kind::Transcription:
        t.transcription = Transcription::fromDocument(doc);
        if (t.transcription->shape == Transcription::Shape::Unknown)
            t.unreadable = t.transcription->problems;
        break;
    case Kind::Conversation:
        t.conversation = ConversationInfo::fromDocument(doc);
        if (!t.conversation->recognised)
            t.unreadable = t.conversation->problems;
        break;
    case Kind::ConversationMessages:
        t.page = ConversationPage::fromDocument(doc);
        if (t.page->shape == ConversationPage::Shape::Unknown)
            t.unreadable = t.page->problems;
        break;
    case Kind::Contact:
        t.contact = Contact::fromDocument(doc);
        if (!t.contact->recognised)
            t.unreadable = t.contact->problems;
        break;
    case Kind::Recording:
        break;
    }
    return t;
}

InspectionFailure unreadable(const RelatedLink &link, const QStringList &why)
{
    return InspectionFailure::make(
        Category::InvalidResponse, QLatin1StringView("unexpected_shape"),
        Tr::tr("The answer is not the %1 the documentation describes").arg(link.endpoint.what),
        why.isEmpty() ? QString() : why.first(),
        Tr::tr("The Raw JSON and Fields tabs show what the server sent."));
}

bool looksLikeText(const QByteArray &contentType)
{
    const QByteArray type = contentType.toLower();
    return type.contains("json") || type.startsWith("text/");
}

} // namespace

RelatedLookup *RelatedLookup::start(InspectionSession *session, const RelatedLink &link,
                                    const QString &profile, const Options &options)
{
    auto *lookup = new RelatedLookup(session, link, profile, options);
    // Nothing happens inside start(): the caller connects first.
    QMetaObject::invokeMethod(lookup, &RelatedLookup::begin, Qt::QueuedConnection);
    return lookup;
}

RelatedLookup::RelatedLookup(InspectionSession *session, const RelatedLink &link, const QString &profile,
                             const Options &options)
    : QObject(session)
    , m_session(session)
    , m_profile(profile)
    , m_options(options)
{
    qRegisterMetaType<RelatedResult>();
    m_result.link = link;
}

void RelatedLookup::begin()
{
    if (m_finished)
        return;
    const RelatedLink &link = m_result.link;
    if (!m_session) {
        finish(InspectionFailure::make(Category::Usage, InspectionFailure::usageKind,
                                       tr("Related lookups need a session")));
        return;
    }
    if (!link.available) {
        finish(InspectionFailure::make(
            Category::Usage, QLatin1StringView("invalid_input"),
            tr("The %1 was not looked up; nothing was sent").arg(link.endpoint.what), link.unavailable,
            tr("The raw response shows the id as the server sent it.")));
        return;
    }
    switch (link.kind) {
    case Kind::Recording: {
        m_recording = std::make_shared<RecordingFile>(m_options.recordingDirectory);
        if (!m_recording->isOpen()) {
            const QString why = m_recording->errorString();
            m_recording.reset();
            finish(InspectionFailure::make(Category::Usage, QLatin1StringView("recording_file"),
                                           tr("The recording has nowhere to go; nothing was sent"), why,
                                           tr("Check that the temporary folder exists and can be written.")));
            return;
        }
        ClientOptions options = m_options.clientOptions.value_or(m_session->services().clientOptions);
        options.maxBodyBytes = m_options.maxRecordingBytes;
        request(link.request(), m_recording, options);
        return;
    }
    case Kind::ConversationMessages: {
        ConversationPaging::Options paging;
        paging.maxPages = std::max(1, m_options.maxPages);
        paging.focusMessageId = m_options.focusMessageId;
        paging.stopAtFocus = m_options.stopAtFocus;
        m_paging = std::make_unique<ConversationPaging>(paging);
        request(link.request());
        return;
    }
    case Kind::EmailMessage:
    case Kind::Transcription:
    case Kind::Conversation:
    case Kind::Contact:
        request(link.request());
        return;
    }
}

void RelatedLookup::request(const ApiRequest &call, std::shared_ptr<BodySink> sink,
                            std::optional<ClientOptions> clientOptions)
{
    if (m_paging && m_paging->pages() > 0)
        emit progress(tr("Reading page %1 of the conversation's messages…").arg(m_paging->pages() + 1));
    // The same request inspectRelated() makes, sent to where the message was looked up.
    InspectionRequest related = InspectionRequest::relatedLookup(call, m_profile);
    related.sink = std::move(sink);
    related.clientOptions = clientOptions ? std::move(clientOptions) : m_options.clientOptions;
    related.baseUrlOverride = m_options.baseUrlOverride;
    related.allowHost = m_options.allowHost;
    InspectionJob *job = m_session->inspect(related);
    m_job = job;
    connect(job, &InspectionJob::progress, this, &RelatedLookup::progress);
    connect(job, &InspectionJob::finished, this, &RelatedLookup::onAnswer);
}

void RelatedLookup::onAnswer(const InspectionResult &answer)
{
    m_job = nullptr;
    if (m_finished)
        return;
    m_result.exchanges << answer;
    if (answer.failure) {
        InspectionFailure failure = *answer.failure;
        if (m_recording && !m_recording->errorString().isEmpty())
            failure.detail = failure.detail.isEmpty() ? m_recording->errorString()
                                                      : failure.detail + u' ' + m_recording->errorString();
        finish(failure);
        return;
    }
    if (m_result.link.kind == Kind::Recording) {
        const QByteArray contentType =
            answer.http ? answer.http->responseHeader("Content-Type") : QByteArray();
        m_recording->setContentType(contentType);
        if (!m_recording->flush() || m_recording->size() == 0) {
            finish(InspectionFailure::make(
                Category::InvalidResponse, QLatin1StringView("empty_recording"),
                tr("The server sent no recording"), tr("The answer was a success with an empty body."),
                tr("The call may have no recording (a missed or very short call).")));
            return;
        }
        if (looksLikeText(contentType)) {
            finish(InspectionFailure::make(
                Category::InvalidResponse, QLatin1StringView("not_audio"), tr("The server sent no audio"),
                tr("The answer's Content-Type is %1.").arg(QString::fromLatin1(m_recording->contentType())),
                tr("The HTTP tab shows the answer's headers.")));
            return;
        }
        m_result.recording = m_recording;
        finish();
        return;
    }
    read(answer);
}

void RelatedLookup::read(const InspectionResult &answer)
{
    m_reading = true;
    const Kind kind = m_result.link.kind;
    const Json::Document document = answer.analysis.document;
    // The watcher belongs to this lookup: a lookup that is gone drops the worker's result.
    auto *watcher = new QFutureWatcher<Typed>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_reading = false;
        if (m_finished || watcher->future().resultCount() == 0)
            return;
        const Typed typed = watcher->result();
        if (!typed.unreadable.isEmpty()) {
            finish(unreadable(m_result.link, typed.unreadable));
            return;
        }
        m_result.email = typed.email;
        m_result.transcription = typed.transcription;
        m_result.conversation = typed.conversation;
        m_result.contact = typed.contact;
        if (!typed.page || !m_paging) {
            finish();
            return;
        }
        const std::optional<QString> next = m_paging->add(*typed.page);
        if (!next) {
            finish();
            return;
        }
        ApiRequest call = m_result.link.request();
        call.query = {{u"lastMessageId"_s, *next}};
        request(call);
    });
    watcher->setFuture(QtConcurrent::run([kind, document] { return readTyped(kind, document); }));
}

void RelatedLookup::cancel()
{
    if (m_finished)
        return;
    if (InspectionJob *job = m_job) {
        job->cancel(); // its finished() brings the Cancelled failure here
        if (m_finished)
            return;
    }
    InspectionFailure failure = InspectionFailure::make(
        Category::Cancelled, QLatin1StringView("cancelled"), tr("The related lookup was cancelled"),
        tr("It was stopped before it finished; nothing changed."));
    failure.apiKind = ErrorKind::Cancelled;
    finish(failure);
}

void RelatedLookup::finish(std::optional<InspectionFailure> failure)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.failure = std::move(failure);
    if (m_paging) {
        ConversationMessages messages;
        messages.messages = m_paging->messages();
        messages.shapes = m_paging->shapes();
        messages.pages = m_paging->pages();
        messages.complete = m_paging->complete();
        messages.stopReason = m_paging->stopReason();
        messages.focusIndex = m_paging->focusIndex();
        messages.problems = m_paging->problems();
        if (messages.pages > 0)
            m_result.messages = messages;
    }
    if (m_result.failure) {
        // A recording that did not arrive whole is of no use: its file goes now.
        m_result.recording.reset();
        m_recording.reset();
        qCInfo(lcApi) << "related lookup failed:" << RelatedLink::kindName(m_result.link.kind)
                      << m_result.failure->kind;
    }
    emit finished(m_result);
    deleteLater();
}
