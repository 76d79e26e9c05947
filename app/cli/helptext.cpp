#include "helptext.h"

#include "exitcode.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HelpText)
};

QString lookupOptions()
{
    return Tr::tr(
        "  --profile NAME         use this profile's base URL, API version and saved token\n"
        "                         (default: the default profile)\n"
        "  --base-url URL         send to this API base instead (https; http only to loopback)\n"
        "  --allow-host HOST      let --base-url send the token to HOST, which is neither\n"
        "                         *.leadconnectorhq.com nor this computer\n"
        "  --format FORMAT        summary|raw|pretty|json|tree|problems\n"
        "  --timeout SECONDS      give up on the whole lookup after this long, retries, their\n"
        "                         waits and redirects included (default 60)\n"
        "  --no-retry             send once: no retry after 429, 502, 503, 504, a timeout or a cut\n");
}

QString formats()
{
    return Tr::tr("Formats:\n"
                  "  summary   the message at a glance (default when stdout is a terminal)\n"
                  "  raw       the body bytes exactly as received (default when stdout is not a terminal)\n"
                  "  pretty    the body indented, keeping the server's key order and number text\n"
                  "  json      one JSON object for scripts: request, response, message, findings, error\n"
                  "  tree      every field, indented: key, value, type and the decoded meaning\n"
                  "  problems  one schema finding a line: severity, JSON path, sentence\n");
}

QString tokenNote()
{
    return Tr::tr(
        "The token comes from the HIGHLEVEL_TOKEN environment variable if it is set, otherwise from\n"
        "the profile's entry in the system keychain (see “token set”). No option takes a token.\n");
}

} // namespace

namespace HelpText {

QString overview()
{
    return Tr::tr("Usage: message-inspector-cli COMMAND [OPTIONS]\n"
                  "\n"
                  "Look up one HighLevel conversation message and understand it.\n"
                  "\n"
                  "Commands:\n"
                  "  get ID [ID...]         look up messages (ids, or links that contain them);\n"
                  "                         get - reads the ids from standard input, one per line\n"
                  "  open FILE              inspect a saved response; FILE - reads standard input\n"
                  "  check ID | --file FILE look up or read a message and list its schema problems\n"
                  "  token set|status|forget [--profile NAME]\n"
                  "                         save (from standard input), show or remove the saved token\n"
                  "  profile list|add|rename|remove|set-default ...\n"
                  "                         manage profiles (one per sub-account)\n"
                  "  help [COMMAND]         show help for a command\n"
                  "\n"
                  "Options for get and check:\n") +
           lookupOptions() +
           Tr::tr("\n"
                  "General options:\n"
                  "  -h, --help             show help\n"
                  "  -V, --version          show the version\n"
                  "  --verbose              log what happens on stderr\n"
                  "\n") +
           formats() + QLatin1Char('\n') + tokenNote() + QLatin1Char('\n') +
           Tr::tr("Colour is used only when stdout is a terminal and NO_COLOR is not set.\n\n") +
           ExitCodes::helpTable();
}

QString forCommand(const QString &command)
{
    QString text;
    if (command == QLatin1StringView("get")) {
        text = Tr::tr("Usage: message-inspector-cli get ID [ID...] [OPTIONS]\n"
                      "       message-inspector-cli get - [OPTIONS] < ids.txt\n"
                      "\n"
                      "Sends GET {base}/conversations/messages/{ID} and prints the message.\n"
                      "\n"
                      "Several ids (at most 1,000; with -, read from standard input, one per line or\n"
                      "separated by spaces) are all checked before anything is sent, then looked up one\n"
                      "after another: summary, tree and problems blocks are separated by a blank line, raw\n"
                      "and pretty write one body per id, json writes JSON Lines (one object per id).\n"
                      "A failure that would repeat for every id (no token, 401/403, rate limit, network)\n"
                      "stops the run. The exit status is the worst of the results.\n"
                      "\n"
                      "Options:\n") +
               lookupOptions() + QLatin1Char('\n') + formats() + QLatin1Char('\n') + tokenNote() +
               Tr::tr("\nExample:\n"
                      "  message-inspector-cli get ve9EPM428h8vShlRW1KT --format raw | jq .status\n");
    } else if (command == QLatin1StringView("open")) {
        text = Tr::tr("Usage: message-inspector-cli open FILE [--format FORMAT]\n"
                      "\n"
                      "Inspects a response body saved earlier (e.g. with --format raw > message.json).\n"
                      "FILE - reads the body from standard input. A file that cannot be read exits with 2;\n"
                      "a body that is not JSON exits with 8.\n"
                      "\n") +
               formats();
    } else if (command == QLatin1StringView("check")) {
        text =
            Tr::tr("Usage: message-inspector-cli check ID [OPTIONS]\n"
                   "       message-inspector-cli check --file FILE [--format FORMAT] [--strict]\n"
                   "\n"
                   "Lists where the message disagrees with the documented schema (default format: problems)\n"
                   "and exits with 1 when there is at least one warning or error. Informational notes\n"
                   "(e.g. an undocumented extra field) do not fail the check, and neither do the ways the\n"
                   "live API is known to differ from its documentation (the envelope with a traceId,\n"
                   "status \"completed\", meta.call; severity known-difference) unless --strict is given.\n"
                   "\n"
                   "Options:\n") +
            lookupOptions() +
            Tr::tr("  --file FILE            check a saved body instead (- for standard input)\n"
                   "  --strict               known live-API differences fail the check too\n");
    } else if (command == QLatin1StringView("token")) {
        text =
            Tr::tr(
                "Usage: message-inspector-cli token set [--profile NAME] [--replace]\n"
                "       message-inspector-cli token status [--profile NAME]\n"
                "       message-inspector-cli token forget [--profile NAME]\n"
                "\n"
                "set     reads the token from standard input (typed without echo on a terminal, or piped)\n"
                "        and saves it in the system keychain for the profile. A different token that is\n"
                "        already saved is replaced only with --replace.\n"
                "status  tells where the token comes from, its kind (Private Integration Token or JWT),\n"
                "        a short hint and, for a JWT, its expiry. Never prints the token.\n"
                "forget  removes the profile's token from the keychain.\n"
                "\n") +
            tokenNote();
    } else if (command == QLatin1StringView("profile")) {
        text = Tr::tr(
            "Usage: message-inspector-cli profile list\n"
            "       message-inspector-cli profile add NAME [--base-url URL] [--api-version VERSION]\n"
            "                                 [--note TEXT] [--web-app URL]\n"
            "       message-inspector-cli profile rename NAME NEW-NAME\n"
            "       message-inspector-cli profile remove NAME\n"
            "       message-inspector-cli profile set-default NAME\n"
            "\n"
            "A profile holds one sub-account's settings: base URL, API version, a note and the\n"
            "web-app address used for links. Its token is kept in the keychain, never in the profile.\n"
            "Renaming a profile moves its saved token; removing a profile also removes it.\n");
    } else {
        return {};
    }
    return text + QLatin1Char('\n') + ExitCodes::helpTable();
}

} // namespace HelpText
