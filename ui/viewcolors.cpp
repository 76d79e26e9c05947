#include "viewcolors.h"

#include "badgepalette.h"

#include <QWidget>

#include <cmath>

namespace {

constexpr double readable = 4.5; // WCAG AA for normal text

double contrast(const QColor &a, const QColor &b)
{
    return BadgePalette::contrastRatio(a, b);
}

bool isDark(const QColor &background)
{
    return background.lightnessF() < 0.5;
}

QColor mix(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

// The palette's colour when it reads on background, else the most legible of near-black and near-white.
QColor legible(const QColor &wanted, const QColor &background)
{
    if (wanted.isValid() && contrast(wanted, background) >= readable)
        return wanted;
    const QColor light(0xF3, 0xF4, 0xF6);
    const QColor dark(0x11, 0x18, 0x27);
    return contrast(light, background) >= contrast(dark, background) ? light : dark;
}

QColor opaque(QColor color)
{
    color.setAlpha(255);
    return color;
}

} // namespace

QColor ViewColors::muted(const QColor &text, const QColor &background)
{
    for (double amount = 0.45; amount > 0.0; amount -= 0.05) {
        const QColor candidate = mix(text, background, amount);
        if (contrast(candidate, background) >= readable + 0.1) // a margin over the rounding of 8-bit colours
            return candidate;
    }
    return text;
}

bool ViewColors::looksDifferent(const QColor &a, const QColor &b)
{
    if (contrast(a, b) >= 1.5)
        return true;
    // Similar lightness: a tint tells from a grey, and two tints by a clearly different hue.
    constexpr float tinted = 0.1f;
    const bool aTinted = a.hsvSaturationF() >= tinted;
    const bool bTinted = b.hsvSaturationF() >= tinted;
    if (aTinted != bTinted)
        return true;
    if (!aTinted)
        return false; // two greys of about the same lightness
    const int distance = std::abs(a.hsvHue() - b.hsvHue());
    return std::min(distance, 360 - distance) >= 40;
}

void ViewColors::applyToView(QWidget *view, const QPalette &from)
{
    // Only the roles the rows are painted with; everything else stays the desktop's.
    const ViewColors colors = forPalette(from);
    QPalette p = view->palette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Base, colors.base);
        p.setColor(group, QPalette::AlternateBase, colors.alternateBase);
        p.setColor(group, QPalette::Text, colors.text);
        p.setColor(group, QPalette::Highlight, colors.selection);
        p.setColor(group, QPalette::HighlightedText, colors.selectionText);
    }
    view->setPalette(p);
}

ViewColors ViewColors::forPalette(const QPalette &palette)
{
    ViewColors c;
    c.base = opaque(palette.color(QPalette::Normal, QPalette::Base));
    c.alternateBase = opaque(palette.color(QPalette::Normal, QPalette::AlternateBase));
    if (contrast(c.alternateBase, c.base) > 1.3)
        c.alternateBase = mix(c.base, c.alternateBase, 0.5); // a stripe, not a second background
    // Plain text reads on both row colours; the hint is made from it, so it can never outshine it.
    c.text = legible(opaque(palette.color(QPalette::Normal, QPalette::Text)), c.base);
    if (contrast(c.text, c.alternateBase) < readable)
        c.text = legible(QColor(), c.alternateBase);
    // Muted against whichever row colour the text stands out from less, so the hint reads on both.
    const bool baseIsHarder = contrast(c.text, c.base) <= contrast(c.text, c.alternateBase);
    c.hint = muted(c.text, baseIsHarder ? c.base : c.alternateBase);
    if (contrast(c.hint, c.base) < readable || contrast(c.hint, c.alternateBase) < readable)
        c.hint = c.text;

    c.selection = opaque(palette.color(QPalette::Normal, QPalette::Highlight));
    c.selectionText =
        legible(opaque(palette.color(QPalette::Normal, QPalette::HighlightedText)), c.selection);

    // Rows marked for attention take a meaning colour whose fill cannot pass for the selection: amber
    // first, then blue, green, violet, whichever the selection is not.
    const BadgePalette chips(isDark(c.base) ? BadgePalette::Variant::Dark : BadgePalette::Variant::Light);
    const BadgeMeaning candidates[] = {BadgeMeaning::Waiting, BadgeMeaning::Inbound, BadgeMeaning::Good,
                                       BadgeMeaning::OptedOut};
    BadgeColors row = chips.colors(candidates[0]);
    for (BadgeMeaning meaning : candidates) {
        const BadgeColors candidate = chips.colors(meaning);
        if (looksDifferent(candidate.background, c.selection) &&
            looksDifferent(candidate.background, c.base)) {
            row = candidate;
            break;
        }
    }
    c.highlightRow = row.background;
    c.highlightRowText = row.text;

    c.window = opaque(palette.color(QPalette::Normal, QPalette::Window));
    c.windowText = legible(opaque(palette.color(QPalette::Normal, QPalette::WindowText)), c.window);
    c.mutedWindowText = muted(c.windowText, c.window);
    // Red that reads as red: the chip table's deep red on light, a soft red on dark; moved towards the
    // window text until it is readable on this window.
    c.errorText = isDark(c.window) ? QColor(0xF8, 0x71, 0x71) : chips.colors(BadgeMeaning::Bad).text;
    for (double amount = 0.1; contrast(c.errorText, c.window) < readable + 0.1 && amount <= 1.0;
         amount += 0.1)
        c.errorText = mix(c.errorText, c.windowText, amount);
    return c;
}
