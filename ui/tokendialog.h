#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QToolButton;

// Set or replace a profile's token: masked entry with a reveal toggle, and what the token is (PIT or JWT, its
// claims and expiry) shown locally before anything is saved or sent. The dialog never stores the token; the
// window takes token() and hands it to the vault.
class TokenDialog : public QDialog
{
    Q_OBJECT

public:
    TokenDialog(const QString &profile, bool replacing, QWidget *parent = nullptr);
    ~TokenDialog() override;

    // The cleaned token (trimmed, "Bearer " removed) once accepted; empty before.
    QString token() const;

    // For tests: the entry field and the live analysis text.
    QLineEdit *entry() const { return m_entry; }
    QString analysisText() const;
    QString errorText() const;

private:
    void analyse();

    QLineEdit *m_entry;
    QToolButton *m_reveal;
    QLabel *m_kind;
    QLabel *m_error;
    QLabel *m_warnings;
    QTreeWidget *m_claims;
    QDialogButtonBox *m_buttons;
};
