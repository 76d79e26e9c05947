#pragma once

#include "json/jsonlimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

// A faithful, read-only view over the exact bytes of a JSON response.
//
// Why not QJsonDocument: it sorts keys, rounds big integers, rewrites number text and drops duplicate keys.
// This document never copies or rewrites anything: every value is addressed by the byte offset of its first
// byte in the original body, so key order, number text ("1.50", 12345678901234567890) and duplicate keys are
// exactly what the server sent.
//
// Parsing is one validating pass (iterative, no recursion) that records only what is needed to answer
// questions quickly later: the span and child count of large containers, and the issues found (duplicate
// keys, invalid UTF-8, lone surrogates, raw control characters, a BOM). A container's children are indexed
// only when somebody asks for them (childIndex()), so an array of 400,000 items costs nothing until expanded.
//
// Thread safety: a Document is immutable after parse(). Copies share the same data; every const method may be
// called from several threads at once. Nothing is cached lazily inside the document (caches live in the
// caller, e.g. the tree model), so no locking is needed.
namespace Json {

enum class NodeKind : quint8
{
    Null,
    Bool,
    Number,
    String,
    Object,
    Array
};

// "object", "array", "string", "number", "boolean", "null": the Type column and the tree dump use these.
QString kindName(NodeKind kind);

struct ParseError
{
    qint64 offset = -1;     // byte offset in the body where the problem was found
    int line = 0;           // 1-based
    int column = 0;         // 1-based, counted in characters (UTF-8 code points) from the start of the line
    QString message;        // plain sentence, e.g. "Expected ',' or '}' after an object member, found ']'."
    bool cancelled = false; // the parse was stopped by ParseControl::progress, not by the bytes

    bool isError() const { return offset >= 0; }
    // "Line 3, column 7 (byte 42): <message>"
    QString toString() const;
};

// Something the parser noticed in a document it still accepted.
struct DocumentIssue
{
    enum class Kind
    {
        DuplicateKey,     // a key whose decoded text appeared before in the same object (both are kept)
        InvalidUtf8,      // a string holds bytes that are not UTF-8 (shown as U+FFFD)
        LoneSurrogate,    // a \uD800-\uDFFF escape without its pair (shown as U+FFFD)
        ControlCharacter, // a raw control character (e.g. NUL) inside a string; JSON requires it escaped
        ByteOrderMark,    // the body starts with a UTF-8 BOM (skipped)
        TooManyIssues,    // further issues were not recorded (bounded memory on hostile input)
    };
    Kind kind = Kind::DuplicateKey;
    qint64 offset = -1; // byte offset of the offending token (the second key, the string, ...)
    // JSON path of the value concerned, e.g. "$.meta.email" ("$" for the body). For reading: at most
    // Limits::maxIssuePathChars characters (a longer one has "…" in the middle, and keys longer than
    // Limits::maxIssuePathKeyChars are cut with "…"), so it may not resolve with offsetForPath(); offset
    // does.
    QString path;
    // The duplicate key's name (cut at Limits::maxIssueDetailChars), or a short description of the bad bytes.
    QString detail;
};

// The children of one container, in the order they were sent. For arrays keyOffsets is empty.
struct ChildIndex
{
    std::vector<qint64> keyOffsets;   // offset of each key's opening quote (objects only)
    std::vector<qint64> valueOffsets; // offset of each value's first byte
    qsizetype size() const { return qsizetype(valueOffsets.size()); }
};

// A key/value pair found by a lookup.
struct Member
{
    qint64 keyOffset = -1; // -1 for array elements
    qint64 valueOffset = -1;
    bool isValid() const { return valueOffset >= 0; }
};

struct DecodedString
{
    QString text;            // decoded; invalid UTF-8 and lone surrogates become U+FFFD
    bool truncated = false;  // decoding stopped at the byte limit
    qint64 rawByteCount = 0; // bytes between the quotes as sent
};

// What a caller may add to a parse: an owner for bytes that do not own themselves, and progress with
// cooperative cancel for big bodies (a 1 GB body takes about a second).
struct ParseControl
{
    // Kept by the document (and every copy) as long as it lives: e.g. the MappedFile whose mapping the bytes
    // are a QByteArray::fromRawData over. Null for bytes that own themselves.
    std::shared_ptr<const void> keepAlive;
    // Called from the parsing thread about every progressStepBytes with the bytes parsed so far; returning
    // false stops the parse, which then ends with an error whose cancelled flag is set.
    std::function<bool(qint64 parsedBytes)> progress;
    static constexpr qint64 progressStepBytes = 8 * 1024 * 1024;
};

class Document
{
public:
    // Deeper nesting is refused with a parse error: keeps every walk over the tree bounded.
    static constexpr int maxDepth = Limits::maxDepth;
    // At most this many issues are recorded; after that one TooManyIssues issue says how many were dropped.
    static constexpr int maxIssues = Limits::maxIssues;

    Document(); // empty: no bytes, hasError() is false and isValid() is false

    // Parses the body. Never throws; a body that is not JSON gives a document whose error() is set.
    static Document parse(const QByteArray &bytes);
    static Document parse(const QByteArray &bytes, const ParseControl &control);

    bool isValid() const;  // parsed without error: root() and the accessors may be used
    bool hasError() const; // parse failed
    ParseError error() const;
    const QByteArray &bytes() const;
    // What keeps bytes() valid when they do not own themselves (ParseControl::keepAlive); null otherwise.
    // Anything that keeps a copy of bytes() beyond the document's life keeps this too.
    std::shared_ptr<const void> keepAlive() const;
    const QList<DocumentIssue> &issues() const;

    // Offset of the root value (after any BOM and whitespace); -1 when !isValid().
    qint64 rootOffset() const;

    // --- Accessors. Offsets must be value or key offsets that came from this document. ---
    NodeKind kindAt(qint64 valueOffset) const;
    // One past the last byte of the value at valueOffset (containers: after the closing bracket).
    qint64 endOf(qint64 valueOffset) const;
    // The exact bytes of the value as sent (strings include their quotes; containers their whole span).
    QByteArrayView rawAt(qint64 valueOffset) const;
    // Number of members/elements of a container; 0 for scalars. O(log n) for large containers, a short scan
    // for small ones.
    qint64 childCount(qint64 containerOffset) const;
    // One scan over the container's bytes; the caller keeps the result.
    ChildIndex childIndex(qint64 containerOffset) const;
    // True when every member/element of the container is of that kind (also when it has none); false for a
    // scalar. O(log n) for large containers (the parse noted their children's kinds), a short scan for small
    // ones: checking a 1 GB array of strings costs nothing.
    bool allChildrenAre(qint64 containerOffset, NodeKind kind) const;
    // Decoded text of the string at stringOffset (a key or a string value). maxBytes limits how much of a
    // huge string is decoded (-1: all).
    DecodedString decodeString(qint64 stringOffset, qint64 maxBytes = -1) const;
    QString stringAt(qint64 stringOffset) const { return decodeString(stringOffset).text; }
    // First member of an object whose decoded key equals key.
    Member findMember(qint64 objectOffset, QStringView key) const;
    // All members with that key (duplicates included), in document order.
    QList<Member> findMembers(qint64 objectOffset, QStringView key) const;
    bool boolAt(qint64 valueOffset) const; // true only for the literal true
    // Resumable walk over a container without building an index: the first member (invalid when empty),
    // then the member after `current` (invalid at the end). Object members carry their keyOffset.
    Member firstMember(qint64 containerOffset) const;
    Member nextMember(const Member &current) const;

    // Value at a JSON path such as "$.meta.email.messageIds[3]" or "$['odd key'][0]"; -1 if absent.
    // A path names a key by its decoded text, so duplicate keys resolve to the first occurrence — and two
    // keys count as duplicates exactly when their decoded text is equal ("\u0061" and "a", or two keys that
    // differ only in bytes that are not UTF-8, both shown as U+FFFD). Every later occurrence is reported as a
    // DuplicateKey issue: a member that no path reaches is never silent.
    qint64 offsetForPath(QStringView jsonPath) const;

    struct Data; // private to jsondocument.cpp

private:
    std::shared_ptr<const Data> d;
};

// True when bytes hold nothing but whitespace (or nothing at all). Stops at the first other byte and copies
// nothing: QByteArray::trimmed() would copy a memory-mapped body whole.
bool isBlank(QByteArrayView bytes);

} // namespace Json

Q_DECLARE_METATYPE(Json::Document)
