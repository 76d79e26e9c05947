#pragma once

#include <QPalette>
#include <QString>

#include <optional>

// The colour scheme of the whole application: the desktop's (System), or one of the two the program brings
// (Light, Dark: the Fusion style with a palette of its own). Chosen from View → Theme and kept in the
// settings.
//
// Qt 6.4 (Debian 12) has no QStyleHints::colorScheme(), so what System means is read from the palette the
// desktop gives: a dark window colour is a dark scheme (BadgePalette and ViewColors decide the same way),
// and every widget that paints its own colours follows a palette change while the window is open.
class Theme
{
public:
    enum class Choice
    {
        System,
        Light,
        Dark
    };

    // Applies the choice to the application (style and palette). System gives back the style the
    // application started with and the desktop's palette.
    static void apply(Choice choice);
    static Choice current();

    // "system", "light", "dark": what the settings hold. Anything else is no choice.
    static QString settingsName(Choice choice);
    static std::optional<Choice> fromSettingsName(const QString &name);

    // The palettes Light and Dark install.
    static QPalette lightPalette();
    static QPalette darkPalette();

    // True when the palette is a dark one (its window colour is dark).
    static bool isDark(const QPalette &palette);
};
