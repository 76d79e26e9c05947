#pragma once

#include "store/historyquery.h"
#include "store/keptanswer.h"
#include "store/lookuprecord.h"

#include <QDateTime>
#include <QFuture>
#include <QPointer>
#include <QSet>
#include <QTimeZone>
#include <QWidget>

#include <chrono>
#include <optional>

class BadgeDelegate;
class HistoryTableModel;
class LookupHistory;
class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
class QToolButton;

// The lookup history as a list to work with (a dock's or a dialog's content): lookups newest first with
// time, profile, id, outcome and the message's chips, a search box (id, summary, outcome and the message's
// values), filters by profile and period, and the actions on the selection — open, show the kept answer,
// compare two, delete — plus clearing everything, and the limits for kept answers.
//
// Every read and write goes through the LookupHistory (its worker thread); each answer is followed by a
// QFutureWatcher the view owns, and an answer to an older question than the last one is dropped.
//
// Deleting (one lookup, several, or all) is undoable for undoWindow(): the rows disappear at once, and the
// history is asked to delete them only when the window passes (or another deletion starts, or the view
// goes). "Clear all" deletes what was there when the user confirmed, never the lookups made during the
// window (LookupHistory::clear(upTo)).
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxListed = 1000;
    static constexpr std::chrono::milliseconds defaultUndoWindow{10000};

    // The history is not owned and may go first (the view then shows nothing and does nothing).
    explicit HistoryView(LookupHistory *history, QWidget *parent = nullptr);
    // A deletion still in its undo window is carried out.
    ~HistoryView() override;

    // The names offered by the profile filter ("All profiles" first); the choice is kept when still there.
    void setProfiles(const QStringList &names);
    // The limits shown in the kept-answers settings (read from the history at start); does not signal.
    void setAnswerRetention(const AnswerRetention &retention);
    AnswerRetention answerRetention() const;

    // What the filters ask for now.
    HistoryQuery currentQuery() const;

    void setUndoWindow(std::chrono::milliseconds window);
    std::chrono::milliseconds undoWindow() const { return m_undoWindow; }
    bool hasPendingDeletion() const;
    // See HistoryTableModel::setClock (also what "Today" and "Last hour" mean).
    void setClock(const QDateTime &now, const QTimeZone &zone);

    HistoryTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The selected lookups, in the list's order (newest first).
    QList<LookupRecord> selectedLookups() const;
    // The line under the list: how many lookups are shown, or why none are.
    QString statusText() const;

public slots:
    // Asks the history again with the current filters.
    void refresh();
    void openSelected();
    void showKeptAnswerOfSelected();
    void compareSelected();
    void deleteSelected();
    // Asks for confirmation, then clears with undo.
    void requestClearAll();
    // Asks for confirmation, then deletes every kept answer (the lookups stay). Not undoable.
    void requestDeleteKeptAnswers();
    void undo();
    // Carries out a deletion still in its undo window now.
    void commitPendingDeletion();
    void showRetentionSettings(bool show);

signals:
    // The user wants this lookup again: look it up, or show its kept answer when there is one.
    void openRequested(qint64 rowId, const QString &messageId, const QString &profile, bool hasKeptAnswer);
    // The kept answer of a lookup, read from the history for "Show kept answer".
    void keptAnswerReady(const LookupRecord &lookup, const KeptAnswer &answer);
    // Two lookups to compare, the older first.
    void compareRequested(qint64 olderRowId, qint64 newerRowId);
    // The user changed the limits for kept answers (already applied to the history): persist them
    // (AnswerRetentionSettings::save).
    void answerRetentionChanged(const AnswerRetention &retention);
    // The list shows the answer to the latest question.
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct PendingDeletion
    {
        std::optional<QDateTime> clearUpTo; // "Clear all": everything at or before this moment
        QSet<qint64> rowIds;                // single lookups
    };

    void buildFilters();
    void buildActions();
    void buildRetention();
    void scheduleRefresh();
    void showRecords(QList<LookupRecord> records);
    void updateActions();
    void updatePeriodEditors();
    void startDeletion(const PendingDeletion &deletion, const QString &text);
    void retentionEdited();
    void showNote(const QString &text);
    QDateTime now() const;
    void applyPalette();
    // Follows a write's answer; a write that did not happen is said under the list.
    void followWrite(const QFuture<HistoryWrite> &write, const QString &done);

    QPointer<LookupHistory> m_history;
    HistoryTableModel *m_model;
    BadgeDelegate *m_badges;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_profile;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_until;
    QPushButton *m_open;
    QPushButton *m_showAnswer;
    QPushButton *m_compare;
    QPushButton *m_delete;
    QPushButton *m_clearAll;
    QToolButton *m_settingsButton;
    QFrame *m_retentionPanel;
    QSpinBox *m_maxAnswerKb;
    QSpinBox *m_maxTotalMb;
    QSpinBox *m_maxAgeDays;
    QPushButton *m_deleteAnswers;
    QFrame *m_undoBar;
    QLabel *m_undoText;
    QPushButton *m_undo;
    QLabel *m_status;
    QTimer *m_refreshTimer;
    QTimer *m_undoTimer;

    std::optional<PendingDeletion> m_pending;
    std::chrono::milliseconds m_undoWindow = defaultUndoWindow;
    quint64 m_generation = 0;
    int m_shownFromHistory = 0; // rows the last answer had before hiding those being deleted
    QString m_note;             // the last action's outcome, shown with the count
    QDateTime m_fixedNow;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_settingRetention = false;
};
