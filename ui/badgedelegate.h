#pragma once

#include "badgepalette.h"

#include <QStyledItemDelegate>

// Paints a chip in place of the plain value when the index carries a Badge under badgeRole. The role id and
// the palette come from outside, so the delegate knows nothing of the model.
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    BadgeDelegate(int badgeRole, const BadgePalette &palette, QObject *parent = nullptr);
    BadgeDelegate(int badgeRole, int decodedRole, const BadgePalette &palette, QObject *parent = nullptr);

    void setPalette(const BadgePalette &palette) { m_palette = palette; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_badgeRole;
    int m_decodedRole = -1;
    BadgePalette m_palette;
};
