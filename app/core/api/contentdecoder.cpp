#include "contentdecoder.h"

#include <QCoreApplication>

#include <zlib.h>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ContentDecoder)
};

// Unpacked bytes produced per inflate() call: small enough that the cap is checked often.
constexpr qsizetype outputStep = 64 * 1024;

} // namespace

std::optional<ContentDecoder::Coding> ContentDecoder::codingFor(const QByteArray &contentEncoding)
{
    std::optional<Coding> found;
    for (const QByteArray &part : contentEncoding.split(',')) {
        const QByteArray name = part.trimmed().toLower();
        if (name.isEmpty() || name == "identity")
            continue;
        if (found)
            return std::nullopt; // stacked codings: never asked for
        if (name == "gzip" || name == "x-gzip")
            found = Coding::Gzip;
        else if (name == "deflate")
            found = Coding::Deflate;
        else
            return std::nullopt;
    }
    return found.value_or(Coding::Identity);
}

ContentDecoder::ContentDecoder(Coding coding)
    : m_coding(coding)
{}

ContentDecoder::~ContentDecoder()
{
    if (m_started)
        inflateEnd(m_stream.get());
}

bool ContentDecoder::start(int windowBits)
{
    if (m_started)
        inflateEnd(m_stream.get());
    m_stream = std::make_unique<z_stream_s>();
    m_started = inflateInit2(m_stream.get(), windowBits) == Z_OK;
    return m_started;
}

bool ContentDecoder::atEnd() const
{
    return m_coding == Coding::Identity || m_ended;
}

ContentDecoder::Status ContentDecoder::fail(const QString &why)
{
    m_error = why;
    return Status::Corrupt;
}

ContentDecoder::Status ContentDecoder::decode(QByteArrayView input, QByteArray &output, qint64 maxOutput)
{
    if (m_coding == Coding::Identity) {
        const qint64 room = std::max<qint64>(0, maxOutput - output.size());
        output.append(input.first(std::min<qint64>(room, input.size())));
        return input.size() > room ? Status::LimitReached : Status::Ok;
    }
    if (!m_error.isEmpty())
        return Status::Corrupt;
    if (input.isEmpty())
        return Status::Ok;
    if (m_ended) {
        // Concatenated gzip members are one body (RFC 1952 §2.2); anything else after the end is not.
        if (m_coding != Coding::Gzip || quint8(input.front()) != 0x1f || inflateReset(m_stream.get()) != Z_OK)
            return fail(Tr::tr("there are bytes after the end of the compressed body"));
        m_ended = false;
    }
    if (!m_started) {
        // 32 added: gzip or zlib, detected from the header. Deflate starts as zlib and may fall back to raw.
        if (!start(m_coding == Coding::Gzip ? MAX_WBITS + 32 : MAX_WBITS))
            return fail(Tr::tr("the decompressor could not start"));
    }
    if (m_coding == Coding::Deflate && !m_triedRaw && !m_producedAny)
        m_firstInput.append(input.data(), input.size());

    z_stream_s *z = m_stream.get();
    z->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
    z->avail_in = uInt(input.size());
    // Until the input is used up and zlib had room to spare (a full output buffer may leave output pending).
    bool outputFull = false;
    while ((z->avail_in > 0 || outputFull) && !m_ended) {
        // Room for one byte past the cap: producing it is what tells "too large" from "exactly the cap".
        const qsizetype step = qsizetype(std::min<qint64>(outputStep, maxOutput + 1 - output.size()));
        const qsizetype before = output.size();
        output.resize(before + step);
        z->next_out = reinterpret_cast<Bytef *>(output.data() + before);
        z->avail_out = uInt(step);
        const int rc = inflate(z, Z_NO_FLUSH);
        const qsizetype produced = step - qsizetype(z->avail_out);
        outputFull = z->avail_out == 0;
        output.resize(before + produced);
        if (produced > 0)
            m_producedAny = true;
        if (output.size() > maxOutput) {
            output.resize(maxOutput);
            return Status::LimitReached;
        }
        if (rc == Z_STREAM_END) {
            m_ended = true;
            if (z->avail_in > 0) {
                // Concatenated gzip members are one body (RFC 1952 §2.2); anything else after the end is not.
                if (m_coding == Coding::Gzip && *z->next_in == 0x1f) {
                    if (inflateReset(z) != Z_OK)
                        return fail(Tr::tr("the decompressor could not continue"));
                    m_ended = false;
                    continue;
                }
                return fail(Tr::tr("there are bytes after the end of the compressed body"));
            }
            break;
        }
        if (rc == Z_DATA_ERROR && m_coding == Coding::Deflate && !m_triedRaw && !m_producedAny) {
            // "deflate" without the zlib wrapper: start again as raw deflate on everything fed so far.
            m_triedRaw = true;
            if (!start(-MAX_WBITS))
                return fail(Tr::tr("the decompressor could not start"));
            const QByteArray again = std::exchange(m_firstInput, QByteArray());
            return decode(again, output, maxOutput);
        }
        if (rc == Z_BUF_ERROR && produced == 0) {
            if (z->avail_in > 0)
                return fail(Tr::tr("the compressed body is corrupt"));
            break; // nothing pending after all
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            const QString detail = z->msg ? QString::fromLatin1(z->msg) : QString::number(rc);
            return fail(Tr::tr("the compressed body is corrupt (%1)").arg(detail));
        }
    }
    if (m_producedAny || m_ended || m_triedRaw)
        m_firstInput = QByteArray();
    return Status::Ok;
}
