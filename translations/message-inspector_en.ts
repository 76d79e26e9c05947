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
    <name>BatchExportDialog</name>
    <message>
        <source>CSV, for a spreadsheet (UTF-8; cells that a spreadsheet would run as a formula are kept as text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines, for a script (one object per message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the %1 the filter shows (in the order shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns, in the order written (drag to reorder; %1 in all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchInput</name>
    <message>
        <source>Could not open “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large for one batch (at most %L2 MiB of ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a text file. Open a text or CSV file with one message id per line, or a column of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too much for one batch (%L1 characters; at most %L2 MiB of ids). The list is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use pasted ids instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids in column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste message ids here: one per line, or separated by commas, spaces or tabs. Links to messages work too, and so does a column copied from a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the ids from a text or CSV file (you can also drop a file on this window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with the message ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ids yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a list of message ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists of ids (*.txt *.csv *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids from the file “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry (not a table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from the column “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the first %L2 are listed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries left out:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchTallyBar</name>
    <message>
        <source>Tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only these rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>%L1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch lookup — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up many messages at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the message ids from a ticket or a spreadsheet, or open or drop a text or CSV file. Nothing is sent until you press the button below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel allows about 100 requests per 10 seconds per location, shared by every app and person using this token. The batch never uses more than this share of it, as the server reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookups at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many lookups may wait for an answer at the same time (1 to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the rate limit,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookups at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of ids, to change it and start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending; the answers so far are kept, and Resume looks up the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: any column — id, status, text, trace id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows as CSV (for a spreadsheet) or JSON Lines (for a script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy or save a short report of the rows shown for the ticket, personal data masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %L1 lookups per 10 s: this takes about %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up 1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up %1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up messages</source>
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
        <source>%1 · profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace: at most %L1 lookups per %2 (%3 % of the rate limit the server reports), %4 at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1. Resume looks them up; the answers so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 message not looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages not looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (%L1 to look up again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks up again the messages that were not looked up or whose answer may change now (cancelled, failed, rate limited, no access); the other answers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy trace id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <source>Fetch the &amp;recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the &amp;transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads the call&apos;s audio into a private temporary file (removed when this tab or the window closes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording is fetched only when you ask: it may be megabytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording fetched: %1 (%2), kept in a private temporary file until this tab closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript has no sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Click one to play the recording from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the recording to play it from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording cannot be played here (%1). Save… still keeps a copy to play elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the player gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no working Qt Multimedia backend, so the recording cannot be played here (on Debian and Ubuntu: install gstreamer1.0-plugins-good). Save… still keeps a copy to play elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy is being saved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording cannot be played here: %1. Reinstalling Message Inspector puts it back; Save… still keeps a copy to play elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactView</name>
    <message>
        <source>Open contact in &amp;HighLevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is not fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do Not Disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a contact the inspector recognises: see Fields and Raw JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do Not Disturb: ON for every channel (dnd is true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do Not Disturb: off overall (dnd is false); per channel below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do Not Disturb: not sent overall; per channel below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON (%1): blocks messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No per-channel settings sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Message %1 — double-click or Enter to inspect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ this message · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
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
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationListView</name>
    <message>
        <source>Fetch the &amp;conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch its &amp;messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect the selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation itself is not fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its messages are not fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to user %1</source>
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
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a conversation the inspector recognises: see Fields and Raw JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, newest first</source>
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
        <source>this message is not among them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffContextModel</name>
    <message>
        <source>The unchanged fields are not listed: the body has %1 at its top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 unchanged fields are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(occurrence %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel gives every request a traceId of its own: a different one on each answer is normal and says nothing about the message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffValueDelegate</name>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffWindow</name>
    <message>
        <source>Compare answers — Message Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange the two sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to see the fields that stayed the same around the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the list of differences, one per line, for a ticket or a chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looked up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be compared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the two answers to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two bodies are byte for byte the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two bodies differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: the two answers are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed · %2 added · %3 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two answers about message %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two different messages: %1 (left) and %2 (right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the first answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the second answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved responses (*.json *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailThreadModel</name>
    <message>
        <source>%1 · this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cc %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched yet: double-click or Enter to fetch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailThreadView</name>
    <message>
        <source>Fetch &amp;every email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect this email as a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its &amp;conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its c&amp;ontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails of the thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an email to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetches the emails not fetched yet, one request each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in this thread, in the order the message lists them.</source>
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
        <source>Not fetched yet: double-click the row or press Enter to fetch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
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
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Sent as HTML: shown as text; images and links were not loaded.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The body is longer; the whole of it is in Raw JSON.)</source>
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
    <name>HistoryTableModel</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2; recorded as “%3”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no HTTP answer; recorded as “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sent as “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: a value the documentation does not list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer (%1) is kept with this lookup: Show kept answer opens it without asking the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer is kept with this lookup (its profile does not keep response bodies, or the answer was deleted or aged out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — waiting to be saved: the history file is in use by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
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
        <source>The size of the answer kept with the lookup, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;kept answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all kept &amp;bodies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search id, summary or outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the lookups of one profile only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (first day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (last day, included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look the message up again, or show its kept answer (Enter, or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the answer kept with this lookup, as the server sent it then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two selected lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected lookups and their kept answers (Del); you can undo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every lookup in the history; you can undo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long and how much of the answers are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show kept answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers are kept only for profiles with “Keep response bodies” turned on (Manage profiles). They hold customers&apos; messages and stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest answer kept, in KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kept answers together, at most, in MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete kept answers after this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every kept answer now; the lookups stay in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each answer up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of them up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lookup history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup history is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lookups match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lookups yet. Every lookup you make is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 lookups that match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of that lookup is no longer kept (deleted, or past the age limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lookup still waiting for the history file cannot be deleted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 lookup deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lookups deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the lookup history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every lookup in the history, with the answers kept with them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo it for a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo it for %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all kept bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every answer kept in the history? The lookups stay in the list; their answers cannot be shown or compared any more. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete kept bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kept answer was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
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
    <name>JsonLinesView</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect the selected record as a message (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has %1; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 blank line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blank lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the records of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a JSON Lines file (.jsonl, .ndjson): one message per line.</source>
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
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept answer of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lookups whose answer was kept can be compared: turn on “Keep response bodies” for the profile (Manage profiles), then look up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report for a ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up &amp;many ids…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch until final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare two answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear lookup &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a message first; then it can be watched until its status is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up or open a message first; then a report can be made of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report copied (personal data masked as chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Related lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading this body; what was on screen stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-line-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON responses (*.json);;JSON Lines (*.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
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
    <message>
        <source>&amp;Keep response bodies in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each answer (body and response headers, never the token) is saved on this computer with its lookup, to show or compare later. Bodies hold customers&apos; messages: turn this on only where that is allowed. Limits and deleting: History ▸ Kept answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch cheap related lookups automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a message is shown, the Related panel fetches the emails of its thread, its transcript, its conversation and its contact by itself (small answers, with this profile&apos;s token). A call&apos;s recording is always fetched only when you ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lookup&apos;s answer larger than this is stopped while downloading. A message is a few kilobytes; raise it for exports and pages of many messages (the answer is held in memory, at most 4 GiB). Files you open have no such limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Largest answer</source>
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
    <name>RecentIdsModel</name>
    <message>
        <source>%1 — last looked up %2 with profile “%3”: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingPlaybackLoader</name>
    <message>
        <source>the playback module %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the playback module did not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not this program&apos;s playback module</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedLinksModel</name>
    <message>
        <source>Needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found at %1 in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched only when you ask: it may be megabytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched (large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related to this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>&amp;Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetches the selected lookup with this profile&apos;s token (also: double-click or Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the tab opened before (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward again (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a message: what it leads to (its thread, its call&apos;s recording and transcript, its conversation, its contact) is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing related: the answer on screen is not a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message names nothing that can be looked up (no thread, call, conversation or contact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What message %1 leads to. Select one and Fetch (or double-click): each is one request with the profile “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message names no contact to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching its messages, 20 to a page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message gives nothing to fetch that from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedResultView</name>
    <message>
        <source>&amp;Request:</source>
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
        <source>Nothing fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not JSON: see Raw JSON and HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not re-indented: see the raw answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cURL command copied (token replaced by $HIGHLEVEL_TOKEN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch report for a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide before sharing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the report to the clipboard, to paste into the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a file, to attach to the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard: paste it into the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the report to “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
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
    <message>
        <source>Watch until final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look this message up again every few seconds, more slowly as time passes, until its status is final (F6)</source>
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
<context>
    <name>TranscriptModel</name>
    <message>
        <source>Click to play from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchPanel</name>
    <message>
        <source>1 check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows field by field what changed between the selected answer and the one before it (or between two selected answers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up &amp;after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch stops by itself after this long. Applies when a watch starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify me when final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop does not show notifications from programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop notification when the message is delivered, read or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row for each change HighLevel reported; checks that found nothing new add no row. Select two rows (Ctrl+click) to compare those answers field by field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated by HighLevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused %1: rate limited by HighLevel (429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final: %1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached %1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up after %1 (the time limit): still %2 after %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 — last seen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lookup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not watching a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next check in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused %1: rate limited by HighLevel (429) — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the last check failed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Watch on a message to follow its status until it is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives up at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare the two selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (watch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchTimelineModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is no longer kept (only the last %1 are), so it cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dateUpdated as sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated by HighLevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What else changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhyFailedPanel</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversation in &amp;HighLevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open contact in High&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks the contact up (needs the scope contacts.readonly) to see its DND settings, phone number and email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known causes (what HighLevel and the carriers document):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a contact the inspector recognises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it may have failed: what the evidence shows, each fact with where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message did not fail (status “%1”); the facts are listed all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ %1 (the facts point here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
What to do: %3
Source: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
