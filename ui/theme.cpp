#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace {

Theme::Choice currentChoice = Theme::Choice::System;
// The style the application had before the first Light or Dark, given back by System.
QString systemStyle;

void setStyleNamed(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

void Theme::apply(Choice choice)
{
    if (systemStyle.isEmpty())
        systemStyle = QApplication::style()->name();
    currentChoice = choice;
    switch (choice) {
    case Choice::System:
        setStyleNamed(systemStyle);
        // A palette with nothing set: every role comes from the style and the desktop again, and follows
        // the desktop when it changes.
        QApplication::setPalette(QPalette());
        return;
    case Choice::Light:
        setStyleNamed(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        return;
    case Choice::Dark:
        setStyleNamed(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        return;
    }
}

Theme::Choice Theme::current()
{
    return currentChoice;
}

QString Theme::settingsName(Choice choice)
{
    switch (choice) {
    case Choice::System:
        break;
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

std::optional<Theme::Choice> Theme::fromSettingsName(const QString &name)
{
    for (const Choice choice : {Choice::System, Choice::Light, Choice::Dark})
        if (name == settingsName(choice))
            return choice;
    return std::nullopt;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QPalette Theme::lightPalette()
{
    QPalette p;
    const QColor text(0x11, 0x18, 0x27);
    const QColor disabledText(0x6B, 0x72, 0x80);
    p.setColor(QPalette::Window, QColor(0xF3, 0xF4, 0xF6));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xF6, 0xF7, 0xF9));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xE9, 0xEB, 0xEF));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xEB));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0xFF, 0xFF, 0xF0));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Link, QColor(0x1D, 0x4E, 0xD8));
    p.setColor(QPalette::LinkVisited, QColor(0x6D, 0x28, 0xD9));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xE5, 0xE7, 0xEB));
    p.setColor(QPalette::Mid, QColor(0xC4, 0xC8, 0xCF));
    p.setColor(QPalette::Dark, QColor(0x9C, 0xA3, 0xAF));
    p.setColor(QPalette::Shadow, QColor(0x4B, 0x55, 0x63));
    for (const auto role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor text(0xE6, 0xE8, 0xEB);
    const QColor disabledText(0x8B, 0x92, 0x9E);
    p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x27));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x17, 0x19, 0x1D));
    p.setColor(QPalette::AlternateBase, QColor(0x1E, 0x21, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2B, 0x2E, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xEB));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x2B, 0x2E, 0x35));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9C, 0xA3, 0xAF));
    p.setColor(QPalette::Link, QColor(0x60, 0xA5, 0xFA));
    p.setColor(QPalette::LinkVisited, QColor(0xA7, 0x8B, 0xFA));
    p.setColor(QPalette::Light, QColor(0x3A, 0x3E, 0x46));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x36, 0x3D));
    p.setColor(QPalette::Mid, QColor(0x44, 0x47, 0x4F));
    p.setColor(QPalette::Dark, QColor(0x14, 0x15, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}
