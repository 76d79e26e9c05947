#include "badgepalette.h"

#include <cmath>

namespace {

struct Entry
{
    BadgeMeaning meaning;
    BadgeColors light;
    BadgeColors dark;
};

// Tints for the light palette, deep shades for the dark one; text is the opposite end of the same hue so the
// meaning is carried by hue, while the words themselves stay readable for colour-blind users.
const Entry table[] = {
    {BadgeMeaning::Good,
     {QColor(0xDC, 0xFC, 0xE7), QColor(0x14, 0x53, 0x2D), QColor(0x86, 0xEF, 0xAC)},
     {QColor(0x14, 0x53, 0x2D), QColor(0xDC, 0xFC, 0xE7), QColor(0x22, 0xC5, 0x5E)}},
    {BadgeMeaning::Waiting,
     {QColor(0xFE, 0xF3, 0xC7), QColor(0x78, 0x35, 0x0F), QColor(0xFC, 0xD3, 0x4D)},
     {QColor(0x71, 0x3F, 0x12), QColor(0xFE, 0xF3, 0xC7), QColor(0xEA, 0xB3, 0x08)}},
    {BadgeMeaning::Bad,
     {QColor(0xFE, 0xE2, 0xE2), QColor(0x7F, 0x1D, 0x1D), QColor(0xFC, 0xA5, 0xA5)},
     {QColor(0x7F, 0x1D, 0x1D), QColor(0xFE, 0xE2, 0xE2), QColor(0xEF, 0x44, 0x44)}},
    {BadgeMeaning::OptedOut,
     {QColor(0xED, 0xE9, 0xFE), QColor(0x4C, 0x1D, 0x95), QColor(0xC4, 0xB5, 0xFD)},
     {QColor(0x4C, 0x1D, 0x95), QColor(0xED, 0xE9, 0xFE), QColor(0x8B, 0x5C, 0xF6)}},
    {BadgeMeaning::Inbound,
     {QColor(0xDB, 0xEA, 0xFE), QColor(0x1E, 0x3A, 0x8A), QColor(0x93, 0xC5, 0xFD)},
     {QColor(0x1E, 0x3A, 0x8A), QColor(0xDB, 0xEA, 0xFE), QColor(0x3B, 0x82, 0xF6)}},
    {BadgeMeaning::Outbound,
     {QColor(0xCC, 0xFB, 0xF1), QColor(0x13, 0x4E, 0x4A), QColor(0x5E, 0xEA, 0xD4)},
     {QColor(0x13, 0x4E, 0x4A), QColor(0xCC, 0xFB, 0xF1), QColor(0x14, 0xB8, 0xA6)}},
    {BadgeMeaning::Neutral,
     {QColor(0xE5, 0xE7, 0xEB), QColor(0x1F, 0x29, 0x37), QColor(0xD1, 0xD5, 0xDB)},
     {QColor(0x37, 0x41, 0x51), QColor(0xF3, 0xF4, 0xF6), QColor(0x6B, 0x72, 0x80)}},
    {BadgeMeaning::Unknown,
     {QColor(0xF3, 0xF4, 0xF6), QColor(0x37, 0x41, 0x51), QColor(0x9C, 0xA3, 0xAF)},
     {QColor(0x1F, 0x29, 0x37), QColor(0xE5, 0xE7, 0xEB), QColor(0x9C, 0xA3, 0xAF)}},
};

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

} // namespace

BadgePalette::BadgePalette(Variant variant)
    : m_variant(variant)
{}

BadgePalette BadgePalette::forPalette(const QPalette &palette)
{
    return BadgePalette(palette.color(QPalette::Window).lightnessF() < 0.5 ? Variant::Dark : Variant::Light);
}

BadgeColors BadgePalette::colors(BadgeMeaning meaning) const
{
    for (const Entry &entry : table) {
        if (entry.meaning == meaning)
            return m_variant == Variant::Light ? entry.light : entry.dark;
    }
    // BadgeMeaning::None is not a chip; callers should not ask, but give them the neutral pair.
    return colors(BadgeMeaning::Neutral);
}

double BadgePalette::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
