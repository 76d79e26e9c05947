#include "idlist.h"

#include "api/inputvalidation.h"
#include "text/safetext.h"
#include "json/jsondocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace IdList {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IdList)
};

} // namespace

QStringList split(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

Checked check(const QStringList &inputs)
{
    Checked checked;
    if (inputs.isEmpty()) {
        checked.error = Tr::tr("No message ids were given.");
        return checked;
    }
    if (inputs.size() > maxIds) {
        checked.error = Tr::tr("%1 message ids were given; one command looks up at most %2.")
                            .arg(QLocale().toString(inputs.size()), QLocale().toString(maxIds));
        return checked;
    }
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const auto id = InputValidation::messageId(inputs.at(i));
        if (id.ok())
            checked.ids << id.value;
        else
            checked.refusals << Tr::tr("Id %1 (“%2”): %3")
                                    .arg(QString::number(i + 1), SafeText::forDisplay(inputs.at(i), 60),
                                         id.error);
    }
    return checked;
}

} // namespace IdList
