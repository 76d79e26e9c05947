#pragma once

#include "batch/batchrun.h"
#include "batchexportdialog.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <memory>

class BatchFilterProxyModel;
class BatchInput;
class BatchTableModel;
class BatchTallyBar;
class ErrorBanner;
class InspectionSession;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTimer;
class ReportDialog;

// Many ids at once, in a window of its own: a support lead pastes the ids from a ticket or a spreadsheet
// (or opens or drops a text/CSV file), sees what will be sent — the ids found, the duplicates and invalid
// entries left out with the reason — and starts "Look up 40 messages". The lookups go through the one
// InspectionSession (BatchRun: a bounded number in flight, paced to a share of the burst the server reports,
// Retry-After honoured); the table (a model, not widgets per row, so 10,000 rows stay smooth) fills as they
// finish, with direction/status/type chips, a tally at the top whose chips filter the table, a filter field
// that matches any column, and Cancel / Resume. Double-clicking a row asks for the normal inspector
// (inspectRequested). The rows export as CSV or JSON Lines (columns chosen), and "Report…" makes a masked
// report for the ticket.
class BatchWindow : public QWidget
{
    Q_OBJECT

public:
    // The session is not owned and must outlive the window; profile names the profile whose token and
    // address every lookup uses (empty: the default profile).
    BatchWindow(InspectionSession *session, const QString &profile, QWidget *parent = nullptr);
    ~BatchWindow() override;

    QString profile() const { return m_profile; }
    // The API address the main window uses instead of the profile's (--base-url), once the user agreed to
    // send the token there; empty: the profile's.
    void setBaseUrlOverride(const QString &url) { m_baseUrlOverride = url; }

    // The list: pasted text (any separators, links) or a text/CSV file; read off the UI thread.
    void setIds(const QString &text);
    void openFile(const QString &path);

    // Pacing settings: the share of the server's burst this batch may use (1–100 %, default 50) and how many
    // lookups may be in flight at once (1 … BatchRun::maxInFlightLimit, default 2).
    int burstSharePercent() const;
    void setBurstSharePercent(int percent);
    int maxInFlight() const;
    void setMaxInFlight(int count);

    // Starts the lookups of the list (what the Start button does); false when there is nothing to look up.
    bool start();
    void cancel();
    // Looks up again what the last run did not settle (cancelled, failed, rate limited, no access); the
    // answers it had are kept. False when there is nothing to resume.
    bool resume();
    bool canResume() const;
    // Back to the list, to change it and start again (not while a run is going).
    void editList();

    // Writes the rows: all in list order, or only those the filter shows in the order shown. Returns an
    // error message, or empty when the file was written.
    QString exportTo(const QString &path, BatchExportDialog::Format format, const QList<BatchColumn> &columns,
                     bool onlyShownRows = false);
    // Opens the report dialog for the rows the filter shows (reading the profile's token first, so the
    // report can remove it wherever it appears).
    void openReport();

    // For tests and the screenshot tool.
    BatchInput *input() const { return m_input; }
    QPushButton *startButton() const { return m_start; }
    QTableView *table() const { return m_table; }
    BatchTableModel *model() const { return m_model; }
    BatchFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterField() const { return m_filter; }
    BatchTallyBar *tallyBar() const { return m_tally; }
    BatchRun *run() const { return m_run.get(); }
    ReportDialog *reportDialog() const;
    bool isRunning() const { return m_run && m_run->isRunning(); }
    QString tallyText() const;
    QString progressText() const;
    QString pacingText() const;
    QString stopText() const;
    // The visible rows as text, one line per row, cells separated by " | " (columns as shown).
    QString tableText() const;

signals:
    // A row was double-clicked (or activated with Enter, or "Open in the inspector" from its menu): open the
    // message in the normal inspector. profile is the window's, by name (the default profile's name when the
    // window was given none).
    void inspectRequested(const QString &messageId, const QString &profile);
    // A run ended (exactly once per start or resume).
    void runFinished(BatchRun::Outcome outcome);
    // The report dialog is open (after the token was read).
    void reportOpened(ReportDialog *dialog);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildInputPage();
    QWidget *buildRunPage();
    void updateStartButton();
    void beginRun(std::unique_ptr<BatchRun> run);
    void onProgress(qsizetype done, qsizetype total);
    void onPaused(const QString &reason, qint64 ms);
    void onFinished(BatchRun::Outcome outcome);
    void updateRunButtons();
    void updateShownCount();
    void updatePaceNote();
    void applyPalette();
    void chooseExport();
    void showTableMenu(const QPoint &pos);
    BatchRun::Options runOptions() const;
    // The profile's name, the default profile's when none was given.
    QString resolvedProfile() const;
    QString estimateText(qsizetype count) const;

    InspectionSession *m_session;
    QString m_profile;
    QString m_baseUrlOverride;

    QStackedWidget *m_pages;
    // The list page.
    BatchInput *m_input;
    QSpinBox *m_share;
    QSpinBox *m_inFlight;
    QLabel *m_estimate;
    QPushButton *m_start;
    // The run page.
    QLabel *m_heading;
    BatchTallyBar *m_tally;
    QProgressBar *m_progress;
    QLabel *m_progressNote;
    QLabel *m_paceNote;
    ErrorBanner *m_banner;
    QPushButton *m_cancel;
    QPushButton *m_resume;
    QPushButton *m_editList;
    QLineEdit *m_filter;
    QLabel *m_shown;
    QTableView *m_table;
    QPushButton *m_export;
    QPushButton *m_reportButton;
    QLabel *m_actionNote;
    BatchTableModel *m_model;
    BatchFilterProxyModel *m_proxy;
    QTimer *m_filterDelay;

    std::unique_ptr<BatchRun> m_run;
    QElapsedTimer m_runClock;
    QDateTime m_finishedAt;
    QString m_pauseReason;
    QPointer<ReportDialog> m_report;
    bool m_reportPending = false;
    QList<BatchColumn> m_exportColumns;
    BatchExportDialog::Format m_exportFormat = BatchExportDialog::Format::Csv;
};
