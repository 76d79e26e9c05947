#pragma once

#include "related/contact.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

// The Contact tab: who the contact is, how to reach them (phone, email) and their Do-Not-Disturb settings
// per channel, the ones that block messages said plainly; and the contact opened in the HighLevel web app.
class ContactView : public QWidget
{
    Q_OBJECT

public:
    explicit ContactView(QWidget *parent = nullptr);

    void setContact(const Contact &contact);
    void setNote(const QString &text);
    // The link "Open contact in HighLevel" opens (WebAppLinks::contact); invalid: the button is off.
    void setWebAppLink(const QUrl &link, const QString &problem = {});

    QString factsText() const;
    QTreeWidget *dndTable() const { return m_dnd; }

private:
    QLabel *m_facts;
    QTreeWidget *m_dnd;
    QPushButton *m_open;
    QLabel *m_note;
    QUrl m_link;
};
