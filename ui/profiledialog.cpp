#include "profiledialog.h"

#include "store/profilestore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr qint64 mebibyte = 1024 * 1024;
}

ProfileDialog::ProfileDialog(ProfileStore *store, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_apiVersion(new QLineEdit(this))
    , m_webApp(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_maxResponse(new QSpinBox(this))
    , m_keepBodies(new QCheckBox(tr("&Keep response bodies in the history"), this))
    , m_fetchCheapRelated(new QCheckBox(tr("&Fetch cheap related lookups automatically"), this))
    , m_message(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply changes"), this))
    , m_remove(new QPushButton(tr("&Delete…"), this))
    , m_default(new QPushButton(tr("Use as &default"), this))
{
    setWindowTitle(tr("Profiles"));
    setObjectName(QStringLiteral("profileDialog"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_baseUrl->setObjectName(QStringLiteral("profileBaseUrl"));
    m_apiVersion->setObjectName(QStringLiteral("profileApiVersion"));
    m_webApp->setObjectName(QStringLiteral("profileWebApp"));
    m_note->setObjectName(QStringLiteral("profileNote"));
    m_message->setObjectName(QStringLiteral("profileMessage"));
    m_message->setTextFormat(Qt::PlainText); // it quotes profile names and addresses as typed
    m_message->setWordWrap(true);
    m_note->setMaximumHeight(80);
    m_baseUrl->setPlaceholderText(Profile::defaultBaseUrl().toString());
    m_apiVersion->setPlaceholderText(Profile::defaultApiVersion());
    m_webApp->setPlaceholderText(Profile::defaultWebAppUrl().toString());
    m_webApp->setToolTip(tr("Where links to contacts and conversations open. Agencies with a white-label "
                            "domain put theirs here."));

    // Whole MiB here; a cap set otherwise (the CLI's --max-response 512K) stays unless this is changed.
    m_maxResponse->setObjectName(QStringLiteral("profileMaxResponse"));
    m_maxResponse->setRange(1, int(Profile::maxMaxResponseBytes() / mebibyte));
    m_maxResponse->setSuffix(tr(" MiB"));
    m_maxResponse->setAccessibleName(tr("Largest answer"));
    m_maxResponse->setToolTip(
        tr("A lookup's answer larger than this is stopped while downloading. A message is "
           "a few kilobytes; raise it for exports and pages of many messages (the answer "
           "is held in memory, at most 4 GiB). Files you open have no such limit."));

    m_keepBodies->setObjectName(QStringLiteral("profileKeepBodies"));
    auto *keepExplained = new QLabel(
        tr("Each answer (body and response headers, never the token) is saved on this computer with "
           "its lookup, to show or compare later. Bodies hold customers' messages: turn this on only "
           "where that is allowed. Limits and deleting: History ▸ Kept answers."),
        this);
    keepExplained->setObjectName(QStringLiteral("profileKeepBodiesNote"));
    keepExplained->setWordWrap(true);
    keepExplained->setEnabled(false); // muted: an explanation, not a control
    m_keepBodies->setToolTip(keepExplained->text());

    m_fetchCheapRelated->setObjectName(QStringLiteral("profileFetchCheapRelated"));
    m_fetchCheapRelated->setToolTip(
        tr("When a message is shown, the Related panel fetches the emails of its thread, its transcript, "
           "its conversation and its contact by itself (small answers, with this profile's token). A "
           "call's recording is always fetched only when you ask."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("API &address"), m_baseUrl);
    form->addRow(tr("API &version"), m_apiVersion);
    form->addRow(tr("&Web app address"), m_webApp);
    form->addRow(tr("N&ote"), m_note);
    form->addRow(tr("&Largest answer"), m_maxResponse);
    form->addRow(QString(), m_keepBodies);
    form->addRow(QString(), keepExplained);
    form->addRow(QString(), m_fetchCheapRelated);

    auto *add = new QPushButton(tr("&New profile"), this);
    add->setObjectName(QStringLiteral("profileAdd"));
    m_apply->setObjectName(QStringLiteral("profileApply"));
    m_remove->setObjectName(QStringLiteral("profileRemove"));
    m_default->setObjectName(QStringLiteral("profileDefault"));

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(add);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_apply);
    actions->addWidget(m_default);
    actions->addStretch();
    actions->addWidget(m_remove);
    right->addLayout(actions);
    right->addWidget(m_message);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentTextChanged, this, &ProfileDialog::showProfile);
    connect(m_apply, &QPushButton::clicked, this, &ProfileDialog::apply);
    connect(add, &QPushButton::clicked, this, &ProfileDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &ProfileDialog::removeProfile);
    connect(m_default, &QPushButton::clicked, this, &ProfileDialog::makeDefault);
    connect(m_store, &ProfileStore::changeFinished, this, &ProfileDialog::onChangeFinished);
    // Tall enough for every row with the wrapped explanation whole (the form grows with its rows).
    resize(680, std::max(420, heightForWidth(680)));
    reload(current);
}

QString ProfileDialog::selectedProfile() const
{
    return m_shown;
}

QString ProfileDialog::messageText() const
{
    return m_message->text();
}

void ProfileDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, QColor(0xB9, 0x1C, 0x1C));
    m_message->setPalette(pal);
}

void ProfileDialog::reload(const QString &select)
{
    m_list->blockSignals(true);
    m_list->clear();
    for (const QString &name : m_store->names()) {
        auto *item = new QListWidgetItem(name, m_list);
        if (name == m_store->defaultProfileName())
            item->setToolTip(tr("The default profile"));
    }
    m_list->blockSignals(false);
    const auto matches = m_list->findItems(select, Qt::MatchExactly);
    m_list->setCurrentItem(matches.isEmpty() ? m_list->item(0) : matches.first());
    showProfile(m_list->currentItem() ? m_list->currentItem()->text() : QString());
}

void ProfileDialog::showProfile(const QString &name)
{
    const auto profile = m_store->profile(name);
    m_shown = profile ? profile->name : QString();
    m_name->setText(profile ? profile->name : QString());
    m_baseUrl->setText(profile ? profile->baseUrl.toString() : QString());
    m_apiVersion->setText(profile ? profile->apiVersion : QString());
    m_webApp->setText(profile ? profile->webAppUrl.toString() : QString());
    m_note->setPlainText(profile ? profile->note : QString());
    m_maxResponse->setValue(
        int((profile ? profile->maxResponseBytes : Profile::defaultMaxResponseBytes()) / mebibyte));
    // What the box shows (a cap under 1 MiB shows as 1): only a change of it changes the cap.
    m_maxResponseShown = m_maxResponse->value();
    m_keepBodies->setChecked(profile && profile->keepResponseBodies);
    m_fetchCheapRelated->setChecked(profile && profile->fetchCheapRelatedAutomatically);
    m_default->setEnabled(profile && name != m_store->defaultProfileName());
    m_remove->setEnabled(profile && m_store->names().size() > 1);
}

void ProfileDialog::apply()
{
    const auto current = m_store->profile(m_shown);
    if (!current)
        return;
    Profile edited = *current;
    edited.name = m_name->text();
    edited.baseUrl = QUrl(m_baseUrl->text().trimmed());
    edited.apiVersion = m_apiVersion->text().trimmed();
    edited.webAppUrl = QUrl(m_webApp->text().trimmed());
    edited.note = m_note->toPlainText();
    if (m_maxResponse->value() != m_maxResponseShown)
        edited.maxResponseBytes = qint64(m_maxResponse->value()) * mebibyte;
    edited.keepResponseBodies = m_keepBodies->isChecked();
    edited.fetchCheapRelatedAutomatically = m_fetchCheapRelated->isChecked();
    // The new name is checked with everything else, so a refused name saves none of the other edits either.
    const auto checked = m_store->validate(edited, m_shown);
    if (!checked.ok()) {
        setMessage(checked.error, true);
        return;
    }
    Profile updated = checked.value;
    const QString newName = updated.name;
    updated.name = m_shown;
    if (const QString error = m_store->update(updated); !error.isEmpty()) {
        setMessage(error, true);
        return;
    }
    if (newName != m_shown) {
        if (const QString error = m_store->rename(m_shown, newName); !error.isEmpty()) {
            setMessage(error, true);
            return;
        }
        setMessage(tr("Renaming… the token moves to the new name in the keychain."), false);
        return;
    }
    setMessage(tr("Saved."), false);
}

void ProfileDialog::addProfile()
{
    QString name = tr("New profile");
    for (int n = 2; m_store->contains(name); ++n)
        name = tr("New profile %1").arg(n);
    Profile profile;
    profile.name = name;
    if (const QString error = m_store->create(profile); !error.isEmpty()) {
        setMessage(error, true);
        return;
    }
    reload(name);
    m_name->setFocus();
    m_name->selectAll();
    setMessage(tr("Created “%1”. Give it a name and set its token from the main window.").arg(name), false);
}

void ProfileDialog::removeProfile()
{
    const auto answer = QMessageBox::question(this, tr("Delete profile"),
                                              tr("Delete the profile “%1” and remove its token from this "
                                                 "computer's keychain? This cannot be undone.")
                                                  .arg(m_shown),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (const QString error = m_store->remove(m_shown); !error.isEmpty())
        setMessage(error, true);
    else
        setMessage(tr("Deleting… its token is removed from the keychain."), false);
}

void ProfileDialog::makeDefault()
{
    if (const QString error = m_store->setDefaultProfile(m_shown); !error.isEmpty())
        setMessage(error, true);
    else
        reload(m_shown);
}

void ProfileDialog::onChangeFinished(const ProfileChange &change)
{
    setMessage(change.message, !change.ok);
    reload(change.ok && change.kind == ProfileChange::Kind::Rename ? change.newName : QString());
}
