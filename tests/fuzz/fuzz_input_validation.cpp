// libFuzzer target: the checks on what a user types (message id or link, API base URL, token).
#include "inputvalidationcheck.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = InputValidationCheck::check(bytes);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "input validation check failed: %s\n", problem.toUtf8().constData());
        std::abort();
    }
    return 0;
}
