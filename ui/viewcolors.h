#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

// The colours the item views paint with, decided in one place from the palette in use, so every role stays
// readable (WCAG AA, 4.5:1) and keeps its meaning in light and dark alike, whatever the desktop's palette
// says — tests/ui/tst_badgepalette.cpp checks every role in both:
//  - a value as sent is the most legible text in the row; a decoded hint beside it is muted, never the
//    reverse (a dark desktop once drew plain values grey and hints white);
//  - the highlighted header rows of the HTTP tab never look like the selected row.
struct ViewColors
{
    QColor base;          // the view's background
    QColor alternateBase; // every other row
    QColor text;          // a value as sent, keys, anything plain
    QColor hint;          // a decoded hint beside a value: muted, still readable
    QColor selection;     // the selected row
    QColor selectionText;
    QColor highlightRow; // a row marked for attention (rate-limit headers)
    QColor highlightRowText;
    QColor window; // labels on the window background (the summary card)
    QColor windowText;
    QColor mutedWindowText; // captions there ("Contact", "Trace id")
    QColor errorText;       // a refused input or a failed save, said on the window background

    static ViewColors forPalette(const QPalette &palette);
    // Gives an item view (its rows) these colours for the palette from: base, stripes, text, selection.
    // Called again when from changes (a switch between light and dark).
    static void applyToView(QWidget *view, const QPalette &from);

    // A colour between text and background that still reads at 4.5:1 on background: as muted as that
    // allows, up to 45 % of the way.
    static QColor muted(const QColor &text, const QColor &background);
    // True when two fills tell apart at a glance: different hues, or clearly different lightness.
    static bool looksDifferent(const QColor &a, const QColor &b);
};
