#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

struct z_stream_s;

// Undoes an HTTP Content-Encoding (gzip or deflate) as the bytes arrive, so the size of the unpacked body is
// checked while it grows: a small compressed answer that unpacks to gigabytes (a decompression bomb) is
// stopped at the cap, having used no more memory than the cap. Identity passes the bytes through under the
// same cap.
class ContentDecoder
{
public:
    enum class Coding
    {
        Identity,
        Gzip,    // gzip (RFC 1952); a zlib stream is accepted too, as browsers do
        Deflate, // zlib-wrapped deflate (RFC 1950); raw deflate is accepted too, as some servers send it
    };

    // The coding for a Content-Encoding header value, or nothing for one this client never asks for (br,
    // zstd, compress, or more than one coding stacked). "identity" and an empty value are Identity.
    static std::optional<Coding> codingFor(const QByteArray &contentEncoding);

    explicit ContentDecoder(Coding coding = Coding::Identity);
    ~ContentDecoder();
    ContentDecoder(const ContentDecoder &) = delete;
    ContentDecoder &operator=(const ContentDecoder &) = delete;

    enum class Status
    {
        Ok,
        LimitReached, // the unpacked body would exceed maxOutput: output holds exactly maxOutput bytes
        Corrupt,      // not a valid stream (error() says why); output holds what was unpacked before
    };

    // Unpacks input and appends it to output, never letting output grow past maxOutput bytes.
    Status decode(QByteArrayView input, QByteArray &output, qint64 maxOutput);

    // True once the compressed stream has ended (always true for Identity). A body whose framing is complete
    // while this is false was cut short.
    bool atEnd() const;
    QString error() const { return m_error; }
    Coding coding() const { return m_coding; }

private:
    bool start(int windowBits);
    Status fail(const QString &why);

    Coding m_coding;
    std::unique_ptr<z_stream_s> m_stream;
    bool m_started = false;
    bool m_ended = false;
    bool m_triedRaw = false;    // deflate: fell back to raw deflate after a missing zlib header
    bool m_producedAny = false; // no output and no end yet: a raw-deflate fallback is still possible
    QByteArray m_firstInput;    // deflate: what was fed before the fallback decision, to feed again
    QString m_error;
};
