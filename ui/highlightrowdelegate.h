#pragma once

#include <QStyledItemDelegate>

// Paints the rows whose index carries true under flagRole in ViewColors' highlight colours (the HTTP tab's
// rate-limit headers), taken from the view's palette at paint time, so they follow a switch between light
// and dark and never look like the selected row.
class HighlightRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    HighlightRowDelegate(int flagRole, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_flagRole;
};
