#include "thememenu.h"

#include <QActionGroup>

ThemeMenu::ThemeMenu(QWidget *parent)
    : QMenu(tr("&Theme"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("themeMenu"));
    const std::pair<Theme::Choice, QString> choices[] = {
        {Theme::Choice::System, tr("&System (follow the desktop)")},
        {Theme::Choice::Light, tr("&Light")},
        {Theme::Choice::Dark, tr("&Dark")},
    };
    for (const auto &[choice, text] : choices) {
        QAction *item = addAction(text);
        item->setCheckable(true);
        item->setData(int(choice));
        m_group->addAction(item);
        const Theme::Choice picked = choice;
        connect(item, &QAction::triggered, this, [this, picked] { emit chosen(picked); });
    }
    m_group->setExclusive(true);
    setCurrent(Theme::current());
}

void ThemeMenu::setCurrent(Theme::Choice choice)
{
    if (QAction *item = action(choice))
        item->setChecked(true);
}

QAction *ThemeMenu::action(Theme::Choice choice) const
{
    for (QAction *item : m_group->actions())
        if (item->data().toInt() == int(choice))
            return item;
    return nullptr;
}
