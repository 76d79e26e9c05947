#include "outputformat.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<OutputFormat, QLatin1StringView>, 6> formatNames{{
    {OutputFormat::Summary, QLatin1StringView("summary")},
    {OutputFormat::Raw, QLatin1StringView("raw")},
    {OutputFormat::Pretty, QLatin1StringView("pretty")},
    {OutputFormat::Json, QLatin1StringView("json")},
    {OutputFormat::Tree, QLatin1StringView("tree")},
    {OutputFormat::Problems, QLatin1StringView("problems")},
}};

} // namespace

namespace OutputFormats {

QString name(OutputFormat format)
{
    for (const auto &[value, text] : formatNames) {
        if (value == format)
            return text;
    }
    return {};
}

std::optional<OutputFormat> fromName(const QString &name)
{
    for (const auto &[value, text] : formatNames) {
        if (name.compare(text, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QString allNames()
{
    QStringList names;
    for (const auto &entry : formatNames)
        names << entry.second;
    return names.join(QLatin1Char('|'));
}

} // namespace OutputFormats
