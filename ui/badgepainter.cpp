#include "badgepainter.h"

#include "badgegeometry.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace BadgePainter {

QString chipText(const Badge &badge)
{
    const QString label = badge.label.isEmpty() ? badge.rawValue : badge.label;
    if (!badge.known || badge.meaning == BadgeMeaning::Unknown)
        return QCoreApplication::translate("BadgePainter", "%1 · unknown value").arg(label);
    return label;
}

bool hasIcon(const Badge &badge)
{
    return badge.isBadge();
}

qreal preferredWidth(const Badge &badge, const QFont &font)
{
    const QFontMetricsF metrics(font);
    return BadgeGeometry::preferredWidth(metrics.horizontalAdvance(chipText(badge)), metrics.height(),
                                         hasIcon(badge));
}

namespace {

void paintArrow(QPainter *painter, const QRectF &r, bool pointsIn)
{
    // Inbound points left-down into the conversation, outbound right-up out of it: shape, not only colour.
    QPainterPath path;
    const qreal inset = r.width() * 0.15;
    const QRectF a = r.adjusted(inset, inset, -inset, -inset);
    if (pointsIn) {
        path.moveTo(a.topRight());
        path.lineTo(a.bottomLeft());
        path.moveTo(a.bottomLeft() + QPointF(a.width() * 0.6, 0));
        path.lineTo(a.bottomLeft());
        path.lineTo(a.bottomLeft() - QPointF(0, a.height() * 0.6));
    } else {
        path.moveTo(a.bottomLeft());
        path.lineTo(a.topRight());
        path.moveTo(a.topRight() - QPointF(a.width() * 0.6, 0));
        path.lineTo(a.topRight());
        path.lineTo(a.topRight() + QPointF(0, a.height() * 0.6));
    }
    painter->drawPath(path);
}

} // namespace

void paint(QPainter *painter, const QRectF &available, const Badge &badge, const BadgeColors &colors,
           const QFont &font)
{
    const QFontMetricsF metrics(font);
    const QString text = chipText(badge);
    const BadgeGeometry g =
        BadgeGeometry::compute(available, metrics.horizontalAdvance(text), metrics.height(), hasIcon(badge));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPen border(colors.border, 1.0);
    if (badge.meaning == BadgeMeaning::Unknown || !badge.known)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(colors.background);
    const qreal radius = g.chip.height() / 2;
    painter->drawRoundedRect(g.chip.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    if (!g.icon.isEmpty()) {
        QPen iconPen(colors.text, std::max<qreal>(1.5, g.icon.width() / 7), Qt::SolidLine, Qt::RoundCap,
                     Qt::RoundJoin);
        painter->setPen(iconPen);
        painter->setBrush(Qt::NoBrush);
        switch (badge.meaning) {
        case BadgeMeaning::Inbound:
            paintArrow(painter, g.icon, true);
            break;
        case BadgeMeaning::Outbound:
            paintArrow(painter, g.icon, false);
            break;
        case BadgeMeaning::Unknown: {
            QFont small = font;
            small.setBold(true);
            painter->setFont(small);
            painter->drawText(g.icon, Qt::AlignCenter, QStringLiteral("?"));
            break;
        }
        default: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(colors.text);
            const qreal d = g.icon.width() * 0.55;
            painter->drawEllipse(QRectF(g.icon.center().x() - d / 2, g.icon.center().y() - d / 2, d, d));
            break;
        }
        }
    }

    painter->setFont(font);
    painter->setPen(colors.text);
    painter->drawText(g.text, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(text, Qt::ElideRight, g.text.width()));
    painter->restore();
}

} // namespace BadgePainter
