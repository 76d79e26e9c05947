#include "bannerforbody.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BannerForBody", text);
}

} // namespace

BannerContent bannerForUnreadableBody(const BodyFacts &facts, qsizetype size, const Json::ParseError &error,
                                      bool fromFile)
{
    const QLocale locale;
    BannerContent content;
    content.tone = BannerContent::Tone::Warning;
    if (facts.blank) {
        content.title = fromFile ? tr("This file is empty") : tr("This response is empty");
        content.cause = size == 0
                            ? tr("It holds no bytes at all, so there is nothing to inspect.")
                            : tr("It holds only spaces and line breaks (%1), so there is nothing to inspect.")
                                  .arg(locale.formattedDataSize(size));
        content.nextStep = fromFile ? tr("Open the file the response was saved to; a message response starts "
                                         "with “{”. (Raw JSON has nothing to show either.)")
                                    : tr("Copy the response body again; a message response starts with “{”.");
    } else if (facts.isBinary()) {
        content.title = fromFile ? tr("This file is not text") : tr("This response is not text");
        content.cause = tr("It contains binary bytes (first at byte %1, offset 0x%2), as an image, a "
                           "document or an archive does; a saved response is JSON text.")
                            .arg(locale.toString(facts.firstBinaryByte + 1))
                            .arg(QString::number(facts.firstBinaryByte, 16).toUpper());
        content.nextStep = fromFile ? tr("Open the .json file that holds the response body. (Raw JSON shows "
                                         "these bytes as they are, in case you want to see what they are.)")
                                    : tr("Copy the response body itself.");
    } else {
        content.title = tr("The response is not valid JSON");
        content.cause = error.toString();
        content.nextStep = fromFile ? tr("Look at the Raw JSON tab to see what arrived, and check that the "
                                         "file holds one saved response.")
                                    : tr("Look at the Raw JSON tab to see what arrived.");
    }
    QStringList details{content.title, content.cause};
    if (error.isError())
        details << tr("Parser: %1").arg(error.toString());
    content.details = details.join(QLatin1Char('\n'));
    return content;
}

QString fieldsTextForUnreadableBody(const BannerContent &banner)
{
    return tr("%1, so there are no fields to show.\n%2").arg(banner.title, banner.cause);
}
