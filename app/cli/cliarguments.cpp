#include "cliarguments.h"

#include "report/personaldatamask.h"
#include "store/profile.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliArguments)
};

using Kind = CliCommand::Kind;

struct OptionSpec
{
    QLatin1StringView name;
    bool takesValue;
};

constexpr std::array<OptionSpec, 30> optionSpecs{{
    {QLatin1StringView("help"), false},
    {QLatin1StringView("version"), false},
    {QLatin1StringView("verbose"), false},
    {QLatin1StringView("profile"), true},
    {QLatin1StringView("base-url"), true},
    {QLatin1StringView("allow-host"), true},
    {QLatin1StringView("format"), true},
    {QLatin1StringView("timeout"), true},
    {QLatin1StringView("no-retry"), false},
    {QLatin1StringView("file"), true},
    {QLatin1StringView("replace"), false},
    {QLatin1StringView("api-version"), true},
    {QLatin1StringView("note"), true},
    {QLatin1StringView("web-app"), true},
    {QLatin1StringView("max-response"), true},
    {QLatin1StringView("strict"), false},
    {QLatin1StringView("lookup"), false},
    {QLatin1StringView("interval"), true},
    {QLatin1StringView("until"), true},
    {QLatin1StringView("limit"), true},
    {QLatin1StringView("search"), true},
    {QLatin1StringView("column"), true},
    {QLatin1StringView("max-rate"), true},
    {QLatin1StringView("unmask"), true},
    {QLatin1StringView("what"), true},
    {QLatin1StringView("output"), true}, // also -o
    {QLatin1StringView("force"), false},
    {QLatin1StringView("max-size"), true},
    {QLatin1StringView("contact"), false},
    // Listed so that it gets its own explanation instead of "unknown option".
    {QLatin1StringView("token"), true},
}};

const OptionSpec *findOption(QStringView name)
{
    for (const OptionSpec &spec : optionSpecs) {
        if (name == spec.name)
            return &spec;
    }
    return nullptr;
}

// Which options each command accepts (help, version and verbose are accepted everywhere).
QStringList allowedOptions(Kind kind)
{
    const QStringList lookup{QStringLiteral("profile"),    QStringLiteral("base-url"),
                             QStringLiteral("allow-host"), QStringLiteral("format"),
                             QStringLiteral("timeout"),    QStringLiteral("no-retry")};
    switch (kind) {
    case Kind::Get:
        return lookup;
    case Kind::Check:
        return lookup + QStringList{QStringLiteral("file"), QStringLiteral("strict")};
    case Kind::Open:
        // --lookup fetches the message a webhook payload names: the lookup options apply then.
        return lookup + QStringList{QStringLiteral("lookup")};
    case Kind::TokenSet:
        return {QStringLiteral("profile"), QStringLiteral("replace")};
    case Kind::TokenStatus:
    case Kind::TokenForget:
        return {QStringLiteral("profile")};
    case Kind::ProfileAdd:
        return {QStringLiteral("base-url"), QStringLiteral("api-version"), QStringLiteral("note"),
                QStringLiteral("web-app"), QStringLiteral("max-response")};
    case Kind::Watch:
        // --timeout bounds the whole watch; each lookup is sent once (the watch paces itself).
        return {QStringLiteral("profile"), QStringLiteral("base-url"), QStringLiteral("allow-host"),
                QStringLiteral("format"),  QStringLiteral("timeout"),  QStringLiteral("interval"),
                QStringLiteral("until")};
    case Kind::History:
        return {QStringLiteral("limit"), QStringLiteral("profile"), QStringLiteral("search"),
                QStringLiteral("format")};
    case Kind::Diff:
    case Kind::Report:
        return lookup + (kind == Kind::Report ? QStringList{QStringLiteral("unmask")} : QStringList{});
    case Kind::Batch:
        // The batch paces and retries itself, so --timeout and --no-retry do not apply.
        return {QStringLiteral("profile"), QStringLiteral("base-url"), QStringLiteral("allow-host"),
                QStringLiteral("format"),  QStringLiteral("column"),   QStringLiteral("max-rate")};
    case Kind::Related:
        return lookup + QStringList{QStringLiteral("what")};
    case Kind::Why:
        return lookup + QStringList{QStringLiteral("contact")};
    case Kind::Recording: {
        QStringList options = lookup;
        options.removeAll(QStringLiteral("format")); // audio has one form
        return options +
               QStringList{QStringLiteral("output"), QStringLiteral("force"), QStringLiteral("max-size")};
    }
    case Kind::ProfileList:
    case Kind::ProfileRemove:
    case Kind::ProfileSetDefault:
    case Kind::ProfileRename:
    case Kind::Help:
    case Kind::Version:
        return {};
    }
    return {};
}

// "50M", "512K", "2G", "1000000": bytes (K, M and G are powers of 1024; a trailing B is fine), at most
// maxBytes.
std::optional<qint64> parseSize(const QString &text, qint64 maxBytes = CliArguments::maxRecordingBytes)
{
    QString number = text.trimmed().toUpper();
    if (number.endsWith(QLatin1Char('B')))
        number.chop(1);
    qint64 unit = 1;
    if (number.endsWith(QLatin1Char('K')))
        unit = 1024;
    else if (number.endsWith(QLatin1Char('M')))
        unit = 1024 * 1024;
    else if (number.endsWith(QLatin1Char('G')))
        unit = 1024 * 1024 * 1024;
    if (unit != 1)
        number.chop(1);
    bool ok = false;
    const qint64 value = number.trimmed().toLongLong(&ok);
    if (!ok || value < 1 || value > maxBytes / unit)
        return std::nullopt;
    return value * unit;
}

std::optional<int> parseTimeoutMs(const QString &text, int maxSeconds = CliArguments::maxTimeoutSeconds)
{
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > maxSeconds)
        return std::nullopt;
    return std::max(1, int(std::ceil(seconds * 1000.0)));
}

// A whole number within [min, max].
std::optional<int> parseCount(const QString &text, int min, int max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

// "20/10s", "5/1s", "100/60s" or a bare "20" (per 10 s): lookups per window.
std::optional<std::pair<int, qint64>> parseRate(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    const auto count =
        parseCount(slash < 0 ? trimmed : trimmed.left(slash), 1, CliArguments::maxRatePerWindow);
    if (!count)
        return std::nullopt;
    if (slash < 0)
        return std::pair<int, qint64>{*count, 10'000};
    QString window = trimmed.mid(slash + 1).trimmed();
    if (!window.endsWith(QLatin1Char('s')))
        return std::nullopt;
    window.chop(1);
    const auto ms = parseTimeoutMs(window.isEmpty() ? QStringLiteral("1") : window, 3600);
    if (!ms || *ms < 1000)
        return std::nullopt;
    return std::pair<int, qint64>{*count, *ms};
}

QString commandWord(Kind kind)
{
    switch (kind) {
    case Kind::Get:
        return QStringLiteral("get");
    case Kind::Open:
        return QStringLiteral("open");
    case Kind::Check:
        return QStringLiteral("check");
    case Kind::TokenSet:
        return QStringLiteral("token set");
    case Kind::TokenStatus:
        return QStringLiteral("token status");
    case Kind::TokenForget:
        return QStringLiteral("token forget");
    case Kind::ProfileList:
        return QStringLiteral("profile list");
    case Kind::ProfileAdd:
        return QStringLiteral("profile add");
    case Kind::ProfileRemove:
        return QStringLiteral("profile remove");
    case Kind::ProfileSetDefault:
        return QStringLiteral("profile set-default");
    case Kind::ProfileRename:
        return QStringLiteral("profile rename");
    case Kind::Help:
        return QStringLiteral("help");
    case Kind::Version:
        return QStringLiteral("version");
    case Kind::Watch:
        return QStringLiteral("watch");
    case Kind::History:
        return QStringLiteral("history");
    case Kind::Diff:
        return QStringLiteral("diff");
    case Kind::Batch:
        return QStringLiteral("batch");
    case Kind::Report:
        return QStringLiteral("report");
    case Kind::Related:
        return QStringLiteral("related");
    case Kind::Recording:
        return QStringLiteral("recording");
    case Kind::Why:
        return QStringLiteral("why");
    }
    return {};
}

// The name a --unmask entry stands for ("phone", "email", "text", "name"), or empty.
QString unmaskWord(const QString &entry)
{
    const auto data = PersonalDataMask::fromName(entry);
    return data ? PersonalDataMask::name(*data) : QString();
}

CliParseResult failure(const QString &error)
{
    CliParseResult result;
    result.error = error;
    return result;
}

} // namespace

namespace CliArguments {

QStringList commandFormats(CliCommand::Kind kind)
{
    switch (kind) {
    case Kind::Watch:
    case Kind::Diff:
    case Kind::Related:
    case Kind::Why:
        return {QStringLiteral("text"), QStringLiteral("json")};
    case Kind::History:
        return {QStringLiteral("table"), QStringLiteral("json")};
    case Kind::Batch:
        return {QStringLiteral("ndjson"), QStringLiteral("csv"), QStringLiteral("table")};
    case Kind::Report:
        return {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json")};
    default:
        return {};
    }
}

QStringList relatedWhatNames()
{
    return {QStringLiteral("thread"), QStringLiteral("recording"), QStringLiteral("transcript"),
            QStringLiteral("conversation"), QStringLiteral("contact")};
}

QStringList relatedDefaultWhat()
{
    return relatedWhatNames(); // the recording among them is only announced
}

CliParseResult parse(const QStringList &arguments)
{
    QStringList positionals;
    QList<std::pair<QString, QString>> options; // name → value (empty for flags), in the order given
    bool wantsHelp = false;
    bool wantsVersion = false;
    bool verbose = false;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1StringView("--")) {
            positionals += arguments.mid(i + 1);
            break;
        }
        if (arg == QLatin1StringView("-h")) {
            wantsHelp = true;
            continue;
        }
        if (arg == QLatin1StringView("-V")) {
            wantsVersion = true;
            continue;
        }
        if (arg == QLatin1StringView("-o")) {
            // -o FILE, as in curl and the compilers: FILE may be "-" (standard output).
            if (i + 1 >= arguments.size())
                return failure(Tr::tr("-o needs a file name, or - for standard output."));
            options.append({QStringLiteral("output"), arguments.at(++i)});
            continue;
        }
        if (!arg.startsWith(QLatin1StringView("--"))) {
            if (arg.size() > 1 && arg.startsWith(QLatin1Char('-')))
                return failure(Tr::tr("Unknown option “%1”.").arg(arg));
            positionals << arg; // "-" stands for standard input
            continue;
        }
        const qsizetype equals = arg.indexOf(QLatin1Char('='));
        const QString name = arg.mid(2, equals < 0 ? -1 : equals - 2);
        const OptionSpec *spec = findOption(name);
        if (!spec) {
            return failure(Tr::tr("Unknown option “--%1”. Run “message-inspector-cli --help” for the list.")
                               .arg(name.left(40)));
        }
        if (name == QLatin1StringView("token")) {
            // Never echo the value: it may be a real token.
            return failure(
                Tr::tr("No option takes a token: command-line arguments are visible to every user of "
                       "this machine. Set HIGHLEVEL_TOKEN, or save the token with "
                       "“message-inspector-cli token set” (it reads standard input)."));
        }
        QString value;
        if (spec->takesValue) {
            if (equals >= 0) {
                value = arg.mid(equals + 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                return failure(Tr::tr("The option --%1 needs a value.").arg(name));
            }
        } else if (equals >= 0) {
            return failure(Tr::tr("The option --%1 takes no value.").arg(name));
        }
        if (name == QLatin1StringView("help")) {
            wantsHelp = true;
        } else if (name == QLatin1StringView("version")) {
            wantsVersion = true;
        } else if (name == QLatin1StringView("verbose")) {
            verbose = true;
        } else {
            for (const auto &given : options) {
                if (given.first == name)
                    return failure(Tr::tr("The option --%1 is given twice.").arg(name));
            }
            options.append({name, value});
        }
    }

    CliParseResult result;
    CliCommand &command = result.command;
    command.verbose = verbose;

    if (wantsVersion && !wantsHelp) {
        command.kind = Kind::Version;
        return result;
    }
    if (positionals.isEmpty() || positionals.first() == QLatin1StringView("help")) {
        command.kind = Kind::Help;
        command.helpTopic = positionals.value(1);
        if (positionals.size() > 2)
            return failure(Tr::tr("“help” takes at most one command name."));
        return result;
    }

    const QString word = positionals.takeFirst();
    if (wantsHelp) {
        command.kind = Kind::Help;
        command.helpTopic = word;
        return result;
    }
    if (word == QLatin1StringView("version")) {
        command.kind = Kind::Version;
    } else if (word == QLatin1StringView("get")) {
        command.kind = Kind::Get;
        if (positionals.isEmpty())
            return failure(Tr::tr("“get” needs a message id, for example: message-inspector-cli get "
                                  "ve9EPM428h8vShlRW1KT"));
        // Several ids are looked up one after another; "-" reads them from standard input, so it comes alone.
        command.messageIds = positionals;
        positionals.clear();
        if (command.messageIds.size() > 1 && command.messageIds.contains(QStringLiteral("-")))
            return failure(
                Tr::tr("“get -” reads the ids from standard input; give either “-” alone or the ids."));
        command.messageId = command.messageIds.first();
    } else if (word == QLatin1StringView("open")) {
        command.kind = Kind::Open;
        if (positionals.isEmpty())
            return failure(Tr::tr("“open” needs a file name, or - to read standard input."));
        command.file = positionals.takeFirst();
    } else if (word == QLatin1StringView("check")) {
        command.kind = Kind::Check;
        if (!positionals.isEmpty())
            command.messageId = positionals.takeFirst();
    } else if (word == QLatin1StringView("watch") || word == QLatin1StringView("report")) {
        command.kind = word == QLatin1StringView("watch") ? Kind::Watch : Kind::Report;
        if (positionals.isEmpty())
            return failure(Tr::tr("“%1” needs a message id, for example: message-inspector-cli %1 "
                                  "ve9EPM428h8vShlRW1KT")
                               .arg(word));
        command.messageId = positionals.takeFirst();
    } else if (word == QLatin1StringView("related") || word == QLatin1StringView("recording") ||
               word == QLatin1StringView("why")) {
        command.kind = word == QLatin1StringView("related")     ? Kind::Related
                       : word == QLatin1StringView("recording") ? Kind::Recording
                                                                : Kind::Why;
        if (positionals.isEmpty())
            return failure(Tr::tr("“%1” needs a message id, for example: message-inspector-cli %1 "
                                  "ve9EPM428h8vShlRW1KT")
                               .arg(word));
        command.messageId = positionals.takeFirst();
    } else if (word == QLatin1StringView("history")) {
        command.kind = Kind::History;
    } else if (word == QLatin1StringView("diff")) {
        command.kind = Kind::Diff;
        if (positionals.size() < 2)
            return failure(
                Tr::tr("“diff” compares two answers: message-inspector-cli diff A B, where each is a "
                       "message id, @history:N (a lookup kept in the history) or a file."));
        command.operands = {positionals.takeFirst(), positionals.takeFirst()};
    } else if (word == QLatin1StringView("batch")) {
        command.kind = Kind::Batch;
        command.file = positionals.isEmpty() ? QStringLiteral("-") : positionals.takeFirst();
    } else if (word == QLatin1StringView("token") || word == QLatin1StringView("profile")) {
        const bool isToken = word == QLatin1StringView("token");
        if (positionals.isEmpty()) {
            return failure(
                isToken ? Tr::tr("“token” needs an action: set, status or forget.")
                        : Tr::tr("“profile” needs an action: list, add, rename, remove or set-default."));
        }
        const QString action = positionals.takeFirst();
        if (isToken && action == QLatin1StringView("set")) {
            command.kind = Kind::TokenSet;
        } else if (isToken && action == QLatin1StringView("status")) {
            command.kind = Kind::TokenStatus;
        } else if (isToken && action == QLatin1StringView("forget")) {
            command.kind = Kind::TokenForget;
        } else if (!isToken && action == QLatin1StringView("list")) {
            command.kind = Kind::ProfileList;
        } else if (!isToken && action == QLatin1StringView("add")) {
            command.kind = Kind::ProfileAdd;
        } else if (!isToken && action == QLatin1StringView("remove")) {
            command.kind = Kind::ProfileRemove;
        } else if (!isToken && action == QLatin1StringView("set-default")) {
            command.kind = Kind::ProfileSetDefault;
        } else if (!isToken && action == QLatin1StringView("rename")) {
            command.kind = Kind::ProfileRename;
        } else {
            // Never echo what followed `token`: someone may have typed the token itself there.
            return failure(isToken
                               ? Tr::tr("Unknown token action. Use set, status or forget; “token set” reads "
                                        "the token from standard input.")
                               : Tr::tr("Unknown profile action “%1”. Use list, add, rename, remove or "
                                        "set-default.")
                                     .arg(action.left(40)));
        }
        if (command.kind == Kind::ProfileAdd || command.kind == Kind::ProfileRemove ||
            command.kind == Kind::ProfileSetDefault || command.kind == Kind::ProfileRename) {
            if (positionals.isEmpty())
                return failure(Tr::tr("“%1” needs a profile name.").arg(commandWord(command.kind)));
            command.profileName = positionals.takeFirst();
        }
        if (command.kind == Kind::ProfileRename) {
            if (positionals.isEmpty())
                return failure(Tr::tr("“profile rename” needs the current name and the new name."));
            command.newProfileName = positionals.takeFirst();
        }
    } else {
        return failure(
            Tr::tr("Unknown command “%1”. Commands: get, open, check, watch, history, diff, batch, "
                   "report, related, recording, why, token, profile, help.")
                .arg(word.left(40)));
    }

    if (!positionals.isEmpty()) {
        if (command.kind == Kind::TokenSet) {
            return failure(
                Tr::tr("“token set” takes no token argument: arguments are visible to every user of "
                       "this machine. Pipe or type the token on standard input instead."));
        }
        return failure(Tr::tr("Unexpected argument “%1” after “%2”.")
                           .arg(positionals.first().left(40), commandWord(command.kind)));
    }

    const QStringList allowed = allowedOptions(command.kind);
    for (const auto &[name, value] : options) {
        if (!allowed.contains(name)) {
            return failure(
                Tr::tr("The option --%1 does not apply to “%2”.").arg(name, commandWord(command.kind)));
        }
        if (name == QLatin1StringView("profile")) {
            command.profile = value;
        } else if (name == QLatin1StringView("base-url")) {
            command.baseUrl = value;
        } else if (name == QLatin1StringView("allow-host")) {
            const QString host = value.trimmed();
            const bool plainHost = !host.isEmpty() && !host.contains(QLatin1Char('/')) &&
                                   !host.contains(QLatin1Char(':')) && !host.contains(QLatin1Char('@'));
            if (!plainHost) {
                return failure(
                    Tr::tr("--allow-host takes a host name, such as api.example.com (no scheme, port "
                           "or path)."));
            }
            command.allowHost = host;
        } else if (name == QLatin1StringView("format") && !commandFormats(command.kind).isEmpty()) {
            const QStringList names = commandFormats(command.kind);
            QString chosen = value.trimmed().toLower();
            if (chosen == QLatin1StringView("markdown"))
                chosen = QStringLiteral("md");
            if (!names.contains(chosen)) {
                return failure(
                    Tr::tr("Unknown format “%1” for “%2”. Use one of: %3.")
                        .arg(value.left(40), commandWord(command.kind), names.join(QLatin1Char('|'))));
            }
            command.formatName = chosen;
        } else if (name == QLatin1StringView("format")) {
            command.format = OutputFormats::fromName(value);
            if (!command.format) {
                return failure(Tr::tr("Unknown format “%1”. Use one of: %2.")
                                   .arg(value.left(40), OutputFormats::allNames()));
            }
        } else if (name == QLatin1StringView("timeout") && command.kind == Kind::Watch) {
            command.timeoutMs = parseTimeoutMs(value, maxWatchSeconds);
            if (!command.timeoutMs) {
                return failure(
                    Tr::tr("--timeout takes the longest the watch may last, in seconds: above 0 and at "
                           "most %1 (a day), e.g. 600.")
                        .arg(maxWatchSeconds));
            }
        } else if (name == QLatin1StringView("interval")) {
            const auto ms = parseTimeoutMs(value, int(maxIntervalMs / 1000));
            if (!ms || *ms < minIntervalMs) {
                return failure(
                    Tr::tr("--interval takes the first wait between lookups in seconds, from 0.1 to "
                           "%1, e.g. 2.")
                        .arg(maxIntervalMs / 1000));
            }
            command.intervalMs = *ms;
        } else if (name == QLatin1StringView("until")) {
            const QString status = value.trimmed().toLower();
            const bool word = !status.isEmpty() && status.size() <= 40 &&
                              std::all_of(status.cbegin(), status.cend(), [](QChar c) {
                                  return (c >= u'a' && c <= u'z') || c == u'_' || c == u'-';
                              });
            if (!word) {
                return failure(Tr::tr("--until takes “final” or a message status such as delivered, read or "
                                      "sent."));
            }
            command.untilStatus = status == QLatin1StringView("final") ? QString() : status;
        } else if (name == QLatin1StringView("limit")) {
            command.limit = parseCount(value, 1, maxHistoryLimit);
            if (!command.limit)
                return failure(
                    Tr::tr("--limit takes a number of lookups from 1 to %1.").arg(maxHistoryLimit));
        } else if (name == QLatin1StringView("search")) {
            if (value.trimmed().isEmpty() || value.size() > 256)
                return failure(
                    Tr::tr("--search takes some text (at most 256 characters) to look for in the ids, "
                           "summaries and outcomes."));
            command.search = value.trimmed();
        } else if (name == QLatin1StringView("column")) {
            if (value.trimmed().isEmpty() || value.size() > 200)
                return failure(Tr::tr("--column takes the name of the column that holds the ids, as in the "
                                      "file's header row."));
            command.column = value.trimmed();
        } else if (name == QLatin1StringView("max-rate")) {
            const auto rate = parseRate(value);
            if (!rate) {
                return failure(Tr::tr("--max-rate takes lookups per window, such as 20/10s or 5/1s (1 to %1 "
                                      "lookups, a window of 1 to 3600 seconds).")
                                   .arg(maxRatePerWindow));
            }
            command.maxRateCount = rate->first;
            command.maxRateWindowMs = rate->second;
        } else if (name == QLatin1StringView("unmask")) {
            for (const QString &entry : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (entry.trimmed().compare(QLatin1StringView("all"), Qt::CaseInsensitive) == 0) {
                    command.unmask = {QStringLiteral("phone"), QStringLiteral("email"),
                                      QStringLiteral("text"), QStringLiteral("name")};
                    continue;
                }
                const QString word = unmaskWord(entry);
                if (word.isEmpty()) {
                    return failure(
                        Tr::tr("--unmask takes a comma-separated list of phone, email, text and names "
                               "(or all)."));
                }
                if (!command.unmask.contains(word))
                    command.unmask.append(word);
            }
            if (command.unmask.isEmpty())
                return failure(
                    Tr::tr("--unmask takes a comma-separated list of phone, email, text and names."));
        } else if (name == QLatin1StringView("what")) {
            command.what.clear();
            for (const QString &entry : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                QString what = entry.trimmed().toLower();
                if (what == QLatin1StringView("email") || what == QLatin1StringView("emails"))
                    what = QStringLiteral("thread");
                else if (what == QLatin1StringView("messages"))
                    what = QStringLiteral("conversation");
                else if (what == QLatin1StringView("transcription"))
                    what = QStringLiteral("transcript");
                if (what == QLatin1StringView("all")) {
                    command.what = {what}; // everything the message has: RelatedCommand expands it
                    break;
                }
                if (!relatedWhatNames().contains(what)) {
                    return failure(Tr::tr("--what takes a comma-separated list of thread, recording, "
                                          "transcript, conversation and contact (or all)."));
                }
                if (!command.what.contains(what))
                    command.what.append(what);
            }
            if (command.what.isEmpty())
                return failure(Tr::tr("--what takes a comma-separated list of thread, recording, transcript, "
                                      "conversation and contact (or all)."));
        } else if (name == QLatin1StringView("output")) {
            if (value.isEmpty())
                return failure(Tr::tr("-o needs a file name, or - for standard output."));
            command.outputFile = value;
        } else if (name == QLatin1StringView("force")) {
            command.force = true;
        } else if (name == QLatin1StringView("max-size")) {
            command.maxBytes = parseSize(value);
            if (!command.maxBytes)
                return failure(Tr::tr("--max-size takes a size such as 50M, 512K or 1G (at most 1G)."));
        } else if (name == QLatin1StringView("contact")) {
            command.withContact = true;
        } else if (name == QLatin1StringView("timeout")) {
            command.timeoutMs = parseTimeoutMs(value);
            if (!command.timeoutMs) {
                return failure(
                    Tr::tr("--timeout takes a number of seconds above 0 and at most %1, e.g. 10 or 2.5.")
                        .arg(maxTimeoutSeconds));
            }
        } else if (name == QLatin1StringView("no-retry")) {
            command.noRetry = true;
        } else if (name == QLatin1StringView("strict")) {
            command.strict = true;
        } else if (name == QLatin1StringView("lookup")) {
            command.lookupLive = true;
        } else if (name == QLatin1StringView("file")) {
            command.file = value;
        } else if (name == QLatin1StringView("replace")) {
            command.replace = true;
        } else if (name == QLatin1StringView("api-version")) {
            command.apiVersion = value;
        } else if (name == QLatin1StringView("note")) {
            command.note = value;
        } else if (name == QLatin1StringView("web-app")) {
            command.webAppUrl = value;
        } else if (name == QLatin1StringView("max-response")) {
            command.maxResponseBytes = parseSize(value, Profile::maxMaxResponseBytes());
            if (!command.maxResponseBytes)
                return failure(Tr::tr("--max-response takes a size such as 200M or 2G (at least 64K, at most "
                                      "4G): the largest answer a lookup with the profile downloads."));
        }
    }

    if (command.kind == Kind::Open && !command.lookupLive &&
        (command.profile || command.baseUrl || command.allowHost || command.timeoutMs || command.noRetry)) {
        return failure(
            Tr::tr("--profile, --base-url, --allow-host, --timeout and --no-retry are for lookups: the "
                   "option does not apply to “open” without --lookup."));
    }
    if (command.kind == Kind::Recording && command.outputFile.isEmpty()) {
        return failure(Tr::tr("“recording” needs -o FILE (where to write the audio), or -o - for standard "
                              "output."));
    }
    if (command.kind == Kind::Check) {
        if (command.messageId.isEmpty() && command.file.isEmpty())
            return failure(Tr::tr("“check” needs a message id or --file FILE."));
        if (!command.messageId.isEmpty() && !command.file.isEmpty())
            return failure(Tr::tr("“check” takes a message id or --file FILE, not both."));
        if (!command.file.isEmpty() && (command.profile || command.baseUrl || command.allowHost ||
                                        command.timeoutMs || command.noRetry)) {
            return failure(
                Tr::tr("--profile, --base-url, --allow-host, --timeout and --no-retry apply only when "
                       "checking a message id."));
        }
    }
    return result;
}

} // namespace CliArguments
