// libFuzzer target: Json::Document::parse on any bytes, then a walk over every node (see
// jsondocumentcheck.h).
#include "jsondocumentcheck.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // libFuzzer hands each input in a heap buffer of exactly its size; wrapping it without a copy (and so
    // without the terminating NUL QByteArray would add) lets AddressSanitizer see any read past the end.
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = JsonCheck::checkDocument(body);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "json document check failed: %s\n", problem.toUtf8().constData());
        std::abort();
    }
    return 0;
}
