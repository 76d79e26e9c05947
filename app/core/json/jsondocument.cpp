#include "json/jsondocument.h"
#include "json/jsonpath.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRandomGenerator>
#include <QtEndian>

#include <simdjson.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>

#include <atomic>
#include <thread>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define MI_JSON_HAS_AVX2_PATH 1
#endif

namespace Json {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Json::Document)
};

// Containers at least this many bytes long, and no deeper than maxRecordedDepth, have their span and child
// count recorded during the parse. Deeper or smaller ones are re-scanned on demand (cheap: they are small, or
// rare). The bound keeps the record at most a few percent of the body even for hostile nesting.
constexpr qint64 recordedSpanThreshold = 4096;
// Bodies at least this big are checked for UTF-8 on a second thread while they are parsed.
constexpr qint64 concurrentUtf8CheckBytes = 16 * 1024 * 1024;
constexpr int maxRecordedDepth = 16;

struct ContainerRecord
{
    qint64 begin;
    qint64 end;
    qint64 count;
    quint8 childKinds; // bit (1 << NodeKind) for each kind among the children
};

constexpr quint8 kindBit(NodeKind kind)
{
    return quint8(1u << unsigned(kind));
}

NodeKind kindOfFirstByte(char c)
{
    switch (c) {
    case '{':
        return NodeKind::Object;
    case '[':
        return NodeKind::Array;
    case '"':
        return NodeKind::String;
    case 't':
    case 'f':
        return NodeKind::Bool;
    case 'n':
        return NodeKind::Null;
    default:
        return NodeKind::Number;
    }
}

inline bool isWhitespace(unsigned char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

inline bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

inline int hexValue(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// First byte in [p, end) that ends a run of plain string content: a quote, a backslash, a control character
// and, when asked, any non-ASCII byte (used only when the body failed the fast whole-body UTF-8 check).
inline const char *findStringSpecial(const char *p, const char *end, bool stopOnNonAscii)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i lastControl = _mm_set1_epi8(0x1F);
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(_mm_max_epu8(v, lastControl), lastControl));
        int mask = _mm_movemask_epi8(hit);
        if (stopOnNonAscii)
            mask |= _mm_movemask_epi8(v);
        if (mask)
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"' || c == '\\' || c < 0x20 || (stopOnNonAscii && c >= 0x80))
            return p;
    }
    return end;
}

// First quote or backslash: enough to skip a string in a document already known to be valid.
inline const char *findQuoteOrBackslash(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const int mask =
            _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
        if (mask)
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    for (; p < end; ++p) {
        if (*p == '"' || *p == '\\')
            return p;
    }
    return end;
}

// A run of plain strings in an array — "a","b","c" — read in a tight loop: the shape of the largest real
// responses (meta.email.messageIds with millions of ids), where the general loop's per-value bookkeeping
// would cost more than reading the bytes. p is at an opening quote. Takes strings as long as each is plain
// (no escape, no control character, closed before end) and is followed by ',"' before limit; returns one
// past the last taken string's closing quote (null when the first is not plain: the general path reads it
// and reports what it holds) and adds the number taken to count. Only for a body already known to be
// UTF-8, so non-ASCII bytes need no look.
const char *plainStringRunGeneric(const char *p, const char *end, const char *limit, qint64 &count)
{
    const char *runEnd = nullptr;
    for (;;) {
        const char *close = findStringSpecial(p + 1, end, false);
        if (close >= end || *close != '"')
            return runEnd;
        ++count;
        runEnd = close + 1;
        if (limit - runEnd < 2 || runEnd[0] != ',' || runEnd[1] != '"')
            return runEnd;
        p = runEnd + 1;
    }
}

#if defined(MI_JSON_HAS_AVX2_PATH)
// The same with 32-byte steps, for processors that have AVX2 (chosen once at run time).
__attribute__((target("avx2"))) const char *plainStringsOneByOne(const char *p, const char *end,
                                                                 const char *limit, qint64 &count)
{
    const __m256i quote = _mm256_set1_epi8('"');
    const __m256i backslash = _mm256_set1_epi8('\\');
    const __m256i lastControl = _mm256_set1_epi8(0x1F);
    const char *runEnd = nullptr;
    for (;;) {
        const char *q = p + 1;
        const char *close = nullptr;
        while (end - q >= 32) {
            const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(q));
            __m256i hit = _mm256_or_si256(_mm256_cmpeq_epi8(v, quote), _mm256_cmpeq_epi8(v, backslash));
            hit = _mm256_or_si256(hit, _mm256_cmpeq_epi8(_mm256_max_epu8(v, lastControl), lastControl));
            const unsigned mask = unsigned(_mm256_movemask_epi8(hit));
            if (mask) {
                close = q + __builtin_ctz(mask);
                break;
            }
            q += 32;
        }
        if (!close)
            close = findStringSpecial(q, end, false);
        if (close >= end || *close != '"')
            return runEnd;
        ++count;
        runEnd = close + 1;
        if (limit - runEnd < 2 || runEnd[0] != ',' || runEnd[1] != '"')
            return runEnd;
        p = runEnd + 1;
    }
}

// One 64-byte block as bit masks, bit i for byte i.
struct BlockMasks
{
    quint64 quotes;
    quint64 commas;
    quint64 stops; // backslashes and control characters: none may be in a run of plain strings
};

__attribute__((target("avx2"))) inline BlockMasks blockMasks(const char *p)
{
    const __m256i quote = _mm256_set1_epi8('"');
    const __m256i comma = _mm256_set1_epi8(',');
    const __m256i backslash = _mm256_set1_epi8('\\');
    const __m256i lastControl = _mm256_set1_epi8(0x1F);
    const __m256i lo = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p));
    const __m256i hi = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + 32));
    const __m256i stopsLo = _mm256_or_si256(_mm256_cmpeq_epi8(lo, backslash),
                                            _mm256_cmpeq_epi8(_mm256_max_epu8(lo, lastControl), lastControl));
    const __m256i stopsHi = _mm256_or_si256(_mm256_cmpeq_epi8(hi, backslash),
                                            _mm256_cmpeq_epi8(_mm256_max_epu8(hi, lastControl), lastControl));
    const auto bits = [](int low, int high) {
        return quint64(unsigned(low)) | (quint64(unsigned(high)) << 32);
    };
    return BlockMasks{bits(_mm256_movemask_epi8(_mm256_cmpeq_epi8(lo, quote)),
                           _mm256_movemask_epi8(_mm256_cmpeq_epi8(hi, quote))),
                      bits(_mm256_movemask_epi8(_mm256_cmpeq_epi8(lo, comma)),
                           _mm256_movemask_epi8(_mm256_cmpeq_epi8(hi, comma))),
                      bits(_mm256_movemask_epi8(stopsLo), _mm256_movemask_epi8(stopsHi))};
}

// Bit i of the result: the parity of the bits 0..i of x.
inline quint64 prefixXor(quint64 x)
{
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}

// A run of plain strings, 64 bytes at a time: each block's quotes, commas and stop bytes become bit masks,
// and a block is taken whole when it holds exactly the pattern "…","…",… — every byte outside a string is a
// comma right after a closing quote and right before an opening one, and no string holds an escape or a
// control character. That costs a few dozen instructions per block whatever the strings' lengths, instead of
// a chain of dependent steps per string. At the first block that does not fit (or near limit), the last
// string begun is read again one by one, which finds exactly where the run ends.
__attribute__((target("avx2"))) const char *plainStringRunAvx2(const char *p, const char *end,
                                                               const char *limit, qint64 &count)
{
    const char *lastOpen = p;     // the opening quote of the last string begun in the blocks taken
    bool lastOpenCounted = false; // it was counted (it is not the one the run started at)
    quint64 inString = 0;         // all ones when the byte before the block is inside a string
    quint64 closeAtEnd = 0;       // 1 when the byte before the block is a closing quote
    quint64 commaAtEnd = 1;       // 1 when it is a comma: the run starts as if after one
    const char *block = p;
    while (limit - block >= 64) {
        _mm_prefetch(block + 1024, _MM_HINT_T0);
        const BlockMasks m = blockMasks(block);
        const quint64 strings = prefixXor(m.quotes) ^ inString; // [opening quote, closing quote)
        const quint64 opens = m.quotes & strings;
        const quint64 closes = m.quotes & ~strings;
        const quint64 outside = ~strings & ~m.quotes;
        const bool fits = m.stops == 0 && outside == ((closes << 1) | closeAtEnd) &&
                          (outside & ~m.commas) == 0 && opens == ((outside << 1) | commaAtEnd);
        if (!fits)
            break;
        if (opens) {
            count += std::popcount(opens);
            lastOpen = block + (63 - std::countl_zero(opens));
            lastOpenCounted = true;
        }
        inString = (strings >> 63) ? ~quint64(0) : 0;
        closeAtEnd = closes >> 63;
        commaAtEnd = outside >> 63;
        block += 64;
    }
    if (lastOpenCounted)
        --count; // read again below
    if (const char *runEnd = plainStringsOneByOne(lastOpen, end, limit, count))
        return runEnd;
    // The last string begun is not plain: the run ends with the one before it, whose closing quote and comma
    // come right before it.
    return lastOpenCounted ? lastOpen - 1 : nullptr;
}

const bool cpuHasAvx2 = __builtin_cpu_supports("avx2");
#endif

const char *plainStringRun(const char *p, const char *end, const char *limit, qint64 &count)
{
#if defined(MI_JSON_HAS_AVX2_PATH)
    if (cpuHasAvx2)
        return plainStringRunAvx2(p, end, limit, count);
#endif
    return plainStringRunGeneric(p, end, limit, count);
}

// Whole-body UTF-8 check, a chunk at a time so that it can stop early. Each chunk ends before a byte that
// starts a character, so a valid body is never cut inside a sequence.
bool validUtf8(const char *b, qint64 n, const std::atomic_bool &stop)
{
    constexpr qint64 chunk = 64 * 1024 * 1024;
    qint64 from = 0;
    while (from < n) {
        if (stop.load(std::memory_order_relaxed))
            return true; // nobody reads the answer
        qint64 to = std::min(n, from + chunk);
        for (int back = 0;
             back < 3 && to < n && to > from + 1 && (static_cast<unsigned char>(b[to]) & 0xC0) == 0x80;
             ++back)
            --to;
#if defined(MADV_POPULATE_READ)
        // For a memory-mapped body, asking for the chunk's pages at once costs about half of taking them one
        // fault at a time (and the parser on the other core then finds them in place). Bytes already in
        // memory are untouched; a failure only means the faults come one by one.
        const quintptr pageMask = quintptr(4096) - 1;
        const quintptr first = quintptr(b + from) & ~pageMask;
        madvise(reinterpret_cast<void *>(first), size_t(quintptr(b + to) - first), MADV_POPULATE_READ);
#endif
        if (!simdjson::validate_utf8(b + from, size_t(to - from)))
            return false;
        from = to;
    }
    return true;
}

// Length of the valid UTF-8 sequence starting at p (1-4), or 0 if the bytes there are not valid UTF-8
// (overlong forms, encoded surrogates and code points above U+10FFFF are invalid).
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    auto cont = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        if (c == 0xE0 && p[1] < 0xA0)
            return 0; // overlong
        if (c == 0xED && p[1] >= 0xA0)
            return 0; // UTF-16 surrogate encoded in UTF-8
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        if (c == 0xF0 && p[1] < 0x90)
            return 0;
        if (c == 0xF4 && p[1] >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

QString describeByte(const char *p, const char *end)
{
    if (p >= end)
        return Tr::tr("the end of the data");
    const auto c = static_cast<unsigned char>(*p);
    if (c >= 0x21 && c < 0x7F)
        return QStringLiteral("'%1'").arg(QChar(QLatin1Char(char(c))));
    if (c == ' ')
        return Tr::tr("a space");
    return Tr::tr("the byte 0x%1").arg(QString::number(c, 16).toUpper().rightJustified(2, QLatin1Char('0')));
}

// Appends the decoded text of an escape-free run of string bytes (invalid UTF-8 becomes U+FFFD).
// QString::fromUtf8 drops a byte order mark at the start of what it is given, so a run that starts with one
// would lose a character: "\xEF\xBB\xBFk" would read as "k", one text for two different keys (a path
// could not tell them apart) and a character silently missing from a value. The mark is U+FEFF here.
void appendUtf8(QString &out, const char *p, qsizetype n)
{
    while (n >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
        out += QChar(0xFEFF);
        p += 3;
        n -= 3;
    }
    if (n > 0)
        out += QString::fromUtf8(p, n);
}

// Decodes the string content in [p, limit) (end is the closing quote, used to read escapes that straddle
// limit) and appends it to out. Invalid UTF-8 and lone surrogates become U+FFFD.
void decodeRange(const char *b, qint64 p, qint64 limit, qint64 end, QString &out)
{
    // Never reads at or past end (the closing quote), even for a string that was not checked: -1 when the
    // four digits are not all there.
    auto hex4 = [&](qint64 at) {
        if (at + 4 > end)
            return -1;
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(static_cast<unsigned char>(b[at + i]));
            if (h < 0)
                return -1;
            v = v * 16 + h;
        }
        return v;
    };
    while (p < limit) {
        if (b[p] != '\\') {
            qint64 q = p;
            while (q < limit && b[q] != '\\')
                ++q;
            if (q == limit && limit < end) {
                // Do not cut a UTF-8 sequence in half at the truncation point.
                qint64 cut = q;
                while (cut > p && (static_cast<unsigned char>(b[cut]) & 0xC0) == 0x80)
                    --cut;
                if (cut > p)
                    q = cut;
            }
            appendUtf8(out, b + p, q - p);
            p = q;
            if (p >= limit || b[p] != '\\')
                break;
            continue;
        }
        if (p + 1 >= end) { // a lone backslash before the end: only in a string that was never checked
            out += QChar(QChar::ReplacementCharacter);
            break;
        }
        const char e = b[p + 1];
        switch (e) {
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'u': {
            const int unit = hex4(p + 2);
            if (unit < 0) { // cut short: only in a string that was never checked
                out += QChar(QChar::ReplacementCharacter);
                return;
            }
            p += 6;
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                if (p + 6 <= end && b[p] == '\\' && b[p + 1] == 'u') {
                    const int low = hex4(p + 2);
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        out += QChar(char16_t(unit));
                        out += QChar(char16_t(low));
                        p += 6;
                        continue;
                    }
                }
                out += QChar(QChar::ReplacementCharacter);
            } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
                out += QChar(QChar::ReplacementCharacter);
            } else {
                out += QChar(char16_t(unit));
            }
            continue;
        }
        default: // " \ /
            out += QLatin1Char(e);
            break;
        }
        p += 2;
    }
}

// A keyed hash (the SipHash-1-3 construction: one round per 8-byte word, three to finish) with a random
// 128-bit key, for the duplicate-key table: without the key, nobody can choose keys that collide. Qt's seeded
// qHash would do as well, but Qt 6.4's AES path for it measured above 1 µs per key on this project's
// machines.
class KeyedHash
{
public:
    KeyedHash()
        : k0(QRandomGenerator::global()->generate64())
        , k1(QRandomGenerator::global()->generate64())
    {}

    quint64 operator()(QByteArrayView bytes) const
    {
        quint64 v0 = k0 ^ 0x736f6d6570736575ULL;
        quint64 v1 = k1 ^ 0x646f72616e646f6dULL;
        quint64 v2 = k0 ^ 0x6c7967656e657261ULL;
        quint64 v3 = k1 ^ 0x7465646279746573ULL;
        auto round = [&] {
            v0 += v1;
            v1 = std::rotl(v1, 13);
            v1 ^= v0;
            v0 = std::rotl(v0, 32);
            v2 += v3;
            v3 = std::rotl(v3, 16);
            v3 ^= v2;
            v0 += v3;
            v3 = std::rotl(v3, 21);
            v3 ^= v0;
            v2 += v1;
            v1 = std::rotl(v1, 17);
            v1 ^= v2;
            v2 = std::rotl(v2, 32);
        };
        const char *p = bytes.data();
        const qsizetype n = bytes.size();
        qsizetype i = 0;
        for (; i + 8 <= n; i += 8) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            word = qFromLittleEndian(word);
            v3 ^= word;
            round();
            v0 ^= word;
        }
        quint64 last = quint64(n & 0xff) << 56;
        for (int shift = 0; i < n; ++i, shift += 8)
            last |= quint64(static_cast<unsigned char>(p[i])) << shift;
        v3 ^= last;
        round();
        v0 ^= last;
        v2 ^= 0xff;
        round();
        round();
        round();
        return v0 ^ v1 ^ v2 ^ v3;
    }

private:
    quint64 k0;
    quint64 k1;
};

} // namespace

struct Document::Data
{
    std::shared_ptr<const void> keepAlive; // before bytes: outlives them (a mapping they may point into)
    QByteArray bytes;
    ParseError error;
    QList<DocumentIssue> issues;
    qint64 rootOffset = -1;
    std::vector<ContainerRecord> records; // sorted by begin

    const ContainerRecord *recordFor(qint64 begin) const
    {
        auto it = std::lower_bound(records.begin(), records.end(), begin,
                                   [](const ContainerRecord &r, qint64 b) { return r.begin < b; });
        if (it != records.end() && it->begin == begin)
            return &*it;
        return nullptr;
    }

    const char *base() const { return bytes.constData(); }
    const char *endPtr() const { return bytes.constData() + bytes.size(); }

    // --- Helpers for a document already validated: no error checks needed. ---
    qint64 skipWhitespace(qint64 pos) const
    {
        const char *b = base();
        const qint64 n = bytes.size();
        while (pos < n && isWhitespace(static_cast<unsigned char>(b[pos])))
            ++pos;
        return pos;
    }

    qint64 skipString(qint64 pos) const // pos at the opening quote; returns one past the closing quote
    {
        const char *p = base() + pos + 1;
        const char *e = endPtr();
        for (;;) {
            p = findQuoteOrBackslash(p, e);
            if (p >= e)
                return bytes.size();
            if (*p == '"')
                return (p - base()) + 1;
            p += 2; // backslash and the escaped byte
        }
    }

    qint64 skipContainer(qint64 pos) const
    {
        if (const ContainerRecord *r = recordFor(pos))
            return r->end;
        const char *b = base();
        const qint64 n = bytes.size();
        int depth = 0;
        while (pos < n) {
            const char c = b[pos];
            if (c == '"') {
                pos = skipString(pos);
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return pos + 1;
            }
            ++pos;
        }
        return n;
    }

    qint64 skipValue(qint64 pos) const
    {
        const char *b = base();
        const qint64 n = bytes.size();
        if (pos >= n)
            return n;
        switch (b[pos]) {
        case '"':
            return skipString(pos);
        case '{':
        case '[':
            return skipContainer(pos);
        default:
            while (pos < n) {
                const char c = b[pos];
                if (c == ',' || c == '}' || c == ']' || isWhitespace(static_cast<unsigned char>(c)))
                    break;
                ++pos;
            }
            return pos;
        }
    }

    // Calls f(keyOffset, valueOffset) for each member; stops early when f returns false.
    template <typename F> void forEachChild(qint64 container, F &&f) const
    {
        const char *b = base();
        const qint64 n = bytes.size();
        if (container < 0 || container >= n)
            return;
        const bool object = b[container] == '{';
        if (!object && b[container] != '[')
            return;
        qint64 pos = skipWhitespace(container + 1);
        if (pos >= n || b[pos] == '}' || b[pos] == ']')
            return;
        for (;;) {
            qint64 keyOffset = -1;
            if (object) {
                keyOffset = pos;
                pos = skipWhitespace(skipString(pos));
                pos = skipWhitespace(pos + 1); // ':'
            }
            if (!f(keyOffset, pos))
                return;
            pos = skipWhitespace(skipValue(pos));
            if (pos >= n || b[pos] != ',')
                return;
            pos = skipWhitespace(pos + 1);
        }
    }
};

// The validating pass. One object per parse; all state lives here, nothing is recursive.
class Parser
{
public:
    // utf8Valid: the whole body is known (or, for a concurrent check, assumed) to be UTF-8; otherwise every
    // string is checked byte by byte.
    Parser(Document::Data &data, const std::function<bool(qint64)> &progress, bool utf8Valid)
        : d(data)
        , b(data.bytes.constData())
        , n(data.bytes.size())
        , progress(progress)
        , utf8Valid(utf8Valid)
    {
        if (progress)
            nextProgress = ParseControl::progressStepBytes;
    }

    void run();

private:
    // One key already seen in an object, for the duplicate check. It holds no pointer into anything that can
    // move: the key is found again by its offset in the body, which does not change while the parser runs.
    struct SeenKey
    {
        qint64 offset = 0;        // the key's opening quote
        qint64 canonicalSize = 0; // bytes of the canonical form: the key's decoded text as UTF-8
        bool plain = false;       // no escape and valid UTF-8: the raw bytes are the canonical form
        quint64 hash = 0;         // of the canonical form; computed only once the object needs the table
    };

    // The distinct keys of one object. Up to linearLimit keys they are compared linearly (size first, so
    // bytes are compared only for keys of the same size); beyond that, an open-addressing table of indices
    // into keys (load ≤ 1/2), keyed by a hash with a random key per parse, answers in O(1) and cannot be made
    // to degrade by a body crafted for one hash. Memory: about 40 bytes per distinct key of the objects
    // currently open, so never more than a small multiple of the body.
    class KeySet
    {
    public:
        void clear()
        {
            keys.clear();
            table.clear(); // both keep their capacity: frames are reused
        }

        // Adds key unless one with the same canonical form is there: same(seen) compares the forms, hashOf(k)
        // hashes one (called only in table mode). True if added.
        template <typename Same, typename HashOf> bool insertIfNew(SeenKey key, Same &&same, HashOf &&hashOf)
        {
            if (table.empty()) {
                for (const SeenKey &seen : keys) {
                    if (seen.canonicalSize == key.canonicalSize && same(seen))
                        return false;
                }
                keys.push_back(key);
                if (keys.size() > linearLimit) {
                    for (SeenKey &seen : keys)
                        seen.hash = hashOf(seen);
                    rehash(64);
                }
                return true;
            }
            key.hash = hashOf(key);
            if ((keys.size() + 1) * 2 > table.size())
                rehash(table.size() * 2);
            const size_t mask = table.size() - 1;
            size_t slot = size_t(key.hash) & mask;
            for (; table[slot] != 0; slot = (slot + 1) & mask) {
                const SeenKey &seen = keys[table[slot] - 1];
                if (seen.hash == key.hash && seen.canonicalSize == key.canonicalSize && same(seen))
                    return false;
            }
            keys.push_back(key);
            table[slot] = keys.size();
            return true;
        }

    private:
        static constexpr size_t linearLimit = 16;

        void rehash(size_t size)
        {
            table.assign(size, 0);
            const size_t mask = size - 1;
            for (size_t i = 0; i < keys.size(); ++i) {
                size_t slot = size_t(keys[i].hash) & mask;
                while (table[slot] != 0)
                    slot = (slot + 1) & mask;
                table[slot] = i + 1;
            }
        }

        std::vector<SeenKey> keys;
        std::vector<size_t> table; // 0: empty; otherwise index into keys + 1
    };

    struct Frame
    {
        bool object = false;
        quint8 kinds = 0; // kindBit() of every child so far
        qint64 begin = 0;
        qint64 count = 0;
        // The current member's key (objects), set only once the key has been checked: -1 before the first key
        // and while a key is being read, so nothing ever decodes a key that may run past the end of the body.
        qint64 keyOffset = -1;
        qint64 keyEnd = -1; // one past the key's closing quote
        KeySet keys;

        void reset(bool isObject, qint64 at)
        {
            object = isObject;
            kinds = 0;
            begin = at;
            count = 0;
            keyOffset = -1;
            keyEnd = -1;
            keys.clear();
        }
    };

    bool fail(qint64 at, const QString &message);
    void addIssue(DocumentIssue::Kind kind, qint64 at, const QString &detail);
    QString issuePath() const;
    QString pathSegment(const Frame &frame) const;
    // Decoded text of a checked key, at most maxChars characters (then "…"); -1: all of it.
    QString keyText(qint64 keyOffset, qint64 keyEnd, qsizetype maxChars = -1) const;

    bool parseString(bool isKey); // pos at the opening quote
    bool parseNumber();
    bool parseLiteral();
    void checkDuplicate(Frame &frame);
    bool parseKeyAndColon(Frame &frame);
    bool followsComma(qint64 at) const;

    void skipWhitespace()
    {
        while (pos < n && isWhitespace(static_cast<unsigned char>(b[pos])))
            ++pos;
    }

    // Reports progress; false when the caller asked to stop (the parse then fails as cancelled).
    bool reportProgress();

    Document::Data &d;
    const char *b;
    qint64 n;
    const std::function<bool(qint64)> &progress;
    const bool utf8Valid;
    // Where the next progress report is due; past the end when nobody listens (one compare per value).
    qint64 nextProgress = std::numeric_limits<qint64>::max();
    qint64 pos = 0;
    bool failed = false;
    qsizetype droppedIssues = 0;
    std::vector<Frame> stack; // frames are reused, never shrunk: no allocation per container
    int depth = 0;
    // Per string: whether it had an escape or bytes that are not UTF-8 (such keys are compared decoded).
    bool lastStringHadEscape = false;
    bool lastStringHadInvalidUtf8 = false;
    // Random for every parse: a body cannot be built to make many keys share a slot of the key table.
    const KeyedHash keyHash;
};

bool Parser::reportProgress()
{
    nextProgress = pos + ParseControl::progressStepBytes;
    if (progress(pos))
        return true;
    failed = true;
    d.error.offset = pos; // no line and column: nobody reads them, and counting lines would cost a pass
    d.error.message = Tr::tr("The reading was cancelled.");
    d.error.cancelled = true;
    return false;
}

bool Parser::fail(qint64 at, const QString &message)
{
    failed = true;
    at = std::clamp<qint64>(at, 0, n);
    ParseError &e = d.error;
    e.offset = at;
    e.message = message;
    // Line and column are computed once, only for the error.
    int line = 1;
    qint64 lineStart = 0;
    for (qint64 i = 0; i < at; ++i) {
        if (b[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qint64 i = lineStart; i < at; ++i) {
        if ((static_cast<unsigned char>(b[i]) & 0xC0) != 0x80)
            ++column;
    }
    e.line = line;
    e.column = column;
    return false;
}

QString Parser::keyText(qint64 keyOffset, qint64 keyEnd, qsizetype maxChars) const
{
    const qint64 close = keyEnd - 1;
    const qint64 first = keyOffset + 1;
    QString out;
    if (maxChars < 0) {
        decodeRange(b, first, close, close, out);
        return out;
    }
    // A character takes at most 6 bytes (\uXXXX), so this many bytes hold more than maxChars characters.
    const qint64 limit = std::min(close, first + (qint64(maxChars) + 1) * 6);
    decodeRange(b, first, limit, close, out);
    if (out.size() > maxChars || limit < close) {
        out.truncate(maxChars);
        out += QChar(0x2026);
    }
    return out;
}

QString Parser::pathSegment(const Frame &frame) const
{
    QString segment;
    if (!frame.object)
        appendIndexTo(segment, frame.count);
    else if (frame.keyOffset >= 0)
        appendKeyTo(segment, keyText(frame.keyOffset, frame.keyEnd, Limits::maxIssuePathKeyChars));
    return segment;
}

// Path of the value being parsed: in an object the member whose key was read last, in an array the element
// about to be counted. At most maxIssuePathChars characters: a longer path keeps its outermost steps (a
// quarter of the room) and its innermost steps (the rest), with "…" between. Only the steps that fit are ever
// decoded, so an issue costs O(maxIssuePathChars) whatever the depth or the keys' length.
QString Parser::issuePath() const
{
    constexpr qsizetype room = Limits::maxIssuePathChars;
    QString path = QStringLiteral("$");
    int next = 0;
    for (; next < depth; ++next) {
        const QString segment = pathSegment(stack[size_t(next)]);
        if (path.size() + segment.size() > room)
            break;
        path += segment;
    }
    if (next == depth)
        return path;

    // Too long: keep the head that fits in a quarter, then fill the rest from the innermost step outwards.
    QString head = QStringLiteral("$");
    int headEnd = 0;
    for (; headEnd < next; ++headEnd) {
        const QString segment = pathSegment(stack[size_t(headEnd)]);
        if (head.size() + segment.size() > room / 4)
            break;
        head += segment;
    }
    QStringList tail;
    qsizetype tailSize = 0;
    const qsizetype tailRoom = room - head.size() - 1;
    for (int i = depth - 1; i >= headEnd; --i) {
        QString segment = pathSegment(stack[size_t(i)]);
        if (tailSize + segment.size() > tailRoom)
            break;
        tailSize += segment.size();
        tail.prepend(std::move(segment));
    }
    head += QChar(0x2026);
    head.reserve(head.size() + tailSize);
    for (const QString &segment : std::as_const(tail))
        head += segment;
    return head;
}

void Parser::addIssue(DocumentIssue::Kind kind, qint64 at, const QString &detail)
{
    if (d.issues.size() >= Limits::maxIssues) {
        ++droppedIssues;
        return;
    }
    d.issues.append(DocumentIssue{kind, at, issuePath(), detail});
}

// Two keys are the same key when their decoded text is the same: "\u0061" and "a", and also two keys whose
// bytes differ only where they are not UTF-8 (both show U+FFFD). That is exactly when a path, which names a
// key by its text, cannot tell them apart: every key a path cannot reach is reported here.
void Parser::checkDuplicate(Frame &frame)
{
    const qint64 keyOffset = frame.keyOffset;
    const QByteArrayView raw(b + keyOffset + 1, frame.keyEnd - keyOffset - 2);
    SeenKey key;
    key.offset = keyOffset;
    key.plain = !lastStringHadEscape && !lastStringHadInvalidUtf8;
    QByteArray decoded;
    if (!key.plain)
        decoded = keyText(keyOffset, frame.keyEnd).toUtf8();
    const QByteArrayView canonical = key.plain ? raw : QByteArrayView(decoded);
    key.canonicalSize = canonical.size();

    // Only keys already checked are read again, by their offset in the body.
    auto canonicalOf = [&](const SeenKey &seen) {
        if (seen.offset == keyOffset)
            return QByteArray::fromRawData(canonical.data(), canonical.size());
        if (seen.plain)
            return QByteArray::fromRawData(b + seen.offset + 1, seen.canonicalSize);
        return keyText(seen.offset, d.skipString(seen.offset)).toUtf8();
    };
    const bool added = frame.keys.insertIfNew(
        key, [&](const SeenKey &seen) { return canonicalOf(seen) == canonical; },
        [&](const SeenKey &k) { return keyHash(canonicalOf(k)); });
    if (!added)
        addIssue(DocumentIssue::Kind::DuplicateKey, keyOffset,
                 keyText(keyOffset, frame.keyEnd, Limits::maxIssueDetailChars));
}

bool Parser::parseString(bool isKey)
{
    const char *p = b + pos + 1;
    const char *e = b + n;
    bool reportedUtf8 = false;
    bool reportedSurrogate = false;
    bool reportedControl = false;
    lastStringHadEscape = false;
    lastStringHadInvalidUtf8 = false;
    for (;;) {
        p = findStringSpecial(p, e, !utf8Valid);
        if (p >= e)
            return fail(n, isKey ? Tr::tr("The data ends inside an object key: the closing quote is missing.")
                                 : Tr::tr("The data ends inside a string: the closing quote is missing."));
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"') {
            pos = (p - b) + 1;
            return true;
        }
        if (c == '\\') {
            lastStringHadEscape = true;
            if (p + 1 >= e)
                return fail(n, Tr::tr("The data ends inside an escape sequence."));
            const char esc = p[1];
            switch (esc) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                p += 2;
                continue;
            case 'u': {
                auto readHex = [&](const char *q, int &value) {
                    if (e - q < 6 || q[0] != '\\' || q[1] != 'u')
                        return false;
                    value = 0;
                    for (int i = 2; i < 6; ++i) {
                        const int h = hexValue(static_cast<unsigned char>(q[i]));
                        if (h < 0)
                            return false;
                        value = value * 16 + h;
                    }
                    return true;
                };
                int unit = 0;
                if (!readHex(p, unit))
                    return fail(p - b, Tr::tr("A \\u escape needs exactly four hexadecimal digits."));
                const char *escapeStart = p;
                p += 6;
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    int low = 0;
                    if (readHex(p, low) && low >= 0xDC00 && low <= 0xDFFF) {
                        p += 6;
                        continue;
                    }
                } else if (unit < 0xDC00 || unit > 0xDFFF) {
                    continue;
                }
                if (!reportedSurrogate) {
                    reportedSurrogate = true;
                    addIssue(DocumentIssue::Kind::LoneSurrogate, escapeStart - b,
                             QStringLiteral("\\u%1")
                                 .arg(unit, 4, 16, QLatin1Char('0'))
                                 .toUpper()
                                 .replace(QLatin1String("\\U"), QLatin1String("\\u")));
                }
                continue;
            }
            default:
                return fail(p - b, Tr::tr("Invalid escape sequence \\%1 inside a string.")
                                       .arg(esc >= 0x21 && esc < 0x7F ? QString(QLatin1Char(esc))
                                                                      : describeByte(p + 1, e)));
            }
        }
        if (c < 0x20) {
            if (!reportedControl) {
                reportedControl = true;
                addIssue(DocumentIssue::Kind::ControlCharacter, p - b,
                         QStringLiteral("U+%1").arg(int(c), 4, 16, QLatin1Char('0')).toUpper());
            }
            ++p;
            continue;
        }
        // Non-ASCII byte, only seen when the body is not entirely valid UTF-8.
        const int len = utf8SequenceLength(reinterpret_cast<const unsigned char *>(p),
                                           reinterpret_cast<const unsigned char *>(e));
        if (len == 0) {
            lastStringHadInvalidUtf8 = true;
            if (!reportedUtf8) {
                reportedUtf8 = true;
                addIssue(DocumentIssue::Kind::InvalidUtf8, p - b,
                         Tr::tr("byte 0x%1 at offset %2").arg(QString::number(c, 16).toUpper()).arg(p - b));
            }
            ++p;
        } else {
            p += len;
        }
    }
}

bool Parser::parseNumber()
{
    const qint64 start = pos;
    if (b[pos] == '-') {
        ++pos;
        if (pos < n && b[pos] == 'I')
            return fail(start, Tr::tr("-Infinity is not allowed in JSON."));
    }
    if (pos >= n)
        return fail(pos, Tr::tr("The data ends inside a number."));
    if (b[pos] == '0') {
        ++pos;
        if (pos < n && isDigit(static_cast<unsigned char>(b[pos])))
            return fail(start, Tr::tr("Numbers must not start with a leading zero."));
    } else if (isDigit(static_cast<unsigned char>(b[pos]))) {
        while (pos < n && isDigit(static_cast<unsigned char>(b[pos])))
            ++pos;
    } else {
        return fail(
            pos,
            Tr::tr("A minus sign must be followed by digits, found %1.").arg(describeByte(b + pos, b + n)));
    }
    if (pos < n && b[pos] == '.') {
        ++pos;
        if (pos >= n || !isDigit(static_cast<unsigned char>(b[pos])))
            return fail(pos, Tr::tr("A number needs digits after the decimal point."));
        while (pos < n && isDigit(static_cast<unsigned char>(b[pos])))
            ++pos;
    }
    if (pos < n && (b[pos] == 'e' || b[pos] == 'E')) {
        ++pos;
        if (pos < n && (b[pos] == '+' || b[pos] == '-'))
            ++pos;
        if (pos >= n || !isDigit(static_cast<unsigned char>(b[pos])))
            return fail(pos, Tr::tr("A number needs digits in its exponent."));
        while (pos < n && isDigit(static_cast<unsigned char>(b[pos])))
            ++pos;
    }
    return true;
}

bool Parser::parseLiteral()
{
    auto matches = [&](const char *word) {
        const qint64 len = qint64(std::strlen(word));
        return n - pos >= len && std::memcmp(b + pos, word, size_t(len)) == 0;
    };
    if (matches("true")) {
        pos += 4;
        return true;
    }
    if (matches("false")) {
        pos += 5;
        return true;
    }
    if (matches("null")) {
        pos += 4;
        return true;
    }
    if (matches("NaN"))
        return fail(pos, Tr::tr("NaN is not allowed in JSON."));
    if (matches("Infinity"))
        return fail(pos, Tr::tr("Infinity is not allowed in JSON."));
    // A prefix of a literal at the very end: the body was cut short.
    for (const char *word : {"true", "false", "null"}) {
        const qint64 rest = n - pos;
        if (rest < qint64(std::strlen(word)) && std::memcmp(b + pos, word, size_t(rest)) == 0)
            return fail(n, Tr::tr("The data ends in the middle of the word '%1'.").arg(QLatin1String(word)));
    }
    return fail(pos, Tr::tr("Unexpected %1 where a value was expected.").arg(describeByte(b + pos, b + n)));
}

bool Parser::parseKeyAndColon(Frame &frame)
{
    const qint64 keyStart = pos;
    // Until the key is known to end inside the body, issues found in it carry the object's path ...
    frame.keyOffset = -1;
    const qsizetype firstIssue = d.issues.size();
    if (!parseString(true))
        return false;
    frame.keyOffset = keyStart;
    frame.keyEnd = pos;
    // ... and once it is, the path of the member the key names.
    for (qsizetype i = firstIssue; i < d.issues.size(); ++i)
        d.issues[i].path = issuePath();
    checkDuplicate(frame);
    skipWhitespace();
    if (pos >= n || b[pos] != ':')
        return fail(pos, Tr::tr("Expected ':' after the key, found %1.").arg(describeByte(b + pos, b + n)));
    ++pos;
    skipWhitespace();
    return true;
}

bool Parser::followsComma(qint64 at) const
{
    while (at > 0 && isWhitespace(static_cast<unsigned char>(b[at - 1])))
        --at;
    return at > 0 && b[at - 1] == ',';
}

void Parser::run()
{
    if (n == 0) {
        fail(0, Tr::tr("The body is empty: there is no JSON to show."));
        return;
    }
    if (n >= 3 && std::memcmp(b, "\xEF\xBB\xBF", 3) == 0) {
        pos = 3;
        addIssue(DocumentIssue::Kind::ByteOrderMark, 0, QString());
    }
    skipWhitespace();
    if (pos >= n) {
        fail(pos, Tr::tr("The body holds only whitespace: there is no JSON to show."));
        return;
    }
    d.rootOffset = pos;

    for (;;) {
        // --- A value starts at pos. ---
        if (pos >= nextProgress && !reportProgress())
            return;
        if (pos >= n) {
            fail(n, Tr::tr("The data ends where a value was expected."));
            return;
        }
        const char c = b[pos];
        if (c == '{' || c == '[') {
            if (depth >= Limits::maxDepth) {
                fail(pos, Tr::tr("The JSON is nested more than %1 levels deep; it is not shown.")
                              .arg(QLocale().toString(Limits::maxDepth)));
                return;
            }
            if (stack.size() <= size_t(depth))
                stack.emplace_back();
            Frame &frame = stack[size_t(depth)];
            frame.reset(c == '{', pos);
            ++depth;
            ++pos;
            skipWhitespace();
            const bool closesAtOnce = pos < n && b[pos] == (frame.object ? '}' : ']');
            if (!closesAtOnce) {
                if (frame.object) {
                    if (pos >= n) {
                        fail(n, Tr::tr("The data ends inside an object: expected a key or '}'."));
                        return;
                    }
                    if (b[pos] != '"') {
                        fail(pos, Tr::tr("Expected a key in double quotes or '}', found %1.")
                                      .arg(describeByte(b + pos, b + n)));
                        return;
                    }
                    if (!parseKeyAndColon(frame))
                        return;
                }
                continue; // parse the first member's value or the first element
            }
            // An empty container: the closing logic below handles it.
        } else {
            qint64 values = 1;
            if (c == '"') {
                values = 0;
                if (utf8Valid && depth > 0 && !stack[size_t(depth - 1)].object) {
                    // Never past the next progress report: a 1 GB array still reports and can be cancelled.
                    const char *limit = b + std::min(n, nextProgress);
                    if (const char *runEnd = plainStringRun(b + pos, b + n, limit, values))
                        pos = runEnd - b;
                }
                if (values == 0) {
                    values = 1;
                    if (!parseString(false))
                        return;
                }
            } else if (c == '-' || isDigit(static_cast<unsigned char>(c))) {
                if (!parseNumber())
                    return;
            } else if (c == ']' || c == '}') {
                if (followsComma(pos))
                    fail(pos, Tr::tr("A comma is followed by '%1': trailing commas are not allowed.")
                                  .arg(QLatin1Char(c)));
                else
                    fail(pos, Tr::tr("Unexpected '%1' where a value was expected.").arg(QLatin1Char(c)));
                return;
            } else if (!parseLiteral()) {
                return;
            }
            if (depth > 0) {
                Frame &parent = stack[size_t(depth - 1)];
                parent.count += values;
                parent.kinds |= kindBit(kindOfFirstByte(c));
            }
        }

        // --- After a value: commas, closing brackets, the end of the body. ---
        for (;;) {
            if (depth == 0) {
                skipWhitespace();
                if (pos < n) {
                    fail(pos, Tr::tr("Unexpected %1 after the end of the JSON value.")
                                  .arg(describeByte(b + pos, b + n)));
                    return;
                }
                if (droppedIssues > 0)
                    d.issues.append(DocumentIssue{DocumentIssue::Kind::TooManyIssues, -1, QStringLiteral("$"),
                                                  QString::number(droppedIssues)});
                std::sort(
                    d.records.begin(), d.records.end(),
                    [](const ContainerRecord &l, const ContainerRecord &r) { return l.begin < r.begin; });
                return;
            }
            Frame &frame = stack[size_t(depth - 1)];
            skipWhitespace();
            if (pos >= n) {
                fail(n, frame.object ? Tr::tr("The data ends inside an object: expected ',' or '}'.")
                                     : Tr::tr("The data ends inside an array: expected ',' or ']'."));
                return;
            }
            const char next = b[pos];
            if (next == ',') {
                ++pos;
                skipWhitespace();
                if (frame.object) {
                    if (pos < n && b[pos] == '}') {
                        fail(pos, Tr::tr("A comma is followed by '}': trailing commas are not allowed."));
                        return;
                    }
                    if (pos >= n) {
                        fail(n, Tr::tr("The data ends inside an object: expected a key."));
                        return;
                    }
                    if (b[pos] != '"') {
                        fail(pos, Tr::tr("Expected a key in double quotes after ',', found %1.")
                                      .arg(describeByte(b + pos, b + n)));
                        return;
                    }
                    if (!parseKeyAndColon(frame))
                        return;
                }
                break; // the next value
            }
            if (next == (frame.object ? '}' : ']')) {
                ++pos;
                const qint64 span = pos - frame.begin;
                if (depth == 1 || (span >= recordedSpanThreshold && depth <= maxRecordedDepth))
                    d.records.push_back(ContainerRecord{frame.begin, pos, frame.count, frame.kinds});
                const quint8 closed = kindBit(frame.object ? NodeKind::Object : NodeKind::Array);
                --depth;
                if (depth > 0) {
                    Frame &parent = stack[size_t(depth - 1)];
                    ++parent.count;
                    parent.kinds |= closed;
                }
                continue;
            }
            fail(pos, frame.object ? Tr::tr("Expected ',' or '}' after an object member, found %1.")
                                         .arg(describeByte(b + pos, b + n))
                                   : Tr::tr("Expected ',' or ']' after an array element, found %1.")
                                         .arg(describeByte(b + pos, b + n)));
            return;
        }
    }
}

QString kindName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Null:
        return QStringLiteral("null");
    case NodeKind::Bool:
        return QStringLiteral("boolean");
    case NodeKind::Number:
        return QStringLiteral("number");
    case NodeKind::String:
        return QStringLiteral("string");
    case NodeKind::Object:
        return QStringLiteral("object");
    case NodeKind::Array:
        return QStringLiteral("array");
    }
    return QString();
}

QString ParseError::toString() const
{
    if (!isError())
        return QString();
    return QCoreApplication::translate("Json::Document", "Line %1, column %2 (byte %3): %4")
        .arg(line)
        .arg(column)
        .arg(offset)
        .arg(message);
}

Document::Document() = default;

Document Document::parse(const QByteArray &bytes)
{
    return parse(bytes, ParseControl{});
}

Document Document::parse(const QByteArray &bytes, const ParseControl &control)
{
    auto parseWith = [&](bool utf8Valid) {
        auto data = std::make_shared<Data>();
        data->bytes = bytes;
        data->keepAlive = control.keepAlive;
        Parser parser(*data, control.progress, utf8Valid);
        parser.run();
        return data;
    };
    std::shared_ptr<Data> data;
    if (bytes.size() < concurrentUtf8CheckBytes) {
        // The whole-body UTF-8 check at several GB/s: only a body that fails it pays for the per-byte check
        // in strings.
        data = parseWith(simdjson::validate_utf8(bytes.constData(), size_t(bytes.size())));
    } else {
        // A big body is checked on another core while this one parses, assuming the check will pass (it also
        // brings the pages of a mapped file in). Should it fail, the body is parsed again with the per-byte
        // check, which then reports where.
        std::atomic_bool stop{false};
        bool valid = true;
        std::thread check([&] { valid = validUtf8(bytes.constData(), bytes.size(), stop); });
        data = parseWith(true);
        if (data->error.cancelled)
            stop = true;
        check.join();
        if (!valid)
            data = parseWith(false);
    }
    if (data->error.isError()) {
        data->rootOffset = -1;
        data->records.clear();
        data->records.shrink_to_fit();
    }
    Document doc;
    doc.d = std::move(data);
    return doc;
}

bool Document::isValid() const
{
    return d && !d->error.isError() && d->rootOffset >= 0;
}

bool Document::hasError() const
{
    return d && d->error.isError();
}

ParseError Document::error() const
{
    return d ? d->error : ParseError();
}

const QByteArray &Document::bytes() const
{
    static const QByteArray empty;
    return d ? d->bytes : empty;
}

std::shared_ptr<const void> Document::keepAlive() const
{
    return d ? d->keepAlive : nullptr;
}

const QList<DocumentIssue> &Document::issues() const
{
    static const QList<DocumentIssue> none;
    return d ? d->issues : none;
}

qint64 Document::rootOffset() const
{
    return isValid() ? d->rootOffset : -1;
}

NodeKind Document::kindAt(qint64 valueOffset) const
{
    if (!isValid() || valueOffset < 0 || valueOffset >= d->bytes.size())
        return NodeKind::Null;
    return kindOfFirstByte(d->bytes.at(valueOffset));
}

bool Document::allChildrenAre(qint64 containerOffset, NodeKind kind) const
{
    const NodeKind container = kindAt(containerOffset);
    if (container != NodeKind::Object && container != NodeKind::Array)
        return false;
    if (const ContainerRecord *r = d->recordFor(containerOffset))
        return (r->childKinds & ~kindBit(kind)) == 0;
    bool all = true;
    d->forEachChild(containerOffset, [&](qint64, qint64 value) {
        all = kindOfFirstByte(d->bytes.at(value)) == kind;
        return all;
    });
    return all;
}

qint64 Document::endOf(qint64 valueOffset) const
{
    if (!isValid() || valueOffset < 0 || valueOffset >= d->bytes.size())
        return valueOffset;
    return d->skipValue(valueOffset);
}

QByteArrayView Document::rawAt(qint64 valueOffset) const
{
    if (!isValid() || valueOffset < 0 || valueOffset >= d->bytes.size())
        return {};
    return QByteArrayView(d->bytes.constData() + valueOffset, endOf(valueOffset) - valueOffset);
}

qint64 Document::childCount(qint64 containerOffset) const
{
    const NodeKind kind = kindAt(containerOffset);
    if (kind != NodeKind::Object && kind != NodeKind::Array)
        return 0;
    if (const ContainerRecord *r = d->recordFor(containerOffset))
        return r->count;
    qint64 count = 0;
    d->forEachChild(containerOffset, [&](qint64, qint64) {
        ++count;
        return true;
    });
    return count;
}

ChildIndex Document::childIndex(qint64 containerOffset) const
{
    ChildIndex index;
    const NodeKind kind = kindAt(containerOffset);
    if (kind != NodeKind::Object && kind != NodeKind::Array)
        return index;
    const qint64 count = childCount(containerOffset);
    index.valueOffsets.reserve(size_t(count));
    if (kind == NodeKind::Object)
        index.keyOffsets.reserve(size_t(count));
    d->forEachChild(containerOffset, [&](qint64 key, qint64 value) {
        if (kind == NodeKind::Object)
            index.keyOffsets.push_back(key);
        index.valueOffsets.push_back(value);
        return true;
    });
    return index;
}

DecodedString Document::decodeString(qint64 stringOffset, qint64 maxBytes) const
{
    DecodedString result;
    if (kindAt(stringOffset) != NodeKind::String)
        return result;
    const char *b = d->base();
    const qint64 end = d->skipString(stringOffset) - 1; // closing quote
    qint64 p = stringOffset + 1;
    result.rawByteCount = end - p;
    qint64 limit = end;
    if (maxBytes >= 0 && end - p > maxBytes) {
        limit = p + maxBytes;
        result.truncated = true;
    }
    result.text.reserve(qsizetype(std::min<qint64>(limit - p, 1 << 20)));
    decodeRange(b, p, limit, end, result.text);
    return result;
}

Member Document::findMember(qint64 objectOffset, QStringView key) const
{
    Member found;
    if (kindAt(objectOffset) != NodeKind::Object)
        return found;
    d->forEachChild(objectOffset, [&](qint64 k, qint64 v) {
        if (stringAt(k) == key) {
            found = Member{k, v};
            return false;
        }
        return true;
    });
    return found;
}

QList<Member> Document::findMembers(qint64 objectOffset, QStringView key) const
{
    QList<Member> found;
    if (kindAt(objectOffset) != NodeKind::Object)
        return found;
    d->forEachChild(objectOffset, [&](qint64 k, qint64 v) {
        if (stringAt(k) == key)
            found.append(Member{k, v});
        return true;
    });
    return found;
}

Member Document::firstMember(qint64 containerOffset) const
{
    const NodeKind kind = kindAt(containerOffset);
    if (kind != NodeKind::Object && kind != NodeKind::Array)
        return {};
    Member first;
    d->forEachChild(containerOffset, [&](qint64 key, qint64 value) {
        first = Member{key, value};
        return false;
    });
    return first;
}

Member Document::nextMember(const Member &current) const
{
    if (!isValid() || !current.isValid() || current.valueOffset >= d->bytes.size())
        return {};
    const char *b = d->base();
    const qint64 n = d->bytes.size();
    qint64 pos = d->skipWhitespace(d->skipValue(current.valueOffset));
    if (pos >= n || b[pos] != ',')
        return {};
    pos = d->skipWhitespace(pos + 1);
    if (current.keyOffset < 0)
        return Member{-1, pos};
    const qint64 key = pos;
    pos = d->skipWhitespace(d->skipString(pos));
    pos = d->skipWhitespace(pos + 1); // ':'
    return Member{key, pos};
}

bool Document::boolAt(qint64 valueOffset) const
{
    return kindAt(valueOffset) == NodeKind::Bool && d->bytes.at(valueOffset) == 't';
}

qint64 Document::offsetForPath(QStringView jsonPath) const
{
    if (!isValid())
        return -1;
    const auto steps = parsePath(jsonPath);
    if (!steps)
        return -1;
    qint64 at = d->rootOffset;
    for (const PathStep &step : *steps) {
        if (step.isIndex()) {
            if (kindAt(at) != NodeKind::Array)
                return -1;
            qint64 i = 0;
            qint64 found = -1;
            d->forEachChild(at, [&](qint64, qint64 v) {
                if (i++ == step.index) {
                    found = v;
                    return false;
                }
                return true;
            });
            if (found < 0)
                return -1;
            at = found;
        } else {
            const Member m = findMember(at, step.key);
            if (!m.isValid())
                return -1;
            at = m.valueOffset;
        }
    }
    return at;
}

bool isBlank(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\v' && c != '\f')
            return false;
    }
    return true;
}

} // namespace Json
