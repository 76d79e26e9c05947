#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

class QTextDocument;

// A block of text, rich or plain, wrapped to the widget's width and centred, whose links are clicked or
// reached with Tab and activated with Enter. It is what a word-wrapping QLabel shows, at a fraction of the
// start-up cost: QLabel lays its whole document out again for every size question (twice: it restores the old
// width afterwards) and a starting window asks many, about 7 ms of the first paint for the Fields tab's
// welcome (bench/startup, issue 16). Here the text is parsed once and laid out once per width asked; the
// paint reuses the layout of the width it was last asked for.
class RichTextBlock : public QWidget
{
    Q_OBJECT

public:
    explicit RichTextBlock(QWidget *parent = nullptr);
    ~RichTextBlock() override;

    // Rich text when Qt::mightBeRichText() says so (as QLabel's Qt::AutoText), else plain text.
    void setText(const QString &text);
    QString text() const { return m_text; }
    // What the block says, without markup (for accessibility and tests).
    QString plainText() const;
    // The links' targets in reading order, and which one has the keyboard focus (-1: none).
    QStringList links() const;
    int focusedLink() const { return m_focusedLink; }
    // Where link index is drawn, in widget coordinates (its first line); empty if there is none.
    QRect linkRect(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

signals:
    void linkActivated(const QString &link);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void changeEvent(QEvent *event) override;

private:
    struct Link
    {
        int start = 0;
        int end = 0;
        QString target;
    };

    void loadDocument();
    void layOut(int width) const;
    QPointF documentOrigin() const;
    int linkAt(const QPoint &pos) const;
    void setFocusedLink(int index);

    QTextDocument *m_document;
    QString m_text;
    QList<Link> m_links;
    // Heights already known, by width; bounded, as a resize by hand asks for every width on the way.
    static constexpr qsizetype maxRememberedHeights = 32;
    mutable QHash<int, int> m_heights;
    int m_focusedLink = -1;
    int m_pressedLink = -1;
};
