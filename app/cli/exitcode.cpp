#include "exitcode.h"

#include "session/inspectionfailure.h"

#include <QCoreApplication>

namespace ExitCodes {

ExitCode forError(ErrorKind kind)
{
    if (kind == ErrorKind::None)
        return ExitCode::Success;
    InspectionFailure failure;
    failure.category = InspectionFailure::categoryFor(kind);
    return forFailure(failure);
}

ExitCode forFailure(const InspectionFailure &failure)
{
    // The core decides what kind of trouble it is; the CLI only numbers it.
    switch (failure.category) {
    case InspectionFailure::Category::Usage:
        return ExitCode::Usage;
    case InspectionFailure::Category::Authentication:
        return ExitCode::Authentication;
    case InspectionFailure::Category::NotFound:
        return ExitCode::NotFound;
    case InspectionFailure::Category::RateLimited:
        return ExitCode::RateLimited;
    case InspectionFailure::Category::Network:
        return ExitCode::Network;
    case InspectionFailure::Category::ServerError:
        return ExitCode::ServerError;
    case InspectionFailure::Category::InvalidResponse:
        return ExitCode::InvalidResponse;
    case InspectionFailure::Category::Cancelled:
        return ExitCode::Interrupted;
    }
    return ExitCode::Network;
}

namespace {

int severity(ExitCode code)
{
    switch (code) {
    case ExitCode::Success:
        return 0;
    case ExitCode::ProblemsFound:
        return 1;
    case ExitCode::NotFound:
        return 2;
    case ExitCode::InvalidResponse:
        return 3;
    case ExitCode::ServerError:
        return 4;
    case ExitCode::Usage:
        return 5;
    case ExitCode::RateLimited:
        return 6;
    case ExitCode::Network:
        return 7;
    case ExitCode::Authentication:
        return 8;
    case ExitCode::Interrupted:
        return 9;
    case ExitCode::OutputFailed: // missing output outranks everything: the caller has nothing to read
        return 10;
    }
    return 9;
}

} // namespace

ExitCode worst(ExitCode a, ExitCode b)
{
    return severity(b) > severity(a) ? b : a;
}

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExitCodes)
};
} // namespace

QString helpTable()
{
    return Tr::tr("Exit status:\n"
                  "  0  success\n"
                  "  1  check: the message has schema problems; watch: it failed or was undelivered;\n"
                  "     diff: the two differ; batch: an id returned no message or an entry was invalid\n"
                  "  2  usage error or refused input (bad id, bad URL, http to a non-loopback host,\n"
                  "     malformed token, unreadable file, 400/422 from the server); related: a kind\n"
                  "     asked for that the message does not have; recording: not a call, or FILE exists\n"
                  "  3  authentication or permission (401, 403, no token, keychain unavailable or locked)\n"
                  "  4  not found (404)\n"
                  "  5  rate limited (429 after retries)\n"
                  "  6  network, TLS or timeout (also a refused redirect); watch: gave up (--timeout)\n"
                  "  7  server error (5xx, or another unexpected HTTP error status)\n"
                  "  8  invalid response (not JSON, truncated, not valid HTTP, over a size bound)\n"
                  "  9  the output could not be written (closed pipe, full disk): it is missing or\n"
                  "     incomplete, whatever else happened\n"
                  "130  watch, batch, related or recording stopped with Ctrl+C\n"
                  "related: the worst of its lookups; why: 0 whenever it could explain.\n"
                  "With several ids, the status is the worst of them: output failed, interrupted,\n"
                  "authentication, network, rate limited, usage, server error, invalid response, not found,\n"
                  "problems, success.\n");
}

} // namespace ExitCodes
