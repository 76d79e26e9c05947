#include "rawjsonview.h"

#include "largetextview.h"
#include "lazyclearbutton.h"
#include "text/textsearch.h"
#include "viewcolors.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSaveFile>
#include <QShortcut>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

// Typing pauses this long before a search starts, so a 100 MB body is not searched once per keystroke.
constexpr int SearchDelayMs = 200;

QToolButton *makeButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(text);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    return button;
}

// Writes bytes through a QSaveFile so a failed save never leaves a truncated file; returns the error, or an
// empty string on success.
QString writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write(bytes) != bytes.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace

RawJsonView::RawJsonView(QWidget *parent)
    : QWidget(parent)
{
    m_view = new LargeTextView(this);
    m_view->setAccessibleName(tr("Response body"));
    m_view->setPlaceholderText(tr("The response has no body."));

    m_rawButton = makeButton(tr("Raw"), tr("The bytes exactly as received"), this);
    m_prettyButton =
        makeButton(tr("Pretty"), tr("Indented, with the server's key order and number text"), this);
    for (QToolButton *b : {m_rawButton, m_prettyButton})
        b->setCheckable(true);
    m_rawButton->setChecked(true);
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->setExclusive(true);
    m_modeGroup->addButton(m_rawButton);
    m_modeGroup->addButton(m_prettyButton);
    connect(m_rawButton, &QToolButton::clicked, this, [this] { setMode(Mode::Raw); });
    connect(m_prettyButton, &QToolButton::clicked, this, [this] { setMode(Mode::Pretty); });

    m_info = new QLabel(this);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setAccessibleName(tr("Body size"));
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // file names and system error texts
    m_status->setAccessibleName(tr("Raw view status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_findButton = makeButton(
        tr("Find"),
        tr("Find in the body (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)),
        this);
    m_copyButton = makeButton(tr("Copy All"), tr("Copy the whole body as shown to the clipboard"), this);
    m_saveButton = makeButton(tr("Save…"), tr("Save the body as shown to a file"), this);
    connect(m_findButton, &QToolButton::clicked, this, &RawJsonView::openFind);
    connect(m_copyButton, &QToolButton::clicked, this, &RawJsonView::copyAll);
    connect(m_saveButton, &QToolButton::clicked, this, &RawJsonView::saveWithDialog);

    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->addWidget(m_rawButton);
    toolbar->addWidget(m_prettyButton);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_info);
    toolbar->addStretch(1);
    toolbar->addWidget(m_status);
    toolbar->addWidget(m_findButton);
    toolbar->addWidget(m_copyButton);
    toolbar->addWidget(m_saveButton);

    // Find bar.
    m_findBar = new QWidget(this);
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setPlaceholderText(tr("Find"));
    m_findEdit->setAccessibleName(tr("Find in body"));
    LazyClearButton::install(m_findEdit);
    m_findEdit->installEventFilter(this);
    m_matchCase = new QCheckBox(tr("Match case"), m_findBar);
    m_matchCase->setAccessibleName(tr("Match case"));
    m_countLabel = new QLabel(m_findBar);
    m_countLabel->setAccessibleName(tr("Matches"));
    m_countLabel->setMinimumWidth(m_countLabel->fontMetrics().horizontalAdvance(u"000,000 of 000,000"_qs));
    m_previousButton = makeButton(tr("Previous"), tr("Previous match (Shift+Enter, Shift+F3)"), m_findBar);
    m_previousButton->setArrowType(Qt::UpArrow);
    m_nextButton = makeButton(tr("Next"), tr("Next match (Enter, F3)"), m_findBar);
    m_nextButton->setArrowType(Qt::DownArrow);
    m_closeFindButton = makeButton(tr("Close"), tr("Close the find bar (Esc)"), m_findBar);
    m_closeFindButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeFindButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    connect(m_previousButton, &QToolButton::clicked, this, &RawJsonView::findPrevious);
    connect(m_nextButton, &QToolButton::clicked, this, &RawJsonView::findNext);
    connect(m_closeFindButton, &QToolButton::clicked, this, &RawJsonView::closeFind);

    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(m_matchCase);
    findLayout->addWidget(m_countLabel);
    findLayout->addWidget(m_previousButton);
    findLayout->addWidget(m_nextButton);
    findLayout->addWidget(m_closeFindButton);
    m_findBar->hide();

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &RawJsonView::startSearch);
    connect(m_findEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay->start(); });
    connect(m_matchCase, &QCheckBox::toggled, this, &RawJsonView::startSearch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(toolbar);
    layout->addWidget(m_findBar);
    layout->addWidget(m_view, 1);

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
        m_shortcuts.append(s);
    };
    shortcut(QKeySequence::Find, &RawJsonView::openFind);
    shortcut(QKeySequence::FindNext, &RawJsonView::findNext);
    shortcut(QKeySequence::FindPrevious, &RawJsonView::findPrevious);
    shortcut(QKeySequence::Save, &RawJsonView::saveWithDialog);

    connect(m_view, &LargeTextView::indexed, this, &RawJsonView::updateInfo);
    connect(m_view, &LargeTextView::copyTooLarge, this, [this](qsizetype bytes) {
        showStatus(tr("The selection is too large to copy (%1). Use Save… instead.")
                       .arg(QLocale().formattedDataSize(bytes)),
                   true);
    });

    setAccessibleName(tr("Raw JSON"));
    updateActions();
    updateInfo();
    updateCountLabel();
}

RawJsonView::~RawJsonView()
{
    cancelSearch();
}

void RawJsonView::setShortcutsEnabled(bool enabled)
{
    for (QShortcut *s : std::as_const(m_shortcuts))
        s->setEnabled(enabled);
}

void RawJsonView::setBody(const QByteArray &raw, std::shared_ptr<const void> keepAlive)
{
    // The new owner first: the view may still read the old bytes until showCurrent() replaces them.
    const std::shared_ptr<const void> previous = std::exchange(m_keepAlive, std::move(keepAlive));
    m_raw = raw;
    m_pretty.clear();
    m_prettyButton->setToolTip(tr("Indented, with the server's key order and number text"));
    m_mode = Mode::Raw;
    m_rawButton->setChecked(true);
    showStatus(QString(), false);
    showCurrent();
}

void RawJsonView::setPrettyText(const QByteArray &pretty, const QString &unavailableReason)
{
    m_pretty = pretty;
    if (m_pretty.isEmpty()) {
        m_prettyButton->setToolTip(unavailableReason.isEmpty() ? tr("No pretty view for this body.")
                                                               : unavailableReason);
        if (m_mode == Mode::Pretty)
            setMode(Mode::Raw);
    } else {
        m_prettyButton->setToolTip(tr("Indented, with the server's key order and number text"));
        if (m_mode == Mode::Pretty)
            showCurrent();
    }
    updateActions();
}

void RawJsonView::clear()
{
    setBody(QByteArray());
}

void RawJsonView::setMode(Mode mode)
{
    if (mode == Mode::Pretty && !isPrettyAvailable())
        mode = Mode::Raw;
    (mode == Mode::Raw ? m_rawButton : m_prettyButton)->setChecked(true);
    if (mode == m_mode)
        return;
    m_mode = mode;
    showCurrent();
    emit modeChanged(mode);
}

QByteArray RawJsonView::currentBytes() const
{
    return m_mode == Mode::Pretty ? m_pretty : m_raw;
}

std::shared_ptr<const void> RawJsonView::currentKeepAlive() const
{
    return m_mode == Mode::Pretty ? nullptr : m_keepAlive;
}

void RawJsonView::showCurrent()
{
    cancelSearch();
    m_view->setSyntax(LargeTextView::Syntax::Json);
    m_view->setText(currentBytes(), currentKeepAlive());
    m_matchTotal = 0;
    m_storedMatches = 0;
    updateActions();
    updateInfo();
    if (isFindOpen() && !m_findEdit->text().isEmpty())
        startSearch();
    else
        updateCountLabel();
}

void RawJsonView::updateActions()
{
    const bool hasBytes = !currentBytes().isEmpty();
    m_copyButton->setEnabled(hasBytes);
    m_saveButton->setEnabled(hasBytes && !m_saving);
    m_prettyButton->setEnabled(isPrettyAvailable());
}

void RawJsonView::updateInfo()
{
    const QByteArray bytes = currentBytes();
    if (bytes.isEmpty()) {
        m_info->setText(tr("Empty body"));
        return;
    }
    const QString size = QLocale().formattedDataSize(bytes.size(), 1, QLocale::DataSizeTraditionalFormat);
    if (m_view->isIndexing()) {
        m_info->setText(tr("%1 · indexing…").arg(size));
        return;
    }
    const qsizetype lines = m_view->index().lineCount();
    m_info->setText(lines == 1 ? tr("%1 · 1 line").arg(size)
                               : tr("%1 · %2 lines").arg(size, QLocale().toString(lines)));
}

void RawJsonView::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, ViewColors::forPalette(p).errorText);
    m_status->setPalette(p);
}

// --- Find ---

void RawJsonView::openFind()
{
    m_findBar->show();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
    if (!m_findEdit->text().isEmpty() && !m_search && m_matchTotal == 0)
        startSearch();
}

void RawJsonView::closeFind()
{
    m_searchDelay->stop();
    cancelSearch();
    m_findBar->hide();
    m_view->setMatches({}, 0);
    m_matchTotal = 0;
    m_storedMatches = 0;
    updateCountLabel();
    m_view->setFocus(Qt::OtherFocusReason);
}

bool RawJsonView::isFindOpen() const
{
    return !m_findBar->isHidden();
}

void RawJsonView::setFindText(const QString &text)
{
    if (!isFindOpen())
        m_findBar->show();
    const QSignalBlocker block(m_findEdit);
    m_findEdit->setText(text);
    startSearch();
}

QString RawJsonView::findText() const
{
    return m_findEdit->text();
}

bool RawJsonView::isSearching() const
{
    return m_search != nullptr;
}

void RawJsonView::cancelSearch()
{
    if (!m_search)
        return;
    // A superseded search reports to no one; it stops at its next chunk and deletes itself.
    TextSearch *search = m_search;
    m_search = nullptr;
    search->disconnect(this);
    search->cancel();
    search->deleteLater();
}

void RawJsonView::startSearch()
{
    m_searchDelay->stop();
    cancelSearch();
    const QByteArray needle = m_findEdit->text().toUtf8();
    if (needle.isEmpty()) {
        m_view->setMatches({}, 0);
        m_matchTotal = 0;
        m_storedMatches = 0;
        updateCountLabel();
        emit searchFinished();
        return;
    }
    TextSearch::Options options;
    options.caseSensitive = m_matchCase->isChecked();
    auto *search = new TextSearch(currentBytes(), needle, options, this);
    search->setKeepAlive(currentKeepAlive());
    m_search = search;
    connect(search, &TextSearch::progress, this, [this](qsizetype searched, qsizetype total) {
        if (total > 0)
            m_countLabel->setText(tr("Searching… %1%").arg(searched * 100 / total));
    });
    connect(search, &TextSearch::finished, this, &RawJsonView::onSearchFinished);
    m_countLabel->setText(tr("Searching…"));
    search->start();
}

void RawJsonView::onSearchFinished()
{
    TextSearch *search = m_search;
    if (!search)
        return;
    m_search = nullptr;
    const TextSearch::Result &result = search->result();
    m_matchTotal = result.total;
    m_storedMatches = int(result.offsets.size());
    m_view->setMatches(result.offsets, search->needle().size());
    if (!result.offsets.isEmpty()) {
        // Start from where the reader is: the first match at or after the selection.
        const auto it =
            std::lower_bound(result.offsets.cbegin(), result.offsets.cend(), m_view->selectionStart());
        const int first = it == result.offsets.cend() ? 0 : int(it - result.offsets.cbegin());
        m_view->setCurrentMatch(first);
    }
    search->deleteLater();
    updateCountLabel();
    emit searchFinished();
}

int RawJsonView::currentMatchIndex() const
{
    return m_view->currentMatch();
}

QString RawJsonView::matchCountText() const
{
    return m_countLabel->text();
}

void RawJsonView::updateCountLabel()
{
    const QLocale locale;
    m_countLabel->setToolTip(QString());
    const bool any = m_storedMatches > 0;
    m_previousButton->setEnabled(any);
    m_nextButton->setEnabled(any);
    if (m_findEdit->text().isEmpty()) {
        m_countLabel->clear();
    } else if (m_matchTotal == 0) {
        m_countLabel->setText(tr("No matches"));
    } else {
        const int current = m_view->currentMatch();
        m_countLabel->setText(tr("%1 of %2")
                                  .arg(current >= 0 ? locale.toString(current + 1) : QStringLiteral("–"),
                                       locale.toString(m_matchTotal)));
        if (m_matchTotal > m_storedMatches) {
            m_countLabel->setToolTip(tr("Only the first %1 matches can be stepped through.")
                                         .arg(locale.toString(m_storedMatches)));
        }
    }
}

void RawJsonView::step(int delta)
{
    if (m_searchDelay->isActive()) {
        startSearch();
        return;
    }
    if (m_storedMatches == 0)
        return;
    int current = m_view->currentMatch();
    if (current < 0)
        current = delta > 0 ? m_storedMatches - 1 : 0;
    const int next = ((current + delta) % m_storedMatches + m_storedMatches) % m_storedMatches;
    m_view->setCurrentMatch(next);
    updateCountLabel();
}

void RawJsonView::findNext()
{
    if (!isFindOpen()) {
        openFind();
        return;
    }
    step(1);
}

void RawJsonView::findPrevious()
{
    if (!isFindOpen()) {
        openFind();
        return;
    }
    step(-1);
}

bool RawJsonView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            closeFind();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_searchDelay->isActive())
                startSearch(); // Enter right after typing searches now, from the reader's position
            else if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// --- Copy and save ---

void RawJsonView::copyAll()
{
    const QByteArray bytes = currentBytes();
    if (bytes.isEmpty())
        return;
    if (bytes.size() > LargeTextView::MaxCopyBytes) {
        showStatus(tr("The body is too large to copy (%1). Use Save… instead.")
                       .arg(QLocale().formattedDataSize(bytes.size())),
                   true);
        return;
    }
    QGuiApplication::clipboard()->setText(QString::fromUtf8(bytes));
    showStatus(tr("Copied %1.").arg(QLocale().formattedDataSize(bytes.size())), false);
}

void RawJsonView::saveWithDialog()
{
    if (currentBytes().isEmpty() || m_saving)
        return;
    QString name = m_suggestedName.isEmpty() ? u"message.json"_qs : m_suggestedName;
    if (m_mode == Mode::Pretty && name.endsWith(u".json"_qs))
        name.insert(name.size() - 5, u".pretty"_qs);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Response Body"), QDir::home().filePath(name),
                                     tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    saveToFile(path);
}

void RawJsonView::saveToFile(const QString &path)
{
    if (m_saving) {
        emit saveFinished(false, path, tr("Another save is still in progress."));
        return;
    }
    m_saving = true;
    updateActions();
    showStatus(tr("Saving…"), false);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_saving = false;
        updateActions();
        const QString error = watcher->result();
        const QString shown = QDir::toNativeSeparators(path);
        if (error.isEmpty())
            showStatus(tr("Saved to %1.").arg(shown), false);
        else
            showStatus(tr("Could not save to %1: %2").arg(shown, error), true);
        emit saveFinished(error.isEmpty(), path, error);
    });
    watcher->setFuture(QtConcurrent::run(
        [path, bytes = currentBytes(), keepAlive = currentKeepAlive()] { return writeFile(path, bytes); }));
}
