#include "loopbacksession.h"

#include "session/fixedtokensource.h"
#include "store/lookuphistory.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

// The bound the tests had each used: ample for a loopback answer, even in a sanitizer build, and short
// enough that a job that never ends fails its test instead of hanging it.
constexpr int finishTimeoutMs = 10000;

std::unique_ptr<LookupHistory> historyIn(const QTemporaryDir &dir, bool wanted)
{
    return wanted ? std::make_unique<LookupHistory>(dir.filePath(u"history.sqlite"_s)) : nullptr;
}

SessionServices servicesOf(ProfileStore *profiles, TokenSource *tokens, LookupHistory *history,
                           const LoopbackSessionOptions &options)
{
    SessionServices services;
    services.profiles = profiles;
    services.tokens = tokens;
    services.history = history;
    services.clientOptions.retry.enabled = options.retry;
    return services;
}

} // namespace

LoopbackSession::LoopbackSession(const QString &token, const LoopbackSessionOptions &options)
    : LoopbackSession(std::make_unique<FixedTokenSource>(token), options)
{}

LoopbackSession::LoopbackSession(std::unique_ptr<TokenSource> tokens, const LoopbackSessionOptions &options)
    : m_listening(m_server.listen())
    , m_profiles(m_dir.filePath(u"settings.ini"_s))
    , m_tokens(std::move(tokens))
    , m_history(historyIn(m_dir, options.history))
    , m_session(servicesOf(&m_profiles, m_tokens.get(), m_history.get(), options))
{}

// Out of line: LookupHistory is only declared in the header.
LoopbackSession::~LoopbackSession() = default;

QString LoopbackSession::pointDefaultProfileAtServer()
{
    Profile profile = m_profiles.defaultProfile();
    profile.baseUrl = QUrl(m_server.baseUrl());
    return m_profiles.update(profile);
}

std::optional<InspectionResult> LoopbackSession::run(const InspectionRequest &request)
{
    return waitForResult(m_session.inspect(request));
}

std::optional<InspectionResult> LoopbackSession::waitForResult(InspectionJob *job)
{
    QSignalSpy finished(job, &InspectionJob::finished);
    if (!finished.wait(finishTimeoutMs)) {
        qWarning("LoopbackSession: the job did not finish within %d ms", finishTimeoutMs);
        return std::nullopt;
    }
    if (finished.size() != 1) {
        qWarning("LoopbackSession: the job finished %d times", int(finished.size()));
        return std::nullopt;
    }
    return finished.at(0).at(0).value<InspectionResult>();
}

} // namespace TestSupport
