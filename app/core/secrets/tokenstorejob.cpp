#include "tokenstorejob.h"

TokenStoreJob::TokenStoreJob(quint64 id, QObject *parent)
    : QObject(parent)
    , m_id(id)
{}

void TokenStoreJob::finish(const TokenStoreResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
    deleteLater();
}
