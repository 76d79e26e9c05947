#include "plaintext.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace PlainText {
namespace {

// Sits on an item view's viewport and shows each tooltip through toolTip(), before the view would show it as
// given.
class LiteralToolTips : public QObject
{
public:
    explicit LiteralToolTips(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
            return false;
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        const QString text = index.isValid() ? index.data(Qt::ToolTipRole).toString() : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), toolTip(text), m_view->viewport(),
                               m_view->visualRect(index));
        return true;
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

QString toolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Rich text on purpose, so that nothing in the text itself can switch the rendering.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() +
           QStringLiteral("</p>");
}

void showItemToolTipsLiterally(QAbstractItemView *view)
{
    new LiteralToolTips(view);
}

} // namespace PlainText
