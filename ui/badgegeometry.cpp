#include "badgegeometry.h"

#include <algorithm>

namespace {

qreal iconSize(qreal lineHeight)
{
    return lineHeight * 0.75;
}

} // namespace

qreal BadgeGeometry::preferredWidth(qreal textWidth, qreal lineHeight, bool hasIcon)
{
    const qreal icon = hasIcon ? iconSize(lineHeight) + iconGap : 0.0;
    return 2 * horizontalPadding + icon + std::max<qreal>(0.0, textWidth);
}

BadgeGeometry BadgeGeometry::compute(const QRectF &available, qreal textWidth, qreal lineHeight, bool hasIcon)
{
    BadgeGeometry g;
    const qreal chipHeight = std::min(available.height(), lineHeight + 2 * verticalPadding);
    const qreal chipWidth = std::min(available.width(), preferredWidth(textWidth, lineHeight, hasIcon));
    const qreal top = available.top() + (available.height() - chipHeight) / 2;
    g.chip = QRectF(available.left(), top, std::max<qreal>(0.0, chipWidth), std::max<qreal>(0.0, chipHeight));

    qreal x = g.chip.left() + horizontalPadding;
    if (hasIcon) {
        const qreal size = std::min(iconSize(lineHeight), g.chip.height());
        g.icon = QRectF(x, g.chip.center().y() - size / 2, size, size);
        x += size + iconGap;
    }
    const qreal right = g.chip.right() - horizontalPadding;
    g.text = QRectF(x, g.chip.top(), std::max<qreal>(0.0, right - x), g.chip.height());
    return g;
}
