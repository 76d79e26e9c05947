#include "largetextview.h"

#include "text/safetext.h"
#include "viewcolors.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace {

constexpr int GutterPadding = 8;
constexpr int TextPadding = 6;

} // namespace

// The drawn form of one row: its display-safe text, laid out once (one shaping run for the whole row) and
// cached while it stays in view. Colours are not formats of the layout — a format per token would split a
// 1 KB row into a hundred runs shaped one by one, 30 ms for one screen of a one-line body — but spans of
// characters: a paint draws the glyphs of the spans in view, each in its colour, and nothing else.
struct LargeTextView::RowLayout
{
    enum Colour : quint8
    {
        Text,
        Key,
        String,
        Escape,
        Number,
        Literal,
        Punctuation,
        Invalid,
        ColourCount
    };
    struct Span
    {
        int from; // characters of display.text
        int to;
        Colour colour;
    };
    SafeText::ViewerText display;
    QTextLayout layout;
    std::vector<Span> spans; // cover the whole text, in order
};

LargeTextView::Colors LargeTextView::Colors::forPalette(const QPalette &palette)
{
    Colors c;
    c.background = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    const bool dark = c.background.lightness() < 128;
    if (dark) {
        c.key = QColor(0x9C, 0xDC, 0xFE);
        c.string = QColor(0xCE, 0x91, 0x78);
        c.escape = QColor(0xD7, 0xBA, 0x7D);
        c.number = QColor(0xB5, 0xCE, 0xA8);
        c.literal = QColor(0x56, 0x9C, 0xD6);
        c.invalid = QColor(0xF4, 0x87, 0x71);
        c.match = QColor(0x61, 0x4D, 0x12);
        c.currentMatch = QColor(0xA3, 0x62, 0x0A);
    } else {
        c.key = QColor(0x04, 0x51, 0xA5);
        c.string = QColor(0xA3, 0x15, 0x15);
        c.escape = QColor(0x8A, 0x4B, 0x00);
        c.number = QColor(0x09, 0x86, 0x58);
        c.literal = QColor(0x7A, 0x1F, 0xA2);
        c.invalid = QColor(0xC4, 0x1A, 0x16);
        c.match = QColor(0xFF, 0xE8, 0x8A);
        c.currentMatch = QColor(0xFF, 0xB8, 0x4D);
    }
    // Punctuation recedes a little behind the values it separates.
    c.punctuation = dark ? c.text.darker(125) : c.text.lighter(160);
    const QColor window = palette.color(QPalette::Window);
    c.gutterBackground = dark ? c.background.lighter(115) : window;
    // Muted from the text, not the palette's placeholder colour, so line numbers stay readable (4.5:1).
    c.gutterText = ViewColors::muted(c.text, c.gutterBackground);
    c.gutterBorder = palette.color(QPalette::Mid);
    c.selection = palette.color(QPalette::Highlight);
    c.selection.setAlpha(dark ? 110 : 80);
    c.caret = c.text;
    c.substitutionBackground = c.invalid;
    c.substitutionBackground.setAlpha(40);
    return c;
}

LargeTextView::LargeTextView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Text viewer"));
    m_colors = Colors::forPalette(palette());
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
    updateMetrics();
    updateScrollBars();
}

LargeTextView::~LargeTextView()
{
    cancelIndexing();
}

void LargeTextView::setText(const QByteArray &bytes, std::shared_ptr<const void> keepAlive)
{
    m_bytes = bytes;
    m_keepAlive = std::move(keepAlive);
    m_matches.clear();
    m_matchLength = 0;
    m_currentMatch = -1;
    m_anchor = m_cursor = 0;
    m_desiredX = -1;
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    reindex();
    emit selectionChanged();
}

void LargeTextView::setSegmentBytes(qsizetype bytes)
{
    if (bytes == m_segment)
        return;
    m_segment = bytes;
    reindex();
}

void LargeTextView::setSyntax(Syntax syntax)
{
    if (syntax == m_syntax)
        return;
    m_syntax = syntax;
    reindex(); // the JSON row states are part of the index
}

LargeTextView::IndexResult LargeTextView::buildIndex(const QByteArray &bytes, qsizetype segment, bool json,
                                                     const std::atomic_bool *cancel)
{
    IndexResult result;
    result.index = LineIndex::build(bytes, segment, cancel);
    if (json && result.index.isValid())
        result.states = JsonLexer::continuationStates(result.index, cancel);
    return result;
}

void LargeTextView::reindex()
{
    cancelIndexing();
    invalidateLayouts();
    const bool json = m_syntax == Syntax::Json;
    if (m_bytes.size() <= m_syncLimit) {
        install(buildIndex(m_bytes, m_segment, json, nullptr));
        return;
    }
    m_indexing = true;
    m_index = LineIndex();
    m_rowStates.clear();
    updateScrollBars();
    viewport()->update();
    // The worker keeps what keeps the bytes valid until it is done with them, even if the text is replaced.
    m_task.start([bytes = m_bytes, keepAlive = m_keepAlive, segment = m_segment, json](
                     TaskControl &control) { return buildIndex(bytes, segment, json, control.cancelFlag()); },
                 [this](std::optional<IndexResult> result) {
                     if (result && result->index.isValid())
                         install(std::move(*result));
                 });
}

void LargeTextView::cancelIndexing()
{
    m_task.abandon(); // its result is dropped; the worker owns copies of what it reads and stops on its own
    m_indexing = false;
}

void LargeTextView::install(IndexResult result)
{
    m_index = std::move(result.index);
    m_rowStates = std::move(result.states);
    m_indexing = false;
    invalidateLayouts();
    updateMetrics();
    updateScrollBars();
    viewport()->update();
    emit indexed();
}

void LargeTextView::setColors(const Colors &colors)
{
    m_colors = colors;
    m_customColors = true;
    invalidateLayouts();
    viewport()->update();
}

void LargeTextView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void LargeTextView::setMatches(const QList<qsizetype> &offsets, qsizetype length)
{
    m_matches = offsets;
    m_matchLength = length;
    m_currentMatch = -1;
    viewport()->update();
}

void LargeTextView::setCurrentMatch(int index)
{
    if (index < 0 || index >= m_matches.size()) {
        m_currentMatch = -1;
        viewport()->update();
        return;
    }
    m_currentMatch = index;
    const qsizetype start = m_matches.at(index);
    m_anchor = start;
    m_cursor = std::min(m_bytes.size(), start + m_matchLength);
    m_desiredX = -1;
    ensureVisible(m_cursor, true);
    ensureVisible(start, true);
    viewport()->update();
    emit selectionChanged();
}

void LargeTextView::setSelection(qsizetype anchor, qsizetype cursor)
{
    m_anchor = std::clamp<qsizetype>(anchor, 0, m_bytes.size());
    m_cursor = std::clamp<qsizetype>(cursor, 0, m_bytes.size());
    m_desiredX = -1;
    viewport()->update();
    emit selectionChanged();
}

QByteArray LargeTextView::selectedBytes() const
{
    return m_bytes.mid(selectionStart(), selectionEnd() - selectionStart());
}

void LargeTextView::selectAll()
{
    setSelection(0, m_bytes.size());
}

bool LargeTextView::copy()
{
    if (!hasSelection())
        return false;
    const qsizetype size = selectionEnd() - selectionStart();
    if (size > MaxCopyBytes) {
        emit copyTooLarge(size);
        return false;
    }
    QGuiApplication::clipboard()->setText(QString::fromUtf8(selectedBytes()));
    return true;
}

void LargeTextView::invalidateLayouts()
{
    m_layouts.clear();
}

void LargeTextView::updateMetrics()
{
    const QFontMetrics fm(font());
    // Control pictures (␀ ␛) when the font has them, \x1B otherwise: never an empty box.
    m_controlStyle = fm.inFontUcs4(0x2400) && fm.inFontUcs4(0x241B) ? SafeText::ControlStyle::Pictures
                                                                    : SafeText::ControlStyle::Escapes;
    m_rowHeight = std::max(1, fm.lineSpacing());
    m_charWidth = std::max(1, fm.horizontalAdvance(QLatin1Char('0')));
    m_ascent = fm.ascent();
}

int LargeTextView::gutterWidth() const
{
    const int digits = int(QString::number(std::max<qsizetype>(1, m_index.lineCount())).size());
    return std::max(3, digits) * m_charWidth + 2 * GutterPadding;
}

int LargeTextView::textLeft() const
{
    return gutterWidth() + TextPadding;
}

int LargeTextView::rowHeight() const
{
    return m_rowHeight;
}

int LargeTextView::visibleRowCount() const
{
    return std::max(1, viewport()->height() / m_rowHeight);
}

qsizetype LargeTextView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

void LargeTextView::updateScrollBars()
{
    const qsizetype rows = m_indexing ? 0 : m_index.rowCount();
    const int visible = visibleRowCount();
    verticalScrollBar()->setRange(0, int(std::max<qsizetype>(0, rows - visible)));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(1);
    // Widest possible row: bytes are an upper bound for characters, tabs aside.
    const qsizetype widest = (m_index.longestRowBytes() + 2) * m_charWidth;
    const int textWidth = std::max(1, viewport()->width() - textLeft());
    const qsizetype range = std::max<qsizetype>(0, widest - textWidth);
    horizontalScrollBar()->setRange(0, int(std::min<qsizetype>(range, INT_MAX)));
    horizontalScrollBar()->setPageStep(textWidth);
    horizontalScrollBar()->setSingleStep(m_charWidth * 4);
}

JsonLexer::State LargeTextView::stateAtRow(qsizetype row) const
{
    const auto it = std::lower_bound(m_rowStates.begin(), m_rowStates.end(), row,
                                     [](const JsonLexer::RowState &s, qsizetype r) { return s.row < r; });
    if (it != m_rowStates.end() && it->row == row)
        return it->state;
    return {};
}

LargeTextView::RowLayout *LargeTextView::rowLayout(qsizetype row) const
{
    if (RowLayout *cached = m_layouts.object(row))
        return cached;
    auto *rl = new RowLayout;
    const qsizetype rowStart = m_index.rowStart(row);
    rl->display = SafeText::forViewer(m_index.rowBytes(row), m_controlStyle);
    rl->layout.setText(rl->display.text);
    rl->layout.setFont(font());
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setTextDirection(Qt::LeftToRight);
    rl->layout.setTextOption(option);

    QList<JsonLexer::Token> tokens;
    if (m_syntax == Syntax::Json) {
        const qsizetype line = m_index.lineOfRow(row);
        const qsizetype lineStart = m_index.lineStart(line);
        JsonLexer::lex(m_index.line(line), rowStart - lineStart, m_index.rowEnd(row) - lineStart,
                       stateAtRow(row), &tokens);
        for (JsonLexer::Token &t : tokens)
            t.start -= rowStart - lineStart; // from here on: bytes in the row
    }
    rl->layout.beginLayout();
    QTextLine textLine = rl->layout.createLine();
    if (textLine.isValid())
        textLine.setLineWidth(1e9);
    rl->layout.endLayout();

    // One colour per character, then runs of equal colour. Drawn stand-ins for control bytes and bad UTF-8
    // are marked (and get a background when painted), so nobody reads them as text.
    const int length = int(rl->display.text.size());
    std::vector<RowLayout::Colour> colours(size_t(length), RowLayout::Text);
    auto paint = [&](int from, int to, RowLayout::Colour colour) {
        std::fill(colours.begin() + std::clamp(from, 0, length), colours.begin() + std::clamp(to, 0, length),
                  colour);
    };
    for (const JsonLexer::Token &t : std::as_const(tokens)) {
        const int from = rl->display.charForByte(t.start);
        const int to = rl->display.charForByte(t.start + t.length);
        switch (t.kind) {
        case JsonLexer::Kind::Key:
            paint(from, to, RowLayout::Key);
            break;
        case JsonLexer::Kind::String:
            paint(from, to, RowLayout::String);
            break;
        case JsonLexer::Kind::Escape:
            paint(from, to, RowLayout::Escape);
            break;
        case JsonLexer::Kind::Number:
            paint(from, to, RowLayout::Number);
            break;
        case JsonLexer::Kind::Literal:
            paint(from, to, RowLayout::Literal);
            break;
        case JsonLexer::Kind::Punctuation:
            paint(from, to, RowLayout::Punctuation);
            break;
        case JsonLexer::Kind::Invalid:
            paint(from, to, RowLayout::Invalid);
            break;
        }
    }
    for (const auto &[start, count] : rl->display.substitutions)
        paint(start, start + count, RowLayout::Invalid);
    for (int from = 0; from < length;) {
        int to = from + 1;
        while (to < length && colours[size_t(to)] == colours[size_t(from)])
            ++to;
        rl->spans.push_back(RowLayout::Span{from, to, colours[size_t(from)]});
        from = to;
    }
    m_layouts.insert(row, rl);
    return rl;
}

qsizetype LargeTextView::offsetInRow(qsizetype row, qreal x) const
{
    RowLayout *rl = rowLayout(row);
    const QTextLine line = rl->layout.lineAt(0);
    const int charIndex = line.isValid() ? line.xToCursor(x) : 0;
    return std::min(m_index.rowStart(row) + rl->display.byteForChar(charIndex), m_index.rowEnd(row));
}

qreal LargeTextView::xInRow(qsizetype row, qsizetype offset) const
{
    RowLayout *rl = rowLayout(row);
    const QTextLine line = rl->layout.lineAt(0);
    if (!line.isValid())
        return 0;
    return line.cursorToX(rl->display.charForByte(offset - m_index.rowStart(row)));
}

qsizetype LargeTextView::offsetAt(const QPoint &pos) const
{
    if (m_indexing)
        return 0;
    const qsizetype row =
        std::clamp<qsizetype>(firstVisibleRow() + pos.y() / m_rowHeight, 0, m_index.rowCount() - 1);
    return offsetInRow(row, pos.x() - textLeft() + horizontalScrollBar()->value());
}

QPoint LargeTextView::pointForOffset(qsizetype offset) const
{
    if (m_indexing)
        return {};
    const qsizetype row = m_index.rowAt(offset);
    const int y = int((row - firstVisibleRow()) * m_rowHeight);
    const int x = int(xInRow(row, offset)) + textLeft() - horizontalScrollBar()->value();
    return {x, y};
}

void LargeTextView::ensureVisible(qsizetype offset, bool centre)
{
    if (m_indexing)
        return;
    const qsizetype row = m_index.rowAt(offset);
    const qsizetype first = firstVisibleRow();
    const int visible = visibleRowCount();
    if (row < first || row >= first + visible)
        verticalScrollBar()->setValue(
            int(centre ? row - visible / 2 : (row < first ? row : row - visible + 1)));
    const int x = int(xInRow(row, offset));
    const int textWidth = std::max(1, viewport()->width() - textLeft());
    QScrollBar *h = horizontalScrollBar();
    if (x < h->value())
        h->setValue(std::max(0, x - textWidth / 3));
    else if (x > h->value() + textWidth - m_charWidth)
        h->setValue(x - textWidth * 2 / 3);
}

void LargeTextView::scrollToOffset(qsizetype offset)
{
    ensureVisible(std::clamp<qsizetype>(offset, 0, m_bytes.size()), true);
}

void LargeTextView::scrollToLine(qsizetype line)
{
    if (m_indexing)
        return;
    verticalScrollBar()->setValue(int(m_index.firstRowOfLine(line)));
}

void LargeTextView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QRect area = viewport()->rect();
    painter.fillRect(area, m_colors.background);
    painter.setFont(font());

    if (m_indexing || m_bytes.isEmpty()) {
        painter.setPen(m_colors.gutterText);
        const QString message =
            m_indexing ? tr("Indexing %1…").arg(QLocale().formattedDataSize(m_bytes.size())) : m_placeholder;
        painter.drawText(area.adjusted(12, 12, -12, -12), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         message);
        return;
    }

    const int gutter = gutterWidth();
    const qsizetype first = firstVisibleRow();
    const qsizetype last = std::min(m_index.rowCount() - 1, first + area.height() / m_rowHeight + 1);
    const qreal x0 = textLeft() - horizontalScrollBar()->value();
    const qsizetype selStart = selectionStart();
    const qsizetype selEnd = selectionEnd();

    painter.save();
    const QRect textArea(gutter, 0, area.width() - gutter, area.height());
    painter.setClipRect(textArea);
    const QColor colours[RowLayout::ColourCount] = {m_colors.text,        m_colors.key,    m_colors.string,
                                                    m_colors.escape,      m_colors.number, m_colors.literal,
                                                    m_colors.punctuation, m_colors.invalid};
    for (qsizetype row = first; row <= last; ++row) {
        const int y = int((row - first) * m_rowHeight);
        RowLayout *rl = rowLayout(row);
        const qsizetype rowStart = m_index.rowStart(row);
        const qsizetype rowEnd = m_index.rowEnd(row);
        const QTextLine textLine = rl->layout.lineAt(0);
        // Backgrounds first (selection, matches), then the text over them.
        auto addOverlay = [&](qsizetype from, qsizetype to, const QColor &colour) {
            from = std::max(from, rowStart);
            to = std::min(to, rowEnd);
            if (to <= from || !textLine.isValid())
                return;
            const qreal xa = textLine.cursorToX(rl->display.charForByte(from - rowStart));
            const qreal xb = textLine.cursorToX(rl->display.charForByte(to - rowStart));
            painter.fillRect(QRectF(x0 + xa, y, xb - xa, m_rowHeight), colour);
        };
        if (selEnd > selStart) {
            addOverlay(selStart, selEnd, m_colors.selection);
            // A selection that runs on past this line shows its newline as a small cell.
            if (selStart <= rowEnd && selEnd > rowEnd && !m_index.isContinuationRow(row + 1)) {
                const qreal endX = x0 + rl->layout.lineAt(0).naturalTextWidth();
                painter.fillRect(QRectF(endX, y, m_charWidth / 2.0, m_rowHeight), m_colors.selection);
            }
        }
        if (m_matchLength > 0 && !m_matches.isEmpty()) {
            auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), rowStart - m_matchLength + 1);
            for (; it != m_matches.cend() && *it < rowEnd; ++it) {
                const bool current = m_currentMatch >= 0 && *it == m_matches.at(m_currentMatch);
                addOverlay(*it, *it + m_matchLength, current ? m_colors.currentMatch : m_colors.match);
            }
        }
        if (!textLine.isValid()) {
            painter.setPen(m_colors.text);
            rl->layout.draw(&painter, QPointF(x0, y));
        } else {
            for (const auto &[start, count] : rl->display.substitutions)
                addOverlay(rowStart + rl->display.byteForChar(start),
                           rowStart + rl->display.byteForChar(start + count),
                           m_colors.substitutionBackground);
            // Only the characters in view, span by span in their colours.
            const int visibleFrom = std::max(0, textLine.xToCursor(gutter - x0) - 1);
            const int visibleTo =
                std::min(int(rl->display.text.size()), textLine.xToCursor(area.width() - x0) + 1);
            const auto first =
                std::upper_bound(rl->spans.cbegin(), rl->spans.cend(), visibleFrom,
                                 [](int c, const RowLayout::Span &span) { return c < span.to; });
            for (auto span = first; span != rl->spans.cend() && span->from < visibleTo; ++span) {
                const int from = std::max(span->from, visibleFrom);
                const int to = std::min(span->to, visibleTo);
                if (to <= from)
                    continue;
                painter.setPen(colours[span->colour]);
                for (const QGlyphRun &run : textLine.glyphRuns(from, to - from))
                    painter.drawGlyphRun(QPointF(x0, y), run);
            }
        }
        if (m_caretVisible && m_cursor >= rowStart && m_cursor <= rowEnd && m_index.rowAt(m_cursor) == row) {
            const qreal cx = x0 + xInRow(row, m_cursor);
            painter.fillRect(QRectF(cx, y, 1.5, m_rowHeight), m_colors.caret);
        }
    }
    painter.restore();

    // Gutter: line numbers on the first row of each line; continuation rows get a quiet mark.
    painter.fillRect(QRect(0, 0, gutter, area.height()), m_colors.gutterBackground);
    painter.setPen(m_colors.gutterBorder);
    painter.drawLine(gutter - 1, 0, gutter - 1, area.height());
    painter.setPen(m_colors.gutterText);
    const qsizetype cursorLine = m_index.lineAt(m_cursor);
    for (qsizetype row = first; row <= last; ++row) {
        const QRect cell(0, int((row - first) * m_rowHeight), gutter - GutterPadding, m_rowHeight);
        const qsizetype line = m_index.lineOfRow(row);
        painter.setPen(line == cursorLine && m_caretVisible ? m_colors.text : m_colors.gutterText);
        const QString label =
            m_index.isContinuationRow(row) ? QStringLiteral("↪") : QString::number(line + 1);
        painter.drawText(cell, Qt::AlignRight | Qt::AlignVCenter, label);
    }
}

void LargeTextView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void LargeTextView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
        invalidateLayouts();
        updateScrollBars();
    } else if (event->type() == QEvent::PaletteChange && !m_customColors) {
        m_colors = Colors::forPalette(palette());
        invalidateLayouts();
        viewport()->update();
    }
}

void LargeTextView::moveCursor(qsizetype offset, bool extend)
{
    m_cursor = std::clamp<qsizetype>(offset, 0, m_bytes.size());
    if (!extend)
        m_anchor = m_cursor;
    ensureVisible(m_cursor, false);
    viewport()->update();
    emit selectionChanged();
}

void LargeTextView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copy();
        return;
    }
    if (event == QKeySequence::SelectAll) {
        selectAll();
        return;
    }
    if (m_indexing) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const qsizetype row = m_index.rowAt(m_cursor);
    auto verticalMove = [&](qsizetype rows) {
        if (m_desiredX < 0)
            m_desiredX = xInRow(row, m_cursor);
        const qreal keepX = m_desiredX;
        const qsizetype target = row + rows;
        if (target < 0)
            moveCursor(0, extend); // past the first row: to the very start, as editors do
        else if (target >= m_index.rowCount())
            moveCursor(m_bytes.size(), extend);
        else
            moveCursor(offsetInRow(target, keepX), extend);
        m_desiredX = keepX;
    };
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const bool left = event->key() == Qt::Key_Left;
        if (!extend && hasSelection()) {
            moveCursor(left ? selectionStart() : selectionEnd(), false);
            break;
        }
        RowLayout *rl = rowLayout(row);
        const qsizetype rowStart = m_index.rowStart(row);
        const int charIndex = rl->display.charForByte(m_cursor - rowStart);
        qsizetype target;
        if (left) {
            if (charIndex == 0)
                target = row > 0 ? m_index.rowEnd(row - 1) : 0;
            else
                target = rowStart + rl->display.byteForChar(rl->layout.previousCursorPosition(charIndex));
        } else {
            if (m_cursor >= m_index.rowEnd(row))
                target = row + 1 < m_index.rowCount() ? m_index.rowStart(row + 1) : m_bytes.size();
            else
                target = rowStart + rl->display.byteForChar(rl->layout.nextCursorPosition(charIndex));
        }
        m_desiredX = -1;
        moveCursor(target, extend);
        break;
    }
    case Qt::Key_Up:
        verticalMove(-1);
        break;
    case Qt::Key_Down:
        verticalMove(1);
        break;
    case Qt::Key_PageUp:
        verticalMove(-visibleRowCount());
        break;
    case Qt::Key_PageDown:
        verticalMove(visibleRowCount());
        break;
    case Qt::Key_Home:
        m_desiredX = -1;
        moveCursor(ctrl ? 0 : m_index.rowStart(row), extend);
        break;
    case Qt::Key_End:
        m_desiredX = -1;
        moveCursor(ctrl ? m_bytes.size() : m_index.rowEnd(row), extend);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void LargeTextView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_indexing) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_dragging = true;
    m_desiredX = -1;
    moveCursor(offsetAt(event->position().toPoint()), event->modifiers() & Qt::ShiftModifier);
}

void LargeTextView::autoScroll(const QPoint &pos)
{
    // Dragging past an edge scrolls, one row per mouse move: simple and predictable.
    if (pos.y() < 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - 1);
    else if (pos.y() > viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + 1);
}

void LargeTextView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging || m_indexing)
        return;
    const QPoint pos = event->position().toPoint();
    autoScroll(pos);
    m_cursor = offsetAt(pos);
    viewport()->update();
    emit selectionChanged();
}

void LargeTextView::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void LargeTextView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_indexing)
        return;
    // Double-click selects the JSON token under the pointer: a whole string, number or literal.
    const qsizetype offset = offsetAt(event->position().toPoint());
    const qsizetype row = m_index.rowAt(offset);
    const qsizetype line = m_index.lineOfRow(row);
    const qsizetype lineStart = m_index.lineStart(line);
    const QByteArrayView text = m_index.line(line);
    qsizetype from = offset - lineStart;
    qsizetype to = from;
    auto isWord = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
               c == '-' || c == '.' || c == '+' || (static_cast<unsigned char>(c) & 0x80);
    };
    while (from > 0 && isWord(text[from - 1]))
        --from;
    while (to < text.size() && isWord(text[to]))
        ++to;
    setSelection(lineStart + from, lineStart + to);
}

void LargeTextView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), this, &LargeTextView::copy);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(hasSelection());
    QAction *all = menu.addAction(tr("Select &All"), this, &LargeTextView::selectAll);
    all->setShortcut(QKeySequence::SelectAll);
    menu.exec(event->globalPos());
}

void LargeTextView::focusInEvent(QFocusEvent *event)
{
    m_caretVisible = true;
    viewport()->update();
    QAbstractScrollArea::focusInEvent(event);
}

void LargeTextView::focusOutEvent(QFocusEvent *event)
{
    m_caretVisible = false;
    viewport()->update();
    QAbstractScrollArea::focusOutEvent(event);
}
