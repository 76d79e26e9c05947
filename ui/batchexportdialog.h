#pragma once

#include "batch/batchrow.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QDialogButtonBox;
class QListWidget;
class QRadioButton;

// What to export from a batch before the file is chosen: the format (CSV for a spreadsheet, JSON Lines for
// a script), the columns and their order (all, in the table's order, by default; dragged to reorder), and
// whether only the rows the filter
// shows are written.
class BatchExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format
    {
        Csv,
        JsonLines,
    };

    // allRows: the batch; shownRows: what the filter shows (the choice is offered only when they differ).
    BatchExportDialog(qsizetype allRows, qsizetype shownRows, QWidget *parent = nullptr);

    Format format() const;
    void setFormat(Format format);
    QList<BatchColumn> columns() const;
    void setColumns(const QList<BatchColumn> &columns);
    bool onlyShownRows() const;
    void setOnlyShownRows(bool only);

    QListWidget *columnList() const { return m_columns; }

    // "csv" / "jsonl", and the file dialog's filter for it.
    static QString extension(Format format);
    static QString fileFilter(Format format);

private:
    void updateButtons();

    QRadioButton *m_csv;
    QRadioButton *m_jsonLines;
    QListWidget *m_columns;
    QCheckBox *m_onlyShown;
    QDialogButtonBox *m_buttons;
};
