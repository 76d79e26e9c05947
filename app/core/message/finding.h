#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One place where the response disagrees with the documented schema (or with JSON itself). Shown in the
// Problems tab, printed by the CLI, and used to jump to the node (path) in the tree.
struct Finding
{
    enum class Severity
    {
        Error,
        Warning,
        Info,
        // The response differs from the documentation the way the live API is publicly known to (LiveApi
        // table): shown and counted apart, never as a warning or error. `check` passes them; `check --strict`
        // does not.
        KnownDifference
    };

    Severity severity = Severity::Info;
    QString code;    // stable, machine-readable: "missing-required-field", "wrong-type", ... (see
                     // messagevalidator.h)
    QString path;    // JSON path of the node concerned, e.g. "$.meta.callDuration" ("$" for the whole body)
    QString message; // one plain sentence for people
    qint64 offset = -1; // byte offset in the body when known
    QString source;     // KnownDifference: where the difference is publicly reported

    // "error", "warning", "info", "known-difference" (stable, for the CLI and logs); severityLabel() is the
    // translated word.
    static QString severityName(Severity severity);
    static QString severityLabel(Severity severity);
};

Q_DECLARE_METATYPE(Finding)
