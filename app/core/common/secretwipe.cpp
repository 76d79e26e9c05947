#include "secretwipe.h"

namespace SecretWipe {
namespace {

// Through a volatile pointer, so the stores are not dropped as dead before the free.
template <typename T> void zero(T *data, qsizetype size)
{
    volatile T *out = data;
    for (qsizetype i = 0; i < size; ++i)
        out[i] = T{};
}

} // namespace

bool overwrite(QString &secret)
{
    if (secret.isEmpty() || !secret.isDetached())
        return false;
    zero(reinterpret_cast<char16_t *>(secret.data()), secret.size());
    return true;
}

bool overwrite(QByteArray &secret)
{
    if (secret.isEmpty() || !secret.isDetached())
        return false;
    zero(secret.data(), secret.size());
    return true;
}

void wipe(QString &secret)
{
    overwrite(secret);
    secret.clear();
}

void wipe(QByteArray &secret)
{
    overwrite(secret);
    secret.clear();
}

} // namespace SecretWipe
