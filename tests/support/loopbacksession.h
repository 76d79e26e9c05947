#pragma once

#include "session/inspectionresult.h"
#include "session/inspectionsession.h"
#include "store/profilestore.h"
#include "testserver.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class LookupHistory;
class TokenSource;

namespace TestSupport {

struct LoopbackSessionOptions
{
    // Record lookups in a LookupHistory on history.sqlite in the directory (null history otherwise, as in
    // a session that records nothing).
    bool history = false;
    // The client's own retries (RetryPolicy: after a 429, 502, 503, 504, a cut connection, a timeout). Off
    // unless asked, so a scripted failure comes back at once as the test wrote it; the batch tests keep the
    // product's setting, to show that the batch turns them off for its requests and paces itself.
    bool retry = false;
};

// The set-up of a test that drives the real InspectionSession against the loopback TestServer: a temporary
// directory holding the profiles (settings.ini) and, when asked, the history (history.sqlite), a token source
// in memory and the session built on them. Made in init() and dropped in cleanup(), so every test function
// starts with an empty server, fresh profiles, an empty history and a new session.
//
//     m_loopback = std::make_unique<LoopbackSession>(token);
//     QVERIFY(m_loopback->isListening());
//     QCOMPARE(m_loopback->pointDefaultProfileAtServer(), QString());
//     m_loopback->server().enqueue(ScriptedResponse::json(…));
//     const std::optional<InspectionResult> r = m_loopback->run(InspectionRequest::lookup(id));
//     QVERIFY(r);
class LoopbackSession
{
public:
    // The same token for every profile (a FixedTokenSource).
    explicit LoopbackSession(const QString &token, const LoopbackSessionOptions &options = {});
    // A token source of the test's own, e.g. one that counts how often it is asked.
    explicit LoopbackSession(std::unique_ptr<TokenSource> tokens, const LoopbackSessionOptions &options = {});
    ~LoopbackSession();

    LoopbackSession(const LoopbackSession &) = delete;
    LoopbackSession &operator=(const LoopbackSession &) = delete;

    // Whether the server got its port; a test checks it before anything else.
    bool isListening() const { return m_listening; }
    // Sends the default profile's lookups to the server (its address is the profile's own, not an
    // override); returns ProfileStore::update's error, empty when it worked.
    QString pointDefaultProfileAtServer();

    // A path in the temporary directory (which lives as long as this).
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    TestServer &server() { return m_server; }
    ProfileStore &profiles() { return m_profiles; }
    LookupHistory *history() { return m_history.get(); } // null unless LoopbackSessionOptions::history
    InspectionSession &session() { return m_session; }

    // Runs request on this session and waits for its result; see waitForResult.
    [[nodiscard]] std::optional<InspectionResult> run(const InspectionRequest &request);
    // Waits (up to 10 s, spinning the event loop) for the one finished() of job. Nothing, with a warning,
    // when it does not come in time or comes more than once: helpers cannot use QVERIFY, so the test checks
    // that there is a result. (Whether a second finished() follows later is for the tests of cancel to show.)
    [[nodiscard]] static std::optional<InspectionResult> waitForResult(InspectionJob *job);

private:
    // Declared in the order they depend on each other, so they are destroyed the other way round: the
    // session (and its running jobs) first, then the history it records in, the token source and profiles it
    // reads, the server its clients talk to, and last the directory holding the files.
    QTemporaryDir m_dir;
    TestServer m_server;
    bool m_listening = false;
    ProfileStore m_profiles;
    std::unique_ptr<TokenSource> m_tokens;
    std::unique_ptr<LookupHistory> m_history;
    InspectionSession m_session;
};

} // namespace TestSupport
