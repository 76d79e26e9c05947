#include "conversationlistview.h"

#include "badgedelegate.h"
#include "badgepalette.h"
#include "common/counttext.h"
#include "conversationlistmodel.h"
#include "plaintext.h"
#include "related/relatedresult.h"
#include "text/safetext.h"
#include "json/jsondocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

ConversationListView::ConversationListView(QWidget *parent)
    : QWidget(parent)
    , m_conversation(new QLabel(this))
    , m_messagesNote(new QLabel(this))
    , m_fetchConversation(new QPushButton(tr("Fetch the &conversation"), this))
    , m_fetchMessages(new QPushButton(tr("Fetch its &messages"), this))
    , m_inspect(new QPushButton(tr("&Inspect the selected message"), this))
    , m_list(new QTreeView(this))
    , m_model(new ConversationListModel(this))
{
    m_conversation->setObjectName(QStringLiteral("conversationFacts"));
    m_conversation->setTextFormat(Qt::PlainText);
    m_conversation->setWordWrap(true);
    m_conversation->setText(tr("The conversation itself is not fetched yet."));
    m_messagesNote->setObjectName(QStringLiteral("conversationMessagesNote"));
    m_messagesNote->setTextFormat(Qt::PlainText);
    m_messagesNote->setWordWrap(true);
    m_messagesNote->setText(tr("Its messages are not fetched yet."));
    m_fetchConversation->setObjectName(QStringLiteral("conversationFetch"));
    m_fetchMessages->setObjectName(QStringLiteral("conversationFetchMessages"));
    m_inspect->setObjectName(QStringLiteral("conversationInspect"));
    m_inspect->setEnabled(false);

    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Messages of the conversation"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    auto *chips =
        new BadgeDelegate(ConversationListModel::BadgeRole, BadgePalette::forPalette(palette()), this);
    for (int column : {ConversationListModel::DirectionColumn, ConversationListModel::StatusColumn,
                       ConversationListModel::TypeColumn})
        m_list->setItemDelegateForColumn(column, chips);
    m_list->setColumnWidth(ConversationListModel::DateColumn, 130);
    m_list->setColumnWidth(ConversationListModel::DirectionColumn, 110);
    m_list->setColumnWidth(ConversationListModel::StatusColumn, 120);
    m_list->setColumnWidth(ConversationListModel::TypeColumn, 90);
    PlainText::showItemToolTipsLiterally(m_list);

    auto *top = new QHBoxLayout;
    top->addWidget(m_conversation, 1);
    top->addWidget(m_fetchConversation);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_messagesNote, 1);
    middle->addWidget(m_fetchMessages);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_inspect);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);

    connect(m_fetchConversation, &QPushButton::clicked, this,
            &ConversationListView::fetchConversationRequested);
    connect(m_fetchMessages, &QPushButton::clicked, this, &ConversationListView::fetchMessagesRequested);
    connect(m_list, &QTreeView::activated, this,
            [this](const QModelIndex &index) { inspectRow(index.row()); });
    connect(m_inspect, &QPushButton::clicked, this, [this] { inspectRow(m_list->currentIndex().row()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const ConversationMessage *m = m_model->messageAt(current.row());
                m_inspect->setEnabled(m && !m->id.isEmpty() && current.row() != m_model->focusRow());
            });
}

void ConversationListView::inspectRow(int row)
{
    const ConversationMessage *m = m_model->messageAt(row);
    if (m && !m->id.isEmpty() && row != m_model->focusRow())
        emit inspectMessageRequested(m->id);
}

void ConversationListView::setConversation(const ConversationInfo &c)
{
    QStringList facts;
    const QString type = c.typeName();
    facts << (type.isEmpty() ? tr("Conversation") : tr("%1 conversation").arg(type));
    if (c.unreadCount)
        facts << tr("%1 unread").arg(QLocale().toString(*c.unreadCount));
    if (!c.assignedTo.isEmpty())
        facts << tr("assigned to user %1").arg(SafeText::forDisplay(c.assignedTo, 40));
    else
        facts << tr("not assigned");
    if (c.starred.value_or(false))
        facts << tr("starred");
    if (c.deleted.value_or(false))
        facts << tr("deleted");
    if (c.inbox && !*c.inbox)
        facts << tr("not in the inbox");
    if (!c.recognised)
        facts = {tr("The answer is not a conversation the inspector recognises: see Fields and Raw JSON.")};
    m_conversation->setText(facts.join(QStringLiteral(" · ")));
    m_fetchConversation->setEnabled(false);
}

void ConversationListView::setMessages(const ConversationMessages &messages)
{
    m_model->setMessages(messages.messages, messages.focusIndex);
    QStringList note;
    note << tr("%1, newest first")
                .arg(countText(messages.messages.size(), tr("1 message"), tr("%1 messages")));
    if (messages.focusIndex < 0)
        note << tr("this message is not among them");
    if (!messages.stopReason.isEmpty())
        note << messages.stopReason;
    m_messagesNote->setText(note.join(QStringLiteral(" · ")));
    m_fetchMessages->setEnabled(false);
    if (m_model->focusRow() >= 0) {
        const QModelIndex focus = m_model->index(m_model->focusRow(), 0);
        m_list->setCurrentIndex(focus);
        m_list->scrollTo(focus, QAbstractItemView::PositionAtCenter);
    }
}

void ConversationListView::setConversationNote(const QString &text)
{
    m_conversation->setText(text);
}

void ConversationListView::setMessagesNote(const QString &text)
{
    m_messagesNote->setText(text);
}

QString ConversationListView::conversationText() const
{
    return m_conversation->text();
}

QString ConversationListView::messagesNote() const
{
    return m_messagesNote->text();
}
