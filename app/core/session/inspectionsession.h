#pragma once

#include "api/clientoptions.h"
#include "session/inspectionjob.h"
#include "session/inspectionrequest.h"

#include <QObject>

class LookupHistory;
class ProfileStore;
class TokenSource;

// What the session works with, built once in main() (or by a test) and handed in.
struct SessionServices
{
    ProfileStore *profiles = nullptr; // profiles: base URL and API version per sub-account (lookups)
    TokenSource *tokens = nullptr;    // the token of a profile (lookups)
    LookupHistory *history = nullptr; // where lookups are recorded; null: not recorded
    ClientOptions clientOptions;      // retries, deadline, size cap, trusted CAs
};

// One inspection, the one way: the window, the CLI and every feature built on lookups (related lookups,
// watch, batch) drive this and never a copy of it.
//
//   lookup:  profile → validate the id and the address (once, before anything else) → token → GET →
//            analyse (off the UI thread; an answer up to maxInlineAnalysisBytes where it arrives) → record in
//            the history → one InspectionResult
//   file:    read off the UI thread (bounded) → analyse → one InspectionResult
//   body:    analyse → one InspectionResult
//   related: profile → validate the endpoint's ids (found in a response or typed) and the address → token →
//            GET with the endpoint's own Version (a 2xx body into the request's sink when it has one) →
//            the document and its shape (no message checks) → one InspectionResult, not recorded. A 401/403
//            names the scope the endpoint needs in the failure's next step.
//
// Each inspect() returns a job that ends exactly once; several may run at once (each has its own client).
// While a big body is analysed the job reports workProgress() and stops early when cancelled.
class InspectionSession : public QObject
{
    Q_OBJECT

public:
    // The one size limit for files and pasted bodies (the network cap is ClientOptions::maxBodyBytes, per
    // profile). Large files are memory-mapped (MappedFile), so a 2 GB file costs no copy; the bound keeps
    // every row number the tree model shows within an int (an array in 4 GiB has < 2^31 items).
    static constexpr qint64 maxFileBytes = 4LL * 1024 * 1024 * 1024;
    // The re-indented text (InspectionRequest::prettyPrint) is made only for bodies up to this size: for a
    // bigger one it would take seconds and more memory than the body (up to 5 times; see Json::Limits).
    // InspectionResult::prettySkipped then says why there is none.
    static constexpr qint64 maxPrettyBytes = 256LL * 1024 * 1024;
    // An answer this small is analysed where it arrives: it takes well under a millisecond (64 KiB of JSON,
    // checks and pretty text: 0.2 ms here, mi_bench_lookupoverhead prints it), less than the hand-over to a
    // worker and back.
    static constexpr qint64 maxInlineAnalysisBytes = 64LL * 1024;

    explicit InspectionSession(const SessionServices &services, QObject *parent = nullptr);

    InspectionJob *inspect(const InspectionRequest &request);
    // A related lookup (InspectionRequest::relatedLookup): the same path as inspect(), for app/core/related.
    InspectionJob *inspectRelated(const ApiRequest &call, const QString &profile = {},
                                  std::shared_ptr<BodySink> sink = {},
                                  std::optional<ClientOptions> clientOptions = {});

    const SessionServices &services() const { return m_services; }
    void setClientOptions(const ClientOptions &options) { m_services.clientOptions = options; }

private:
    void start(InspectionJob *job);
    void startLookup(InspectionJob *job);
    void send(InspectionJob *job, InspectionResult result, const QUrl &base, const QString &apiVersion,
              const QString &token);
    void readFile(InspectionJob *job);
    // Where a body is analysed: always on a worker, or (for an answer that just arrived) inline when it is
    // no larger than maxInlineAnalysisBytes.
    enum class Where
    {
        Worker,
        InlineWhenSmall,
    };
    void analyse(InspectionJob *job, InspectionResult result, Where where = Where::Worker);
    void record(const InspectionResult &result);
    static void addScopeHint(InspectionFailure &failure, const Endpoint &endpoint);

    SessionServices m_services;
};
