#pragma once

#include "outputformat.h"

#include <QString>
#include <QStringList>

#include <optional>

// One invocation of message-inspector-cli, as parsed from its arguments. Nothing here is checked against the
// outside world (ids, URLs and profile names are validated by the core when used); parsing only decides what
// was asked for and refuses what cannot mean anything.
struct CliCommand
{
    enum class Kind
    {
        Help,
        Version,
        Get,
        Open,
        Check,
        TokenSet,
        TokenStatus,
        TokenForget,
        ProfileList,
        ProfileAdd,
        ProfileRemove,
        ProfileSetDefault,
        ProfileRename,
        Watch,     // watch ID: look it up again and again until its status settles
        History,   // list the lookup history
        Diff,      // diff A B: two answers compared structurally
        Batch,     // batch FILE|-: many ids, paced, one result a line
        Report,    // report ID: a masked report for a ticket
        Related,   // related ID: what the message leads to (thread, transcript, conversation, contact)
        Recording, // recording ID -o FILE: a call's audio
        Why,       // why ID: why it failed, each fact with its source
    };

    Kind kind = Kind::Help;
    QString helpTopic; // Help: "" for the overview, or a command name ("get", "token", …)

    QString messageId; // get, check ID: as typed (an id or a link holding one); get: the first of messageIds
    QStringList messageIds; // get: every id as typed, in order; {"-"}: read them from standard input
    QString file;           // open FILE, check --file FILE; "-" is standard input

    std::optional<QString> profile;
    std::optional<QString> baseUrl;
    // The one host outside HighLevel (and loopback) that --base-url may send the token to.
    std::optional<QString> allowHost;
    std::optional<OutputFormat> format;
    std::optional<int> timeoutMs;
    bool noRetry = false;
    bool strict = false;     // check: the live API's known differences from the documentation fail too
    bool lookupLive = false; // open --lookup: fetch the message a webhook payload names, and compare
    bool verbose = false;
    bool replace = false; // token set: replace a different token already saved

    QString profileName;                    // profile add / remove / set-default / rename (the current name)
    QString newProfileName;                 // profile rename
    std::optional<QString> apiVersion;      // profile add
    std::optional<QString> note;            // profile add
    std::optional<QString> webAppUrl;       // profile add
    std::optional<qint64> maxResponseBytes; // profile add: Profile::maxResponseBytes

    // --format for watch, history, diff, batch and report, lower case and checked against the command's own
    // list (commandFormats()); empty: the command's default. get, open and check use `format`.
    QString formatName;
    // watch: the first interval (it grows from there) and the status to stop at (empty: any final status).
    // Its --timeout (timeoutMs) bounds the whole watch, not each lookup.
    std::optional<qint64> intervalMs;
    QString untilStatus;
    std::optional<int> limit; // history: at most this many lookups
    QString search;           // history: part of the id, the summary or the outcome
    QStringList operands;     // diff: the two answers as typed (an id, @history:N, a file)
    QString column;           // batch: the header of the column holding the ids
    // batch --max-rate N/10s: at most maxRateCount lookups per maxRateWindowMs.
    std::optional<int> maxRateCount;
    qint64 maxRateWindowMs = 10'000;
    QStringList unmask; // report: the kinds of personal data shown as sent ("phone", "email", "text", "name")
    // related --what: "thread", "recording", "transcript", "conversation", "contact", each once, in the
    // order given, or {"all"}; empty: the default set (relatedDefaultWhat()).
    QStringList what;
    QString outputFile;             // recording -o FILE; "-" is standard output
    bool force = false;             // recording: replace FILE when it exists
    std::optional<qint64> maxBytes; // recording --max-size: the download's cap
    bool withContact = false;       // why --contact: look the contact up too (DND, phone, email)

    // True for the commands that send a lookup (get, check ID).
    // get -: the ids come from standard input.
    bool readsIdsFromStdin() const
    {
        return kind == Kind::Get && messageIds.size() == 1 && messageIds.first() == QLatin1StringView("-");
    }
    // get with more than one id, or with ids from standard input.
    bool getsMany() const { return kind == Kind::Get && (messageIds.size() > 1 || readsIdsFromStdin()); }

    bool looksUp() const { return kind == Kind::Get || (kind == Kind::Check && file.isEmpty()); }
};

struct CliParseResult
{
    CliCommand command;
    QString error; // empty when the arguments made sense; otherwise one sentence for stderr
    bool ok() const { return error.isEmpty(); }
};

namespace CliArguments {

// Parses the arguments after the program name. Options may come before or after the command words, as
// `--name value` or `--name=value`; `--` ends the options. No option takes a token.
CliParseResult parse(const QStringList &arguments);

// Longest --timeout accepted, in seconds.
inline constexpr int maxTimeoutSeconds = 3600;
// watch: its --timeout bounds the whole watch (default 10 minutes), at most a day; --interval is the first
// wait between lookups, between 0.1 s and an hour.
inline constexpr int maxWatchSeconds = 24 * 3600;
inline constexpr int defaultWatchSeconds = 10 * 60;
inline constexpr qint64 minIntervalMs = 100;
inline constexpr qint64 maxIntervalMs = 3600 * 1000;
// history --limit and batch --max-rate bounds.
inline constexpr int defaultHistoryLimit = 20;
inline constexpr int maxHistoryLimit = 10000;
inline constexpr int maxRatePerWindow = 1000;
// recording --max-size: at most this (the default is RecordingFile::defaultMaxBytes).
inline constexpr qint64 maxRecordingBytes = 1024LL * 1024 * 1024;

// related --what: every name it takes, in the order the results are printed; and what it looks up when not
// given (the recording is only announced: its download is `recording`'s).
QStringList relatedWhatNames();
QStringList relatedDefaultWhat();

// The --format names a command accepts, its default first ("text|json" for watch); empty for get, open and
// check, which take OutputFormat.
QStringList commandFormats(CliCommand::Kind kind);

} // namespace CliArguments
