#include "whyfailedpanel.h"

#include "message/messagesummary.h"
#include "plaintext.h"
#include "related/knowncauses.h"
#include "related/webapplinks.h"
#include "text/safetext.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QTreeWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTreeWidget(parent);
    table->setObjectName(name);
    table->setHeaderLabels(headers);
    table->setRootIsDecorated(false);
    table->setWordWrap(true);
    table->setAlternatingRowColors(true);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->header()->setStretchLastSection(false);
    PlainText::showItemToolTipsLiterally(table);
    return table;
}

} // namespace

WhyFailedPanel::WhyFailedPanel(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_lines(makeTable(this, QStringLiteral("whyFailedEvidence"),
                        {tr("From"), tr("What it shows"), tr("Where")}))
    , m_checkContact(new QPushButton(tr("Check the &contact"), this))
    , m_contactNote(new QLabel(this))
    , m_causes(makeTable(this, QStringLiteral("whyFailedCauses"),
                         {tr("Known cause"), tr("What to do"), tr("Carrier codes"), tr("Source")}))
    , m_statement(new QLabel(this))
    , m_causeDetail(new QLabel(this))
    , m_openConversation(new QPushButton(tr("Open conversation in &HighLevel"), this))
    , m_openContact(new QPushButton(tr("Open contact in High&Level"), this))
    , m_linkNote(new QLabel(this))
{
    m_headline->setObjectName(QStringLiteral("whyFailedHeadline"));
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_lines->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_lines->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_lines->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_causes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_causes->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_causes->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_causes->header()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_causes->setColumnWidth(3, 200);
    m_checkContact->setObjectName(QStringLiteral("whyFailedCheckContact"));
    m_checkContact->setToolTip(tr("Looks the contact up (needs the scope contacts.readonly) to see its DND "
                                  "settings, phone number and email."));
    m_contactNote->setObjectName(QStringLiteral("whyFailedContactNote"));
    m_contactNote->setTextFormat(Qt::PlainText);
    m_contactNote->setWordWrap(true);
    m_statement->setObjectName(QStringLiteral("whyFailedStatement"));
    m_statement->setTextFormat(Qt::PlainText);
    m_statement->setWordWrap(true);
    m_openConversation->setObjectName(QStringLiteral("whyFailedOpenConversation"));
    m_openContact->setObjectName(QStringLiteral("whyFailedOpenContact"));
    m_linkNote->setObjectName(QStringLiteral("whyFailedLinkNote"));
    m_linkNote->setTextFormat(Qt::PlainText);
    m_linkNote->setWordWrap(true);

    auto *contactRow = new QHBoxLayout;
    contactRow->addWidget(m_checkContact);
    contactRow->addWidget(m_contactNote, 1);
    auto *links = new QHBoxLayout;
    links->addWidget(m_openConversation);
    links->addWidget(m_openContact);
    links->addWidget(m_linkNote, 1);
    auto *causesTitle = new QLabel(tr("Known causes (what HighLevel and the carriers document):"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_lines, 2);
    layout->addLayout(contactRow);
    layout->addWidget(m_statement);
    layout->addWidget(causesTitle);
    layout->addWidget(m_causes, 3);
    layout->addWidget(m_causeDetail);
    layout->addLayout(links);

    m_causeDetail->setObjectName(QStringLiteral("whyFailedCauseDetail"));
    m_causeDetail->setTextFormat(Qt::PlainText);
    m_causeDetail->setWordWrap(true);
    m_causeDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_causes, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const KnownCause *cause =
            item ? KnownCauses::byCode(item->data(0, Qt::UserRole).toString()) : nullptr;
        m_causeDetail->setText(
            cause ? tr("%1: %2\nWhat to do: %3\nSource: %4")
                        .arg(cause->title, cause->explanation, cause->whatToDo, cause->source)
                  : QString());
    });
    connect(m_checkContact, &QPushButton::clicked, this, &WhyFailedPanel::checkContactRequested);
    connect(m_openConversation, &QPushButton::clicked, this, [this] { open(m_conversationUrl); });
    connect(m_openContact, &QPushButton::clicked, this, [this] { open(m_contactUrl); });
}

void WhyFailedPanel::setMessage(const MessageAnalysis &message, const Profile &profile)
{
    m_message = message;
    m_profile = profile;
    m_contact.reset();
    m_contactNote->clear();
    m_checkContact->setEnabled(true);
    const MessageSummary summary = MessageSummary::from(message);
    m_conversationUrl.clear();
    m_contactUrl.clear();
    QStringList problems;
    const auto conversation = WebAppLinks::conversation(profile, summary.locationId, summary.conversationId);
    if (conversation.ok())
        m_conversationUrl = conversation.value;
    else
        problems << tr("Conversation link: %1").arg(conversation.error);
    const auto contact = WebAppLinks::contact(profile, summary.locationId, summary.contactId);
    if (contact.ok())
        m_contactUrl = contact.value;
    else
        problems << tr("Contact link: %1").arg(contact.error);
    m_linkProblem = problems.join(u' ');
    rebuild();
}

void WhyFailedPanel::setContact(const Contact &contact)
{
    m_contact = contact;
    m_contactNote->setText(
        contact.recognised ? tr("Contact checked: %1.").arg(SafeText::forDisplay(contact.displayName(), 80))
                           : tr("The answer is not a contact the inspector recognises."));
    m_checkContact->setEnabled(false);
    rebuild();
}

void WhyFailedPanel::setContactNote(const QString &text)
{
    m_contactNote->setText(text);
}

void WhyFailedPanel::setContactCheckAvailable(bool available, const QString &why)
{
    m_checkContact->setEnabled(available);
    if (!available && !why.isEmpty())
        m_contactNote->setText(why);
}

void WhyFailedPanel::rebuild()
{
    m_evidence = FailureEvidence::build(m_message, m_contact, m_conversationUrl);
    m_headline->setText(
        m_evidence.applies
            ? tr("Why it may have failed: what the evidence shows, each fact with where it came "
                 "from.")
            : tr("This message did not fail (status “%1”); the facts are listed all the same.")
                  .arg(SafeText::forDisplay(m_evidence.status, 40)));
    m_lines->clear();
    for (const EvidenceLine &line : std::as_const(m_evidence.lines)) {
        if (line.source == EvidenceLine::Source::Api || line.source == EvidenceLine::Source::KnownCause)
            continue; // said below: the statement and the causes table
        auto *item =
            new QTreeWidgetItem(m_lines, {EvidenceLine::sourceName(line.source), line.text, line.origin});
        item->setToolTip(1, line.text);
        item->setToolTip(2, line.origin);
        if (line.pointsAtCause) {
            if (const KnownCause *cause = KnownCauses::byCode(line.causeCode))
                item->setToolTip(1, line.text + u"\n" + tr("Points at: %1").arg(cause->title));
            QFont font = item->font(1);
            font.setBold(true);
            item->setFont(1, font);
        }
    }
    m_causes->clear();
    const auto addCause = [this](const KnownCause *cause, bool pointedAt) {
        auto *item = new QTreeWidgetItem(
            m_causes, {pointedAt ? tr("▶ %1 (the facts point here)").arg(cause->title) : cause->title,
                       cause->whatToDo, cause->errorCodes.join(QStringLiteral(", ")), cause->source});
        item->setData(0, Qt::UserRole, cause->code);
        item->setToolTip(0, cause->explanation);
        item->setToolTip(1, cause->explanation + u"\n\n" + cause->whatToDo);
        item->setToolTip(3, cause->source);
        if (pointedAt) {
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
        }
    };
    for (const KnownCause *cause : std::as_const(m_evidence.pointedAt))
        addCause(cause, true);
    for (const KnownCause *cause : std::as_const(m_evidence.otherCauses))
        addCause(cause, false);
    // The strongest cause is read in full at once.
    m_causes->setCurrentItem(m_causes->topLevelItem(0));
    m_statement->setText(
        tr("%1\nSource: %2")
            .arg(KnownCauses::carrierCodeNotExposed(), KnownCauses::carrierCodeNotExposedSource()));
    m_openConversation->setEnabled(m_conversationUrl.isValid());
    m_openConversation->setToolTip(m_conversationUrl.toString());
    m_openContact->setEnabled(m_contactUrl.isValid());
    m_openContact->setToolTip(m_contactUrl.toString());
    m_linkNote->setText(m_linkProblem);
}

void WhyFailedPanel::open(const QUrl &url)
{
    // The desktop's browser; the link holds ids only (WebAppLinks never puts a token in one).
    if (url.isValid())
        QDesktopServices::openUrl(url);
}

QString WhyFailedPanel::statementText() const
{
    return m_statement->text();
}

QString WhyFailedPanel::contactNote() const
{
    return m_contactNote->text();
}

QString WhyFailedPanel::text() const
{
    QStringList rows;
    for (const QTreeWidget *table : {m_lines, m_causes}) {
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = table->topLevelItem(i);
            QStringList cells;
            for (int c = 0; c < table->columnCount(); ++c)
                cells << item->text(c);
            rows << cells.join(QStringLiteral(" | "));
        }
    }
    return rows.join(u'\n');
}
