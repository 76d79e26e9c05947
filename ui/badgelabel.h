#pragma once

#include "message/badge.h"

#include <QWidget>

// One painted chip as a widget, for the summary card. Accessible: its accessible name is the chip's text.
class BadgeLabel : public QWidget
{
    Q_OBJECT

public:
    explicit BadgeLabel(QWidget *parent = nullptr);

    void setBadge(const Badge &badge);
    const Badge &badge() const { return m_badge; }
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Badge m_badge;
};
