#include "problemstext.h"

#include "json/jsondocument.h"

namespace ProblemsText {

QString render(const QList<Finding> &findings)
{
    QString text;
    for (const Finding &finding : findings) {
        text += Finding::severityName(finding.severity) + QLatin1Char('\t') +
                Json::escapeForDisplay(finding.path, 500) + QLatin1Char('\t') +
                Json::escapeForDisplay(finding.message, 2000) + QLatin1Char('\n');
    }
    return text;
}

bool hasProblems(const QList<Finding> &findings)
{
    for (const Finding &finding : findings) {
        if (finding.severity != Finding::Severity::Info)
            return true;
    }
    return false;
}

} // namespace ProblemsText
