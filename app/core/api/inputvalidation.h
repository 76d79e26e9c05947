#pragma once

#include <QString>
#include <QUrl>

// Checks on everything a user types before anything is sent. Each function returns either a clean value or a
// plain-language reason; the reason never repeats a token.
namespace InputValidation {

template <typename T> struct Checked
{
    T value{};
    QString error; // empty when the input was accepted

    bool ok() const { return error.isEmpty(); }
};

// Longest id accepted; HighLevel ids are 20 characters, so this only stops absurd input.
inline constexpr int maxMessageIdLength = 128;
// Longest token accepted; JWTs with many claims stay far below this.
inline constexpr int maxTokenLength = 16 * 1024;

// A trimmed plain id (letters, digits, '_' and '-'), or an http(s) URL that carries one: either a
// `messageId` query item or the path segment after `/messages/`. Text shaped like a token (looksLikeToken) is
// refused with a message that says so, and never repeated.
Checked<QString> messageId(const QString &input);

// An id that goes into a request path as it is, with no trimming and no link reading: an id found inside a
// response (a thread's email ids, a conversation's lastMessageId, a contactId) is input too. Letters,
// digits, '_' and '-' only, 1 to maxMessageIdLength characters, and never text shaped like a token.
// `what` names the id in the message ("the contact id"); the refused text itself is never repeated.
Checked<QString> resourceId(const QString &id, const QString &what);

// True for text with the shape of a HighLevel credential, "Bearer " or not: a Private Integration Token
// (pit-<uuid>) or a JWT (three base64url segments joined by dots). A token pasted where an id belongs must
// never travel in a URL, reach the screen or the history.
bool looksLikeToken(const QString &text);

// The API base: https, or http only for a loopback host (tests). No user info, query or fragment.
// The trailing slash is removed so paths can be appended.
Checked<QUrl> baseUrl(const QString &input);

// A bearer token: trimmed, a leading "Bearer " removed, and only RFC 6750 token characters allowed.
Checked<QString> token(const QString &input);

// True for localhost, 127.0.0.0/8 and ::1.
bool isLoopbackHost(const QString &host);

// True for HighLevel's API hosts (leadconnectorhq.com and its subdomains) and loopback. A saved token goes to
// another host only when the user says so for that host: the window asks, the CLI wants --allow-host.
bool isHighLevelOrLoopbackHost(const QString &host);

} // namespace InputValidation
