#pragma once

class QLineEdit;

// Gives a line edit its clear button when it first holds text. The button only shows with text, so nothing
// looks different; but enabling it loads the style's icon theme (6 ms on the first call in a process, most
// of what the lookup bar cost to build), which the window's first paint then does not wait for (issue 16).
namespace LazyClearButton {
void install(QLineEdit *edit);
} // namespace LazyClearButton
