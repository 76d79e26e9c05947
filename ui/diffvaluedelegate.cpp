#include "diffvaluedelegate.h"

#include "badgepainter.h"
#include "viewcolors.h"

#include <QApplication>
#include <QPainter>

#include <cmath>

namespace {

Badge badgeAt(const QModelIndex &index, int role)
{
    const QVariant value = role >= 0 ? index.data(role) : QVariant();
    return value.canConvert<Badge>() ? value.value<Badge>() : Badge{};
}

constexpr int gap = 8;

} // namespace

DiffValueDelegate::DiffValueDelegate(const Roles &roles, const BadgePalette &palette, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_roles(roles)
    , m_palette(palette)
{}

void DiffValueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString value = index.data(m_roles.value).toString();
    const QString meaning = index.data(m_roles.meaning).toString();
    const Badge badge = badgeAt(index, m_roles.badge);
    const bool unchanged = m_roles.unchanged >= 0 && index.data(m_roles.unchanged).toBool();
    const bool selected = opt.state & QStyle::State_Selected;
    const ViewColors colors = ViewColors::forPalette(opt.palette);
    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const QFontMetrics metrics(opt.font);

    painter->save();
    painter->setFont(opt.font);
    if (value.isEmpty()) {
        QFont italic = opt.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(selected ? colors.selectionText : colors.hint);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, tr("not sent"));
        painter->restore();
        return;
    }
    painter->setPen(selected ? colors.selectionText : (unchanged ? colors.hint : colors.text));
    const QString shown = metrics.elidedText(value, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, shown);
    const int used = metrics.horizontalAdvance(shown) + gap;
    if (used < textRect.width()) {
        const QRect rest = textRect.adjusted(used, 0, 0, 0);
        if (badge.isBadge()) {
            BadgePainter::paint(painter, QRectF(rest).adjusted(0, 1, 0, -1), badge,
                                m_palette.colors(badge.meaning), opt.font);
        } else if (!meaning.isEmpty()) {
            painter->setPen(selected ? colors.selectionText : colors.hint);
            painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(meaning, Qt::ElideRight, rest.width()));
        }
    }
    painter->restore();
}

QSize DiffValueDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Room for a chip on every row, so rows stay uniform (the view relies on uniform row heights).
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    const Badge badge = badgeAt(index, m_roles.badge);
    const QString value = index.data(m_roles.value).toString();
    int width = option.fontMetrics.horizontalAdvance(value) + gap + 8;
    if (badge.isBadge())
        width += int(std::ceil(BadgePainter::preferredWidth(badge, option.font)));
    else
        width += option.fontMetrics.horizontalAdvance(index.data(m_roles.meaning).toString());
    size.setWidth(std::max(size.width(), width));
    return size;
}
