#include "bannerforbody.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BannerForBody)
};

} // namespace

BannerContent bannerForUnreadableBody(const BodyFacts &facts, qsizetype size, const Json::ParseError &error,
                                      bool fromFile)
{
    const QLocale locale;
    BannerContent content;
    content.tone = BannerContent::Tone::Warning;
    if (facts.blank) {
        content.title = fromFile ? Tr::tr("This file is empty") : Tr::tr("This response is empty");
        content.cause =
            size == 0 ? Tr::tr("It holds no bytes at all, so there is nothing to inspect.")
                      : Tr::tr("It holds only spaces and line breaks (%1), so there is nothing to inspect.")
                            .arg(locale.formattedDataSize(size));
        content.nextStep = fromFile
                               ? Tr::tr("Open the file the response was saved to; a message response starts "
                                        "with “{”. (Raw JSON has nothing to show either.)")
                               : Tr::tr("Copy the response body again; a message response starts with “{”.");
    } else if (facts.isBinary()) {
        content.title = fromFile ? Tr::tr("This file is not text") : Tr::tr("This response is not text");
        content.cause = Tr::tr("It contains binary bytes (first at byte %1, offset 0x%2), as an image, a "
                               "document or an archive does; a saved response is JSON text.")
                            .arg(locale.toString(facts.firstBinaryByte + 1))
                            .arg(QString::number(facts.firstBinaryByte, 16).toUpper());
        content.nextStep = fromFile
                               ? Tr::tr("Open the .json file that holds the response body. (Raw JSON shows "
                                        "these bytes as they are, in case you want to see what they are.)")
                               : Tr::tr("Copy the response body itself.");
    } else {
        content.title = Tr::tr("The response is not valid JSON");
        content.cause = error.toString();
        content.nextStep = fromFile
                               ? Tr::tr("Look at the Raw JSON tab to see what arrived, and check that the "
                                        "file holds one saved response.")
                               : Tr::tr("Look at the Raw JSON tab to see what arrived.");
    }
    QStringList details{content.title, content.cause};
    if (error.isError())
        details << Tr::tr("Parser: %1").arg(error.toString());
    content.details = details.join(QLatin1Char('\n'));
    return content;
}

QString fieldsTextForUnreadableBody(const BannerContent &banner)
{
    return Tr::tr("%1, so there are no fields to show.\n%2").arg(banner.title, banner.cause);
}
