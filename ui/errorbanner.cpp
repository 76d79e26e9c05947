#include "errorbanner.h"

#include "badgepalette.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QString actionText(BannerContent::Action action)
{
    switch (action) {
    case BannerContent::Action::Retry:
        return ErrorBanner::tr("Retry");
    case BannerContent::Action::UpdateToken:
        return ErrorBanner::tr("Update token…");
    case BannerContent::Action::OpenSettings:
        return ErrorBanner::tr("Edit profile…");
    case BannerContent::Action::None:
        break;
    }
    return {};
}

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(wrappingLabel(this))
    , m_cause(wrappingLabel(this))
    , m_nextStep(wrappingLabel(this))
    , m_serverMessage(wrappingLabel(this))
    , m_primary(new QPushButton(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_copy(new QPushButton(tr("Copy details"), this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Error"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("bannerTitle"));
    m_cause->setObjectName(QStringLiteral("bannerCause"));
    m_nextStep->setObjectName(QStringLiteral("bannerNextStep"));
    m_serverMessage->setObjectName(QStringLiteral("bannerServerMessage"));
    m_primary->setObjectName(QStringLiteral("bannerPrimary"));
    m_retry->setObjectName(QStringLiteral("bannerRetry"));
    m_copy->setObjectName(QStringLiteral("bannerCopy"));
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setFlat(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAccessibleName(tr("Hide error"));
    m_icon->setAlignment(Qt::AlignTop);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_cause);
    text->addWidget(m_nextStep);
    text->addWidget(m_serverMessage);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_primary);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_copy);
    buttons->addStretch();
    text->addLayout(buttons);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 8, 6, 8);
    row->addWidget(m_icon);
    row->addLayout(text, 1);
    row->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_primary, &QPushButton::clicked, this,
            [this] { emit actionRequested(m_content.primaryAction); });
    connect(m_retry, &QPushButton::clicked, this,
            [this] { emit actionRequested(BannerContent::Action::Retry); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_content.details);
        emit detailsCopied();
    });
    connect(m_close, &QPushButton::clicked, this, &ErrorBanner::hide);
    hide();
}

void ErrorBanner::showContent(const BannerContent &content)
{
    m_content = content;
    m_title->setText(content.title);
    m_cause->setText(content.cause);
    m_cause->setVisible(!content.cause.isEmpty());
    m_nextStep->setText(content.nextStep.isEmpty() ? QString() : tr("What to do: %1").arg(content.nextStep));
    m_nextStep->setVisible(!content.nextStep.isEmpty());
    m_serverMessage->setText(
        content.serverMessage.isEmpty() ? QString() : tr("The server said: “%1”").arg(content.serverMessage));
    m_serverMessage->setVisible(!content.serverMessage.isEmpty());
    m_primary->setText(actionText(content.primaryAction));
    m_primary->setVisible(content.primaryAction != BannerContent::Action::None);
    m_retry->setVisible(content.retryAvailable && content.primaryAction != BannerContent::Action::Retry);
    m_copy->setVisible(!content.details.isEmpty());
    applyTone();
    show();
}

void ErrorBanner::clear()
{
    m_content = {};
    hide();
}

QString ErrorBanner::primaryActionText() const
{
    return m_primary->isVisible() ? m_primary->text() : QString();
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applyingTone && !m_content.title.isEmpty())
        applyTone();
    QFrame::changeEvent(event);
}

void ErrorBanner::applyTone()
{
    // The banner uses the same meaning colours as the chips, so "bad" looks the same everywhere.
    const BadgePalette palette = BadgePalette::forPalette(QApplication::palette());
    const BadgeMeaning meaning = m_content.tone == BannerContent::Tone::Error     ? BadgeMeaning::Bad
                                 : m_content.tone == BannerContent::Tone::Warning ? BadgeMeaning::Waiting
                                                                                  : BadgeMeaning::Inbound;
    const BadgeColors colors = palette.colors(meaning);
    QPalette pal = this->palette();
    pal.setColor(QPalette::Window, colors.background);
    pal.setColor(QPalette::WindowText, colors.text);
    pal.setColor(QPalette::Text, colors.text);
    m_applyingTone = true; // setPalette sends a PaletteChange back to us
    setPalette(pal);
    m_applyingTone = false;
    const QStyle::StandardPixmap icon =
        m_content.tone == BannerContent::Tone::Error     ? QStyle::SP_MessageBoxCritical
        : m_content.tone == BannerContent::Tone::Warning ? QStyle::SP_MessageBoxWarning
                                                         : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(28, 28));
}
