#pragma once

#include "theme.h"

#include <QMenu>

class QActionGroup;

// View → Theme: System, Light, Dark, one of them checked. Choosing one says so (chosen); applying and keeping
// it is the window's business.
class ThemeMenu : public QMenu
{
    Q_OBJECT

public:
    explicit ThemeMenu(QWidget *parent = nullptr);

    void setCurrent(Theme::Choice choice);
    QAction *action(Theme::Choice choice) const;

signals:
    void chosen(Theme::Choice choice);

private:
    QActionGroup *m_group;
};
