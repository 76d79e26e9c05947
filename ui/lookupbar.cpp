#include "lookupbar.h"

#include "lazyclearbutton.h"
#include "plaintext.h"

#include "badgepalette.h"
#include "viewcolors.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

LookupBar::LookupBar(QWidget *parent)
    : QWidget(parent)
    , m_profile(new QComboBox(this))
    , m_token(new QToolButton(this))
    , m_messageId(new QComboBox(this))
    , m_lookup(new QPushButton(tr("Look up"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->setAccessibleName(tr("Profile"));
    m_profile->setToolTip(tr("The sub-account profile: its API address and its token"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_token->setObjectName(QStringLiteral("tokenButton"));
    m_token->setAccessibleName(tr("Token"));
    m_token->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_token->setPopupMode(QToolButton::MenuButtonPopup);
    auto *tokenMenu = new QMenu(m_token);
    tokenMenu->addAction(tr("Set or replace token…"), this, &LookupBar::setTokenRequested);
    tokenMenu->addAction(tr("Forget token"), this, &LookupBar::forgetTokenRequested);
    tokenMenu->addSeparator();
    tokenMenu->addAction(tr("Manage profiles…"), this, &LookupBar::manageProfilesRequested);
    m_token->setMenu(tokenMenu);
    connect(m_token, &QToolButton::clicked, this, &LookupBar::setTokenRequested);

    m_messageId->setObjectName(QStringLiteral("messageIdEdit"));
    m_messageId->setEditable(true);
    m_messageId->setInsertPolicy(QComboBox::NoInsert);
    m_messageId->setAccessibleName(tr("Message ID"));
    m_messageId->lineEdit()->setPlaceholderText(tr("Paste a message id or a link to a message"));
    LazyClearButton::install(m_messageId->lineEdit());
    m_messageId->setMinimumContentsLength(30);
    m_messageId->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_lookup->setObjectName(QStringLiteral("lookupButton"));
    m_lookup->setDefault(true);
    m_lookup->setToolTip(tr("Look up the message (Enter; F5 looks up again)"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stop this lookup (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->hide();

    m_progress->setObjectName(QStringLiteral("lookupProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(90);
    m_progress->setMaximumHeight(10);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Lookup in progress"));
    m_progress->hide();
    m_progressText->setObjectName(QStringLiteral("lookupProgressText"));
    m_progressText->setTextFormat(Qt::PlainText);
    // Progress ("Receiving 12.3 MB of 100 MB…") must not widen the window while a lookup runs: it may be
    // cut short at the end (the whole text is its tooltip), never ask for more room than a short phrase.
    m_progressText->setMinimumWidth(m_progressText->fontMetrics().averageCharWidth() * 14);

    m_error->setObjectName(QStringLiteral("inputError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    applyErrorColour();
    m_error->hide();

    auto *idLabel = new QLabel(tr("Message &ID"), this);
    idLabel->setBuddy(m_messageId);
    auto *profileLabel = new QLabel(tr("&Profile"), this);
    profileLabel->setBuddy(m_profile);

    auto *top = new QHBoxLayout;
    top->addWidget(profileLabel);
    top->addWidget(m_profile);
    top->addWidget(m_token);
    top->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(idLabel);
    row->addWidget(m_messageId, 1);
    row->addWidget(m_lookup);
    row->addWidget(m_cancel);
    row->addWidget(m_progress);
    row->addWidget(m_progressText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_lookup, &QPushButton::clicked, this, &LookupBar::requestLookup);
    // Enter in the id field is taken here, once: an editable QComboBox (Qt 6.4) reports one Enter as two
    // returnPressed() signals, which asked twice (two "send with an expired token?" questions, two token
    // dialogs).
    m_messageId->lineEdit()->installEventFilter(this);
    connect(m_cancel, &QPushButton::clicked, this, &LookupBar::cancelRequested);
    // The user changed the id: what was said about the old one goes. A model reset that only puts the same
    // text back (setRecentIdsModel) says nothing.
    connect(m_messageId, &QComboBox::currentTextChanged, this, [this] {
        if (!m_keepingText)
            showInputError({});
    });
    connect(m_profile, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        if (!m_updatingProfiles)
            emit profileSelected(name);
    });
}

void LookupBar::applyErrorColour()
{
    // Red, readable on the window in light and dark.
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, ViewColors::forPalette(palette()).errorText);
    m_error->setPalette(errorPalette);
}

void LookupBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyErrorColour();
    QWidget::changeEvent(event);
}

bool LookupBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_messageId->lineEdit() && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            requestLookup();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LookupBar::requestLookup()
{
    if (!m_busy)
        emit lookupRequested(m_messageId->currentText());
}

void LookupBar::setProfiles(const QStringList &names, const QString &current)
{
    m_updatingProfiles = true;
    m_profile->clear();
    m_profile->addItems(names);
    m_profile->setCurrentText(current);
    m_updatingProfiles = false;
}

QString LookupBar::currentProfile() const
{
    return m_profile->currentText();
}

void LookupBar::setTokenState(const QString &text, const QString &tooltip, TokenTone tone)
{
    m_token->setText(text);
    // It may quote the keychain's own error text.
    m_token->setToolTip(PlainText::toolTip(tooltip));
    m_token->setAccessibleDescription(tooltip);
    if (tone == TokenTone::Unknown) {
        m_token->setIcon(QIcon());
        return;
    }
    const QString icon = tone == TokenTone::Ok        ? QStringLiteral(":/icons/lock.svg")
                         : tone == TokenTone::Warning ? QStringLiteral(":/icons/warning.svg")
                                                      : QStringLiteral(":/icons/key-missing.svg");
    m_token->setIcon(QIcon(icon));
}

QString LookupBar::tokenStateText() const
{
    return m_token->text();
}

QString LookupBar::messageIdInput() const
{
    return m_messageId->currentText();
}

void LookupBar::setMessageIdInput(const QString &text)
{
    m_messageId->setEditText(text);
}

void LookupBar::setRecentIds(const QStringList &ids)
{
    const QString text = m_messageId->currentText();
    m_messageId->clear();
    m_messageId->addItems(ids);
    m_messageId->setEditText(text);
}

void LookupBar::setRecentIdsModel(QAbstractItemModel *model)
{
    const QString text = m_messageId->currentText();
    m_keepingText = true;
    m_messageId->setModel(model);
    // Ids and their details line up in a fixed-width font.
    m_messageId->view()->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_messageId->setEditText(text);
    m_keepingText = false;
    // A reset (the history answered) makes the combo box clear the field and show its first entry: the field
    // keeps what was in it instead, and an explanation beside it stays.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_textDuringReset = m_messageId->currentText();
        m_keepingText = true;
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_messageId->setEditText(m_textDuringReset);
        m_keepingText = false;
    });
}

void LookupBar::focusMessageId()
{
    m_messageId->setFocus(Qt::ShortcutFocusReason);
    m_messageId->lineEdit()->selectAll();
}

void LookupBar::setBusy(bool busy)
{
    m_busy = busy;
    m_lookup->setVisible(!busy);
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
    m_profile->setEnabled(!busy);
    if (!busy)
        m_progressText->clear();
}

void LookupBar::setProgressText(const QString &text)
{
    m_progressText->setText(text);
    m_progressText->setToolTip(text);
}

void LookupBar::showInputError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString LookupBar::inputError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}
