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

// The lookup options of a command whose --format takes other names.
QString lookupOptionsButFormat()
{
    QStringList lines = lookupOptions().split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) { return line.startsWith(QLatin1StringView("  --format")); });
    return lines.join(QLatin1Char('\n'));
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
    return Tr::tr(
               "Usage: message-inspector-cli COMMAND [OPTIONS]\n"
               "\n"
               "Look up one HighLevel conversation message and understand it.\n"
               "\n"
               "Commands:\n"
               "  get ID [ID...]         look up messages (ids, or links that contain them);\n"
               "                         get - reads the ids from standard input, one per line\n"
               "  open FILE              inspect a saved response; FILE - reads standard input\n"
               "  check ID | --file FILE look up or read a message and list its schema problems\n"
               "  watch ID               look the message up until its status is final; a line per change\n"
               "  history                the lookups made so far, newest first\n"
               "  diff A B               compare two answers (ids, @history:N, files): what changed\n"
               "  batch [FILE|-]         look up a list of ids, paced; one result a line\n"
               "  report ID              a short report for a ticket, personal data masked\n"
               "  related ID             what the message leads to: its email thread, the call's\n"
               "                         transcript, the conversation around it, the contact (DND)\n"
               "  recording ID -o FILE   save a call's recording (-o - writes it to a pipe)\n"
               "  why ID                 why it did not arrive: each fact with its source\n"
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
    } else if (command == QLatin1StringView("watch")) {
        text =
            Tr::tr("Usage: message-inspector-cli watch ID [--interval SECONDS] [--until final|STATUS]\n"
                   "                                     [--timeout SECONDS] [--profile NAME]\n"
                   "                                     [--format text|json]\n"
                   "\n"
                   "Looks the message up again and again until its status is final (delivered, read,\n"
                   "completed, voicemail, opened, clicked, failed, undelivered, opt_out), or is STATUS\n"
                   "with --until, and prints one line per change, not one per lookup:\n"
                   "  12:01:03  Pending\n"
                   "  12:01:21  Sent → Delivered  (dateUpdated 2026-03-01T12:01:20.000Z)\n"
                   "The wait between lookups starts at --interval (default 2 s, at least 0.1) and grows to\n"
                   "60 s; it never uses more than 5 % of the rate-limit burst HighLevel reports. A 429\n"
                   "pauses it for what Retry-After asks (noted on stderr). Ctrl+C stops it.\n"
                   "\n"
                   "Options:\n"
                   "  --interval SECONDS     the first wait between lookups (default 2)\n"
                   "  --until final|STATUS   stop at any final status (default) or at this one\n"
                   "  --timeout SECONDS      give up after this long in all (default 600, at most 86400)\n"
                   "  --format text|json     text lines (default), or one JSON object a line and a last\n"
                   "                         one with the outcome\n"
                   "  --profile, --base-url, --allow-host  as for get\n"
                   "\n"
                   "watch exits with 0 when the status is delivered, read, completed … or the --until\n"
                   "status; 1 failed or undelivered; 6 gave up (the time limit passed); 130 stopped with\n"
                   "Ctrl+C; a lookup that fails for good (401, 403, 404, no token) exits as get does.\n");
    } else if (command == QLatin1StringView("history")) {
        text =
            Tr::tr("Usage: message-inspector-cli history [--limit N] [--profile NAME] [--search TEXT]\n"
                   "                                       [--format table|json]\n"
                   "\n"
                   "Lists the lookups made by the window and the command line, newest first: row, time,\n"
                   "profile, message id, HTTP status, outcome, kept answer size and summary. The row number\n"
                   "is what diff @history:N takes. Never the token; the answers themselves only when the\n"
                   "profile keeps them.\n"
                   "\n"
                   "Options:\n"
                   "  --limit N              at most N lookups (default 20, at most 10000)\n"
                   "  --profile NAME         only this profile's lookups\n"
                   "  --search TEXT          part of the id or the summary, or an outcome (not_found, …)\n"
                   "  --format table|json    aligned table (default) or one JSON array\n");
    } else if (command == QLatin1StringView("diff")) {
        text =
            Tr::tr(
                "Usage: message-inspector-cli diff A B [--format text|json] [lookup options]\n"
                "\n"
                "Compares two answers structurally: members added (+), removed (-) and changed (~), in the\n"
                "server's order, with JSON paths and the decoded meaning (status sent → delivered). Two\n"
                "messages are paired wherever each shape keeps them (a saved flat body against a live\n"
                "envelope). Each of A and B is:\n"
                "  a message id or link    looked up now, like get\n"
                "  @history:N              the answer kept with row N of the history\n"
                "  a file, or -            a saved body (- is standard input, for one of the two)\n"
                "A name that exists as a file is read as the file.\n"
                "\n"
                "Options:\n"
                "  --format text|json     lines (default) or one JSON object\n") +
            lookupOptionsButFormat() +
            Tr::tr("\ndiff exits with 0 when the two are the same, 1 when they differ; a side that cannot\n"
                   "be read or looked up exits as get or open would.\n");
    } else if (command == QLatin1StringView("batch")) {
        text = Tr::tr(
            "Usage: message-inspector-cli batch [FILE|-] [--column NAME] [--format ndjson|csv|table]\n"
            "                                     [--max-rate N/10s] [--profile NAME]\n"
            "\n"
            "Looks up a list of message ids: from FILE (text, or CSV with a header row) or standard\n"
            "input (- or no FILE). Ids may be separated by anything, links holding one are fine.\n"
            "Invalid and duplicate entries are listed on stderr before anything is sent; the valid\n"
            "ids are sent once each, two at a time, never using more than half the rate-limit burst\n"
            "HighLevel reports (and not more than --max-rate), waiting out a 429's Retry-After.\n"
            "Results are written one a line as they come, in the order of the list; the tally\n"
            "(\"31 delivered · 6 failed · 3 not found\") goes to stderr at the end. Batch lookups\n"
            "are not recorded in the history.\n"
            "\n"
            "Options:\n"
            "  --column NAME          the CSV column holding the ids (default: the one named like\n"
            "                         messageId, message_id or id)\n"
            "  --format FORMAT        ndjson (default when stdout is not a terminal): one JSON object\n"
            "                         a line; csv: RFC 4180 with a header row, cells that a\n"
            "                         spreadsheet would run as a formula (= + - @) start with ';\n"
            "                         table (default on a terminal): aligned columns\n"
            "  --max-rate N/10s       at most N lookups per 10 s (or N/Ss for another window)\n"
            "  --profile NAME, --base-url URL, --allow-host HOST  as for get\n"
            "\n"
            "batch exits with 0 when every id returned a message; 1 when one did not (not found, no\n"
            "access, …) or an entry was invalid; 130 stopped with Ctrl+C; no token or an unknown\n"
            "profile exits as get does.\n");
    } else if (command == QLatin1StringView("report")) {
        text =
            Tr::tr("Usage: message-inspector-cli report ID [--unmask phone,email,text,names]\n"
                   "                                      [--format md|html|json] [lookup options]\n"
                   "\n"
                   "Looks the message up and writes a short report for a support ticket: the summary's\n"
                   "facts, traceId, HTTP status and time, the schema problems, why the lookup failed (when\n"
                   "it did) and a link to the conversation in the profile's web app. Phone numbers, email\n"
                   "addresses, the message text and names are masked unless --unmask names them; the report\n"
                   "ends with what was masked. The token never appears in it.\n"
                   "\n"
                   "Options:\n"
                   "  --unmask LIST          show these as sent: phone, email, text, names (or all)\n"
                   "  --format md|html|json  Markdown (default), a complete HTML page, or JSON\n") +
            lookupOptionsButFormat() +
            Tr::tr("\nA lookup answered with an error still gets its report, and exits with the error's\n"
                   "status.\n");
    } else if (command == QLatin1StringView("related")) {
        text = Tr::tr("Usage: message-inspector-cli related ID [--what LIST] [--format text|json]\n"
                      "                                        [lookup options]\n"
                      "\n"
                      "Looks the message up, then what it leads to, one request after another through the\n"
                      "same profile, token and address (each endpoint with the Version it documents):\n"
                      "  thread        each email of its thread: date, status, subject, from, to, cc\n"
                      "  recording     a call's audio: fetched only when named here, to check its size and\n"
                      "                type (and removed); otherwise only announced: see “recording”\n"
                      "  transcript    a call's sentences with their times, channel and confidence\n"
                      "  conversation  the conversation, and the messages around this one (marked), read\n"
                      "                20 to a page until this one is found (at most 10 pages)\n"
                      "  contact       name, phone, email and Do-Not-Disturb per channel\n"
                      "\n"
                      "Options:\n"
                      "  --what LIST            a comma-separated list of the names above, or all\n"
                      "                         (default: everything the message has, the recording only\n"
                      "                         announced; with all it is fetched too)\n"
                      "  --format text|json     sections for a person (default), or one JSON object\n") +
               lookupOptionsButFormat() +
               Tr::tr("\nA lookup that fails is marked in its section and explained on stderr (a 401 or 403\n"
                      "names the scope to add); the exit status is the worst of them. A kind named with\n"
                      "--what that the message does not have (a transcript of an SMS) exits with 2.\n"
                      "\nExample:\n"
                      "  message-inspector-cli related Lc7Kq2Wn5Rt8Yx1Za4Vb --what transcript,contact\n");
    } else if (command == QLatin1StringView("recording")) {
        text = Tr::tr("Usage: message-inspector-cli recording ID -o FILE [--force] [--max-size SIZE]\n"
                      "                                          [lookup options]\n"
                      "\n"
                      "Looks the message up and, when it is a call or a voicemail, downloads its recording\n"
                      "into a private temporary file (removed on every path), then writes it to FILE.\n"
                      "FILE is never replaced unless --force is given (then in one step); an existing FILE\n"
                      "is refused before anything is sent. -o - writes the audio to standard output, only\n"
                      "when that is not a terminal.\n"
                      "\n"
                      "Options:\n"
                      "  -o, --output FILE      where to write it (- for standard output)\n"
                      "  --force                replace FILE if it exists\n"
                      "  --max-size SIZE        refuse a recording larger than this (default 50M, at most\n"
                      "                         1G; K, M and G are powers of 1024)\n"
                      "  --timeout SECONDS      give up on each request after this long (the download's\n"
                      "                         default is 600)\n"
                      "  --profile, --base-url, --allow-host, --no-retry  as for get\n"
                      "\nA message that is not a call exits with 2; a recording over --max-size with 8.\n"
                      "\nExample:\n"
                      "  message-inspector-cli recording Lc7Kq2Wn5Rt8Yx1Za4Vb -o call.wav\n");
    } else if (command == QLatin1StringView("why")) {
        text =
            Tr::tr("Usage: message-inspector-cli why ID [--contact] [--format text|json] [lookup options]\n"
                   "\n"
                   "Looks the message up and, when its status is failed or undelivered, says what the\n"
                   "evidence shows, each fact with its source: its status and error text, channel, what\n"
                   "sent it, its conversation provider, when it was added and last changed; with\n"
                   "--contact, the contact's Do-Not-Disturb for the channel and a missing phone or email;\n"
                   "the known causes these point at (each with its public source), that the API does not\n"
                   "give the carrier's error code (the web app shows it), and the conversation's link in\n"
                   "the profile's web app. A message that did not fail is said to be so.\n"
                   "\n"
                   "Options:\n"
                   "  --contact              also look up the contact (needs contacts.readonly)\n"
                   "  --format text|json     lines for a person (default), or one JSON object\n") +
            lookupOptionsButFormat() +
            Tr::tr("\nwhy exits with 0 whenever it could explain, the message having failed or not; a\n"
                   "lookup that fails (the message's, or the contact's) exits as get would.\n"
                   "\nExample:\n"
                   "  message-inspector-cli why Fs3Dq7Wr1Te5Ty9Uy2Ia --contact\n");
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
            "                                 [--note TEXT] [--web-app URL] [--max-response SIZE]\n"
            "       message-inspector-cli profile rename NAME NEW-NAME\n"
            "       message-inspector-cli profile remove NAME\n"
            "       message-inspector-cli profile set-default NAME\n"
            "\n"
            "A profile holds one sub-account's settings: base URL, API version, a note and the\n"
            "web-app address used for links, and the largest answer a lookup downloads (--max-response,\n"
            "e.g. 200M or 2G; 64M unless set). Its token is kept in the keychain, never in the profile.\n"
            "Renaming a profile moves its saved token; removing a profile also removes it.\n");
    } else {
        return {};
    }
    return text + QLatin1Char('\n') + ExitCodes::helpTable();
}

} // namespace HelpText
