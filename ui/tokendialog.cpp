#include "tokendialog.h"

#include "api/inputvalidation.h"
#include "secrets/tokeninfo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

TokenDialog::TokenDialog(const QString &profile, bool replacing, QWidget *parent)
    : QDialog(parent)
    , m_entry(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
    , m_kind(new QLabel(this))
    , m_error(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_claims(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(replacing ? tr("Replace token — %1").arg(profile) : tr("Set token — %1").arg(profile));
    setObjectName(QStringLiteral("tokenDialog"));

    auto *intro =
        new QLabel(tr("Paste the Private Integration Token (Settings → Private Integrations in the "
                      "sub-account) or an OAuth "
                      "access token. It is kept in your system keychain and sent only to the HighLevel API."),
                   this);
    intro->setWordWrap(true);

    m_entry->setObjectName(QStringLiteral("tokenEntry"));
    m_entry->setEchoMode(QLineEdit::Password);
    m_entry->setAccessibleName(tr("Token"));
    m_entry->setPlaceholderText(tr("pit-… or eyJ…"));
    // Never let the platform's input method remember what is typed here.
    m_entry->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_reveal->setObjectName(QStringLiteral("revealToken"));
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setAccessibleName(tr("Show token"));
    m_reveal->setToolTip(tr("Show or hide the token while you check it"));
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_entry->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
    });

    m_kind->setObjectName(QStringLiteral("tokenKind"));
    // What is shown here is read from the pasted token (JWT claims), so it is shown literally.
    for (QLabel *label : {m_kind, m_error, m_warnings})
        label->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("tokenError"));
    m_error->setWordWrap(true);
    m_warnings->setObjectName(QStringLiteral("tokenWarnings"));
    m_warnings->setWordWrap(true);
    QFont bold = m_kind->font();
    bold.setBold(true);
    m_kind->setFont(bold);

    m_claims->setObjectName(QStringLiteral("tokenClaims"));
    m_claims->setHeaderLabels({tr("Claim"), tr("Value"), tr("Meaning")});
    m_claims->setRootIsDecorated(false);
    m_claims->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_claims->setMinimumHeight(140);
    m_claims->hide();

    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(m_reveal);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(entryRow);
    layout->addWidget(m_error);
    layout->addWidget(m_kind);
    layout->addWidget(m_warnings);
    layout->addWidget(m_claims, 1);
    layout->addWidget(m_buttons);

    connect(m_entry, &QLineEdit::textChanged, this, &TokenDialog::analyse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 260);
    analyse();
}

TokenDialog::~TokenDialog()
{
    // Leave nothing of the secret in the widget's buffer longer than needed.
    m_entry->clear();
}

QString TokenDialog::token() const
{
    if (result() != QDialog::Accepted)
        return {};
    return InputValidation::token(m_entry->text()).value;
}

QString TokenDialog::analysisText() const
{
    QStringList lines{m_kind->text(), m_warnings->text()};
    for (int i = 0; i < m_claims->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_claims->topLevelItem(i);
        lines << item->text(0) % QStringLiteral(" = ") % item->text(1) % QStringLiteral(" ") % item->text(2);
    }
    return lines.join(QLatin1Char('\n'));
}

QString TokenDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void TokenDialog::analyse()
{
    const QString input = m_entry->text();
    const auto checked = InputValidation::token(input);
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(checked.ok());
    m_error->setText(input.isEmpty() ? QString() : checked.error);
    m_error->setVisible(!input.isEmpty() && !checked.ok());
    m_claims->clear();
    if (!checked.ok()) {
        m_kind->clear();
        m_warnings->clear();
        m_claims->hide();
        return;
    }

    const TokenInfo info = TokenInfo::inspect(checked.value);
    QString kind = info.kindName();
    if (!info.expiryText().isEmpty())
        kind += QStringLiteral(" · ") + info.expiryText();
    m_kind->setText(kind);
    QStringList notes = info.warnings();
    notes += info.notes();
    m_warnings->setText(notes.join(QLatin1Char('\n')));
    for (const TokenClaim &claim : info.header())
        new QTreeWidgetItem(m_claims, {tr("header.%1").arg(claim.name), claim.value, claim.meaning});
    for (const TokenClaim &claim : info.claims())
        new QTreeWidgetItem(m_claims, {claim.name, claim.value, claim.meaning});
    m_claims->setVisible(m_claims->topLevelItemCount() > 0);
}
