#pragma once

#include <QRectF>

// Where the parts of a chip go, computed without a painter so it can be tested: a rounded chip, left-aligned
// and vertically centred in the available rectangle, with an optional icon (arrow or dot) before the text.
// When the available width is too small the text rectangle shrinks (the painter elides) but never goes
// negative.
struct BadgeGeometry
{
    QRectF chip;
    QRectF icon; // empty when the chip has no icon
    QRectF text;

    static constexpr qreal horizontalPadding = 7.0;
    static constexpr qreal verticalPadding = 2.0;
    static constexpr qreal iconGap = 4.0;

    static BadgeGeometry compute(const QRectF &available, qreal textWidth, qreal lineHeight, bool hasIcon);

    // The width a chip needs to show its text in full (for size hints).
    static qreal preferredWidth(qreal textWidth, qreal lineHeight, bool hasIcon);
};
