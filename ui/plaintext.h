#pragma once

#include <QString>

class QAbstractItemView;

// Untrusted text (JSON keys and values, email bodies, header values, server messages) shown exactly as it is.
// Qt renders a QLabel with Qt::AutoText, and every tooltip, as rich text when Qt::mightBeRichText() thinks it
// looks like HTML: "<img src=…>" in a field would be fetched and drawn, "<b>" would vanish. Labels fed such
// text use setTextFormat(Qt::PlainText); tooltips go through these.
namespace PlainText {

// Tooltip markup that shows text literally (escaped, line breaks and spaces kept). Empty stays empty, so no
// tooltip is shown.
QString toolTip(const QString &text);

// Makes view show its items' tooltips (Qt::ToolTipRole) literally, through toolTip().
void showItemToolTipsLiterally(QAbstractItemView *view);

} // namespace PlainText
