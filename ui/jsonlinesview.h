#pragma once

#include <QByteArray>
#include <QWidget>

#include <functional>
#include <memory>

class BadgeDelegate;
class JsonLinesIndex;
class JsonLinesModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class TaskControl;
template <typename T> class BackgroundTask;

// A JSON Lines file (.jsonl, .ndjson: one JSON value per line, as a batch's output or a day of webhook logs
// are kept) as a list of records, one row each with the summary card's chips (direction, status, type), the
// time, the id and the text. Picking a record (double click, Enter, or Inspect) emits recordChosen() with its
// bytes, for the window to inspect like any other body.
//
// Opening maps the file (no copy; up to InspectionSession::maxFileBytes) and finds the records on a worker
// thread while a progress bar with Cancel shows; nothing is parsed up front, only the rows on screen are
// (JsonLinesModel). Every openFile()/setBytes() ends with exactly one loadFinished(), also when cancelled or
// replaced by a newer one.
class JsonLinesView : public QWidget
{
    Q_OBJECT

public:
    explicit JsonLinesView(QWidget *parent = nullptr);
    ~JsonLinesView() override;

    void openFile(const QString &path);
    // Bytes in hand (e.g. a mapped file's, kept valid by keepAlive, see MappedFile); name is shown.
    void setBytes(const QByteArray &bytes, std::shared_ptr<const void> keepAlive = {},
                  const QString &name = {});
    // Stops a load in progress; its loadFinished(false, …) follows at once.
    void cancel();
    void clear();
    bool isLoading() const;

    // Selects the record on a 1-based line of the file and emits recordChosen(); false for a blank line or
    // one past the end.
    bool chooseLine(qint64 line);

    QString fileName() const { return m_name; }
    QString summaryText() const; // "hooks.jsonl · 12,345 records · 2 blank lines"
    JsonLinesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *inspectButton() const { return m_inspect; }

signals:
    // The record's bytes (a copy: valid on their own) and its 1-based line in the file.
    void recordChosen(const QByteArray &body, qint64 line);
    // ok: the records are listed (message: the summary); otherwise message says why not (not readable, too
    // large, cancelled).
    void loadFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Loaded;
    // work runs on a worker thread; it reports progress through control and stops when it is cancelled.
    void start(std::function<Loaded(TaskControl &)> work, const QString &name);
    void finishLoad(bool ok, const QString &message);
    void chooseCurrent();
    void updateSummary();

    JsonLinesModel *m_model;
    QTableView *m_table;
    BadgeDelegate *m_delegate;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_inspect;
    QString m_name;
    std::unique_ptr<BackgroundTask<Loaded>> m_load; // the load in progress, if any
};
