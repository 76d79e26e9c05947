#pragma once

#include "message/badge.h"

#include <QColor>
#include <QPalette>

// The colours of one chip.
struct BadgeColors
{
    QColor background;
    QColor text;
    QColor border;
};

// The one table of chip colours: a light and a dark variant for every meaning. Every text/background pair
// passes WCAG AA (4.5:1) — tests/ui/tst_badgepalette.cpp checks it — so the chip stays readable on either
// palette.
class BadgePalette
{
public:
    enum class Variant
    {
        Light,
        Dark
    };

    explicit BadgePalette(Variant variant = Variant::Light);

    // A dark window colour picks the dark variant.
    static BadgePalette forPalette(const QPalette &palette);

    Variant variant() const { return m_variant; }
    BadgeColors colors(BadgeMeaning meaning) const;

    // WCAG 2.x contrast ratio between two opaque colours, from 1 to 21.
    static double contrastRatio(const QColor &a, const QColor &b);

private:
    Variant m_variant;
};
