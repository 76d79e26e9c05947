#pragma once

#include <QtGlobal>

// Every bound the JSON layer puts on what it is given, in one place. The body itself arrives already capped
// by its source (ClientOptions::maxBodyBytes for the network, InspectionSession::maxFileBytes, 4 GiB and
// memory-mapped, for files); the limits below
// make sure that nothing the parser, the issue list or the pretty printer build from such a body grows faster
// than the body, whatever its shape (deep nesting, huge keys, thousands of problems).
namespace Json::Limits {

// Nesting deeper than this is refused with a parse error. Keeps every walk over the tree (parser stack, tree
// model, path lookups) bounded.
inline constexpr int maxDepth = 1024;

// At most this many issues (duplicate keys, invalid UTF-8, ...) are recorded; one more, TooManyIssues, says
// how many were left out.
inline constexpr int maxIssues = 1000;

// Strings and keys are bounded only by the body: they are never copied at parse time, and decoded only on
// demand (the tree model decodes at most a few KB of each for display). Where a key is copied into an issue,
// it is cut:
// - an issue's detail (the duplicate key's name) keeps at most this many characters, then "…";
inline constexpr int maxIssueDetailChars = 256;
// - inside an issue's path, a key longer than this is cut with "…";
inline constexpr int maxIssuePathKeyChars = 128;
// - an issue's path is at most this many characters: a longer one keeps its first and last parts with "…"
//   between. Issue paths are for reading; they are built once per issue from the parser's stack (no copies
//   per level), so 1,000 issues cost at most about 2 MB whatever the input. A cut path is not resolvable
//   with Document::offsetForPath(); the issue's byte offset always is exact.
inline constexpr int maxIssuePathChars = 1024;

// A value compared with the schema (an enum value, a date, a duration, a key name) is decoded up to this many
// bytes: every documented one is far shorter, so a longer one is wrong either way, and decoding a 1 GB string
// whole would cost twice its size. Fields the card shows as text (the message body) are read up to
// MessageView::maxFieldBytes.
inline constexpr qint64 maxSchemaValueBytes = 4096;

// The pretty printer indents at most this many levels: deeper levels are printed at the indentation of level
// 64, so each line carries at most maxIndentLevels × indent spaces.
inline constexpr int maxIndentLevels = 64;
// Widest indent per level accepted by PrettyPrinter (wider requests are clamped).
inline constexpr int maxIndentWidth = 8;
// Indentation in total is at most this many bytes per input byte, plus prettyIndentAllowanceBytes; after that
// the rest of the document is printed one token per line without indentation (still complete, valid JSON,
// and PrettyPrinter::Notes says so).
inline constexpr qint64 prettyIndentBytesPerInputByte = 2;
inline constexpr qint64 prettyIndentAllowanceBytes = 1024 * 1024;
// What follows for the whole pretty output: at most this many bytes per input byte, plus
// prettyIndentAllowanceBytes — tokens (1×), line breaks (≤ 1×), the space after each colon (≤ 1×) and
// indentation (≤ 2×). The tests and the fuzzer check it.
inline constexpr qint64 prettyOutputBytesPerInputByte = 3 + prettyIndentBytesPerInputByte;

} // namespace Json::Limits
