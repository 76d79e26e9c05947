<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiRequest</name>
    <message>
        <source>message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id of the last message of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no documented address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request names an id its address has no place for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has too many query parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query parameter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request address could not be built from these ids.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchReport</name>
    <message>
        <source>%1 (not in the schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch lookup of 1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch lookup of %1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
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
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more row is not listed here: export the batch as CSV or JSON Lines for every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more rows are not listed here: export the batch as CSV or JSON Lines for every row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRow</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
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
        <source>Date</source>
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
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRun</name>
    <message>
        <source>Give the id itself, not a link or padded text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited: waiting %L1 s as the server asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited: waiting %L1 s before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchTally</name>
    <message>
        <source>not a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is not wrapped in “contact” as documented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact with an id was found in the answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentDecoder</name>
    <message>
        <source>there are bytes after the end of the compressed body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decompressor could not continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed body is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed body is corrupt (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationInfo</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is missing (the documentation lists it as required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no list of messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s “messages” holds no list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 messages of the page were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page does not say whether another follows (“nextPage”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPaging</name>
    <message>
        <source>Page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the last page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page did not say that another follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 repeated a lastMessageId already followed, so the server would send the same page again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 brought no message not seen before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspected message was found on page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 pages; older messages were not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 says another follows but gives no lastMessageId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lastMessageId of page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffValueText</name>
    <message>
        <source>1 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailMessage</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is missing (the documentation lists it as required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“to” is not a list (the documentation says an array of addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“dateAdded” is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page of the conversation&apos;s messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorExplainer</name>
    <message>
        <source>Access denied (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token does not have access to this location (sub-account). Tokens only work for the location they were created in, and agency tokens do not work for this lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a token created in the sub-account the message belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something entered is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the highlighted input and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request (400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not accept the request as sent; its own message below says which part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the message id, and the API version in the profile settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not accepted (401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is wrong, expired or revoked. OAuth access tokens expire after about a day; a Private Integration Token stops working when it is rotated or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the token: copy a current one from HighLevel (Settings → Private Integrations) and paste it into the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API version was not accepted (401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says the Version header is missing or wrong. This is not a token problem, even though the status reads like one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the API version of the profile to 2021-04-15 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message not found (404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message with this id exists for this token&apos;s location: the id may be mistyped, belong to another sub-account, or the message was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the id in the ticket, and that the profile&apos;s token belongs to the customer&apos;s sub-account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not process the request (422)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was understood but one of its values was not accepted; the server&apos;s own messages below say which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the message id; if it looks right, send the details below to a developer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests (429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate limit for this app and location was reached (100 requests per 10 seconds, 200,000 per day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait 1 second and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait %1 seconds and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few seconds and try again. If it keeps happening, another integration may be using up the same limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HighLevel had a server problem (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error is on HighLevel&apos;s side, not in the request or the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in 1 second. If it persists, check HighLevel&apos;s status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in %1 seconds. If it persists, check HighLevel&apos;s status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a minute. If it persists, check HighLevel&apos;s status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from the server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a status this tool does not expect for a message lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API address in the profile; if it is right, send the details below to a developer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer arrived within %1 seconds. The server or the network may be slow or overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer arrived in time. The server or the network may be slow or overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, check the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is accepting connections at the API address: it may be mistyped, or a firewall or proxy blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API address in the profile (normally https://services.leadconnectorhq.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer could not look up the API address: it is mistyped, or there is no working internet connection or DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the internet connection and the API address in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection could not be established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted, or the secure handshake failed. A company proxy that inspects traffic, or a wrong system clock, often causes this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time and the API address. If your network inspects traffic, ask IT to install its certificate. The details below name the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a redirect that was not followed (no target, or too many redirects in a row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to %1. Redirects to another server are never followed, so the token is not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API address in the profile; it should be the address the API answers at directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported success but did not send JSON. The API address may point to a web page, or a proxy or captive portal answered instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API address in the profile and the network; the raw answer is kept for inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended before the whole answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, the network or a proxy is interrupting downloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was bigger than the limit of %1, so the download was stopped. A single message is never that large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was bigger than the limit, so the download was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer came compressed and unpacked to more than the limit of %1, so the download was stopped. A single message is never that large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer had more than %1 header fields, so it was not read further. The HighLevel API sends a few dozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s header was bigger than %1, so it was not read further. The HighLevel API sends a few kilobytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API address in the profile; it should point to the HighLevel API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came back is not a valid HTTP answer, or its compressed body is broken. Something other than the HighLevel API may be answering at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API address in the profile; the details below name the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error stopped the lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed or was interrupted before an answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and try again. The details below name the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is missing the scope %1, which this lookup needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In HighLevel, edit the Private Integration (or the app&apos;s scopes) to include %1, then use the new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is valid but not allowed to read this %1: either it belongs to another location (sub-account), or it lacks the scope %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the token was created in the message&apos;s sub-account and includes the scope %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (404): the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no %1 for this id in this token&apos;s location: it may have been deleted, or the message names something this sub-account cannot see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API address in the profile; it should point to the HighLevel API. If the answer really is that large, raise the profile&apos;s largest answer (Manage profiles… in the window; for a new profile: message-inspector-cli profile add NAME --max-response SIZE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureEvidence</name>
    <message>
        <source>%1 earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It carries the error text “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It carries no error text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a %1 message (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a %1 message, channel %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was sent by “%1” (source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not say what sent it (no source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It went through the conversation provider %1 (conversationProviderId): that provider&apos;s own logs hold its delivery details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It names no conversation provider (conversationProviderId is not set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1; last changed %2 (dateUpdated %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1; the message does not say when its status last changed (no dateUpdated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DND is on for every channel (dnd is true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DND is on for %1 (status “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its note: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DND is off for %1 (status “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DND is off (dnd is false) and there is no setting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has no DND setting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has no phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s phone number is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has no email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s email address is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was not looked up: look it up to see its DND settings and its phone number and email (needs the scope contacts.readonly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation in the web app: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile&apos;s web-app address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facts above point at: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message did not fail (status “%1”); the facts are listed all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other known causes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileBytes</name>
    <message>
        <source>The file is larger than the limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known difference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixedTokenSource</name>
    <message>
        <source>No token is set for the profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighLevelClient</name>
    <message>
        <source>Not tried again: the wait of %1 s would pass the lookup&apos;s limit of %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDatabase</name>
    <message>
        <source>The lookup history cannot be used (%1: %2). Lookups still work, without history. To start a new history, move or delete the file %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or is not a history file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was written by a newer version of Message Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1; this version knows up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no table of kept answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its table of kept answers has no column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no table of lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its table of lookups has no column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWorker</name>
    <message>
        <source>The history file is in use by another program, so the history will be cleared as soon as the file is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file is in use by another program, so this lookup is kept in memory and will be saved as soon as the file is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a message id, so it was not kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup was kept, but not its answer: the body (%1 bytes) is larger than the limit for kept answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file is in use by another program, so the kept answers will be deleted as soon as the file is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That lookup is not in the history file yet, so it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file is in use by another program, so the lookup will be deleted as soon as the file is free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the header is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk-size line is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header field is folded over two lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header line has no field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header field name contains a character that is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer does not start with an HTTP/1.x status line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body uses Content-Encoding “%1”, which was not asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body uses a Transfer-Encoding other than chunked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Content-Length header is not one plain number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length announces %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpacked, the body is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed body ends before the end of its stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk of the body has no valid size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk of the body is longer than its size says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdList</name>
    <message>
        <source>Already in the list (line %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the limit of %L1 ids in one batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too much for one batch (%L1 bytes; at most %L2 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row and one id per row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the column that holds the message ids (the header row has: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column “%1” (the header row has: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a token: not shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputValidation</name>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character (U+%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a slash “/”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percent sign “%” (an encoded character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like an access token (%1), not a message id, so it was not sent anywhere. Paste the message id here; the token belongs in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Private Integration Token, pit-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a message id, for example ve9EPM428h8vShlRW1KT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long for a message id (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a message id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message id has only letters, digits, “_” and “-”; this one contains %1 at position %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a link but it cannot be read as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link does not contain a message id. Paste the id itself, or a link that ends in /messages/&lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API address, for example https://services.leadconnectorhq.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must start with https://. Plain http:// is only allowed for this computer (localhost), because the token would travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must not contain “?” or “#”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is empty. Paste the Private Integration Token or access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is too long (%1 characters); tokens are far shorter. Check what was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-ASCII character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters after “=” padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character that tokens never contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains %1 at position %2, so it cannot be sent. Copy it again from HighLevel (Settings → Private Integrations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 looks like an access token (%2), so it was not sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 may have only letters, digits, “_” and “-”; it contains %2 at position %3, so it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionFailure</name>
    <message>
        <source>error: %1</source>
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
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionJob</name>
    <message>
        <source>The lookup was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was stopped before it finished; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionSession</name>
    <message>
        <source>There is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file name and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has %1; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved response body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no response body to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a response body first, then open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains binary bytes (the first at byte %1), so it is not a saved response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the response body saved as JSON (for example with Save in the Raw JSON tab, or message-inspector-cli get ID --format raw).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Raw JSON tab shows what it holds. Open the response body exactly as the server sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up needs a profile and a token source</source>
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
        <source>Create it, or pick one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message id was refused; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the message id (for example ve9EPM428h8vShlRW1KT) or a link that contains it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address was refused; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the address of the profile “%1”: https://…, or http:// only for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the address: https://…, or http:// only for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address points to %1, which is neither HighLevel&apos;s API (*.leadconnectorhq.com) nor this computer. A token goes only to its profile&apos;s address unless you name the other host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 may have the token, allow that host explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the token of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is saved for the profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · gives up in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again in %1 s (attempt %2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A related lookup needs an endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was not looked up; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id came from the server&apos;s answer or from a link; the raw response shows it as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lookup needs the scope “%1”: add it to the Private Integration (Settings → Private Integrations) or to the app&apos;s scopes, then update the token here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It grew past the limit of %1 while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is larger than %1, so it is shown as sent, not re-indented.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Json::Document</name>
    <message>
        <source>the end of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the byte 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data ends inside an object key: the closing quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data ends inside a string: the closing quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data ends inside an escape sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A \u escape needs exactly four hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid escape sequence \%1 inside a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte 0x%1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-Infinity is not allowed in JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data ends inside a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers must not start with a leading zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minus sign must be followed by digits, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number needs digits after the decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number needs digits in its exponent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN is not allowed in JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infinity is not allowed in JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data ends in the middle of the word &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected %1 where a value was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after the key, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is empty: there is no JSON to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body holds only whitespace: there is no JSON to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data ends where a value was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is nested more than %1 levels deep; it is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data ends inside an object: expected a key or &apos;}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a key in double quotes or &apos;}&apos;, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comma is followed by &apos;%1&apos;: trailing commas are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos; where a value was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected %1 after the end of the JSON value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data ends inside an object: expected &apos;,&apos; or &apos;}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data ends inside an array: expected &apos;,&apos; or &apos;]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comma is followed by &apos;}&apos;: trailing commas are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data ends inside an object: expected a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a key in double quotes after &apos;,&apos;, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos; after an object member, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;]&apos; after an array element, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2 (byte %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Json::JsonTreeModel</name>
    <message>
        <source>1 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Json::PrettyPrinter</name>
    <message>
        <source>This JSON is so deeply nested that indenting all of it would make the text many times larger than the body: from byte %1 on, lines are not indented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels deeper than %1 are indented like level %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonDiff</name>
    <message>
        <source>it is not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first body cannot be compared field by field: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second body cannot be compared field by field: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared the messages: the first body&apos;s at %1 (%2), the second body&apos;s at %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1: further differences are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison was stopped before the end: the list is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(occurrence %1 of this key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
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
        <source>Outside the message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonDiffModel</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(occurrence %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the first body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the second body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonLinesModel</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
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
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownCauses</name>
    <message>
        <source>Carrier filtering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier blocked the text as unwanted or not compliant: its content, the sender&apos;s registration (A2P 10DLC in the US), or missing opt-in or opt-out wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the conversation in the web app to see the error code; review the sub-account&apos;s A2P registration and the message text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landline or unreachable number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number cannot receive texts (a landline), is not in service, or the phone was off or out of reach. With number validation on, HighLevel does not send to a number it finds cannot take texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the contact&apos;s number; ask for a mobile number; try again later if the phone was off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do Not Disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DND is on for the contact, for every channel or for this one: HighLevel does not send the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the contact: its DND settings say which channel is blocked. Turn DND off only with the contact&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact replied STOP (or another opt-out word), so messages to them are refused until they opt in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the contact can opt in again (for example by replying START).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-account reached the daily SMS limit the agency set, or a new sub-account is still in its ramp-up period: bulk and automated messages are held back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the agency to check or raise the sub-account&apos;s daily limit; messages sent one by one still go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider to send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could send the message on its channel: the sub-account has no phone number or SMS or email provider connected, or a custom conversation provider did not take the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the sub-account&apos;s phone numbers and its conversation providers in the web app&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API does not give the carrier&apos;s error code for a failed message: the conversation in the HighLevel web app shows it, the API&apos;s answer does not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveApi</name>
    <message>
        <source>The live API wraps the message in an envelope {&quot;message&quot;: {…}, &quot;traceId&quot;: &quot;…&quot;}; the documentation shows the message alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traceId identifies the request at HighLevel; their support asks for it. The documentation of this endpoint does not list it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls are reported live with status &quot;completed&quot;, a value the documented enum does not list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls that reached voicemail are reported with status &quot;voicemail&quot;, a value the documented enum does not list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live API sends a call&apos;s length as meta.call.duration (seconds) instead of the documented meta.callDuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live API sends a call&apos;s status as meta.call.status instead of the documented meta.callStatus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live API groups a call&apos;s facts in meta.call {duration, status}, which the documentation does not list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live API sends dateUpdated, the time of the last change (for example of the status); the documentation does not list it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>altId is sent live but is missing from the OpenAPI file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call messages are reported without contentType, which the documentation marks as required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meta.callDuration is documented as a string, but the official example and webhooks send a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook payloads name the message id messageId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook payloads send callDuration (a number of seconds) at the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook payloads send callStatus at the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom-provider webhooks (ProviderOutboundMessage) send the channel as type (&quot;SMS&quot;, &quot;Email&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom-provider webhooks send an SMS&apos;s text as message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom-provider webhooks send an email&apos;s body as html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messageType is sent as the short name SMS where the enum says TYPE_SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messageType is sent as the short name CALL where the enum says TYPE_CALL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messageType is sent as the short name Email where the enum says TYPE_EMAIL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messageType is sent as the short name VoiceMail (type 10, voicemail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messageType is sent as the short name GMB where the enum says TYPE_GMB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messageType is sent as the short name FB where the enum says TYPE_FACEBOOK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messageType is sent as the short name IG where the enum says TYPE_INSTAGRAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messageType is sent as the short name Live Chat where the enum says TYPE_LIVE_CHAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retried send arrives as a new message with messageTypeId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retried send arrives as a new message with messageTypeString.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retried send arrives as a new message with appId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retried send arrives as a new message with from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong message id or a malformed token can be answered with 500 instead of 400 or 404.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupDisplay</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version header missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unprocessable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupRequest</name>
    <message>
        <source>The API version is empty; HighLevel expects 2021-04-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API version is too long; HighLevel expects a date such as 2021-04-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API version may contain only letters, digits, “-”, “.” and “_”; HighLevel expects 2021-04-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request address could not be built from this id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageComparison</name>
    <message>
        <source>%1: %2 (%3) → %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only in the %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDecorator</name>
    <message>
        <source>%1 · unknown type number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown value)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageFormatting</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageReport</name>
    <message>
        <source>Lookup of message %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
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
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
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
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 in %L3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 known difference from the documentation (not a problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 known differences from the documentation (not problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the web app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the response matches the documented schema.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageSummary</name>
    <message>
        <source>%1 (not the documented type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not a valid date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error instead of a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error instead of a message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is JSON, but not a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1, no known name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1 · %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by the server as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration %1 (not a number of seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 email in this thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 emails in this thread</source>
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
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageValidator</name>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from the documentation the way the live API is known to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears more than once in the same object; every occurrence is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text contains bytes that are not valid UTF-8 (%1); they are shown as �.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text contains %1, half of a character pair without its other half; it is shown as �.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text contains the control character %1 unescaped, which JSON does not allow; it is shown escaped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body starts with a byte order mark (BOM), which JSON does not use; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more problems of this kind were found and not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema says each item is a string, but this item is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema says each item is a string, but %1 items are not (the first is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the documented values for this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documented name is probably %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 date and time such as 2024-03-27T18:13:49.000Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema says %1, but the response sends %2 (%3); it is shown as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type number %1 has no known name; messageType tells what kind of message this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1 means %2 (%3), but messageType says %4; messageType is taken as the authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not in the documentation; it is shown as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is %1, not the message object the documentation describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an error answer from the server, not a message%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is a JSON object but not a message: it has none of the message&apos;s fields (id, messageType, direction, dateAdded, conversationId, contactId) and no &quot;message&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a webhook payload (%1), not a get-message response: it names the message differently (messageId, short message types) and is checked only for its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The envelope field &quot;%1&quot; is not in the documentation; it is shown as sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageWatch</name>
    <message>
        <source>Rate limited by HighLevel (429): waiting %1 s before asking again.</source>
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
</context>
<context>
    <name>PersonalDataMask</name>
    <message>
        <source>[message text hidden: 1 character]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[message text hidden: %1 characters]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needed masking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked for sharing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as sent, on request: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a profile name, for example the sub-account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name cannot contain %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API version is a date like %1 (the value HighLevel documents for this endpoint); “%2” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles could not be saved to %1. They are kept for this session; check that the file can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile called “%1” already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web-app address must be an https:// address such as %1 (or your agency&apos;s own domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” is being renamed or removed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles cannot be saved to %1 (the file cannot be written), so nothing was changed. Check the file&apos;s permissions and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” is already being renamed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile called “%1” is being renamed or removed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the only profile, and one is always needed. Create another profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” was not renamed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” was not removed, because its token could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” is now called “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” and its saved token were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” was not renamed: the profiles could not be saved to %2. Check that the file can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its token stays with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its token could not be moved back in the keychain, where it is saved for “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest answer must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingFile</name>
    <message>
        <source>No temporary file could be made for the recording: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording&apos;s temporary file could not be made private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording&apos;s temporary file could not be emptied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording could not be written to its temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording is not available any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording could not be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedLinks</name>
    <message>
        <source>Needs the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the %1 and the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1 of %2 in the thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its sender, recipients, subject, status and text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email id at %1 is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1 of %2 in the thread (this message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call&apos;s audio, kept in a private temporary file while it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said, sentence by sentence, with times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the conversation is with, its channel, whether it is unread or assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages around this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation&apos;s messages, 20 to a page, this one among them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, email and Do-Not-Disturb per channel: whether the contact can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation&apos;s messages, 20 to a page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedLookup</name>
    <message>
        <source>The answer is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not the %1 the documentation describes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Raw JSON and Fields tabs show what the server sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related lookups need a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was not looked up; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raw response shows the id as the server sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording has nowhere to go; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the temporary folder exists and can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading page %1 of the conversation&apos;s messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was a success with an empty body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call may have no recording (a missed or very short call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s Content-Type is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP tab shows the answer&apos;s headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The related lookup was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was stopped before it finished; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyClassifier</name>
    <message>
        <source>The connection was closed before a complete answer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed after %1 bytes of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 1 redirect in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 redirects in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect status without a usable Location header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseShape</name>
    <message>
        <source>No body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message (documented shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live API response (message in an envelope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live API response (message in an envelope with a traceId)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 webhook event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error answer from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON that is not a message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burst %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burst %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenInfo</name>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private Integration Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth access token (JWT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrecognised token format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Private Integration Token is opaque: its sub-account, scopes and expiry cannot be read from it. It must belong to a sub-account (location) and have the scope conversations/message.readonly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like an encrypted JWT (five parts); its contents cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrecognised token format: this is neither a Private Integration Token (pit-…) nor a JWT. It can still be sent, but check that the whole token was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has three parts like a JWT, but they are not base64url text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has three parts like a JWT, but its header is not readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has three parts like a JWT, but its payload is not readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signature check is possible here: the claims below are what the token says about itself; only HighLevel can verify them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no signature part; the server will refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim “%1” is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token expired %1. The server will refuse it (401): get a new access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token states no expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is not valid yet (from %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-account (location) id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency (company) id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an agency (company) token. Looking up a message needs a sub-account (location) token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s scopes do not include conversations/message.readonly; the server will probably refuse the lookup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>The token for “%1” was read from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token for “%1” is saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token for “%1” is kept in the keychain any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of “%1” is now saved for “%2”. The old keychain entry could not be removed yet; it will be removed when the keychain answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry of “%1” now belongs to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is saved in the keychain for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different token is already saved for “%1”, so the token of “%2” was not moved there. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different token is already saved for “%1”. Nothing was changed; confirm that you want to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (no Secret Service on this session), so tokens cannot be saved on this computer. A token can be kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to the token for “%1”. Allow Message Inspector in your keychain or password manager and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked, so the token for “%1” cannot be read. Unlock the keychain (log in again or open your password manager) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked, so the token for “%1” was not saved and nothing in the keychain was replaced. Unlock the keychain and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked, so the saved token for “%1” could not be removed. Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked, so the token of “%1” could not be moved to “%2”. Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s. It may be stuck or waiting for a password prompt; the program keeps working. Try again, or restart the keyring service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was asked from the keychain: the profile name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error; see the details. Nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message>
        <source>no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token in keychain · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token for this session only · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: the token will be kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be saved in the keychain, so it is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transcription</name>
    <message>
        <source>Only the first %1 sentences were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item(s) of the list are no sentence (no transcript) and were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sentence was found: the answer is neither a sentence nor a list of sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sentence ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultTokenSource</name>
    <message>
        <source>No keychain is available, so no saved token can be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no D-Bus session or no Secret Service (for example GNOME Keyring or KWallet) on this machine, as is usual over SSH and in CI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the token for this session; it is kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your keyring (for example by logging in to the desktop session), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is saved for the profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was found in the keychain under this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sub-account&apos;s Private Integration Token or access token for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebAppLinks</name>
    <message>
        <source>location id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link template is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link template must start with {webApp}/, so links stay on the web-app address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link template may use only {webApp}, {locationId}, {conversationId}, {contactId} and {messageId}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link template may hold only letters, digits and “-._~/?=&amp;” besides its placeholders; it has “%1” at position %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link template&apos;s path may not hold “//”, “/./” or “/../”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web-app address must be an https:// address such as %1 (or an agency&apos;s own domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no link template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link could be made from this template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
