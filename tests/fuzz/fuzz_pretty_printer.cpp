// libFuzzer target: the pretty printer. The first byte picks the indent (0-9 spaces; 9 is clamped to the
// widest allowed), the rest is the body.
#include "jsondocumentcheck.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int indent = data[0] % 10;
    // Exact-size view, no terminating NUL: reads past the end are caught (see fuzz_json_document.cpp).
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString problem = JsonCheck::checkPrettyPrinter(body, indent);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "pretty printer check failed: %s\n", problem.toUtf8().constData());
        std::abort();
    }
    return 0;
}
