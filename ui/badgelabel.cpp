#include "badgelabel.h"

#include "plaintext.h"

#include "badgepainter.h"
#include "badgepalette.h"

#include <QFontMetrics>

#include <QPainter>
#include <cmath>

BadgeLabel::BadgeLabel(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    hide();
}

void BadgeLabel::setBadge(const Badge &badge)
{
    m_badge = badge;
    setAccessibleName(text());
    // The raw value comes from the response: shown literally, never as markup.
    setToolTip(badge.rawValue.isEmpty() ? QString()
                                        : PlainText::toolTip(tr("Sent as “%1”").arg(badge.rawValue)));
    setVisible(badge.isBadge());
    updateGeometry();
    update();
}

QString BadgeLabel::text() const
{
    return m_badge.isBadge() ? BadgePainter::chipText(m_badge) : QString();
}

QSize BadgeLabel::sizeHint() const
{
    QFont bold = font();
    bold.setBold(true);
    const int height = QFontMetrics(bold).height() + 8;
    return {int(std::ceil(BadgePainter::preferredWidth(m_badge, bold))) + 4, height};
}

QSize BadgeLabel::minimumSizeHint() const
{
    // A chip for a long unknown value may be narrowed (the painter elides its text; the tooltip and the
    // accessible name keep all of it), so no single value can force its window wider.
    const QSize hint = sizeHint();
    return {std::min(hint.width(), hint.height() * 8), hint.height()};
}

void BadgeLabel::paintEvent(QPaintEvent *)
{
    if (!m_badge.isBadge())
        return;
    QPainter painter(this);
    QFont bold = font();
    bold.setBold(true);
    const BadgePalette palette = BadgePalette::forPalette(this->palette());
    BadgePainter::paint(&painter, QRectF(rect()).adjusted(1, 1, -1, -1), m_badge,
                        palette.colors(m_badge.meaning), bold);
}
