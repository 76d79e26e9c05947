#pragma once

#include "badgepalette.h"

#include <QStyledItemDelegate>

// Paints one side of a difference: the value as sent first, then what it means — a chip for status-like
// fields, a muted hint otherwise — so "sent" → "delivered" reads as raw text and as meaning at once. Rows
// that did not change are muted; an absent side says "not sent". Roles come from outside; it only paints.
class DiffValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct Roles
    {
        int value = -1;
        int meaning = -1;
        int badge = -1;
        int unchanged = -1; // bool role: paint the row muted
    };

    DiffValueDelegate(const Roles &roles, const BadgePalette &palette, QObject *parent = nullptr);

    void setPalette(const BadgePalette &palette) { m_palette = palette; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Roles m_roles;
    BadgePalette m_palette;
};
