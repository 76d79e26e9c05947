#pragma once

#include "api/contentdecoder.h"
#include "api/httpheaders.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

class BodySink;

// The bounds on what one HTTP response may make this client hold. Every one is checked as the bytes arrive,
// so a server that sends too much is stopped at the bound, not after it has sent everything.
struct HttpLimits
{
    int maxHeaderCount = 200;               // header fields (trailers of a chunked body included)
    qint64 maxHeaderBytes = 64 * 1024;      // status line, every header line and trailer, line ends included
    qint64 maxBodyBytes = 64 * 1024 * 1024; // the body as received and, when compressed, as unpacked
};

// Reads one HTTP/1.1 response from the bytes of a connection, incrementally: the status line, the header
// fields, then the body as framed by Content-Length, chunked transfer coding or the end of the connection,
// and unpacks a gzip or deflate Content-Encoding. Pure: no sockets, no clock; feed() whatever arrived, then
// connectionClosed() if the peer closed. Interim 1xx responses are skipped. Bytes after a complete response
// are ignored (the request asked for Connection: close).
class HttpResponseParser
{
public:
    enum class State
    {
        Head,     // reading the status line and header fields
        Body,     // the head is complete; reading the body
        Complete, // the response is complete
        Failed,   // failure() says why; nothing more is read
    };
    enum class Failure
    {
        None,
        HeaderCount,  // more header fields than maxHeaderCount
        HeaderBytes,  // the head is longer than maxHeaderBytes
        BodyBytes,    // the body (as received or as announced by Content-Length) is longer than maxBodyBytes
        DecodedBytes, // the unpacked body is longer than maxBodyBytes
        Malformed,    // not an HTTP/1.x response, or its framing or compression is broken
        Sink,         // the body sink refused the body (a file that could not be written)
    };

    explicit HttpResponseParser(const HttpLimits &limits = {});
    ~HttpResponseParser();
    HttpResponseParser(HttpResponseParser &&) = default;
    HttpResponseParser &operator=(HttpResponseParser &&) = default;

    // A 2xx body is handed to sink as it is unpacked instead of being kept (body() stays empty); other
    // bodies are kept as usual. Set before the first feed(); the sink must outlive the parser's use.
    void setSuccessBodySink(BodySink *sink) { m_sink = sink; }

    // Reads bytes that arrived; returns the state afterwards.
    State feed(QByteArrayView bytes);
    // The peer closed the connection: a body framed by the end of the connection is complete now; anything
    // else unfinished stays unfinished (see cutShort()).
    State connectionClosed();

    State state() const { return m_state; }
    Failure failure() const { return m_failure; }
    QString failureDetail() const { return m_failureDetail; }
    bool headComplete() const { return m_state == State::Body || m_state == State::Complete || m_headDone; }
    // The connection closed before the response was complete (after connectionClosed()).
    bool cutShort() const { return m_cutShort; }
    // Nothing at all arrived before the close.
    bool nothingReceived() const { return m_totalBytes == 0; }

    int status() const { return headComplete() ? m_status : 0; } // 0 until the head is complete
    QByteArray reasonPhrase() const { return m_reason; }
    const HttpHeaders &headers() const { return m_headers; }
    const QByteArray &body() const { return m_body; } // unpacked, as far as it arrived
    QByteArray takeBody() { return std::exchange(m_body, QByteArray()); }
    qint64 wireBodyBytes() const { return m_wireBodyBytes; } // body bytes as received (still compressed)
    qint64 contentLength() const { return m_contentLength; } // -1 when not announced
    // Unpacked body bytes handed to the sink (0 when the body was kept in memory).
    qint64 sunkBodyBytes() const { return m_sunkBytes; }
    bool bodyWentToSink() const { return m_sinking; }

private:
    enum class Framing
    {
        None,       // 204, 304: no body
        Length,     // Content-Length
        Chunked,    // Transfer-Encoding: chunked
        UntilClose, // neither: the body ends with the connection
    };
    enum class ChunkPart
    {
        Size,
        Data,
        DataEnd,
        Trailer,
    };

    State fail(Failure failure, const QString &detail);
    // One complete line (without its line end) from the pending bytes, or false when none is complete yet (or
    // the line passes the budget: then the parser has failed). Head lines count against maxHeaderBytes.
    bool takeLine(QByteArray &line, qint64 budget, bool countsAgainstHead);
    // The steps of feed(); feed() goes by m_state afterwards, so their results only end their own loops.
    bool readHead();
    bool startBody();
    bool readBody();
    bool finishBody();
    bool appendBody(QByteArrayView wire);
    bool addHeaderLine(const QByteArray &line);

    HttpLimits m_limits;
    State m_state = State::Head;
    Failure m_failure = Failure::None;
    QString m_failureDetail;
    bool m_cutShort = false;
    bool m_headDone = false;

    QByteArray m_pending; // received bytes; those before m_pos are consumed
    qsizetype m_pos = 0;
    qsizetype m_scanned = 0; // m_pending has no line end before this offset (from m_pos on)
    qint64 m_totalBytes = 0;
    qint64 m_headBytes = 0; // counted against maxHeaderBytes (interim responses and trailers included)
    int m_headerCount = 0;  // counted against maxHeaderCount (the same)
    bool m_statusLineRead = false;

    int m_status = 0;
    QByteArray m_reason;
    HttpHeaders m_headers;

    Framing m_framing = Framing::None;
    qint64 m_contentLength = -1;
    qint64 m_remaining = 0; // Length: body bytes left; Chunked: bytes left in the current chunk
    ChunkPart m_chunkPart = ChunkPart::Size;
    std::unique_ptr<ContentDecoder> m_decoder;
    QByteArray m_body;
    qint64 m_wireBodyBytes = 0;
    BodySink *m_sink = nullptr;
    bool m_sinking = false; // this body goes to m_sink
    qint64 m_sunkBytes = 0;
};
