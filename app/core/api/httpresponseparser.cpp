#include "httpresponseparser.h"

#include "api/bodysink.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)
};

// A chunk-size line (hex size and extensions) longer than this is not a real server's.
constexpr qsizetype maxChunkLineBytes = 1024;

bool isTokenChar(char c)
{
    // RFC 9110 tchar
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Every value of the header fields called name, as one comma-separated list (RFC 9110 §5.3).
QByteArray combinedValue(const HttpHeaders &headers, QByteArrayView name)
{
    QByteArray combined;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!combined.isEmpty())
            combined += ',';
        combined += value;
    }
    return combined;
}

bool hasField(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &field : headers) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

HttpResponseParser::HttpResponseParser(const HttpLimits &limits)
    : m_limits(limits)
{}

HttpResponseParser::~HttpResponseParser() = default;

HttpResponseParser::State HttpResponseParser::fail(Failure failure, const QString &detail)
{
    m_state = State::Failed;
    m_failure = failure;
    m_failureDetail = detail;
    m_pending.clear();
    m_pos = 0;
    return m_state;
}

HttpResponseParser::State HttpResponseParser::feed(QByteArrayView bytes)
{
    if (m_state == State::Complete || m_state == State::Failed || bytes.isEmpty())
        return m_state;
    m_totalBytes += bytes.size();
    m_pending.append(bytes.data(), bytes.size());
    if (m_state == State::Head)
        readHead();
    if (m_state == State::Body)
        readBody();
    // Consumed bytes go; what is left is at most a partial line.
    if (m_state == State::Complete || m_state == State::Failed) {
        m_pending.clear();
        m_pos = 0;
    } else if (m_pos > 0) {
        m_pending.remove(0, m_pos);
        m_scanned = std::max<qsizetype>(0, m_scanned - m_pos);
        m_pos = 0;
    }
    return m_state;
}

HttpResponseParser::State HttpResponseParser::connectionClosed()
{
    if (m_state == State::Complete || m_state == State::Failed)
        return m_state;
    if (m_state == State::Body && m_framing == Framing::UntilClose && m_pending.size() == m_pos) {
        // The end of the connection is the end of this body, unless a compressed stream was left open.
        if (m_decoder && m_wireBodyBytes > 0 && !m_decoder->atEnd()) {
            m_cutShort = true;
            return m_state;
        }
        m_state = State::Complete;
        return m_state;
    }
    m_cutShort = true;
    return m_state;
}

bool HttpResponseParser::takeLine(QByteArray &line, qint64 budget, bool countsAgainstHead)
{
    const qsizetype from = std::max(m_pos, m_scanned);
    const qsizetype end = m_pending.indexOf('\n', from);
    const qint64 used = countsAgainstHead ? m_headBytes : 0;
    if (end < 0) {
        m_scanned = m_pending.size();
        if (used + (m_pending.size() - m_pos) > budget) {
            if (countsAgainstHead)
                fail(Failure::HeaderBytes, Tr::tr("the header is longer than %1 bytes").arg(budget));
            else
                fail(Failure::Malformed, Tr::tr("a chunk-size line is longer than %1 bytes").arg(budget));
        }
        return false;
    }
    const qsizetype length = end - m_pos + 1;
    if (used + length > budget) {
        if (countsAgainstHead)
            fail(Failure::HeaderBytes, Tr::tr("the header is longer than %1 bytes").arg(budget));
        else
            fail(Failure::Malformed, Tr::tr("a chunk-size line is longer than %1 bytes").arg(budget));
        return false;
    }
    if (countsAgainstHead)
        m_headBytes += length;
    line = m_pending.mid(m_pos, length - 1);
    if (line.endsWith('\r'))
        line.chop(1);
    m_pos = end + 1;
    m_scanned = m_pos;
    return true;
}

bool HttpResponseParser::addHeaderLine(const QByteArray &line)
{
    if (line.startsWith(' ') || line.startsWith('\t')) {
        fail(Failure::Malformed, Tr::tr("a header field is folded over two lines"));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        fail(Failure::Malformed, Tr::tr("a header line has no field name"));
        return false;
    }
    const QByteArray name = line.left(colon);
    for (const char c : name) {
        if (!isTokenChar(c)) {
            fail(Failure::Malformed, Tr::tr("a header field name contains a character that is not allowed"));
            return false;
        }
    }
    if (++m_headerCount > m_limits.maxHeaderCount) {
        fail(Failure::HeaderCount, Tr::tr("more than %1 header fields").arg(m_limits.maxHeaderCount));
        return false;
    }
    if (m_state == State::Head)
        m_headers.append({name, line.mid(colon + 1).trimmed()});
    return true; // a trailer field of a chunked body is counted, not kept
}

bool HttpResponseParser::readHead()
{
    QByteArray line;
    while (m_state == State::Head) {
        if (!takeLine(line, m_limits.maxHeaderBytes, true))
            return false;
        if (!m_statusLineRead) {
            // HTTP/1.x SP 3DIGIT [SP reason]
            const bool shaped = line.size() >= 12 && line.startsWith("HTTP/1.") && isDigit(line.at(7)) &&
                                line.at(8) == ' ' && isDigit(line.at(9)) && isDigit(line.at(10)) &&
                                isDigit(line.at(11)) && (line.size() == 12 || line.at(12) == ' ');
            if (!shaped) {
                fail(Failure::Malformed, Tr::tr("the answer does not start with an HTTP/1.x status line"));
                return false;
            }
            m_status = line.mid(9, 3).toInt();
            m_reason = line.mid(13);
            m_statusLineRead = true;
            continue;
        }
        if (!line.isEmpty()) {
            if (!addHeaderLine(line))
                return false;
            continue;
        }
        // The end of a head.
        if (m_status < 200) {
            if (m_status == 101 || m_status < 100) {
                fail(Failure::Malformed, Tr::tr("the server answered with status %1").arg(m_status));
                return false;
            }
            // An interim answer (100 Continue, 103 Early Hints): the real one follows. Its bytes and fields
            // stay counted, so a server cannot send endless interim answers.
            m_statusLineRead = false;
            m_status = 0;
            m_reason.clear();
            m_headers.clear();
            continue;
        }
        m_headDone = true;
        return startBody();
    }
    return false;
}

bool HttpResponseParser::startBody()
{
    const auto coding = ContentDecoder::codingFor(combinedValue(m_headers, "Content-Encoding"));
    if (!coding) {
        fail(Failure::Malformed,
             Tr::tr("the body uses Content-Encoding “%1”, which was not asked for")
                 .arg(QString::fromLatin1(combinedValue(m_headers, "Content-Encoding").left(64))));
        return false;
    }
    m_decoder = std::make_unique<ContentDecoder>(*coding);

    m_sinking = m_sink && m_status >= 200 && m_status <= 299;
    if (m_sinking && !m_sink->begin()) {
        fail(Failure::Sink, m_sink->errorString());
        return false;
    }

    if (m_status == 204 || m_status == 304) {
        m_framing = Framing::None;
        m_state = State::Complete;
        return false;
    }
    if (hasField(m_headers, "Transfer-Encoding")) {
        QList<QByteArray> codings;
        for (const QByteArray &part : combinedValue(m_headers, "Transfer-Encoding").split(',')) {
            if (!part.trimmed().isEmpty())
                codings << part.trimmed().toLower();
        }
        if (codings != QList<QByteArray>{"chunked"}) {
            fail(Failure::Malformed, Tr::tr("the body uses a Transfer-Encoding other than chunked"));
            return false;
        }
        m_framing = Framing::Chunked;
        m_chunkPart = ChunkPart::Size;
    } else if (hasField(m_headers, "Content-Length")) {
        // Repeated or listed values must all be the same number (RFC 9110 §8.6).
        qint64 length = -1;
        for (const QByteArray &part : combinedValue(m_headers, "Content-Length").split(',')) {
            const QByteArray digits = part.trimmed();
            bool ok = !digits.isEmpty() && digits.size() <= 18;
            for (const char c : digits)
                ok = ok && isDigit(c);
            const qint64 value = ok ? digits.toLongLong() : -1;
            if (!ok || (length >= 0 && value != length)) {
                fail(Failure::Malformed, Tr::tr("the Content-Length header is not one plain number"));
                return false;
            }
            length = value;
        }
        m_contentLength = length;
        if (length > m_limits.maxBodyBytes) {
            fail(Failure::BodyBytes, Tr::tr("Content-Length announces %1 bytes").arg(length));
            return false;
        }
        m_framing = Framing::Length;
        m_remaining = length;
        if (length == 0) {
            m_state = State::Complete;
            return false;
        }
    } else {
        m_framing = Framing::UntilClose;
    }
    m_state = State::Body;
    return true;
}

bool HttpResponseParser::appendBody(QByteArrayView wire)
{
    m_wireBodyBytes += wire.size();
    if (m_wireBodyBytes > m_limits.maxBodyBytes) {
        fail(Failure::BodyBytes, Tr::tr("the body is longer than %1 bytes").arg(m_limits.maxBodyBytes));
        return false;
    }
    // A body that goes to the sink passes through m_body one piece at a time; the cap counts every piece.
    const qint64 room = m_limits.maxBodyBytes - m_sunkBytes;
    const ContentDecoder::Status decoded = m_decoder->decode(wire, m_body, room);
    if (m_sinking) {
        const bool written =
            decoded != ContentDecoder::Status::Ok || m_body.isEmpty() || m_sink->write(m_body);
        if (decoded == ContentDecoder::Status::Ok)
            m_sunkBytes += m_body.size();
        m_body.truncate(0); // what passed the cap or broke the stream is not kept either
        if (!written) {
            fail(Failure::Sink, m_sink->errorString());
            return false;
        }
    }
    switch (decoded) {
    case ContentDecoder::Status::Ok:
        return true;
    case ContentDecoder::Status::LimitReached:
        fail(m_decoder->coding() == ContentDecoder::Coding::Identity ? Failure::BodyBytes
                                                                     : Failure::DecodedBytes,
             Tr::tr("unpacked, the body is longer than %1 bytes").arg(m_limits.maxBodyBytes));
        return false;
    case ContentDecoder::Status::Corrupt:
        fail(Failure::Malformed, m_decoder->error());
        return false;
    }
    return false;
}

bool HttpResponseParser::finishBody()
{
    if (m_wireBodyBytes > 0 && !m_decoder->atEnd()) {
        fail(Failure::Malformed, Tr::tr("the compressed body ends before the end of its stream"));
        return false;
    }
    m_state = State::Complete;
    return false;
}

bool HttpResponseParser::readBody()
{
    while (m_state == State::Body) {
        const qsizetype available = m_pending.size() - m_pos;
        switch (m_framing) {
        case Framing::None:
            return finishBody();
        case Framing::UntilClose:
            if (available > 0 && !appendBody(QByteArrayView(m_pending).sliced(m_pos, available)))
                return false;
            m_pos += available;
            return true;
        case Framing::Length: {
            const qsizetype take = qsizetype(std::min<qint64>(available, m_remaining));
            if (take > 0 && !appendBody(QByteArrayView(m_pending).sliced(m_pos, take)))
                return false;
            m_pos += take;
            m_remaining -= take;
            if (m_remaining == 0)
                return finishBody();
            return true;
        }
        case Framing::Chunked:
            break;
        }

        QByteArray line;
        switch (m_chunkPart) {
        case ChunkPart::Size: {
            if (!takeLine(line, maxChunkLineBytes, false))
                return false;
            const qsizetype semicolon = line.indexOf(';');
            const QByteArray hex = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
            bool ok = !hex.isEmpty() && hex.size() <= 15;
            const qint64 size = ok ? hex.toLongLong(&ok, 16) : -1;
            if (!ok || size < 0) {
                fail(Failure::Malformed, Tr::tr("a chunk of the body has no valid size"));
                return false;
            }
            if (m_wireBodyBytes + size > m_limits.maxBodyBytes) {
                fail(Failure::BodyBytes,
                     Tr::tr("the body is longer than %1 bytes").arg(m_limits.maxBodyBytes));
                return false;
            }
            m_remaining = size;
            m_chunkPart = size == 0 ? ChunkPart::Trailer : ChunkPart::Data;
            break;
        }
        case ChunkPart::Data: {
            const qsizetype take = qsizetype(std::min<qint64>(available, m_remaining));
            if (take > 0 && !appendBody(QByteArrayView(m_pending).sliced(m_pos, take)))
                return false;
            m_pos += take;
            m_remaining -= take;
            if (m_remaining > 0)
                return true;
            m_chunkPart = ChunkPart::DataEnd;
            break;
        }
        case ChunkPart::DataEnd:
            if (!takeLine(line, maxChunkLineBytes, false))
                return false;
            if (!line.isEmpty()) {
                fail(Failure::Malformed, Tr::tr("a chunk of the body is longer than its size says"));
                return false;
            }
            m_chunkPart = ChunkPart::Size;
            break;
        case ChunkPart::Trailer:
            // Trailer fields share the head's budgets.
            if (!takeLine(line, m_limits.maxHeaderBytes, true))
                return false;
            if (line.isEmpty())
                return finishBody();
            if (!addHeaderLine(line))
                return false;
            break;
        }
    }
    return false;
}
