#include "problemstext.h"

#include "text/safetext.h"
#include "json/jsondocument.h"

namespace ProblemsText {

QString render(const QList<Finding> &findings)
{
    QString text;
    for (const Finding &finding : findings) {
        text += Finding::severityName(finding.severity) + QLatin1Char('\t') +
                SafeText::forDisplay(finding.path, 500) + QLatin1Char('\t') +
                SafeText::forDisplay(finding.message, 2000) + QLatin1Char('\n');
    }
    return text;
}

bool hasProblems(const QList<Finding> &findings, bool strict)
{
    for (const Finding &finding : findings) {
        switch (finding.severity) {
        case Finding::Severity::Error:
        case Finding::Severity::Warning:
            return true;
        case Finding::Severity::KnownDifference:
            if (strict)
                return true;
            break;
        case Finding::Severity::Info:
            break;
        }
    }
    return false;
}

} // namespace ProblemsText
