#include "palettes.h"

namespace TestSupport {

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xF5, 0xF5, 0xF5));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xF0, 0xF0, 0xF0));
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Button, QColor(0xEE, 0xEE, 0xEE));
    p.setColor(QPalette::ButtonText, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xEB));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x6B, 0x72, 0x80));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x27));
    p.setColor(QPalette::WindowText, QColor(0xE6, 0xE8, 0xEB));
    p.setColor(QPalette::Base, QColor(0x17, 0x19, 0x1D));
    p.setColor(QPalette::AlternateBase, QColor(0x1E, 0x21, 0x26));
    p.setColor(QPalette::Text, QColor(0xE6, 0xE8, 0xEB));
    p.setColor(QPalette::Button, QColor(0x2B, 0x2E, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xE6, 0xE8, 0xEB));
    p.setColor(QPalette::Highlight, QColor(0x3B, 0x82, 0xF6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x2B, 0x2E, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xE6, 0xE8, 0xEB));
    p.setColor(QPalette::PlaceholderText, QColor(0x9C, 0xA3, 0xAF));
    p.setColor(QPalette::Link, QColor(0x60, 0xA5, 0xFA));
    p.setColor(QPalette::Mid, QColor(0x44, 0x47, 0x4F));
    for (const auto role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
        p.setColor(QPalette::Disabled, role, QColor(0x6B, 0x72, 0x80));
    return p;
}

} // namespace TestSupport
