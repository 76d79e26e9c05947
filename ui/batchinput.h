#pragma once

#include "batch/idlist.h"

#include <QString>
#include <QStringList>
#include <QWidget>

class BatchPasteField;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
template <typename T> class QFutureWatcher;

// Where a batch's ids come from, and what was made of them before anything is sent: ids pasted with any
// separators (links too, a column copied from a spreadsheet), or a text/CSV file opened or dropped. The
// list is read off the UI thread (IdList, bounded by IdList::maxInputBytes), then the window shows how many
// ids it found and every entry it left out with the reason (duplicate, not an id, over the limit). When the
// input is a table with several columns, a picker chooses the column of ids (guessed from the header).
class BatchInput : public QWidget
{
    Q_OBJECT

public:
    explicit BatchInput(QWidget *parent = nullptr);
    ~BatchInput() override;

    // Replaces the pasted text (and drops a file opened before).
    void setText(const QString &text);
    QString text() const;
    // Reads a text or CSV file as the list (off the UI thread). A file that is too large, unreadable or not
    // text is refused with a message, and the list stays as it was.
    void openFile(const QString &path);
    // The file the list comes from, or empty when it comes from the pasted text.
    QString fileName() const { return m_fileName; }

    // The column the ids are read from; empty: every entry (not a table). Only when columns() has several.
    QStringList columns() const { return m_columns; }
    QString column() const { return m_list.column; }
    void setColumn(const QString &column);

    // The list as last read (empty while the first read runs).
    const IdList &list() const { return m_list; }
    bool isReading() const;
    // What the line above the list says: "40 ids · 2 duplicates · 1 invalid", or why nothing was read.
    QString summaryText() const;
    // Why the last file (or a paste over the bound) was refused; empty when it was not.
    QString fileError() const { return m_fileError; }

    QPlainTextEdit *pasteField() const;
    QTreeWidget *rejectedList() const { return m_rejected; }
    QComboBox *columnPicker() const { return m_column; }

    // One read of the input, made off the UI thread (internal).
    struct Read;

signals:
    // A read finished and is shown (list() is up to date), or a file was refused.
    void listChanged();

private:
    void chooseFile();
    void scheduleRead();
    void read();
    void show(const Read &read);
    void showFileError(const QString &message);
    void clearFile();

    BatchPasteField *m_paste;
    QPushButton *m_openFile;
    QLabel *m_fileLabel;
    QPushButton *m_clearFile;
    QLabel *m_columnLabel;
    QComboBox *m_column;
    QLabel *m_summary;
    QLabel *m_rejectedTitle;
    QTreeWidget *m_rejected;
    QTimer *m_readDelay;
    QFutureWatcher<Read> *m_watcher;

    IdList m_list;
    QStringList m_columns;
    QString m_fileName;        // the file the list comes from (its name only), or empty
    QString m_fileText;        // its text, kept to read another column
    QString m_fileError;       // why the last file was refused
    QString m_wantedColumn;    // the user's choice; empty: guessed
    bool m_everyEntry = false; // the user chose "every entry" over a column
    bool m_settingText = false;
    quint64 m_generation = 0;      // the last read started
    quint64 m_shownGeneration = 0; // the last read shown
};
