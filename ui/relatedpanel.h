#pragma once

#include "related/relatedlink.h"
#include "related/relatedresult.h"
#include "relatednavigation.h"
#include "session/inspectionresult.h"
#include "store/profile.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

class CallView;
class ContactView;
class ConversationListView;
class EmailThreadView;
class InspectionSession;
class QLabel;
class QPushButton;
class QTabWidget;
class QToolButton;
class QTreeView;
class RelatedLinksModel;
class RelatedLookup;
class RelatedResultView;
class WhyFailedPanel;

// The Related panel beside the card: the links of the message on screen (RelatedLinks), each saying what it
// is, fetched on demand with one click (or, for the cheap ones, by itself when the profile's "fetch cheap
// related lookups automatically" is on: one at a time, never a recording). Every lookup goes through the
// window's InspectionSession (RelatedLookup). Each answer opens in a closable tab: the thread, the call,
// the conversation, the contact, with the same Fields / Raw JSON / HTTP views as a message; a result's own
// links can be followed, a message picked in it is inspected by the window (inspectMessageRequested). For a
// failed or undelivered message a "Why it failed" tab comes first. Back and forward (Alt+Left, Alt+Right)
// go through what was opened.
class RelatedPanel : public QWidget
{
    Q_OBJECT

public:
    // At most this many lookups the profile's setting starts by itself for one message, one after another.
    static constexpr int maxAutomaticLookups = 6;

    explicit RelatedPanel(InspectionSession *session, QWidget *parent = nullptr);
    ~RelatedPanel() override;

    // The message on screen (a lookup's answer, a file, a sample) and the profile its related lookups use.
    // Running lookups of the previous message are cancelled and its tabs closed.
    void setMessage(const InspectionResult &result, const QString &profile);
    void clear();

    // Fetches the link in this row of the list (a click on Fetch, a double-click, Enter).
    void fetchRow(int row);
    // Fetches a link and shows its tab: a row of the list, or a result's own link followed.
    void fetch(const RelatedLink &link, bool showTab = true, const QList<RelatedLink> &alongside = {});
    void goBack();
    void goForward();

    RelatedLinksModel *linksModel() const { return m_links; }
    QTreeView *linksView() const { return m_linksView; }
    QTabWidget *resultTabs() const { return m_tabs; }
    // The tab of a key ("why", "thread", "call", "conversation:<id>", "contact:<id>"), or nullptr.
    QWidget *tab(const QString &key) const;
    QString currentKey() const;
    const RelatedNavigation &navigation() const { return m_navigation; }
    WhyFailedPanel *whyFailedPanel() const;
    EmailThreadView *threadView() const;
    CallView *callView() const;
    ConversationListView *conversationView(const QString &conversationId) const;
    ContactView *contactView(const QString &contactId) const;
    RelatedResultView *resultView(const QString &key) const;
    int runningLookups() const;
    QToolButton *backButton() const { return m_back; }
    QToolButton *forwardButton() const { return m_forward; }

    static QString groupKey(const RelatedLink &link);

signals:
    // A message picked in a related answer (an email of the thread, a message of the conversation): the
    // window looks it up like any other.
    void inspectMessageRequested(const QString &messageId);
    // The message failed: the panel has a "Why it failed" tab the window may want to show.
    void failureExplained();
    // Every lookup this panel started has finished (for tests and the screenshot tool).
    void lookupFinished(const RelatedResult &result);
    void statusMessage(const QString &text);

private:
    struct Group
    {
        QString key;
        QWidget *tab = nullptr; // what the tab widget holds
        RelatedResultView *view = nullptr;
        QList<RelatedLink> links; // the group's links (the thread's emails, the call's two, …)
    };

    Group *group(const QString &key) const;
    // The group (and its tab) a link's answer goes to, made when needed; its links are picked from
    // candidates (the message's links, or those of the result the link was followed from).
    Group &ensureGroup(const RelatedLink &link, const QList<RelatedLink> &candidates);
    void showGroup(const QString &key);
    void closeTab(int index);
    void onFinished(const RelatedResult &result);
    void deliver(Group &group, const RelatedResult &result);
    void startNextQueued();
    static QString runningKey(const RelatedLink &link);
    void fetchInGroup(const QString &key, RelatedLink::Kind kind);
    void fetchWhole(const QString &key);
    void checkContact();
    void updateNavigation();
    QString failureText(const RelatedResult &result) const;
    std::optional<Profile> currentProfile() const;

    InspectionSession *m_session;
    RelatedLinksModel *m_links;
    QLabel *m_title;
    QTreeView *m_linksView;
    QPushButton *m_fetch;
    QToolButton *m_back;
    QToolButton *m_forward;
    QTabWidget *m_tabs;
    std::vector<std::unique_ptr<Group>> m_groups;
    RelatedNavigation m_navigation;
    bool m_navigating = false;

    InspectionResult m_message;
    QString m_profile;
    QString m_messageId;
    QHash<QString, QPointer<RelatedLookup>> m_running; // "kind:subjectId" → lookup
    // Links fetched one after another (the profile's automatic ones, "Fetch every email"): never all at once.
    QList<RelatedLink> m_queue;
    QString m_queueRunning; // the running key of the queued lookup in flight
};
