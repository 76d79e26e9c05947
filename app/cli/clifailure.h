#pragma once

#include "exitcode.h"

#include "api/apierror.h"

#include <QString>
#include <QStringList>

// Why a command could not do what was asked, told the way the window's error banner tells it: what happened,
// why it most likely happened, what to do next, plus the server's own words verbatim. The CLI prints it on
// stderr and, with --format json, in the "error" member.
struct CliFailure
{
    ExitCode exitCode = ExitCode::Success;
    QString kind;     // stable lower_snake_case name: ApiError::machineName() or one of the CLI's own below
    QString title;    // what happened, one line
    QString cause;    // why it most likely happened
    QString nextStep; // what to do now
    QStringList serverMessages; // verbatim
    QString serverErrorText;    // verbatim
    int httpStatus = 0;
    QString detail;  // technical detail (Qt's network error text, the JSON parse position, …)
    QString traceId; // the error body's traceId: what HighLevel's support asks for

    bool isFailure() const { return exitCode != ExitCode::Success; }

    // The CLI's own kinds, for failures that are not a lookup's.
    static constexpr QLatin1StringView usageKind{"usage"};
    static constexpr QLatin1StringView noTokenKind{"no_token"};
    static constexpr QLatin1StringView keychainUnavailableKind{"keychain_unavailable"};
    static constexpr QLatin1StringView keychainErrorKind{"keychain_error"};
    static constexpr QLatin1StringView fileUnreadableKind{"file_unreadable"};
    static constexpr QLatin1StringView profileKind{"profile"};

    static CliFailure fromApiError(const ApiError &error);
    static CliFailure make(ExitCode code, QLatin1StringView kind, const QString &title,
                           const QString &cause = {}, const QString &nextStep = {});

    // Lines for stderr, ending with a newline:
    //   error: <title>
    //     <cause>
    //     <next step>
    //     Server message: <verbatim>
    QString toText() const;

    // Replaces the token wherever it might have slipped in (a server may echo it back).
    void scrub(const QString &token);
};
