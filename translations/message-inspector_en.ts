<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BadgeLabel</name>
    <message>
        <source>Sent as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgePainter</name>
    <message>
        <source>%1 · unknown value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BannerForBody</name>
    <message>
        <source>This file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This response is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds no bytes at all, so there is nothing to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds only spaces and line breaks (%1), so there is nothing to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file the response was saved to; a message response starts with “{”. (Raw JSON has nothing to show either.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the response body again; a message response starts with “{”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This response is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains binary bytes (first at byte %1, offset 0x%2), as an image, a document or an archive does; a saved response is JSON text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the .json file that holds the response body. (Raw JSON shows these bytes as they are, in case you want to see what they are.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the response body itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the Raw JSON tab to see what arrived, and check that the file holds one saved response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the Raw JSON tab to see what arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parser: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, so there are no fields to show.
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BannerForError</name>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1, time: %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldsView</name>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by key or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large array (%1 items) was not expanded; open it to see its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large object (%1 fields) was not expanded; open it to see its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 large %2 (up to %3 entries) were not expanded; open them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expanding stopped after %1 rows; open the rest one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpView</name>
    <message>
        <source>No request has been sent yet. Look up a message id to see the HTTP exchange here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as cURL with token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP request and response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a curl command that repeats this request. The token is replaced by $HIGHLEVEL_TOKEN, so the text is safe to paste into a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the curl command including the real token. Asks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limit header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily remaining</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LargeTextView</name>
    <message>
        <source>Text viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupBar</name>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-account profile: its API address and its token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or replace token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a message id or a link to a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the message (Enter; F5 looks up again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this lookup (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Message Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First %1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste response from clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call, as the live API sends it (envelope, traceId)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed SMS, as the live API sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InboundMessage webhook payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound SMS, delivered (documented shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound email with a thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call that went to voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values the schema does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to message &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find or filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find p&amp;revious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as cURL with &amp;token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or replace &amp;token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage &amp;profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear lookup &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup history cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Message Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Message Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Message Inspector %1&lt;/b&gt;&lt;p&gt;Looks up one HighLevel conversation message by its id and shows exactly what the server sent.&lt;/p&gt;&lt;p&gt;The token is kept in your system keychain and sent only to the API address of the profile.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no token yet. Choose “No token — set one” and paste the sub-account&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token — set one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile called “%1”; using “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the token to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address given on the command line, %1, is not HighLevel&apos;s (services.leadconnectorhq.com). This lookup would send the token of the profile “%2” there, and whoever runs that server could use it.

Send the token to %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of “%1” %2, so HighLevel will most likely answer 401. Send the lookup anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous result; looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous result; the last lookup was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON, so it cannot be re-indented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous result; the id in the field was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the token stays away from that address. Start without --base-url to use the profile&apos;s API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limits reported by HighLevel: requests left in the current burst window and today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a call, as the live API sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a failed SMS, as the live API sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an InboundMessage webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an inbound SMS, delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an outbound email with a thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a call that went to voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a failed SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values the schema does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;&lt;b&gt;Paste a message id above and press Enter.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A link that contains the id works too. Set the sub-account&apos;s token first with the button next to the profile.&lt;/p&gt;&lt;p&gt;No token at hand? Open a sample: %1.&lt;/p&gt;&lt;p&gt;Or open a saved response: File → Open (Ctrl+O), drop a file here, or paste one (Ctrl+Shift+V).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show: the lookup did not return a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook and the live message agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the webhook and the live message differ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Inspector — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — Message Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON responses (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text to open as a response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a message id, not a response: looking it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too large to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is larger than %1, the limit for a response (the same as from the network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it to a file and open that, or paste a single message response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the saved token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain already holds a different token for “%1”. Replace it with the one you just entered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the token of “%1” from this computer&apos;s keychain? You will need to paste it again to look up messages with this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a message first; then its request can be copied as cURL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with the token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied command will contain the real token. Anyone who sees it can read this sub-account&apos;s conversations. Copy it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” that made this lookup has no token now, so nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cURL command copied, including the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cURL command copied (token replaced by $HIGHLEVEL_TOKEN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: the response matches the documented schema.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Apply changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where links to contacts and conversations open. Agencies with a white-label domain put theirs here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web app address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming… the token moves to the new name in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “%1”. Give it a name and set its token from the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “%1” and remove its token from this computer&apos;s keychain? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting… its token is removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawJsonView</name>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes exactly as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indented, with the server&apos;s key order and number text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw view status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the body (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole body as shown to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the body as shown to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection is too large to copy (%1). Use Save… instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pretty view for this body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · indexing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · 1 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 matches can be stepped through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is too large to copy (%1). Use Save… instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Response Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another save is still in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Look up one HighLevel conversation message by its id and see what the server sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile called &lt;name&gt; for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send requests to &lt;url&gt; instead of the profile&apos;s API address (https only; http for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message id (or a link holding one) to look up, or a saved response to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one message id or one file, not %1 arguments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>Look up this message live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the message this webhook names from the API and show where the two disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Error text in the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System (follow the desktop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Replace token — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set token — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the Private Integration Token (Settings → Private Integrations in the sub-account) or an OAuth access token. It is kept in your system keychain and sent only to the HighLevel API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pit-… or eyJ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the token while you check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header.%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
