#include "batchinput.h"

#include "viewcolors.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "common/counttext.h"

struct BatchInput::Read
{
    quint64 generation = 0;
    bool fromFile = false;
    QString fileName;  // the file's name (no folder)
    QString fileText;  // its text, kept to read another column later
    QString fileError; // the file was refused; nothing else is set
    IdList list;
    QStringList columns; // the header row, when the text reads like a table with a row after it
};

namespace {

// Text with something on a second line: only then can the first line be a header.
bool hasSecondLine(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    if (end < 0)
        return false;
    for (qsizetype i = end + 1; i < text.size(); ++i) {
        if (!text.at(i).isSpace())
            return true;
    }
    return false;
}

// Reads the list: a chosen column, else the column the header names as ids, else every entry. Runs off the
// UI thread; everything it needs is passed by value.
IdList readList(const QString &text, const QStringList &columns, const QString &wanted, bool everyEntry)
{
    if (!everyEntry && !columns.isEmpty()) {
        for (const QString &name : columns) {
            if (!wanted.isEmpty() && name.compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
                return IdList::fromTable(text, name);
        }
        const QString guessed = IdList::guessColumn(columns);
        if (!guessed.isEmpty())
            return IdList::fromTable(text, guessed);
    }
    return IdList::fromText(text);
}

BatchInput::Read readText(quint64 generation, const QString &text, const QString &wanted, bool everyEntry)
{
    BatchInput::Read read;
    read.generation = generation;
    if (text.size() <= IdList::maxInputBytes && hasSecondLine(text))
        read.columns = IdList::tableColumns(text);
    read.list = readList(text, read.columns, wanted, everyEntry);
    return read;
}

BatchInput::Read readFile(quint64 generation, const QString &path)
{
    BatchInput::Read read;
    read.generation = generation;
    read.fromFile = true;
    read.fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        read.fileError = BatchInput::tr("Could not open “%1”: %2.").arg(read.fileName, file.errorString());
        return read;
    }
    // Never more than the bound is read, whatever the file claims to be.
    const QByteArray bytes = file.read(IdList::maxInputBytes + 1);
    if (bytes.size() > IdList::maxInputBytes) {
        read.fileError = BatchInput::tr("“%1” is too large for one batch (at most %L2 MiB of ids).")
                             .arg(read.fileName)
                             .arg(IdList::maxInputBytes / (1024 * 1024));
        return read;
    }
    if (bytes.contains('\0')) {
        read.fileError =
            BatchInput::tr("“%1” is not a text file. Open a text or CSV file with one message id "
                           "per line, or a column of them.")
                .arg(read.fileName);
        return read;
    }
    read.fileText = QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    BatchInput::Read parsed = readText(generation, read.fileText, {}, false);
    read.list = std::move(parsed.list);
    read.columns = std::move(parsed.columns);
    return read;
}

QString tooMuchText(qsizetype size)
{
    return BatchInput::tr("This is too much for one batch (%L1 characters; at most %L2 MiB of ids). The list "
                          "is unchanged.")
        .arg(size)
        .arg(IdList::maxInputBytes / (1024 * 1024));
}

} // namespace

// The paste field: text over the bound is refused before it reaches the editor (laying out 16 MiB in one
// line would freeze the window), and a file dropped on it is opened as the list rather than pasted as a
// link.
class BatchPasteField : public QPlainTextEdit
{
public:
    explicit BatchPasteField(QWidget *parent)
        : QPlainTextEdit(parent)
    {}

    std::function<void(qsizetype size)> onTooMuch;
    std::function<void(const QString &path)> onFile;

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override
    {
        return localFile(source).isEmpty() ? QPlainTextEdit::canInsertFromMimeData(source) : true;
    }

    void insertFromMimeData(const QMimeData *source) override
    {
        if (const QString path = localFile(source); !path.isEmpty()) {
            onFile(path);
            return;
        }
        if (source->hasText()) {
            const qsizetype size = source->text().size() + document()->characterCount();
            if (size > IdList::maxInputBytes) {
                onTooMuch(size);
                return;
            }
        }
        QPlainTextEdit::insertFromMimeData(source);
    }

private:
    static QString localFile(const QMimeData *source)
    {
        if (!source || !source->hasUrls() || source->urls().isEmpty() ||
            !source->urls().constFirst().isLocalFile())
            return {};
        return source->urls().constFirst().toLocalFile();
    }
};

BatchInput::BatchInput(QWidget *parent)
    : QWidget(parent)
    , m_paste(new BatchPasteField(this))
    , m_openFile(new QPushButton(tr("Open file…"), this))
    , m_fileLabel(new QLabel(this))
    , m_clearFile(new QPushButton(tr("Use pasted ids instead"), this))
    , m_columnLabel(new QLabel(tr("Ids in column:"), this))
    , m_column(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_rejectedTitle(new QLabel(this))
    , m_rejected(new QTreeWidget(this))
    , m_readDelay(new QTimer(this))
    , m_watcher(new QFutureWatcher<Read>(this))
{
    m_paste->setObjectName(QStringLiteral("batchPaste"));
    m_paste->onTooMuch = [this](qsizetype size) { showFileError(tooMuchText(size)); };
    m_paste->onFile = [this](const QString &path) { openFile(path); };
    m_paste->setAccessibleName(tr("Message ids"));
    m_paste->setPlaceholderText(
        tr("Paste message ids here: one per line, or separated by commas, spaces or tabs. Links to messages "
           "work too, and so does a column copied from a spreadsheet."));
    m_paste->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_paste->setTabChangesFocus(true);
    m_openFile->setObjectName(QStringLiteral("batchOpenFile"));
    m_openFile->setToolTip(
        tr("Read the ids from a text or CSV file (you can also drop a file on this window)"));
    m_fileLabel->setObjectName(QStringLiteral("batchFileLabel"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_clearFile->setObjectName(QStringLiteral("batchClearFile"));
    m_column->setObjectName(QStringLiteral("batchColumn"));
    m_column->setAccessibleName(tr("Column with the message ids"));
    m_column->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_columnLabel->setBuddy(m_column);
    m_summary->setObjectName(QStringLiteral("batchListSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_rejectedTitle->setObjectName(QStringLiteral("batchRejectedTitle"));
    m_rejectedTitle->setTextFormat(Qt::PlainText);
    m_rejected->setObjectName(QStringLiteral("batchRejected"));
    m_rejected->setAccessibleName(tr("Entries left out"));
    m_rejected->setHeaderLabels({tr("Line"), tr("Entry"), tr("Why it was left out")});
    m_rejected->setRootIsDecorated(false);
    m_rejected->setUniformRowHeights(true);
    m_rejected->setWordWrap(false);
    m_rejected->header()->setStretchLastSection(true);
    m_rejected->setColumnWidth(0, 60);
    m_rejected->setColumnWidth(1, 260);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_openFile);
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_clearFile);
    fileRow->addSpacing(12);
    fileRow->addWidget(m_columnLabel);
    fileRow->addWidget(m_column);
    fileRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_paste, 3);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_rejectedTitle);
    layout->addWidget(m_rejected, 2);

    m_readDelay->setSingleShot(true);
    m_readDelay->setInterval(250);
    connect(m_readDelay, &QTimer::timeout, this, &BatchInput::read);
    connect(m_paste, &QPlainTextEdit::textChanged, this, [this] {
        if (m_settingText)
            return;
        // Typing or pasting makes the text the source again.
        if (!m_fileName.isEmpty() && !m_paste->document()->isEmpty())
            clearFile();
        scheduleRead();
    });
    connect(m_openFile, &QPushButton::clicked, this, &BatchInput::chooseFile);
    connect(m_clearFile, &QPushButton::clicked, this, [this] {
        clearFile();
        read();
    });
    connect(m_column, &QComboBox::activated, this, [this](int index) {
        const QVariant name = m_column->itemData(index);
        m_everyEntry = !name.isValid();
        m_wantedColumn = name.toString();
        read();
    });
    connect(m_watcher, &QFutureWatcher<Read>::finished, this, [this] {
        if (m_watcher->future().isValid() && m_watcher->future().resultCount() > 0)
            show(m_watcher->result());
    });

    m_fileLabel->hide();
    m_clearFile->hide();
    m_columnLabel->hide();
    m_column->hide();
    m_rejectedTitle->hide();
    m_rejected->hide();
    m_summary->setText(tr("No ids yet."));
}

BatchInput::~BatchInput()
{
    // A read still running finishes on its own (it holds only copies); nothing may hear of it any more.
    m_watcher->disconnect(this);
}

void BatchInput::setText(const QString &text)
{
    if (text.size() > IdList::maxInputBytes) {
        showFileError(tooMuchText(text.size()));
        return;
    }
    clearFile();
    m_paste->setPlainText(text);
    // setPlainText() emitted textChanged: the read is scheduled; start it now.
    read();
}

QPlainTextEdit *BatchInput::pasteField() const
{
    return m_paste;
}

QString BatchInput::text() const
{
    return m_paste->toPlainText();
}

void BatchInput::openFile(const QString &path)
{
    m_readDelay->stop();
    m_wantedColumn.clear();
    m_everyEntry = false;
    m_summary->setText(tr("Reading “%1”…").arg(QFileInfo(path).fileName()));
    m_watcher->setFuture(QtConcurrent::run(readFile, ++m_generation, path));
}

void BatchInput::setColumn(const QString &column)
{
    const int index = column.isEmpty() ? 0 : m_column->findData(column);
    if (index < 0)
        return;
    m_column->setCurrentIndex(index);
    emit m_column->activated(index);
}

bool BatchInput::isReading() const
{
    // Not the watcher's state: a read may have ended before its result reached show().
    return m_readDelay->isActive() || m_shownGeneration != m_generation;
}

QString BatchInput::summaryText() const
{
    return m_summary->text();
}

void BatchInput::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a list of message ids"), QString(),
                                                      tr("Lists of ids (*.txt *.csv *.tsv);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void BatchInput::scheduleRead()
{
    m_summary->setText(tr("Reading…"));
    m_readDelay->start();
}

void BatchInput::read()
{
    m_readDelay->stop();
    const QString text = m_fileName.isEmpty() ? m_paste->toPlainText() : m_fileText;
    m_summary->setText(tr("Reading…"));
    m_watcher->setFuture(QtConcurrent::run(readText, ++m_generation, text, m_wantedColumn, m_everyEntry));
}

void BatchInput::show(const Read &read)
{
    if (read.generation != m_generation)
        return; // a later read is on its way
    m_shownGeneration = read.generation;
    if (!read.fileError.isEmpty()) {
        showFileError(read.fileError);
        emit listChanged();
        return;
    }
    m_fileError.clear();
    m_summary->setPalette(QPalette()); // inherits again
    if (read.fromFile) {
        m_fileName = read.fileName;
        m_fileText = read.fileText;
        m_settingText = true;
        m_paste->clear();
        m_settingText = false;
        m_fileLabel->setText(tr("Ids from the file “%1”").arg(m_fileName));
    }
    m_fileLabel->setVisible(!m_fileName.isEmpty());
    m_clearFile->setVisible(!m_fileName.isEmpty());

    m_list = read.list;
    m_columns = read.columns;
    m_column->clear();
    if (m_columns.size() > 1) {
        m_column->addItem(tr("Every entry (not a table)"));
        for (const QString &name : std::as_const(m_columns))
            m_column->addItem(name.isEmpty() ? tr("(unnamed)") : name, name);
        m_column->setCurrentIndex(m_list.column.isEmpty() ? 0
                                                          : std::max(0, m_column->findData(m_list.column)));
    }
    m_columnLabel->setVisible(m_columns.size() > 1);
    m_column->setVisible(m_columns.size() > 1);

    if (!m_list.ok()) {
        m_summary->setText(m_list.error);
    } else if (m_list.ids.isEmpty() && m_list.rejectedCount() == 0) {
        m_summary->setText(tr("No ids yet."));
    } else {
        QString summary = m_list.summaryText();
        if (!m_list.column.isEmpty())
            summary += tr(" (from the column “%1”)").arg(m_list.column);
        m_summary->setText(summary);
    }

    m_rejected->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(m_list.rejected.size());
    for (const IdList::Rejected &entry : std::as_const(m_list.rejected)) {
        auto *item = new QTreeWidgetItem({QString::number(entry.line), entry.input, entry.text});
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        items.append(item);
    }
    m_rejected->addTopLevelItems(items);
    const qsizetype left = m_list.rejectedCount();
    m_rejectedTitle->setText(
        m_list.rejected.size() < left
            ? tr("%1 (the first %L2 are listed):")
                  .arg(countText(left, BatchInput::tr("1 entry left out"),
                                 BatchInput::tr("%1 entries left out")))
                  .arg(m_list.rejected.size())
            : countText(left, BatchInput::tr("1 entry left out:"), BatchInput::tr("%1 entries left out:")));
    m_rejectedTitle->setVisible(left > 0);
    m_rejected->setVisible(left > 0);
    emit listChanged();
}

void BatchInput::showFileError(const QString &message)
{
    // The list stays as it was; the message says why the file was not taken.
    m_fileError = message;
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, ViewColors::forPalette(palette()).errorText);
    m_summary->setPalette(errorPalette);
    m_summary->setText(message);
}

void BatchInput::clearFile()
{
    m_fileName.clear();
    m_fileText.clear();
    m_wantedColumn.clear();
    m_everyEntry = false;
    m_fileLabel->hide();
    m_clearFile->hide();
}
