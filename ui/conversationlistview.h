#pragma once

#include "related/conversationinfo.h"

#include <QWidget>

class ConversationListModel;
class QLabel;
class QPushButton;
class QTreeView;
struct ConversationMessages;

// The Conversation tab: who and what the conversation is (when it was fetched) and its messages as a compact
// list with direction, status and type chips, the inspected message marked and selected. Picking a message
// (double-click, Enter or the button) asks the window to inspect it with a normal lookup.
class ConversationListView : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationListView(QWidget *parent = nullptr);

    void setConversation(const ConversationInfo &conversation);
    void setMessages(const ConversationMessages &messages);
    void setConversationNote(const QString &text);
    void setMessagesNote(const QString &text);

    ConversationListModel *model() const { return m_model; }
    QTreeView *list() const { return m_list; }
    QString conversationText() const;
    QString messagesNote() const;

signals:
    void fetchConversationRequested();
    void fetchMessagesRequested();
    void inspectMessageRequested(const QString &messageId);

private:
    void inspectRow(int row);

    QLabel *m_conversation;
    QLabel *m_messagesNote;
    QPushButton *m_fetchConversation;
    QPushButton *m_fetchMessages;
    QPushButton *m_inspect;
    QTreeView *m_list;
    ConversationListModel *m_model;
};
