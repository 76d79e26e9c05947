#pragma once

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

// The top row: profile, token state, message id, Look up / Cancel, progress, and refused-input text.
// It only collects input and shows state; the window validates and sends.
class LookupBar : public QWidget
{
    Q_OBJECT

public:
    enum class TokenTone
    {
        Ok,
        Warning,
        Missing,
        Unknown, // not known yet (the keychain has not answered): no icon
    };

    explicit LookupBar(QWidget *parent = nullptr);

    void setProfiles(const QStringList &names, const QString &current);
    QString currentProfile() const;

    void setTokenState(const QString &text, const QString &tooltip, TokenTone tone);
    QString tokenStateText() const;

    QString messageIdInput() const;
    void setMessageIdInput(const QString &text);
    void setRecentIds(const QStringList &ids);
    // The drop-down from a model instead (RecentIdsModel: each id with its outcome and time; the field takes
    // an entry's Qt::EditRole, the id alone). The model is not owned; what the user typed survives its
    // resets. Once a model is set, setRecentIds() no longer applies.
    void setRecentIdsModel(QAbstractItemModel *model);
    void focusMessageId();

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void setProgressText(const QString &text);

    void showInputError(const QString &text);
    QString inputError() const;

signals:
    void lookupRequested(const QString &input);
    void cancelRequested();
    void profileSelected(const QString &name);
    void setTokenRequested();
    void forgetTokenRequested();
    void manageProfilesRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void requestLookup();
    void applyErrorColour();

    QComboBox *m_profile;
    QToolButton *m_token;
    QComboBox *m_messageId;
    QPushButton *m_lookup;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_error;
    bool m_busy = false;
    bool m_updatingProfiles = false;
    QString m_textDuringReset;
    bool m_keepingText = false; // the field's text is being put back, not changed by the user
};
