#pragma once

#include <QByteArray>
#include <QPointer>
#include <QWidget>

#include <memory>

class LargeTextView;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QShortcut;
class QTimer;
class QToolButton;
class TextSearch;

// The Raw JSON tab: the body exactly as received, or the pretty text the window hands over, in a
// LargeTextView with a find bar (Ctrl+F; Enter/F3 next, Shift+Enter/Shift+F3 previous, Esc closes), Copy all
// and Save to file. Searching and indexing big bodies run off the UI thread.
class RawJsonView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Raw,
        Pretty
    };
    Q_ENUM(Mode)

    explicit RawJsonView(QWidget *parent = nullptr);
    ~RawJsonView() override;

    // The response body exactly as received. Forgets any earlier pretty text and shows Raw. keepAlive keeps
    // raw valid when it does not own its bytes (InspectionResult::bodyKeepAlive for a memory-mapped file):
    // the view, its index, its searches and its saves hold it as long as they read the bytes.
    void setBody(const QByteArray &raw, std::shared_ptr<const void> keepAlive = {});
    // The pretty form of the body (from the core pretty printer). Empty disables the Pretty view; the
    // tooltip then says why (reason, e.g. "The body is not valid JSON.").
    void setPrettyText(const QByteArray &pretty, const QString &unavailableReason = QString());
    void clear();

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    bool isPrettyAvailable() const { return !m_pretty.isEmpty(); }
    QByteArray rawBytes() const { return m_raw; }
    QByteArray prettyBytes() const { return m_pretty; }
    // The bytes the current mode shows — what Copy all and Save write. Valid while the view shows them.
    QByteArray currentBytes() const;
    // What keeps currentBytes() valid (null when they own themselves: pretty text, bodies read into memory).
    std::shared_ptr<const void> currentKeepAlive() const;

    // Find: opening focuses the field with its text selected.
    void openFind();
    void closeFind();
    bool isFindOpen() const;
    void setFindText(const QString &text); // starts the search at once
    QString findText() const;
    void findNext();
    void findPrevious();
    bool isSearching() const;
    qsizetype matchCount() const { return m_matchTotal; }
    int currentMatchIndex() const; // -1 when none
    QString matchCountText() const;

    void copyAll();
    // Save to file… asks for a path, then writes. saveToFile writes without asking; both end in one
    // saveFinished().
    void saveWithDialog();
    void saveToFile(const QString &path);
    void setSuggestedFileName(const QString &name) { m_suggestedName = name; }

    LargeTextView *textView() const { return m_view; }

    // Ctrl+F, F3, Shift+F3 and Ctrl+S are registered on this widget (active while focus is inside it). A
    // window that binds the same keys window-wide turns these off and calls openFind()/findNext()/… itself,
    // so Qt never sees an ambiguous shortcut.
    void setShortcutsEnabled(bool enabled);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void modeChanged(RawJsonView::Mode mode);
    // After a search over the current text completes (or finds nothing, or is cancelled by a newer one).
    void searchFinished();
    void saveFinished(bool ok, const QString &path, const QString &error);

private:
    void showCurrent();
    void startSearch();
    void cancelSearch();
    void onSearchFinished();
    void updateCountLabel();
    void updateInfo();
    void updateActions();
    void step(int delta);
    void showStatus(const QString &text, bool error);

    std::shared_ptr<const void> m_keepAlive; // of m_raw; before it, so it outlives it
    QByteArray m_raw;
    QByteArray m_pretty;
    Mode m_mode = Mode::Raw;
    QString m_suggestedName;

    LargeTextView *m_view = nullptr;
    QToolButton *m_rawButton = nullptr;
    QToolButton *m_prettyButton = nullptr;
    QButtonGroup *m_modeGroup = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_findButton = nullptr;
    QToolButton *m_copyButton = nullptr;
    QToolButton *m_saveButton = nullptr;

    QWidget *m_findBar = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QCheckBox *m_matchCase = nullptr;
    QLabel *m_countLabel = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QToolButton *m_closeFindButton = nullptr;
    QTimer *m_searchDelay = nullptr;

    QList<QShortcut *> m_shortcuts;
    QPointer<TextSearch> m_search;
    qsizetype m_matchTotal = 0;
    int m_storedMatches = 0;
    bool m_saving = false;
};
