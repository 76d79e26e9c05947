#pragma once

#include "related/emailmessage.h"
#include "related/relatedlink.h"

#include <QWidget>

class EmailThreadModel;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

// The Email thread tab: the thread's emails in order with date, from, to, subject and chips, and the
// selected email's headers and body as plain text (HTML made plain by the core; nothing is ever loaded from
// the network: no image, no stylesheet, no link). Fetching is asked of the panel (fetchRequested); an email
// can be inspected as a message (a normal lookup) and its own links followed.
class EmailThreadView : public QWidget
{
    Q_OBJECT

public:
    explicit EmailThreadView(QWidget *parent = nullptr);

    EmailThreadModel *model() const { return m_model; }
    QTreeView *list() const { return m_list; }
    QPlainTextEdit *bodyView() const { return m_body; }
    QPushButton *fetchAllButton() const { return m_fetchAll; }
    QPushButton *inspectButton() const { return m_inspect; }

    void selectRow(int row);
    int selectedRow() const;
    // The text shown for an email: its headers, then its body, every line escaped.
    static QString emailText(const EmailMessage &email);

signals:
    void fetchRequested(int row);
    void fetchAllRequested();
    // Inspect this email as a message: the window looks its id up like any other.
    void inspectMessageRequested(const QString &messageId);
    // A link of the selected email (its conversation, its contact) to follow in the panel; alongside: all
    // the email's links (the conversation's messages go with the conversation).
    void followRequested(const RelatedLink &link, const QList<RelatedLink> &alongside);

private:
    void showSelected();
    void activate(int row);

    EmailThreadModel *m_model;
    QTreeView *m_list;
    QLabel *m_summary;
    QPlainTextEdit *m_body;
    QPushButton *m_fetchAll;
    QPushButton *m_inspect;
    QPushButton *m_followConversation;
    QPushButton *m_followContact;
    QList<RelatedLink> m_selectedLinks;
};
