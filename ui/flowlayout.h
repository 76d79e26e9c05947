#pragma once

#include <QLayout>
#include <QList>

// A layout that places its widgets left to right and wraps them onto the next line when the width runs out,
// instead of asking for more width (a row of long chips must not force the window wider). Its height
// follows the width given (heightForWidth); the geometry itself is FlowGeometry's.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int horizontalSpacing = 6, int verticalSpacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // The items that take room (hidden widgets do not).
    QList<QLayoutItem *> visibleItems() const;
    int heightFor(int contentWidth) const;

    QList<QLayoutItem *> m_items;
    int m_horizontalSpacing;
    int m_verticalSpacing;
};
