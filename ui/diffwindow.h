#pragma once

#include "common/backgroundtask.h"
#include "diffcontextmodel.h"
#include "session/inspectionresult.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class DiffValueDelegate;
class InspectionJob;
class InspectionSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

// Compare two answers: a window that shows, field by field, what differs between two bodies — changed, added
// and removed fields in the server's order, their JSON paths, the values as sent with what they mean ("sent"
// → "delivered", chips for statuses), and a summary line. The two sides are picked from the answers it was
// given (a watch's, the window's, history's) or from a saved file. Bodies are read and analysed through the
// session and compared on the thread pool, so a 10 MB body never blocks the window.
class DiffWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Side
    {
        First,
        Second
    };
    // Answers it holds to choose from; the oldest unused ones go first beyond this.
    static constexpr int maxSources = 50;

    explicit DiffWindow(InspectionSession *session, QWidget *parent = nullptr);
    ~DiffWindow() override;

    // Offers an answer as a side (both pickers list it); returns its index. An empty label is made from the
    // answer ("looked up ve9E…", "file x.json").
    int addAnswer(const InspectionResult &result, const QString &label = {});
    // Offers a body as a side; it is analysed off the UI thread first.
    int addBody(const QByteArray &body, const QString &label);
    // Offers both answers and compares them (first on the left). Connects directly to
    // WatchPanel::compareRequested.
    void compare(const InspectionResult &first, const InspectionResult &second,
                 const QString &firstLabel = {}, const QString &secondLabel = {});
    void compareBodies(const QByteArray &first, const QString &firstLabel, const QByteArray &second,
                       const QString &secondLabel);
    // Chooses the sides by index and compares them.
    void setSides(int first, int second);
    // Reads a saved response (through the session: bounded, off the UI thread) and puts it on one side. A
    // file that cannot be read is said in plain words and changes nothing.
    void openFile(Side side, const QString &path);
    void swapSides();

    void setOnlyDifferences(bool only);
    bool onlyDifferences() const;

    // A side is still being read, or the comparison runs.
    bool isBusy() const;
    // "3 changed · 1 added · 0 removed", or why there is nothing to show.
    QString summaryText() const;
    // The diff as lines (the command line's form).
    QStringList diffText() const;
    int sourceCount() const { return int(m_sources.size()); }
    QString sourceLabel(int index) const;
    int firstSide() const { return m_first; }
    int secondSide() const { return m_second; }

    QTreeView *view() const { return m_view; }
    DiffContextModel *model() const { return m_model; }

signals:
    // A comparison was shown, or could not be made (summaryText() says why): once for each comparison that
    // was started and not replaced by a newer one.
    void diffShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Source
    {
        QString label;
        std::optional<InspectionResult> result; // set once read and analysed
        QPointer<InspectionJob> job;            // while being read
        std::optional<Side> openedFor;          // a file picked for this side: placed there once read
    };
    struct Outcome
    {
        JsonDiff diff;
        DiffContextModel::Context context;
    };

    int addSource(Source source);
    void analyse(int index, const InspectionRequest &request);
    void onSourceRead(InspectionJob *job, const InspectionResult &result);
    void startComparison();
    void onComparisonFinished(std::optional<Outcome> outcome);
    void showProblem(const QString &text);
    void syncPickers();
    void fillPicker(QComboBox *picker, int current);
    void onPickerActivated(Side side, int index);
    void chooseFile(Side side);
    void updateSummary();
    QString subjectText() const;
    void copyText();
    void showMenu(const QPoint &pos);
    static QString defaultLabel(const InspectionResult &result);

    InspectionSession *m_session;
    QList<Source> m_sources;
    int m_first = -1;
    int m_second = -1;
    QString m_problem; // a file that could not be read, a side that is not ready
    bool m_comparing = false;

    QComboBox *m_firstPicker;
    QComboBox *m_secondPicker;
    QPushButton *m_swap;
    QCheckBox *m_onlyDifferences;
    QPushButton *m_copy;
    QLabel *m_subject;
    QLabel *m_summary;
    QLabel *m_notes;
    QTreeView *m_view;
    DiffContextModel *m_model;
    DiffValueDelegate *m_firstDelegate;
    DiffValueDelegate *m_secondDelegate;
    BackgroundTask<Outcome> m_compare{this};
};
