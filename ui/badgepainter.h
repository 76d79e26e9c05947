#pragma once

#include "badgepalette.h"
#include "message/badge.h"

#include <QFont>
#include <QRectF>

class QPainter;

// Paints one chip: used by the Fields delegate and the summary card, so both look alike.
namespace BadgePainter {

// The text inside the chip: the label, and for values the schema does not know, a marker that says so.
QString chipText(const Badge &badge);

// Whether the meaning draws an icon (arrow for direction, dot for status, question mark for unknown).
bool hasIcon(const Badge &badge);

qreal preferredWidth(const Badge &badge, const QFont &font);

void paint(QPainter *painter, const QRectF &available, const Badge &badge, const BadgeColors &colors,
           const QFont &font);

} // namespace BadgePainter
