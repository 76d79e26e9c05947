#include "emailthreadview.h"

#include "badgedelegate.h"
#include "badgepalette.h"
#include "common/counttext.h"
#include "emailthreadmodel.h"
#include "plaintext.h"
#include "related/relatedlinks.h"
#include "text/safetext.h"
#include "json/jsondocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// Each line escaped on its own, so line breaks stay breaks and nothing else is printed raw.
QString escapedLines(const QString &text)
{
    QStringList lines;
    for (const QStringView line : QStringView(text).split(u'\n'))
        lines << SafeText::forDisplay(line);
    return lines.join(u'\n');
}

} // namespace

EmailThreadView::EmailThreadView(QWidget *parent)
    : QWidget(parent)
    , m_model(new EmailThreadModel(this))
    , m_list(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_fetchAll(new QPushButton(tr("Fetch &every email"), this))
    , m_inspect(new QPushButton(tr("&Inspect this email as a message"), this))
    , m_followConversation(new QPushButton(tr("Its &conversation"), this))
    , m_followContact(new QPushButton(tr("Its c&ontact"), this))
{
    m_list->setObjectName(QStringLiteral("emailThreadList"));
    m_list->setAccessibleName(tr("Emails of the thread"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *chips = new BadgeDelegate(EmailThreadModel::BadgeRole, BadgePalette::forPalette(palette()), this);
    m_list->setItemDelegateForColumn(EmailThreadModel::DirectionColumn, chips);
    m_list->setItemDelegateForColumn(EmailThreadModel::StatusColumn, chips);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(EmailThreadModel::SubjectColumn, QHeaderView::Stretch);
    m_list->setColumnWidth(EmailThreadModel::PositionColumn, 100);
    m_list->setColumnWidth(EmailThreadModel::DateColumn, 120);
    m_list->setColumnWidth(EmailThreadModel::FromColumn, 150);
    m_list->setColumnWidth(EmailThreadModel::ToColumn, 130);
    m_list->setColumnWidth(EmailThreadModel::DirectionColumn, 100);
    m_list->setColumnWidth(EmailThreadModel::StatusColumn, 95);
    m_list->header()->setMinimumSectionSize(60);
    PlainText::showItemToolTipsLiterally(m_list);

    m_summary->setObjectName(QStringLiteral("emailThreadSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_body->setObjectName(QStringLiteral("emailBody"));
    m_body->setReadOnly(true);
    m_body->setAccessibleName(tr("The selected email"));
    m_body->setPlaceholderText(tr("Select an email to read it."));
    m_fetchAll->setObjectName(QStringLiteral("emailFetchAll"));
    m_fetchAll->setToolTip(tr("Fetches the emails not fetched yet, one request each."));
    m_inspect->setObjectName(QStringLiteral("emailInspect"));
    m_followConversation->setObjectName(QStringLiteral("emailFollowConversation"));
    m_followContact->setObjectName(QStringLiteral("emailFollowContact"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fetchAll);
    buttons->addStretch();
    buttons->addWidget(m_inspect);
    buttons->addWidget(m_followConversation);
    buttons->addWidget(m_followContact);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_body);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_summary->setText(tr("%1 in this thread, in the order the message lists them.")
                               .arg(countText(m_model->rowCount(), tr("1 email"), tr("%1 emails"))));
        showSelected();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EmailThreadView::showSelected);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EmailThreadView::showSelected);
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex &index) { activate(index.row()); });
    connect(m_fetchAll, &QPushButton::clicked, this, &EmailThreadView::fetchAllRequested);
    connect(m_inspect, &QPushButton::clicked, this, [this] {
        const EmailThreadModel::Slot *slot = m_model->slotAt(selectedRow());
        if (slot && !slot->link.subjectId().isEmpty())
            emit inspectMessageRequested(slot->link.subjectId());
    });
    const auto follow = [this](RelatedLink::Kind kind) {
        for (const RelatedLink &link : std::as_const(m_selectedLinks)) {
            if (link.kind == kind && link.available) {
                emit followRequested(link, m_selectedLinks);
                return;
            }
        }
    };
    connect(m_followConversation, &QPushButton::clicked, this,
            [follow] { follow(RelatedLink::Kind::Conversation); });
    connect(m_followContact, &QPushButton::clicked, this, [follow] { follow(RelatedLink::Kind::Contact); });
    showSelected();
}

void EmailThreadView::selectRow(int row)
{
    m_list->setCurrentIndex(m_model->index(row, 0));
}

int EmailThreadView::selectedRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void EmailThreadView::activate(int row)
{
    const EmailThreadModel::Slot *slot = m_model->slotAt(row);
    if (slot && (slot->state == EmailThreadModel::State::NotFetched ||
                 slot->state == EmailThreadModel::State::Failed))
        emit fetchRequested(row);
}

void EmailThreadView::showSelected()
{
    const EmailThreadModel::Slot *slot = m_model->slotAt(selectedRow());
    m_selectedLinks.clear();
    bool anyToFetch = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto state = m_model->slotAt(row)->state;
        anyToFetch |=
            state == EmailThreadModel::State::NotFetched || state == EmailThreadModel::State::Failed;
    }
    m_fetchAll->setEnabled(anyToFetch);
    if (!slot) {
        m_body->clear();
    } else if (slot->email) {
        m_body->setPlainText(emailText(*slot->email));
        m_selectedLinks = RelatedLinks::fromEmail(*slot->email);
    } else {
        QString text = slot->link.label;
        if (!slot->note.isEmpty())
            text += u'\n' + escapedLines(slot->note);
        else if (slot->state == EmailThreadModel::State::NotFetched)
            text += u'\n' + tr("Not fetched yet: double-click the row or press Enter to fetch it.");
        m_body->setPlainText(text);
    }
    m_inspect->setEnabled(slot && !slot->link.subjectId().isEmpty());
    bool conversation = false;
    bool contact = false;
    for (const RelatedLink &link : std::as_const(m_selectedLinks)) {
        conversation |= link.kind == RelatedLink::Kind::Conversation && link.available;
        contact |= link.kind == RelatedLink::Kind::Contact && link.available;
    }
    m_followConversation->setEnabled(conversation);
    m_followContact->setEnabled(contact);
}

QString EmailThreadView::emailText(const EmailMessage &email)
{
    QStringList lines;
    const auto add = [&lines](const QString &name, const QString &value) {
        if (!value.isEmpty())
            lines << name + QStringLiteral(": ") + SafeText::forDisplay(value, 2000);
    };
    add(tr("From"), email.from);
    add(tr("To"), email.to.join(QStringLiteral(", ")));
    add(tr("Cc"), email.cc.join(QStringLiteral(", ")));
    add(tr("Bcc"), email.bcc.join(QStringLiteral(", ")));
    add(tr("Subject"), email.subject);
    add(tr("Date"), email.date.isValid()
                        ? EmailThreadModel::dateText(email.date, QTimeZone::systemTimeZone()) +
                              QStringLiteral(" (") + email.dateText + u')'
                        : email.dateText);
    add(tr("Provider"), email.provider);
    if (!email.attachments.isEmpty())
        add(tr("Attachments"), email.attachments.join(QStringLiteral(", ")));
    lines << QString();
    lines << escapedLines(email.bodyText);
    if (email.bodyWasHtml)
        lines << QString() << tr("(Sent as HTML: shown as text; images and links were not loaded.)");
    if (email.bodyCut)
        lines << tr("(The body is longer; the whole of it is in Raw JSON.)");
    return lines.join(u'\n');
}
