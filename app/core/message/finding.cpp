#include "message/finding.h"

#include <QCoreApplication>

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::KnownDifference:
        return QStringLiteral("known-difference");
    }
    return QString();
}

QString Finding::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("Finding", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("Finding", "Warning");
    case Severity::Info:
        return QCoreApplication::translate("Finding", "Info");
    case Severity::KnownDifference:
        return QCoreApplication::translate("Finding", "Known difference");
    }
    return QString();
}
