#include "richtextblock.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessibleWidget>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

namespace {

// What a screen reader is told: static text saying what the block says (as a QLabel's is), not an empty pane.
class RichTextBlockAccessible : public QAccessibleWidget
{
public:
    explicit RichTextBlockAccessible(RichTextBlock *block)
        : QAccessibleWidget(block, QAccessible::StaticText)
    {}

    QString text(QAccessible::Text kind) const override
    {
        const auto *block = static_cast<const RichTextBlock *>(widget());
        if (kind == QAccessible::Name && block->accessibleName().isEmpty())
            return block->plainText();
        return QAccessibleWidget::text(kind);
    }
};

QAccessibleInterface *accessibleFor(const QString &className, QObject *object)
{
    if (className == QLatin1StringView("RichTextBlock") && object && object->isWidgetType())
        return new RichTextBlockAccessible(static_cast<RichTextBlock *>(object));
    return nullptr;
}

} // namespace

RichTextBlock::RichTextBlock(QWidget *parent)
    : QWidget(parent)
    , m_document(new QTextDocument(this))
{
    static const bool accessibleInstalled = [] {
        QAccessible::installFactory(accessibleFor);
        return true;
    }();
    Q_UNUSED(accessibleInstalled);
    QTextOption option = m_document->defaultTextOption();
    option.setAlignment(Qt::AlignHCenter);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document->setDefaultTextOption(option);
    m_document->setDefaultFont(font());
    setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus);
    // The flag, not only hasHeightForWidth(): QScrollArea and the layouts read the policy.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

RichTextBlock::~RichTextBlock() = default;

void RichTextBlock::setText(const QString &text)
{
    m_text = text;
    loadDocument();
}

void RichTextBlock::loadDocument()
{
    // Links take the application palette's link colour as the text is read (as QLabel's do); a new palette
    // reads it again (changeEvent).
    m_document->setDefaultFont(font());
    if (Qt::mightBeRichText(m_text))
        m_document->setHtml(m_text);
    else
        m_document->setPlainText(m_text);
    m_links.clear();
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isAnchor() || format.anchorHref().isEmpty())
                continue;
            const int start = fragment.position();
            const int end = start + fragment.length();
            // One link may be split into fragments (a bold word inside it): they join.
            if (!m_links.isEmpty() && m_links.last().end == start &&
                m_links.last().target == format.anchorHref())
                m_links.last().end = end;
            else
                m_links.append({start, end, format.anchorHref()});
        }
    }
    m_heights.clear();
    m_focusedLink = -1;
    m_pressedLink = -1;
    setFocusPolicy(m_links.isEmpty() ? Qt::NoFocus : Qt::StrongFocus);
    updateGeometry();
    update();
}

QString RichTextBlock::plainText() const
{
    return m_document->toPlainText();
}

QStringList RichTextBlock::links() const
{
    QStringList targets;
    targets.reserve(m_links.size());
    for (const Link &link : m_links)
        targets << link.target;
    return targets;
}

void RichTextBlock::layOut(int width) const
{
    // The document keeps its layout until the width changes: asking twice for one width costs one layout.
    const qreal textWidth = std::max(width, 1);
    if (m_document->textWidth() != textWidth)
        m_document->setTextWidth(textWidth);
}

int RichTextBlock::heightForWidth(int width) const
{
    // Layouts ask for a few widths in turn (with and without a scroll bar, before and after a resize): each
    // is laid out once.
    const auto known = m_heights.constFind(width);
    if (known != m_heights.cend())
        return *known;
    layOut(width);
    const int height = int(std::ceil(m_document->size().height()));
    if (m_heights.size() >= maxRememberedHeights)
        m_heights.clear();
    m_heights.insert(width, height);
    return height;
}

bool RichTextBlock::hasHeightForWidth() const
{
    return true;
}

QSize RichTextBlock::sizeHint() const
{
    // No layout for this: the block takes the width it is given and says its height for it
    // (heightForWidth), as the scroll area around the welcome asks.
    const QFontMetrics metrics = fontMetrics();
    return {metrics.averageCharWidth() * 60, metrics.lineSpacing() * 6};
}

QSize RichTextBlock::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.averageCharWidth() * 16, metrics.lineSpacing()};
}

QPointF RichTextBlock::documentOrigin() const
{
    // Centred vertically in a taller widget, as QLabel's Qt::AlignCenter did.
    layOut(width());
    const qreal spare = height() - m_document->size().height();
    return {0, std::max<qreal>(0, std::floor(spare / 2))};
}

void RichTextBlock::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QPointF origin = documentOrigin();
    painter.translate(origin);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.palette.setColor(QPalette::Text, palette().color(foregroundRole()));
    context.clip = QRectF(event->rect()).translated(-origin);
    if (hasFocus() && m_focusedLink >= 0 && m_focusedLink < m_links.size()) {
        QAbstractTextDocumentLayout::Selection selection;
        selection.cursor = QTextCursor(m_document);
        selection.cursor.setPosition(m_links[m_focusedLink].start);
        selection.cursor.setPosition(m_links[m_focusedLink].end, QTextCursor::KeepAnchor);
        selection.format.setBackground(palette().brush(QPalette::Highlight));
        selection.format.setForeground(palette().brush(QPalette::HighlightedText));
        context.selections.append(selection);
    }
    m_document->documentLayout()->draw(&painter, context);
}

int RichTextBlock::linkAt(const QPoint &pos) const
{
    if (m_links.isEmpty())
        return -1;
    const QPointF inDocument = QPointF(pos) - documentOrigin();
    const int position = m_document->documentLayout()->hitTest(inDocument, Qt::ExactHit);
    if (position < 0)
        return -1;
    for (qsizetype i = 0; i < m_links.size(); ++i)
        if (position >= m_links[i].start && position < m_links[i].end)
            return int(i);
    return -1;
}

QRect RichTextBlock::linkRect(int index) const
{
    if (index < 0 || index >= m_links.size())
        return {};
    const QTextBlock block = m_document->findBlock(m_links[index].start);
    const QTextLayout *layout = block.layout();
    if (!layout)
        return {};
    const int start = m_links[index].start - block.position();
    const QTextLine line = layout->lineForTextPosition(start);
    if (!line.isValid())
        return {};
    const int end = std::min(m_links[index].end - block.position(), line.textStart() + line.textLength());
    const QPointF blockTopLeft = m_document->documentLayout()->blockBoundingRect(block).topLeft();
    const qreal left = line.cursorToX(start);
    const qreal right = line.cursorToX(end);
    const QRectF rect(blockTopLeft + QPointF(left, line.y()), QSizeF(right - left, line.height()));
    return rect.translated(documentOrigin()).toAlignedRect();
}

void RichTextBlock::mouseMoveEvent(QMouseEvent *event)
{
    if (linkAt(event->position().toPoint()) >= 0)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    QWidget::mouseMoveEvent(event);
}

void RichTextBlock::mousePressEvent(QMouseEvent *event)
{
    m_pressedLink = event->button() == Qt::LeftButton ? linkAt(event->position().toPoint()) : -1;
    QWidget::mousePressEvent(event);
}

void RichTextBlock::mouseReleaseEvent(QMouseEvent *event)
{
    const int pressed = m_pressedLink;
    m_pressedLink = -1;
    // A click is a press and a release on the same link.
    if (event->button() == Qt::LeftButton && pressed >= 0 && linkAt(event->position().toPoint()) == pressed) {
        emit linkActivated(m_links[pressed].target);
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void RichTextBlock::leaveEvent(QEvent *event)
{
    unsetCursor();
    QWidget::leaveEvent(event);
}

void RichTextBlock::setFocusedLink(int index)
{
    if (m_focusedLink == index)
        return;
    m_focusedLink = index;
    update();
}

void RichTextBlock::focusInEvent(QFocusEvent *event)
{
    if (event->reason() == Qt::BacktabFocusReason)
        setFocusedLink(int(m_links.size()) - 1);
    else if (m_focusedLink < 0 && !m_links.isEmpty())
        setFocusedLink(0);
    QWidget::focusInEvent(event);
}

void RichTextBlock::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

bool RichTextBlock::focusNextPrevChild(bool next)
{
    // Tab walks the links first, then leaves the block.
    if (hasFocus() && !m_links.isEmpty()) {
        const int target = m_focusedLink + (next ? 1 : -1);
        if (target >= 0 && target < m_links.size()) {
            setFocusedLink(target);
            return true;
        }
        setFocusedLink(-1);
    }
    return QWidget::focusNextPrevChild(next);
}

void RichTextBlock::keyPressEvent(QKeyEvent *event)
{
    const bool activates =
        event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space;
    if (activates && m_focusedLink >= 0 && m_focusedLink < m_links.size()) {
        emit linkActivated(m_links[m_focusedLink].target);
        return;
    }
    QWidget::keyPressEvent(event);
}

void RichTextBlock::changeEvent(QEvent *event)
{
    // A new font or palette (the theme menu) is read again: sizes, wrapping and link colours follow.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        const int focused = m_focusedLink;
        loadDocument();
        if (focused < m_links.size())
            m_focusedLink = focused;
    }
    QWidget::changeEvent(event);
}
