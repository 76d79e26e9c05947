#pragma once

#include "message/messageanalysis.h"
#include "related/contact.h"
#include "related/failureevidence.h"
#include "store/profile.h"

#include <QUrl>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

// Why it failed: for a failed or undelivered message, what the evidence shows (FailureEvidence), each line
// with where it came from; the contact's part only after the user clicks "Check the contact" (a related
// lookup the panel asks for); the table of known causes with their public sources, those the facts point at
// first; the plain statement that the API does not give the carrier's error code; and the conversation and
// the contact opened in the HighLevel web app (the profile's address and link templates; never the token).
class WhyFailedPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WhyFailedPanel(QWidget *parent = nullptr);

    // The message and the profile whose web-app address makes the links. Forgets a contact checked before.
    void setMessage(const MessageAnalysis &message, const Profile &profile);
    // The contact the user asked for (RelatedResult::contact).
    void setContact(const Contact &contact);
    // "Checking the contact…", or why it could not be fetched.
    void setContactNote(const QString &text);
    void setContactCheckAvailable(bool available, const QString &why = {});

    const FailureEvidence &evidence() const { return m_evidence; }
    QUrl conversationUrl() const { return m_conversationUrl; }
    QUrl contactUrl() const { return m_contactUrl; }
    QTreeWidget *evidenceTable() const { return m_lines; }
    QTreeWidget *causesTable() const { return m_causes; }
    QString statementText() const;
    QString contactNote() const;
    // Every row of both tables as "source | text | origin" lines, for tests.
    QString text() const;

signals:
    void checkContactRequested();

private:
    void rebuild();
    void open(const QUrl &url);

    MessageAnalysis m_message;
    Profile m_profile;
    std::optional<Contact> m_contact;
    FailureEvidence m_evidence;
    QUrl m_conversationUrl;
    QUrl m_contactUrl;
    QString m_linkProblem;

    QLabel *m_headline;
    QTreeWidget *m_lines;
    QPushButton *m_checkContact;
    QLabel *m_contactNote;
    QTreeWidget *m_causes;
    QLabel *m_statement;
    QLabel *m_causeDetail; // the selected cause in full: what happens, what to do, the source
    QPushButton *m_openConversation;
    QPushButton *m_openContact;
    QLabel *m_linkNote;
};
