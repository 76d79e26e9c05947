#pragma once

#include <QPalette>

namespace TestSupport {

// Explicit light and dark palettes, so tests and the screenshot renderer see the same colours whatever the
// platform theme is.
QPalette lightPalette();
QPalette darkPalette();

} // namespace TestSupport
