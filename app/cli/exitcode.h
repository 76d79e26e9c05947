#pragma once

#include "api/apierror.h"

struct InspectionFailure;

#include <QString>

// The process exit statuses of message-inspector-cli. They are part of the interface: scripts branch on them,
// so a value never changes meaning once released. Documented in --help and docs/cli.md.
enum class ExitCode : int
{
    Success = 0,
    ProblemsFound = 1,   // `check` found schema problems (warnings or errors)
    Usage = 2,           // bad arguments or refused input: id, URL, token format, unreadable file
    Authentication = 3,  // 401, 403, no token available, keychain unavailable/locked/refused
    NotFound = 4,        // 404
    RateLimited = 5,     // 429 after the retries
    Network = 6,         // connection refused, DNS, TLS, timeout, refused redirect, other network failure
    ServerError = 7,     // 5xx, or any other unexpected HTTP error status
    InvalidResponse = 8, // a body that is not JSON, truncated, not valid HTTP, or over a size bound
    // Standard output could not be written: a closed pipe (the reader exited), a full disk, an I/O error.
    // What was asked for is missing or incomplete, so this wins over every other status of the run.
    OutputFailed = 9,
    Interrupted = 130, // cancelled (the shell's convention for SIGINT)
};

namespace ExitCodes {

// The exit status for a failed lookup (Success for ErrorKind::None).
ExitCode forError(ErrorKind kind);
// The exit status for an inspection's failure: its category, numbered.
ExitCode forFailure(const InspectionFailure &failure);

inline int value(ExitCode code)
{
    return static_cast<int>(code);
}

// The worse of two outcomes, for a command that looks up several ids: the one that says more of the run went
// wrong. From least to most: success, problems found, not found, invalid response, server error, usage
// (refused input), rate limited, network, authentication, interrupted.
ExitCode worst(ExitCode a, ExitCode b);

// The table for --help and the documentation: "  0  success" lines, aligned.
QString helpTable();

} // namespace ExitCodes
