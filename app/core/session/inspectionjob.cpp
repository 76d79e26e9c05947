#include "session/inspectionjob.h"

#include <QCoreApplication>

InspectionJob::InspectionJob(const InspectionRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
{}

void InspectionJob::cancel()
{
    if (m_finished)
        return;
    if (m_cancel) {
        const auto cancel = std::exchange(m_cancel, {});
        cancel();
        return;
    }
    InspectionResult result;
    result.request = m_request;
    result.failure = InspectionFailure::make(
        InspectionFailure::Category::Cancelled, QLatin1StringView("cancelled"),
        QCoreApplication::translate("InspectionJob", "The lookup was cancelled"),
        QCoreApplication::translate("InspectionJob", "It was stopped before it finished; nothing changed."));
    result.failure->apiKind = ErrorKind::Cancelled;
    finish(result);
}

void InspectionJob::finish(const InspectionResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_cancel = {};
    emit finished(result);
    deleteLater();
}
