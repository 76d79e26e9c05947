#pragma once

#include "message/messagesummary.h"

#include <QFrame>

class BadgeLabel;
class QLabel;
class QToolButton;
class QPushButton;

// What the summary card shows: the core's one summary, which the CLI's `summary` format renders too.
using SummaryContent = MessageSummary;

// The one-second answer for support staff: direction, status, type, when, what, and who/where (ids with
// copy).
class SummaryCard : public QFrame
{
    Q_OBJECT

public:
    explicit SummaryCard(QWidget *parent = nullptr);

    void setContent(const SummaryContent &content);
    // Where the shown message came from ("looked up", "opened from a file", "sample"), said beside its shape.
    void setSourceNote(const QString &note);
    // What is shown is no longer the answer to what the user asked (a new lookup runs, an input was refused,
    // a lookup was cancelled): greyed out, and the note says why. setContent() makes it current again.
    void markPrevious(const QString &note);
    bool isPrevious() const { return m_previous; }
    // Where an earlier answer about this message (a webhook payload) disagrees with this one; empty hides it.
    void setComparison(const QString &title, const QStringList &lines);
    QString comparisonText() const;
    void clear();
    const SummaryContent &content() const { return m_content; }

    // Offers "Watch until final" (for a message that was looked up, not a file or a webhook).
    void setWatchAvailable(bool available);

signals:
    // The user copied an id; the window shows a short confirmation.
    void copied(const QString &what);
    // A webhook payload is shown and the user wants the live message it names.
    void lookUpLiveRequested(const QString &messageId);
    // The user wants this looked-up message watched until its status is final.
    void watchRequested(const QString &messageId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyMutedColours();

    struct IdField
    {
        QWidget *box = nullptr; // caption, value and copy button: they wrap to the next line together
        QLabel *label = nullptr;
        QLabel *value = nullptr;
        QToolButton *copy = nullptr;
        QString full;
        QString copyWhat; // "contact id", "trace id"
    };
    IdField makeIdField(const QString &caption, const QString &objectName, const QString &copyWhat);
    void setId(IdField &field, const QString &id);

    SummaryContent m_content;
    QString m_sourceNote;
    bool m_previous = false;
    BadgeLabel *m_direction;
    BadgeLabel *m_status;
    BadgeLabel *m_type;
    BadgeLabel *m_callStatus;
    QLabel *m_when;
    QLabel *m_body;
    QLabel *m_facts;
    QLabel *m_origin;
    QLabel *m_failure;
    QLabel *m_comparison;
    QPushButton *m_lookUpLive;
    QPushButton *m_watch;
    IdField m_contact;
    IdField m_conversation;
    IdField m_location;
    IdField m_messageId;
    IdField m_traceId;
};
