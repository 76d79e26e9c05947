#include "badgedelegate.h"

#include "badgepainter.h"

#include <QApplication>
#include <QPainter>

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

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const Badge badge = badgeAt(index, m_badgeRole);
    if (!badge.isBadge()) {
        QStyledItemDelegate::paint(painter, option, index);
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
    const Badge badge = badgeAt(index, m_badgeRole);
    if (badge.isBadge())
        size.setWidth(std::max(size.width(), int(BadgePainter::preferredWidth(badge, option.font)) + 6));
    return size;
}
