#include "relatedpanel.h"

#include "callview.h"
#include "contactview.h"
#include "conversationlistview.h"
#include "emailthreadmodel.h"
#include "emailthreadview.h"
#include "message/messagesummary.h"
#include "plaintext.h"
#include "related/failureevidence.h"
#include "related/relatedlinks.h"
#include "related/relatedlookup.h"
#include "related/webapplinks.h"
#include "relatedlinksmodel.h"
#include "relatedresultview.h"
#include "session/inspectionsession.h"
#include "store/profilestore.h"
#include "text/safetext.h"
#include "whyfailedpanel.h"
#include "json/jsondocument.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using Kind = RelatedLink::Kind;
using LinkState = RelatedLinksModel::State;

namespace {

const QString whyKey = QStringLiteral("why");

} // namespace

RelatedPanel::RelatedPanel(InspectionSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_links(new RelatedLinksModel(this))
    , m_title(new QLabel(this))
    , m_linksView(new QTreeView(this))
    , m_fetch(new QPushButton(tr("&Fetch"), this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("relatedPanel"));
    m_title->setObjectName(QStringLiteral("relatedTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_linksView->setObjectName(QStringLiteral("relatedLinks"));
    m_linksView->setAccessibleName(tr("Related lookups"));
    m_linksView->setModel(m_links);
    m_linksView->setRootIsDecorated(false);
    m_linksView->setUniformRowHeights(true);
    m_linksView->setAlternatingRowColors(true);
    m_linksView->header()->setSectionResizeMode(RelatedLinksModel::WhatColumn, QHeaderView::ResizeToContents);
    m_linksView->header()->setSectionResizeMode(RelatedLinksModel::StateColumn,
                                                QHeaderView::ResizeToContents);
    m_linksView->setMinimumHeight(90);
    PlainText::showItemToolTipsLiterally(m_linksView);
    m_fetch->setObjectName(QStringLiteral("relatedFetch"));
    m_fetch->setToolTip(tr("Fetches the selected lookup with this profile's token (also: double-click or "
                           "Enter)."));
    m_fetch->setEnabled(false);

    auto *backAction = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this);
    backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    backAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    backAction->setToolTip(tr("Back to the tab opened before (Alt+Left)"));
    auto *forwardAction = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"), this);
    forwardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    forwardAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    forwardAction->setToolTip(tr("Forward again (Alt+Right)"));
    addAction(backAction);
    addAction(forwardAction);
    m_back->setObjectName(QStringLiteral("relatedBack"));
    m_back->setDefaultAction(backAction);
    m_forward->setObjectName(QStringLiteral("relatedForward"));
    m_forward->setDefaultAction(forwardAction);
    connect(backAction, &QAction::triggered, this, &RelatedPanel::goBack);
    connect(forwardAction, &QAction::triggered, this, &RelatedPanel::goForward);

    m_tabs->setObjectName(QStringLiteral("relatedTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setMovable(false);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &RelatedPanel::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_navigating || index < 0)
            return;
        m_navigation.visit(m_tabs->widget(index)->property("relatedKey").toString());
        updateNavigation();
    });

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_title);
    topLayout->addWidget(m_linksView, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_back);
    row->addWidget(m_forward);
    row->addStretch();
    row->addWidget(m_fetch);
    topLayout->addLayout(row);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("relatedSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    // The list is short (a handful of links); the answers get the room.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 600});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_linksView, &QTreeView::activated, this,
            [this](const QModelIndex &index) { fetchRow(index.row()); });
    connect(m_fetch, &QPushButton::clicked, this, [this] { fetchRow(m_linksView->currentIndex().row()); });
    const auto updateFetch = [this] {
        const int row = m_linksView->currentIndex().row();
        const LinkState state = m_links->stateAt(row);
        m_fetch->setEnabled(row >= 0 && (state == LinkState::NotFetched || state == LinkState::Failed));
    };
    connect(m_linksView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, updateFetch);
    connect(m_links, &QAbstractItemModel::dataChanged, this, updateFetch);
    connect(m_links, &QAbstractItemModel::modelReset, this, updateFetch);
    clear();
}

RelatedPanel::~RelatedPanel()
{
    // Lookups still running end here without reaching a panel that is gone.
    for (const QPointer<RelatedLookup> &lookup : std::as_const(m_running)) {
        if (lookup) {
            lookup->disconnect(this);
            lookup->cancel();
        }
    }
    // The views (and the recording file a call view holds) go before the rest of the panel.
    m_tabs->clear();
    m_groups.clear();
}

QString RelatedPanel::groupKey(const RelatedLink &link)
{
    switch (link.kind) {
    case Kind::EmailMessage:
        return QStringLiteral("thread");
    case Kind::Recording:
    case Kind::Transcription:
        return QStringLiteral("call");
    case Kind::Conversation:
    case Kind::ConversationMessages:
        return QStringLiteral("conversation:") + link.subjectId();
    case Kind::Contact:
        return QStringLiteral("contact:") + link.subjectId();
    }
    return {};
}

QString RelatedPanel::runningKey(const RelatedLink &link)
{
    return RelatedLink::kindName(link.kind) + u':' + link.subjectId();
}

void RelatedPanel::clear()
{
    for (const QPointer<RelatedLookup> &lookup : std::as_const(m_running)) {
        if (lookup) {
            lookup->disconnect(this);
            lookup->cancel();
        }
    }
    m_running.clear();
    m_queue.clear();
    m_queueRunning.clear();
    m_navigating = true;
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    m_navigating = false;
    m_groups.clear();
    m_navigation.clear();
    m_links->setLinks({});
    m_message = {};
    m_messageId.clear();
    m_title->setText(tr("Look up a message: what it leads to (its thread, its call's recording and "
                        "transcript, its conversation, its contact) is listed here."));
    updateNavigation();
}

std::optional<Profile> RelatedPanel::currentProfile() const
{
    ProfileStore *profiles = m_session->services().profiles;
    if (!profiles)
        return std::nullopt;
    if (auto p = profiles->profile(m_profile))
        return p;
    return profiles->defaultProfile();
}

void RelatedPanel::setMessage(const InspectionResult &result, const QString &profile)
{
    // The same message again (a watch's newer answer, Look up again): what was opened for it stays.
    const MessageSummary again = MessageSummary::from(result.analysis);
    if (!m_messageId.isEmpty() && again.messageId == m_messageId && profile == m_profile &&
        FailureEvidence::appliesTo(result.analysis) == (group(whyKey) != nullptr)) {
        m_message = result;
        if (WhyFailedPanel *why = whyFailedPanel())
            why->setMessage(result.analysis, currentProfile().value_or(Profile{}));
        return;
    }
    clear();
    m_message = result;
    m_profile = profile;
    const MessageSummary summary = MessageSummary::from(result.analysis);
    if (!summary.isMessage) {
        m_title->setText(tr("Nothing related: the answer on screen is not a message."));
        return;
    }
    m_messageId = summary.messageId;
    const QList<RelatedLink> links = RelatedLinks::from(result.analysis);
    m_links->setLinks(links);
    m_title->setText(
        links.isEmpty()
            ? tr("This message names nothing that can be looked up (no thread, call, "
                 "conversation or contact).")
            : tr("What message %1 leads to. Select one and Fetch (or double-click): each is one "
                 "request with the profile “%2”.")
                  .arg(SafeText::forDisplay(summary.messageId, 40), SafeText::forDisplay(profile, 60)));
    if (FailureEvidence::appliesTo(result.analysis)) {
        auto holder = std::make_unique<Group>();
        holder->key = whyKey;
        auto *why = new WhyFailedPanel(m_tabs);
        why->setProperty("relatedKey", whyKey);
        why->setMessage(result.analysis, currentProfile().value_or(Profile{}));
        bool contactAvailable = false;
        QString why_not = tr("The message names no contact to check.");
        for (const RelatedLink &link : links) {
            if (link.kind == Kind::Contact) {
                contactAvailable = link.available;
                why_not = link.unavailable;
            }
        }
        why->setContactCheckAvailable(contactAvailable, why_not);
        connect(why, &WhyFailedPanel::checkContactRequested, this, &RelatedPanel::checkContact);
        holder->tab = why;
        m_groups.push_back(std::move(holder));
        m_tabs->addTab(why, tr("Why it failed"));
        showGroup(whyKey);
        emit failureExplained();
    }
    const auto p = currentProfile();
    if (p && p->fetchCheapRelatedAutomatically) {
        for (const RelatedLink &link : links) {
            if (link.available && link.cheap && !link.isThisMessage && m_queue.size() < maxAutomaticLookups)
                m_queue.append(link);
        }
        startNextQueued();
    }
}

void RelatedPanel::fetchRow(int row)
{
    const RelatedLink *link = m_links->linkAt(row);
    if (!link)
        return;
    if (!link->available) {
        emit statusMessage(tr("%1 cannot be fetched: %2").arg(link->label, link->unavailable));
        return;
    }
    fetch(*link, true);
}

void RelatedPanel::fetch(const RelatedLink &link, bool showTab, const QList<RelatedLink> &alongside)
{
    if (!link.available)
        return;
    Group &g = ensureGroup(link, alongside.isEmpty() ? m_links->links() : alongside);
    if (showTab)
        showGroup(g.key);
    const QString key = runningKey(link);
    if (m_running.value(key))
        return; // already on its way
    const int row = m_links->rowOf(link.kind, link.subjectId());
    m_links->setState(row, LinkState::Fetching);
    if (auto *thread = qobject_cast<EmailThreadView *>(g.tab))
        thread->model()->setFetching(thread->model()->rowOf(link.subjectId()));
    if (auto *call = qobject_cast<CallView *>(g.tab)) {
        if (link.kind == Kind::Recording)
            call->setRecordingNote(tr("Fetching the recording…"));
        else
            call->setTranscriptNote(tr("Fetching the transcript…"));
    }
    if (auto *conversation = qobject_cast<ConversationListView *>(g.tab)) {
        if (link.kind == Kind::Conversation)
            conversation->setConversationNote(tr("Fetching the conversation…"));
        else
            conversation->setMessagesNote(tr("Fetching its messages, 20 to a page…"));
    }
    if (auto *contact = qobject_cast<ContactView *>(g.tab))
        contact->setNote(tr("Fetching the contact…"));
    RelatedLookup::Options options;
    options.focusMessageId = m_messageId;
    // Where the message itself was looked up (an address given on the command line, agreed to): the related
    // requests go there too, under the same rule for the token.
    options.baseUrlOverride = m_message.request.baseUrlOverride;
    options.allowHost = m_message.request.allowHost;
    RelatedLookup *lookup = RelatedLookup::start(m_session, link, m_profile, options);
    m_running.insert(key, lookup);
    connect(lookup, &RelatedLookup::finished, this, &RelatedPanel::onFinished);
}

RelatedPanel::Group *RelatedPanel::group(const QString &key) const
{
    for (const auto &g : m_groups) {
        if (g->key == key)
            return g.get();
    }
    return nullptr;
}

RelatedPanel::Group &RelatedPanel::ensureGroup(const RelatedLink &link, const QList<RelatedLink> &candidates)
{
    const QString key = groupKey(link);
    if (Group *existing = group(key))
        return *existing;
    auto holder = std::make_unique<Group>();
    Group &g = *holder;
    g.key = key;
    for (const RelatedLink &candidate : candidates) {
        if (groupKey(candidate) == key)
            g.links << candidate;
    }
    if (g.links.isEmpty())
        g.links << link;
    const auto profile = currentProfile().value_or(Profile{});
    const MessageSummary summary = MessageSummary::from(m_message.analysis);
    QString title;
    QWidget *typed = nullptr;
    QString typedTitle;
    switch (link.kind) {
    case Kind::EmailMessage: {
        auto *thread = new EmailThreadView;
        thread->model()->setThread(g.links);
        const int self = [&] {
            for (int i = 0; i < g.links.size(); ++i) {
                if (g.links.at(i).isThisMessage)
                    return i;
            }
            return 0;
        }();
        thread->selectRow(self);
        connect(thread, &EmailThreadView::fetchRequested, this, [this, key](int row) {
            if (Group *gg = group(key); gg && row >= 0 && row < gg->links.size())
                fetch(gg->links.at(row), false);
        });
        connect(thread, &EmailThreadView::fetchAllRequested, this, [this, key] { fetchWhole(key); });
        connect(thread, &EmailThreadView::inspectMessageRequested, this,
                &RelatedPanel::inspectMessageRequested);
        connect(thread, &EmailThreadView::followRequested, this,
                [this](const RelatedLink &followed, const QList<RelatedLink> &alongside) {
                    fetch(followed, true, alongside);
                });
        typed = thread;
        title = tr("Email thread");
        typedTitle = tr("Thread");
        break;
    }
    case Kind::Recording:
    case Kind::Transcription: {
        auto *call = new CallView;
        call->setCall(summary);
        connect(call, &CallView::fetchRecordingRequested, this,
                [this, key] { fetchInGroup(key, Kind::Recording); });
        connect(call, &CallView::fetchTranscriptRequested, this,
                [this, key] { fetchInGroup(key, Kind::Transcription); });
        connect(call, &CallView::saveFinished, this,
                [this](bool ok, const QString &path, const QString &error) {
                    emit statusMessage(ok ? tr("Recording saved to %1").arg(path) : error);
                });
        typed = call;
        title = tr("Call");
        typedTitle = tr("Call");
        break;
    }
    case Kind::Conversation:
    case Kind::ConversationMessages: {
        auto *conversation = new ConversationListView;
        connect(conversation, &ConversationListView::fetchConversationRequested, this,
                [this, key] { fetchInGroup(key, Kind::Conversation); });
        connect(conversation, &ConversationListView::fetchMessagesRequested, this,
                [this, key] { fetchInGroup(key, Kind::ConversationMessages); });
        connect(conversation, &ConversationListView::inspectMessageRequested, this,
                &RelatedPanel::inspectMessageRequested);
        typed = conversation;
        title = tr("Conversation");
        typedTitle = tr("Messages");
        break;
    }
    case Kind::Contact: {
        auto *contact = new ContactView;
        const auto webLink = WebAppLinks::contact(profile, summary.locationId, link.subjectId());
        contact->setWebAppLink(webLink.ok() ? webLink.value : QUrl(), webLink.error);
        typed = contact;
        title = tr("Contact");
        typedTitle = tr("Contact");
        break;
    }
    }
    g.tab = typed;
    g.view = new RelatedResultView(typed, typedTitle, m_tabs);
    g.view->setProperty("relatedKey", key);
    connect(g.view, &RelatedResultView::copied, this, &RelatedPanel::statusMessage);
    m_groups.push_back(std::move(holder));
    m_navigating = true; // adding a tab is not a visit; showing it is
    m_tabs->addTab(g.view, title);
    m_navigating = false;
    return g;
}

void RelatedPanel::showGroup(const QString &key)
{
    Group *g = group(key);
    if (!g)
        return;
    QWidget *page = g->view ? static_cast<QWidget *>(g->view) : g->tab;
    if (m_tabs->currentWidget() != page) {
        m_navigating = true;
        m_tabs->setCurrentWidget(page);
        m_navigating = false;
    }
    m_navigation.visit(key);
    updateNavigation();
}

void RelatedPanel::closeTab(int index)
{
    QWidget *page = m_tabs->widget(index);
    if (!page)
        return;
    const QString key = page->property("relatedKey").toString();
    m_navigating = true;
    m_tabs->removeTab(index);
    m_navigating = false;
    m_navigation.remove(key);
    // A running lookup of the tab is no longer wanted; a recording it held is removed with its view.
    if (Group *g = group(key)) {
        for (const RelatedLink &link : std::as_const(g->links)) {
            const QString running = runningKey(link);
            if (QPointer<RelatedLookup> lookup = m_running.value(running))
                lookup->cancel();
        }
    }
    std::erase_if(m_groups, [&key](const std::unique_ptr<Group> &g) { return g->key == key; });
    page->deleteLater();
    // The tab now shown is where the way back leads.
    const QString shown = m_navigation.currentKey();
    if (Group *g = group(shown)) {
        m_navigating = true;
        m_tabs->setCurrentWidget(g->view ? static_cast<QWidget *>(g->view) : g->tab);
        m_navigating = false;
    } else if (m_tabs->currentWidget()) {
        m_navigation.visit(m_tabs->currentWidget()->property("relatedKey").toString());
    }
    updateNavigation();
}

void RelatedPanel::goBack()
{
    const QString key = m_navigation.back();
    if (Group *g = group(key)) {
        m_navigating = true;
        m_tabs->setCurrentWidget(g->view ? static_cast<QWidget *>(g->view) : g->tab);
        m_navigating = false;
    }
    updateNavigation();
}

void RelatedPanel::goForward()
{
    const QString key = m_navigation.forward();
    if (Group *g = group(key)) {
        m_navigating = true;
        m_tabs->setCurrentWidget(g->view ? static_cast<QWidget *>(g->view) : g->tab);
        m_navigating = false;
    }
    updateNavigation();
}

void RelatedPanel::updateNavigation()
{
    m_back->defaultAction()->setEnabled(m_navigation.canGoBack());
    m_forward->defaultAction()->setEnabled(m_navigation.canGoForward());
}

void RelatedPanel::fetchInGroup(const QString &key, Kind kind)
{
    Group *g = group(key);
    if (!g)
        return;
    for (const RelatedLink &link : std::as_const(g->links)) {
        if (link.kind == kind) {
            fetch(link, false);
            return;
        }
    }
    emit statusMessage(tr("The message gives nothing to fetch that from."));
}

void RelatedPanel::fetchWhole(const QString &key)
{
    Group *g = group(key);
    auto *thread = g ? qobject_cast<EmailThreadView *>(g->tab) : nullptr;
    if (!thread)
        return;
    // One after another: the user asked for all of them, the server gets them one at a time.
    for (int row = 0; row < g->links.size(); ++row) {
        const auto state = thread->model()->slotAt(row)->state;
        if ((state == EmailThreadModel::State::NotFetched || state == EmailThreadModel::State::Failed) &&
            std::none_of(m_queue.cbegin(), m_queue.cend(), [&](const RelatedLink &queued) {
                return runningKey(queued) == runningKey(g->links.at(row));
            }))
            m_queue.append(g->links.at(row));
    }
    startNextQueued();
}

void RelatedPanel::startNextQueued()
{
    if (!m_queueRunning.isEmpty() && m_running.value(m_queueRunning))
        return;
    m_queueRunning.clear();
    while (!m_queue.isEmpty()) {
        const RelatedLink link = m_queue.takeFirst();
        const QString key = runningKey(link);
        if (m_running.value(key))
            continue;
        const int row = m_links->rowOf(link.kind, link.subjectId());
        if (row >= 0 && m_links->stateAt(row) == LinkState::Fetched)
            continue;
        fetch(link, false);
        m_queueRunning = key;
        return;
    }
}

void RelatedPanel::checkContact()
{
    for (const RelatedLink &link : m_links->links()) {
        if (link.kind == Kind::Contact && link.available) {
            if (Group *g = group(whyKey))
                static_cast<WhyFailedPanel *>(g->tab)->setContactNote(tr("Checking the contact…"));
            fetch(link, false);
            return;
        }
    }
}

QString RelatedPanel::failureText(const RelatedResult &result) const
{
    if (!result.failure)
        return {};
    QStringList parts{result.failure->title, result.failure->cause, result.failure->nextStep};
    parts.removeAll(QString());
    return parts.join(u' ');
}

void RelatedPanel::onFinished(const RelatedResult &result)
{
    const QString key = runningKey(result.link);
    m_running.remove(key);
    const int row = m_links->rowOf(result.link.kind, result.link.subjectId());
    const bool cancelled =
        result.failure && result.failure->category == InspectionFailure::Category::Cancelled;
    if (cancelled)
        m_links->setState(row, LinkState::NotFetched);
    else
        m_links->setState(row, result.ok() ? LinkState::Fetched : LinkState::Failed, failureText(result));
    if (Group *g = group(groupKey(result.link)))
        deliver(*g, result);
    // The why-it-failed panel checks the message's own contact.
    if (result.link.kind == Kind::Contact && row >= 0) {
        if (Group *why = group(whyKey)) {
            auto *panel = static_cast<WhyFailedPanel *>(why->tab);
            if (result.contact && result.ok())
                panel->setContact(*result.contact);
            else
                panel->setContactNote(cancelled ? QString() : failureText(result));
        }
    }
    if (key == m_queueRunning)
        m_queueRunning.clear();
    startNextQueued();
    emit lookupFinished(result);
}

void RelatedPanel::deliver(Group &g, const RelatedResult &result)
{
    if (g.view && !result.exchanges.isEmpty())
        g.view->addExchanges(result.exchanges);
    const QString failure = failureText(result);
    const bool cancelled =
        result.failure && result.failure->category == InspectionFailure::Category::Cancelled;
    if (auto *thread = qobject_cast<EmailThreadView *>(g.tab)) {
        const int row = thread->model()->rowOf(result.link.subjectId());
        if (result.email && result.ok())
            thread->model()->setEmail(row, *result.email);
        else if (cancelled)
            thread->model()->setFailed(row, tr("Cancelled."));
        else
            thread->model()->setFailed(row, failure);
        // The email just fetched is shown unless the one selected already has something to show.
        const EmailThreadModel::Slot *selected = thread->model()->slotAt(thread->selectedRow());
        if (!selected || !selected->email || thread->selectedRow() == row)
            thread->selectRow(row);
    } else if (auto *call = qobject_cast<CallView *>(g.tab)) {
        if (result.link.kind == Kind::Recording) {
            if (result.recording && result.ok())
                call->setRecording(result.recording);
            else
                call->setRecordingNote(cancelled ? tr("Cancelled.") : failure);
        } else if (result.transcription && result.ok()) {
            call->setTranscription(*result.transcription);
        } else {
            call->setTranscriptNote(cancelled ? tr("Cancelled.") : failure);
        }
    } else if (auto *conversation = qobject_cast<ConversationListView *>(g.tab)) {
        if (result.link.kind == Kind::Conversation) {
            if (result.conversation && result.ok())
                conversation->setConversation(*result.conversation);
            else
                conversation->setConversationNote(cancelled ? tr("Cancelled.") : failure);
        } else {
            if (result.messages)
                conversation->setMessages(*result.messages); // the pages before a failure are shown too
            if (!result.ok())
                conversation->setMessagesNote(
                    (result.messages ? conversation->messagesNote() + QStringLiteral(" · ") : QString()) +
                    (cancelled ? tr("Cancelled.") : failure));
        }
    } else if (auto *contact = qobject_cast<ContactView *>(g.tab)) {
        if (result.contact && result.ok()) {
            contact->setContact(*result.contact);
            contact->setNote({});
        } else {
            contact->setNote(cancelled ? tr("Cancelled.") : failure);
        }
    }
}

QWidget *RelatedPanel::tab(const QString &key) const
{
    Group *g = group(key);
    return g ? (g->view ? static_cast<QWidget *>(g->view) : g->tab) : nullptr;
}

QString RelatedPanel::currentKey() const
{
    return m_tabs->currentWidget() ? m_tabs->currentWidget()->property("relatedKey").toString() : QString();
}

WhyFailedPanel *RelatedPanel::whyFailedPanel() const
{
    Group *g = group(whyKey);
    return g ? static_cast<WhyFailedPanel *>(g->tab) : nullptr;
}

EmailThreadView *RelatedPanel::threadView() const
{
    Group *g = group(QStringLiteral("thread"));
    return g ? qobject_cast<EmailThreadView *>(g->tab) : nullptr;
}

CallView *RelatedPanel::callView() const
{
    Group *g = group(QStringLiteral("call"));
    return g ? qobject_cast<CallView *>(g->tab) : nullptr;
}

ConversationListView *RelatedPanel::conversationView(const QString &conversationId) const
{
    Group *g = group(QStringLiteral("conversation:") + conversationId);
    return g ? qobject_cast<ConversationListView *>(g->tab) : nullptr;
}

ContactView *RelatedPanel::contactView(const QString &contactId) const
{
    Group *g = group(QStringLiteral("contact:") + contactId);
    return g ? qobject_cast<ContactView *>(g->tab) : nullptr;
}

RelatedResultView *RelatedPanel::resultView(const QString &key) const
{
    Group *g = group(key);
    return g ? g->view : nullptr;
}

int RelatedPanel::runningLookups() const
{
    int count = 0;
    for (const QPointer<RelatedLookup> &lookup : std::as_const(m_running))
        count += lookup ? 1 : 0;
    return count;
}
