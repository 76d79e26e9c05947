#include "highlightrowdelegate.h"

#include "viewcolors.h"

HighlightRowDelegate::HighlightRowDelegate(int flagRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_flagRole(flagRole)
{}

void HighlightRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(m_flagRole).toBool())
        return;
    const ViewColors colors = ViewColors::forPalette(option->palette);
    if (option->state & QStyle::State_Selected)
        return; // the style draws the selection, which ViewColors keeps apart from the highlight
    option->backgroundBrush = colors.highlightRow;
    option->palette.setColor(QPalette::Text, colors.highlightRowText);
}
