#pragma once

#include <QDialog>

class ProfileStore;
class QCheckBox;
class QSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
struct ProfileChange;

// Manage profiles: one per sub-account, each with its API address, API version, web-app address and a note.
// Renaming moves the keychain entry and deleting removes it (the store does both); the dialog only edits.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(ProfileStore *store, const QString &current, QWidget *parent = nullptr);

    QString selectedProfile() const;
    QString messageText() const;

private:
    void reload(const QString &select);
    void showProfile(const QString &name);
    void apply();
    void addProfile();
    void removeProfile();
    void makeDefault();
    void onChangeFinished(const ProfileChange &change);
    void setMessage(const QString &text, bool error);

    ProfileStore *m_store;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLineEdit *m_apiVersion;
    QLineEdit *m_webApp;
    QPlainTextEdit *m_note;
    QSpinBox *m_maxResponse; // MiB
    int m_maxResponseShown = 0;
    QCheckBox *m_keepBodies;
    QCheckBox *m_fetchCheapRelated;
    QLabel *m_message;
    QPushButton *m_apply;
    QPushButton *m_remove;
    QPushButton *m_default;
    QString m_shown;
};
