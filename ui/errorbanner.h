#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// What the banner says. Filled from the core's error explanation by the window; the banner only shows it.
struct BannerContent
{
    enum class Action
    {
        None,
        Retry,
        UpdateToken,
        OpenSettings
    };
    enum class Tone
    {
        Error,
        Warning,
        Info
    };

    Tone tone = Tone::Error;
    QString title;         // what happened
    QString cause;         // why it likely happened
    QString nextStep;      // what to do
    QString serverMessage; // the server's own words, verbatim (may be empty)
    QString details;       // everything above plus technical facts, for "Copy details"
    Action primaryAction = Action::None;
    bool retryAvailable = false; // a secondary Retry button next to a different primary action
};

// A banner above the tabs: what happened, why, what to do, the server's message, and one or two actions.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showContent(const BannerContent &content);
    void clear();
    const BannerContent &content() const { return m_content; }

    QString primaryActionText() const;

signals:
    void actionRequested(BannerContent::Action action);
    void detailsCopied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    BannerContent m_content;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_cause;
    QLabel *m_nextStep;
    QLabel *m_serverMessage;
    QPushButton *m_primary;
    QPushButton *m_retry;
    QPushButton *m_copy;
    QPushButton *m_close;
    bool m_applyingTone = false;
};
