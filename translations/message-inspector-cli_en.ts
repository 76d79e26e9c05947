<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchCommand</name>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or type the message ids, then press Ctrl+D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input holds more than %1; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch reads at most %1 ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a text or CSV file with the ids, or - to read them from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list in %1 was refused; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; not sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (“%2”): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message id in %1; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one id (or a link holding one) per line, or a CSV file with an id column (--column NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 id was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ids were</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>No keychain is available, so the token cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no D-Bus session or no Secret Service on this machine, as is usual over SSH and in CI. The token is never written to a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it for this shell with: read -rs %1 &amp;&amp; export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it with “%1”, or pick one of those with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 may have the token, add --allow-host %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct --base-url: https://…, or http:// only for localhost / 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reading end of the pipe was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the output could not be written (%1); it is missing or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input holds more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message response is a few kilobytes; this is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this is the saved response body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: control characters in the body are shown as \xNN here; redirect or pipe the output to get the exact bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schema problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input holds more than %1 of ids; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“get -” reads at most %1 ids, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ids were refused; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of message ids was refused; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or remove those entries: each is a message id (for example ve9EPM428h8vShlRW1KT) or a link that contains one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lookup needs a body with the message&apos;s id (&quot;id&quot;, or &quot;messageId&quot; in a webhook).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a webhook payload or a saved message response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token for the profile “%1” (it is not shown), then press Enter: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is too long to be a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe only the token into “token set”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste only the token (a leading “Bearer ” is fine); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different token is already saved for the profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the token for the profile “%1” in the keychain (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 is set in this shell and is used instead of the saved token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (environment; the keychain is not consulted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” has no saved token now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 is still set in this shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the profile “%1”. Save its token with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its saved token could not be moved or removed in the keychain, so nothing was changed; try again when the keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: no keychain is available here, so no saved token was touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the profile “%1” and its saved token, if it had one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the profile “%1” to “%2”; a saved token moved with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default profile was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default profile is now “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands: get, open, check, watch, history, diff, batch, report, token, profile, help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>Unknown option “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option “--%1”. Run “message-inspector-cli --help” for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option takes a token: command-line arguments are visible to every user of this machine. Set HIGHLEVEL_TOKEN, or save the token with “message-inspector-cli token set” (it reads standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“help” takes at most one command name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“get” needs a message id, for example: message-inspector-cli get ve9EPM428h8vShlRW1KT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“get -” reads the ids from standard input; give either “-” alone or the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“open” needs a file name, or - to read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“token” needs an action: set, status or forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“profile” needs an action: list, add, rename, remove or set-default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown token action. Use set, status or forget; “token set” reads the token from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile action “%1”. Use list, add, rename, remove or set-default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“profile rename” needs the current name and the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“token set” takes no token argument: arguments are visible to every user of this machine. Pipe or type the token on standard input instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1” after “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow-host takes a host name, such as api.example.com (no scheme, port or path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds above 0 and at most %1, e.g. 10 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile, --base-url, --allow-host, --timeout and --no-retry are for lookups: the option does not apply to “open” without --lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“check” needs a message id or --file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“check” takes a message id or --file FILE, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile, --base-url, --allow-host, --timeout and --no-retry apply only when checking a message id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a message id, for example: message-inspector-cli %1 ve9EPM428h8vShlRW1KT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“diff” compares two answers: message-inspector-cli diff A B, where each is a message id, @history:N (a lookup kept in the history) or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1” for “%2”. Use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes the longest the watch may last, in seconds: above 0 and at most %1 (a day), e.g. 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval takes the first wait between lookups in seconds, from 0.1 to %1, e.g. 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until takes “final” or a message status such as delivered, read or sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number of lookups from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--search takes some text (at most 256 characters) to look for in the ids, summaries and outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--column takes the name of the column that holds the ids, as in the file&apos;s header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-rate takes lookups per window, such as 20/10s or 5/1s (1 to %1 lookups, a window of 1 to 3600 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unmask takes a comma-separated list of phone, email, text and names (or all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unmask takes a comma-separated list of phone, email, text and names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o needs a file name, or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Commands: get, open, check, watch, history, diff, batch, report, related, recording, why, token, profile, help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--what takes a comma-separated list of thread, recording, transcript, conversation and contact (or all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size takes a size such as 50M, 512K or 1G (at most 1G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“recording” needs -o FILE (where to write the audio), or -o - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-response takes a size such as 200M or 2G (at least 64K, at most 4G): the largest answer a lookup with the profile downloads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliTokenSource</name>
    <message>
        <source>%1 does not hold a usable token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to the Private Integration Token or OAuth access token, without quotes or extra text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the token for this shell with: read -rs %1 &amp;&amp; export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save one with “%1” (it reads standard input), or set %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or set %1 for this shell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>history row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup history cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no row %1 in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was never there, or it was deleted or trimmed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “message-inspector-cli history” for the rows there are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the history kept no response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It records the lookup of %1 at %2, but not the answer: answers are kept only when the profile&apos;s “keep response bodies” is on, and kept ones age out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the message itself instead: message-inspector-cli diff %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one side of a diff can be standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save one of the two bodies to a file, then compare the file with standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no row of the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@history:N takes the number in the ROW column of “message-inspector-cli history”, e.g. @history:12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input holds more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 (looked up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitCodes</name>
    <message>
        <source>Exit status:
  0  success
  1  check: the message has schema problems; watch: it failed or was undelivered;
     diff: the two differ; batch: an id returned no message or an entry was invalid
  2  usage error or refused input (bad id, bad URL, http to a non-loopback host,
     malformed token, unreadable file, 400/422 from the server); related: a kind
     asked for that the message does not have; recording: not a call, or FILE exists
  3  authentication or permission (401, 403, no token, keychain unavailable or locked)
  4  not found (404)
  5  rate limited (429 after retries)
  6  network, TLS or timeout (also a refused redirect); watch: gave up (--timeout)
  7  server error (5xx, or another unexpected HTTP error status)
  8  invalid response (not JSON, truncated, not valid HTTP, over a size bound)
  9  the output could not be written (closed pipe, full disk): it is missing or
     incomplete, whatever else happened
130  watch, batch, related or recording stopped with Ctrl+C
related: the worst of its lookups; why: 0 whenever it could explain.
With several ids, the status is the worst of them: output failed, interrupted,
authentication, network, rate limited, usage, server error, invalid response, not found,
problems, success.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>  --profile NAME         use this profile&apos;s base URL, API version and saved token
                         (default: the default profile)
  --base-url URL         send to this API base instead (https; http only to loopback)
  --allow-host HOST      let --base-url send the token to HOST, which is neither
                         *.leadconnectorhq.com nor this computer
  --format FORMAT        summary|raw|pretty|json|tree|problems
  --timeout SECONDS      give up on the whole lookup after this long, retries, their
                         waits and redirects included (default 60)
  --no-retry             send once: no retry after 429, 502, 503, 504, a timeout or a cut
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats:
  summary   the message at a glance (default when stdout is a terminal)
  raw       the body bytes exactly as received (default when stdout is not a terminal)
  pretty    the body indented, keeping the server&apos;s key order and number text
  json      one JSON object for scripts: request, response, message, findings, error
  tree      every field, indented: key, value, type and the decoded meaning
  problems  one schema finding a line: severity, JSON path, sentence
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token comes from the HIGHLEVEL_TOKEN environment variable if it is set, otherwise from
the profile&apos;s entry in the system keychain (see “token set”). No option takes a token.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
General options:
  -h, --help             show help
  -V, --version          show the version
  --verbose              log what happens on stderr

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour is used only when stdout is a terminal and NO_COLOR is not set.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: message-inspector-cli get ID [ID...] [OPTIONS]
       message-inspector-cli get - [OPTIONS] &lt; ids.txt

Sends GET {base}/conversations/messages/{ID} and prints the message.

Several ids (at most 1,000; with -, read from standard input, one per line or
separated by spaces) are all checked before anything is sent, then looked up one
after another: summary, tree and problems blocks are separated by a blank line, raw
and pretty write one body per id, json writes JSON Lines (one object per id).
A failure that would repeat for every id (no token, 401/403, rate limit, network)
stops the run. The exit status is the worst of the results.

Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Example:
  message-inspector-cli get ve9EPM428h8vShlRW1KT --format raw | jq .status
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: message-inspector-cli open FILE [--format FORMAT]

Inspects a response body saved earlier (e.g. with --format raw &gt; message.json).
FILE - reads the body from standard input. A file that cannot be read exits with 2;
a body that is not JSON exits with 8.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: message-inspector-cli check ID [OPTIONS]
       message-inspector-cli check --file FILE [--format FORMAT] [--strict]

Lists where the message disagrees with the documented schema (default format: problems)
and exits with 1 when there is at least one warning or error. Informational notes
(e.g. an undocumented extra field) do not fail the check, and neither do the ways the
live API is known to differ from its documentation (the envelope with a traceId,
status &quot;completed&quot;, meta.call; severity known-difference) unless --strict is given.

Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --file FILE            check a saved body instead (- for standard input)
  --strict               known live-API differences fail the check too
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: message-inspector-cli token set [--profile NAME] [--replace]
       message-inspector-cli token status [--profile NAME]
       message-inspector-cli token forget [--profile NAME]

set     reads the token from standard input (typed without echo on a terminal, or piped)
        and saves it in the system keychain for the profile. A different token that is
        already saved is replaced only with --replace.
status  tells where the token comes from, its kind (Private Integration Token or JWT),
        a short hint and, for a JWT, its expiry. Never prints the token.
forget  removes the profile&apos;s token from the keychain.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: message-inspector-cli watch ID [--interval SECONDS] [--until final|STATUS]
                                     [--timeout SECONDS] [--profile NAME]
                                     [--format text|json]

Looks the message up again and again until its status is final (delivered, read,
completed, voicemail, opened, clicked, failed, undelivered, opt_out), or is STATUS
with --until, and prints one line per change, not one per lookup:
  12:01:03  Pending
  12:01:21  Sent → Delivered  (dateUpdated 2026-03-01T12:01:20.000Z)
The wait between lookups starts at --interval (default 2 s, at least 0.1) and grows to
60 s; it never uses more than 5 % of the rate-limit burst HighLevel reports. A 429
pauses it for what Retry-After asks (noted on stderr). Ctrl+C stops it.

Options:
  --interval SECONDS     the first wait between lookups (default 2)
  --until final|STATUS   stop at any final status (default) or at this one
  --timeout SECONDS      give up after this long in all (default 600, at most 86400)
  --format text|json     text lines (default), or one JSON object a line and a last
                         one with the outcome
  --profile, --base-url, --allow-host  as for get

watch exits with 0 when the status is delivered, read, completed … or the --until
status; 1 failed or undelivered; 6 gave up (the time limit passed); 130 stopped with
Ctrl+C; a lookup that fails for good (401, 403, 404, no token) exits as get does.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: message-inspector-cli history [--limit N] [--profile NAME] [--search TEXT]
                                       [--format table|json]

Lists the lookups made by the window and the command line, newest first: row, time,
profile, message id, HTTP status, outcome, kept answer size and summary. The row number
is what diff @history:N takes. Never the token; the answers themselves only when the
profile keeps them.

Options:
  --limit N              at most N lookups (default 20, at most 10000)
  --profile NAME         only this profile&apos;s lookups
  --search TEXT          part of the id or the summary, or an outcome (not_found, …)
  --format table|json    aligned table (default) or one JSON array
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: message-inspector-cli diff A B [--format text|json] [lookup options]

Compares two answers structurally: members added (+), removed (-) and changed (~), in the
server&apos;s order, with JSON paths and the decoded meaning (status sent → delivered). Two
messages are paired wherever each shape keeps them (a saved flat body against a live
envelope). Each of A and B is:
  a message id or link    looked up now, like get
  @history:N              the answer kept with row N of the history
  a file, or -            a saved body (- is standard input, for one of the two)
A name that exists as a file is read as the file.

Options:
  --format text|json     lines (default) or one JSON object
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
diff exits with 0 when the two are the same, 1 when they differ; a side that cannot
be read or looked up exits as get or open would.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: message-inspector-cli batch [FILE|-] [--column NAME] [--format ndjson|csv|table]
                                     [--max-rate N/10s] [--profile NAME]

Looks up a list of message ids: from FILE (text, or CSV with a header row) or standard
input (- or no FILE). Ids may be separated by anything, links holding one are fine.
Invalid and duplicate entries are listed on stderr before anything is sent; the valid
ids are sent once each, two at a time, never using more than half the rate-limit burst
HighLevel reports (and not more than --max-rate), waiting out a 429&apos;s Retry-After.
Results are written one a line as they come, in the order of the list; the tally
(&quot;31 delivered · 6 failed · 3 not found&quot;) goes to stderr at the end. Batch lookups
are not recorded in the history.

Options:
  --column NAME          the CSV column holding the ids (default: the one named like
                         messageId, message_id or id)
  --format FORMAT        ndjson (default when stdout is not a terminal): one JSON object
                         a line; csv: RFC 4180 with a header row, cells that a
                         spreadsheet would run as a formula (= + - @) start with &apos;;
                         table (default on a terminal): aligned columns
  --max-rate N/10s       at most N lookups per 10 s (or N/Ss for another window)
  --profile NAME, --base-url URL, --allow-host HOST  as for get

batch exits with 0 when every id returned a message; 1 when one did not (not found, no
access, …) or an entry was invalid; 130 stopped with Ctrl+C; no token or an unknown
profile exits as get does.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: message-inspector-cli report ID [--unmask phone,email,text,names]
                                      [--format md|html|json] [lookup options]

Looks the message up and writes a short report for a support ticket: the summary&apos;s
facts, traceId, HTTP status and time, the schema problems, why the lookup failed (when
it did) and a link to the conversation in the profile&apos;s web app. Phone numbers, email
addresses, the message text and names are masked unless --unmask names them; the report
ends with what was masked. The token never appears in it.

Options:
  --unmask LIST          show these as sent: phone, email, text, names (or all)
  --format md|html|json  Markdown (default), a complete HTML page, or JSON
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
A lookup answered with an error still gets its report, and exits with the error&apos;s
status.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: message-inspector-cli COMMAND [OPTIONS]

Look up one HighLevel conversation message and understand it.

Commands:
  get ID [ID...]         look up messages (ids, or links that contain them);
                         get - reads the ids from standard input, one per line
  open FILE              inspect a saved response; FILE - reads standard input
  check ID | --file FILE look up or read a message and list its schema problems
  watch ID               look the message up until its status is final; a line per change
  history                the lookups made so far, newest first
  diff A B               compare two answers (ids, @history:N, files): what changed
  batch [FILE|-]         look up a list of ids, paced; one result a line
  report ID              a short report for a ticket, personal data masked
  related ID             what the message leads to: its email thread, the call&apos;s
                         transcript, the conversation around it, the contact (DND)
  recording ID -o FILE   save a call&apos;s recording (-o - writes it to a pipe)
  why ID                 why it did not arrive: each fact with its source
  token set|status|forget [--profile NAME]
                         save (from standard input), show or remove the saved token
  profile list|add|rename|remove|set-default ...
                         manage profiles (one per sub-account)
  help [COMMAND]         show help for a command

Options for get and check:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: message-inspector-cli related ID [--what LIST] [--format text|json]
                                        [lookup options]

Looks the message up, then what it leads to, one request after another through the
same profile, token and address (each endpoint with the Version it documents):
  thread        each email of its thread: date, status, subject, from, to, cc
  recording     a call&apos;s audio: fetched only when named here, to check its size and
                type (and removed); otherwise only announced: see “recording”
  transcript    a call&apos;s sentences with their times, channel and confidence
  conversation  the conversation, and the messages around this one (marked), read
                20 to a page until this one is found (at most 10 pages)
  contact       name, phone, email and Do-Not-Disturb per channel

Options:
  --what LIST            a comma-separated list of the names above, or all
                         (default: everything the message has, the recording only
                         announced; with all it is fetched too)
  --format text|json     sections for a person (default), or one JSON object
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
A lookup that fails is marked in its section and explained on stderr (a 401 or 403
names the scope to add); the exit status is the worst of them. A kind named with
--what that the message does not have (a transcript of an SMS) exits with 2.

Example:
  message-inspector-cli related Lc7Kq2Wn5Rt8Yx1Za4Vb --what transcript,contact
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: message-inspector-cli recording ID -o FILE [--force] [--max-size SIZE]
                                          [lookup options]

Looks the message up and, when it is a call or a voicemail, downloads its recording
into a private temporary file (removed on every path), then writes it to FILE.
FILE is never replaced unless --force is given (then in one step); an existing FILE
is refused before anything is sent. -o - writes the audio to standard output, only
when that is not a terminal.

Options:
  -o, --output FILE      where to write it (- for standard output)
  --force                replace FILE if it exists
  --max-size SIZE        refuse a recording larger than this (default 50M, at most
                         1G; K, M and G are powers of 1024)
  --timeout SECONDS      give up on each request after this long (the download&apos;s
                         default is 600)
  --profile, --base-url, --allow-host, --no-retry  as for get

A message that is not a call exits with 2; a recording over --max-size with 8.

Example:
  message-inspector-cli recording Lc7Kq2Wn5Rt8Yx1Za4Vb -o call.wav
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: message-inspector-cli why ID [--contact] [--format text|json] [lookup options]

Looks the message up and, when its status is failed or undelivered, says what the
evidence shows, each fact with its source: its status and error text, channel, what
sent it, its conversation provider, when it was added and last changed; with
--contact, the contact&apos;s Do-Not-Disturb for the channel and a missing phone or email;
the known causes these point at (each with its public source), that the API does not
give the carrier&apos;s error code (the web app shows it), and the conversation&apos;s link in
the profile&apos;s web app. A message that did not fail is said to be so.

Options:
  --contact              also look up the contact (needs contacts.readonly)
  --format text|json     lines for a person (default), or one JSON object
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
why exits with 0 whenever it could explain, the message having failed or not; a
lookup that fails (the message&apos;s, or the contact&apos;s) exits as get would.

Example:
  message-inspector-cli why Fs3Dq7Wr1Te5Ty9Uy2Ia --contact
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: message-inspector-cli profile list
       message-inspector-cli profile add NAME [--base-url URL] [--api-version VERSION]
                                 [--note TEXT] [--web-app URL] [--max-response SIZE]
       message-inspector-cli profile rename NAME NEW-NAME
       message-inspector-cli profile remove NAME
       message-inspector-cli profile set-default NAME

A profile holds one sub-account&apos;s settings: base URL, API version, a note and the
web-app address used for links, and the largest answer a lookup downloads (--max-response,
e.g. 200M or 2G; 64M unless set). Its token is kept in the keychain, never in the profile.
Renaming a profile moves its saved token; removing a profile also removes it.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>The lookup history cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookups still work; the history file is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history holds no lookups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lookup in the history matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdList</name>
    <message>
        <source>No message ids were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 message ids were given; one command looks up at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id %1 (“%2”): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultiGet</name>
    <message>
        <source>Not looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup of %1 failed (“%2”) in a way that would repeat for every id, so the rest were not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix that first, then run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: stopped after %1; %2 not looked up: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 id was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ids were</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingCommand</name>
    <message>
        <source>The recording was not written to the terminal; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o - writes the audio bytes to standard output, which is a terminal here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect it (-o - &gt; call.wav, or | a player), or give a file name with -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o takes the name of the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file name, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording never replaces a file unless asked to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o writes into an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the folder first, or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message %1 is not a call, so it has no recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its type is %1; only calls and voicemails (type 1 or 10, TYPE_CALL, TYPE_VOICEMAIL) have a recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer holds no message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” shows what this message leads to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording was not looked up; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raw response shows the ids as the server sent them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording is larger than the limit of %1, so the download was stopped and its temporary file removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a recording that large is expected, allow more with --max-size (e.g. --max-size 200M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording could not be written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the folder&apos;s space and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the recording of %1 to %2 (%3 bytes, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It exists now (it did not when the download started); add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedCommand</name>
    <message>
        <source>The message lists no email thread (no meta.email.messageIds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is not a call: only calls and voicemails have a recording and a transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message does not lead to this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer holds no message, so there is nothing to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with JSON that is not a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“get ID --format pretty” shows what it sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available; save it with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedText</name>
    <message>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1 (exit status %2; details on stderr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sentences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(only the first %1 sentences were read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages around this one (%1 read from %2, newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the whole conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is not among the %1 newest messages read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on for every channel (dnd is true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on for every channel (dnd is false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DND    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email thread (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not looked up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages around this one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, %2 (fetched to check it, not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 known live-API difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 known live-API differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (see --format problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 and the live message agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalStyle</name>
    <message>
        <source>%1 (unknown value)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>1 lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dateUpdated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1 until %2, for at most %3 s (Ctrl+C stops).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its status is final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its status is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; asking again in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watched, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final status: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up: the time limit passed and the status is still %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; the status was %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhyCommand</name>
    <message>
        <source>The answer holds no message, so there is nothing to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with JSON that is not a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“get ID --format pretty” shows what it sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message %1 does not say it failed: it has no status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message %1 did not fail: its status is “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a message whose status is failed or undelivered has a why-it-failed explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation in the web app: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the message %1 did not arrive (status “%2”), fact by fact, each with its source:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
