#include "badgedelegate.h"

#include "badgepainter.h"
#include "viewcolors.h"

#include <QApplication>
#include <QPainter>

#include <cmath>

namespace {

Badge badgeAt(const QModelIndex &index, int role)
{
    const QVariant value = index.data(role);
    return value.canConvert<Badge>() ? value.value<Badge>() : Badge{};
}

} // namespace

BadgeDelegate::BadgeDelegate(int badgeRole, const BadgePalette &palette, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_badgeRole(badgeRole)
    , m_palette(palette)
{}

BadgeDelegate::BadgeDelegate(int badgeRole, int decodedRole, const BadgePalette &palette, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_badgeRole(badgeRole)
    , m_decodedRole(decodedRole)
    , m_palette(palette)
{}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const Badge badge = badgeAt(index, m_badgeRole);
    const QString decoded = m_decodedRole >= 0 ? index.data(m_decodedRole).toString() : QString();
    if (!badge.isBadge() && decoded.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    if (!badge.isBadge()) {
        // The value as sent, then what it means, muted so the sent text stays the first thing read.
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString raw = opt.text;
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const QRect textRect =
            style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
        const QFontMetrics metrics(opt.font);
        const bool selected = opt.state & QStyle::State_Selected;
        // The sent value in the row's plain text colour, the hint muted from it: whatever the palette's
        // placeholder colour is, the hint never outshines the value (ViewColors).
        const ViewColors colors = ViewColors::forPalette(opt.palette);
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(selected ? colors.selectionText : colors.text);
        const QString rawShown = metrics.elidedText(raw, Qt::ElideRight, textRect.width());
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, rawShown);
        const int used =
            metrics.horizontalAdvance(rawShown) + metrics.horizontalAdvance(QStringLiteral("   "));
        if (used < textRect.width()) {
            painter->setPen(selected ? colors.selectionText : colors.hint);
            const QRect rest = textRect.adjusted(used, 0, 0, 0);
            painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(decoded, Qt::ElideRight, rest.width()));
        }
        painter->restore();
        return;
    }
    // Let the style draw selection and focus, then the chip on top, so keyboard users still see where they
    // are.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRectF area = QRectF(option.rect).adjusted(3, 2, -3, -2);
    BadgePainter::paint(painter, area, badge, m_palette.colors(badge.meaning), option.font);
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Every row gets room for a chip, so rows stay uniform (the tree relies on uniform row heights).
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    const Badge badge = badgeAt(index, m_badgeRole);
    if (m_decodedRole >= 0 && !badge.isBadge()) {
        const QString decoded = index.data(m_decodedRole).toString();
        if (!decoded.isEmpty())
            size.setWidth(size.width() +
                          option.fontMetrics.horizontalAdvance(QStringLiteral("   ") + decoded));
    }
    if (badge.isBadge())
        size.setWidth(
            std::max(size.width(), int(std::ceil(BadgePainter::preferredWidth(badge, option.font))) + 8));
    return size;
}
