#pragma once

#include "message/badge.h"

#include <QFrame>

class BadgeLabel;
class QLabel;
class QToolButton;

// What the summary card shows, already decided and formatted by the window from the core's message view.
struct SummaryContent
{
    Badge direction;
    Badge status;
    Badge messageType;
    Badge callStatus;
    QString when;        // "27 Mar 2024, 19:13 (2 years ago)"
    QString whenTooltip; // the UTC original as sent
    QString body;        // the message text; shown as a quote, elided by the card
    QString contactId;
    QString conversationId;
    QString locationId;
    QStringList extraFacts; // "Call lasted 2:00", "3 emails in this thread", "2 attachments"
};

// The one-second answer for support staff: direction, status, type, when, what, and who/where (ids with
// copy).
class SummaryCard : public QFrame
{
    Q_OBJECT

public:
    explicit SummaryCard(QWidget *parent = nullptr);

    void setContent(const SummaryContent &content);
    void clear();
    const SummaryContent &content() const { return m_content; }

signals:
    // The user copied an id; the window shows a short confirmation.
    void copied(const QString &what);

private:
    struct IdField
    {
        QLabel *label = nullptr;
        QLabel *value = nullptr;
        QToolButton *copy = nullptr;
        QString full;
    };
    IdField makeIdField(const QString &caption, const QString &objectName);
    void setId(IdField &field, const QString &id);

    SummaryContent m_content;
    BadgeLabel *m_direction;
    BadgeLabel *m_status;
    BadgeLabel *m_type;
    BadgeLabel *m_callStatus;
    QLabel *m_when;
    QLabel *m_body;
    QLabel *m_facts;
    IdField m_contact;
    IdField m_conversation;
    IdField m_location;
};
