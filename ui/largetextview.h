#pragma once

#include "common/backgroundtask.h"
#include "text/jsonlexer.h"
#include "text/lineindex.h"
#include "text/safetext.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QColor>
#include <QList>

#include <atomic>
#include <memory>
#include <vector>

// A read-only viewer for texts of any size: it paints only the visible rows, read from a LineIndex, so a
// 100 MB body scrolls like a 1 KB one. Long lines are shown as rows of at most LineIndex::segmentBytes()
// (a continuation row has no line number), so painting stays bounded even for a 10 MB single-line body.
// Bytes are never drawn raw (see SafeText::ViewerText). Indexing a large text runs on a worker thread while
// the view shows "Indexing…".
//
// Offsets in this API are byte offsets into text().
class LargeTextView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Syntax
    {
        Plain,
        Json
    };

    // Every colour the view paints. forPalette() picks readable light or dark variants from the palette's
    // base colour; setColors() overrides them.
    struct Colors
    {
        QColor text;
        QColor background;
        QColor key;
        QColor string;
        QColor escape;
        QColor number;
        QColor literal;
        QColor punctuation;
        QColor invalid;
        QColor gutterText;
        QColor gutterBackground;
        QColor gutterBorder;
        QColor selection;
        QColor match;
        QColor currentMatch;
        QColor caret;
        QColor substitutionBackground;
        static Colors forPalette(const QPalette &palette);
    };

    // A selection bigger than this is not put on the clipboard (copyTooLarge() instead): decoding it would
    // stall the window and most clipboard owners would choke on it. Save to a file instead.
    static constexpr qsizetype MaxCopyBytes = 32 * 1024 * 1024;

    explicit LargeTextView(QWidget *parent = nullptr);
    ~LargeTextView() override;

    // Shows bytes. Texts up to synchronousIndexLimit() are indexed at once (indexed() is emitted before this
    // returns); bigger ones on a worker thread. indexed() is emitted once the current text is ready; a text
    // replaced before it was ready never reports. keepAlive keeps bytes valid when they do not own themselves
    // (a memory-mapped file, see MappedFile): the view and its worker hold it as long as they read the bytes.
    void setText(const QByteArray &bytes, std::shared_ptr<const void> keepAlive = {});
    QByteArray text() const { return m_bytes; } // valid while this view shows it (or keepAlive() lives)
    const std::shared_ptr<const void> &keepAlive() const { return m_keepAlive; }
    bool isIndexing() const { return m_indexing; }
    const LineIndex &index() const { return m_index; }
    void setSynchronousIndexLimit(qsizetype bytes) { m_syncLimit = bytes; }
    qsizetype synchronousIndexLimit() const { return m_syncLimit; }
    // Row length; changing it re-indexes.
    void setSegmentBytes(qsizetype bytes);

    void setSyntax(Syntax syntax);
    Syntax syntax() const { return m_syntax; }
    void setColors(const Colors &colors);
    const Colors &colors() const { return m_colors; }
    // Shown when the text is empty, e.g. "The response has no body."
    void setPlaceholderText(const QString &text);

    // Search hits, ascending byte offsets, all of the same length. The current one is drawn stronger,
    // selected and scrolled into view.
    void setMatches(const QList<qsizetype> &offsets, qsizetype length);
    void setCurrentMatch(int index);
    int currentMatch() const { return m_currentMatch; }

    // Selection as anchor (where it started) and cursor (where it ends, where the caret is).
    void setSelection(qsizetype anchor, qsizetype cursor);
    qsizetype selectionStart() const { return std::min(m_anchor, m_cursor); }
    qsizetype selectionEnd() const { return std::max(m_anchor, m_cursor); }
    qsizetype cursorPosition() const { return m_cursor; }
    bool hasSelection() const { return m_anchor != m_cursor; }
    QByteArray selectedBytes() const;
    void selectAll();
    // Puts the selection on the clipboard; false (and copyTooLarge()) when it exceeds MaxCopyBytes.
    bool copy();

    void scrollToOffset(qsizetype offset);
    void scrollToLine(qsizetype line);
    qsizetype firstVisibleRow() const;
    int visibleRowCount() const;
    int rowHeight() const;
    // Viewport position of the character at offset (top-left of its cell); for tests and tooltips.
    QPoint pointForOffset(qsizetype offset) const;
    qsizetype offsetAt(const QPoint &viewportPos) const;

signals:
    void indexed();
    void selectionChanged();
    void copyTooLarge(qsizetype bytes);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct RowLayout;
    struct IndexResult
    {
        LineIndex index;
        std::vector<JsonLexer::RowState> states;
    };

    static IndexResult buildIndex(const QByteArray &bytes, qsizetype segment, bool json,
                                  const std::atomic_bool *cancel);
    void install(IndexResult result);
    void cancelIndexing();
    void reindex();
    RowLayout *rowLayout(qsizetype row) const;
    JsonLexer::State stateAtRow(qsizetype row) const;
    void invalidateLayouts();
    void updateMetrics();
    void updateScrollBars();
    int gutterWidth() const;
    int textLeft() const; // viewport x of the first character at horizontal scroll 0
    void moveCursor(qsizetype offset, bool extend);
    void ensureVisible(qsizetype offset, bool centre);
    qsizetype offsetInRow(qsizetype row, qreal x) const;
    qreal xInRow(qsizetype row, qsizetype offset) const;
    void autoScroll(const QPoint &pos);

    std::shared_ptr<const void> m_keepAlive; // before m_bytes: outlives the view of the bytes it keeps valid
    QByteArray m_bytes;
    LineIndex m_index;
    std::vector<JsonLexer::RowState> m_rowStates;
    bool m_indexing = false;
    qsizetype m_syncLimit = 4 * 1024 * 1024;
    qsizetype m_segment = LineIndex::DefaultSegmentBytes;
    BackgroundTask<IndexResult> m_task{this}; // indexing a large text

    Syntax m_syntax = Syntax::Json;
    Colors m_colors;
    bool m_customColors = false;
    QString m_placeholder;

    QList<qsizetype> m_matches;
    qsizetype m_matchLength = 0;
    int m_currentMatch = -1;

    qsizetype m_anchor = 0;
    qsizetype m_cursor = 0;
    qreal m_desiredX = -1; // kept while moving up and down
    bool m_dragging = false;
    bool m_caretVisible = false;

    SafeText::ControlStyle m_controlStyle = SafeText::ControlStyle::Pictures;
    int m_rowHeight = 1;
    int m_charWidth = 1;
    int m_ascent = 0;
    mutable QCache<qsizetype, RowLayout> m_layouts{1024};
};
