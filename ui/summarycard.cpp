#include "summarycard.h"

#include "badgelabel.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

SummaryCard::SummaryCard(QWidget *parent)
    : QFrame(parent)
    , m_direction(new BadgeLabel(this))
    , m_status(new BadgeLabel(this))
    , m_type(new BadgeLabel(this))
    , m_callStatus(new BadgeLabel(this))
    , m_when(new QLabel(this))
    , m_body(new QLabel(this))
    , m_facts(new QLabel(this))
{
    setObjectName(QStringLiteral("summaryCard"));
    setAccessibleName(tr("Message summary"));
    setFrameShape(QFrame::StyledPanel);
    m_direction->setObjectName(QStringLiteral("summaryDirection"));
    m_status->setObjectName(QStringLiteral("summaryStatus"));
    m_type->setObjectName(QStringLiteral("summaryType"));
    m_callStatus->setObjectName(QStringLiteral("summaryCallStatus"));
    m_when->setObjectName(QStringLiteral("summaryWhen"));
    m_body->setObjectName(QStringLiteral("summaryBody"));
    m_facts->setObjectName(QStringLiteral("summaryFacts"));

    m_when->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setTextFormat(Qt::PlainText);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_body->setMaximumHeight(m_body->fontMetrics().lineSpacing() * 3 + 4);
    QFont bodyFont = m_body->font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.1);
    m_body->setFont(bodyFont);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);

    auto *chips = new QHBoxLayout;
    chips->setSpacing(6);
    chips->addWidget(m_direction);
    chips->addWidget(m_status);
    chips->addWidget(m_type);
    chips->addWidget(m_callStatus);
    chips->addSpacing(10);
    chips->addWidget(m_when);
    chips->addStretch();

    auto *ids = new QHBoxLayout;
    ids->setSpacing(4);
    m_contact = makeIdField(tr("Contact"), QStringLiteral("summaryContact"));
    m_conversation = makeIdField(tr("Conversation"), QStringLiteral("summaryConversation"));
    m_location = makeIdField(tr("Location"), QStringLiteral("summaryLocation"));
    for (IdField *f : {&m_contact, &m_conversation, &m_location}) {
        ids->addWidget(f->label);
        ids->addWidget(f->value);
        ids->addWidget(f->copy);
        ids->addSpacing(14);
    }
    ids->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addLayout(chips);
    layout->addWidget(m_body);
    layout->addWidget(m_facts);
    layout->addLayout(ids);
    clear();
}

SummaryCard::IdField SummaryCard::makeIdField(const QString &caption, const QString &objectName)
{
    IdField f;
    f.label = new QLabel(caption, this);
    QPalette muted = f.label->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    f.label->setPalette(muted);
    f.value = new QLabel(this);
    f.value->setObjectName(objectName);
    f.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = QFont(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    f.value->setFont(mono);
    f.copy = new QToolButton(this);
    f.copy->setObjectName(objectName + QStringLiteral("Copy"));
    f.copy->setAutoRaise(true);
    f.copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    f.copy->setToolTip(tr("Copy the %1 id").arg(caption.toLower()));
    f.copy->setAccessibleName(tr("Copy %1 id").arg(caption.toLower()));
    return f;
}

void SummaryCard::setId(IdField &field, const QString &id)
{
    field.full = id;
    field.value->setText(id.isEmpty() ? tr("—") : id);
    field.value->setToolTip(id);
    field.copy->setEnabled(!id.isEmpty());
    // The copy button always copies the whole id, never a shortened display form.
    field.copy->disconnect(this);
    const QString caption = field.label->text();
    connect(field.copy, &QToolButton::clicked, this, [this, id, caption] {
        QApplication::clipboard()->setText(id);
        emit copied(tr("%1 id copied").arg(caption));
    });
}

void SummaryCard::setContent(const SummaryContent &content)
{
    m_content = content;
    m_direction->setBadge(content.direction);
    m_status->setBadge(content.status);
    m_type->setBadge(content.messageType);
    m_callStatus->setBadge(content.callStatus);
    m_when->setText(content.when);
    m_when->setToolTip(content.whenTooltip);
    if (content.body.isEmpty()) {
        m_body->setText(tr("(no text)"));
        m_body->setEnabled(false);
    } else {
        // The card is a preview: the full text is in the Fields tab; quotes show where it starts and ends.
        QString preview = content.body.left(600);
        preview.replace(QLatin1Char('\n'), QLatin1Char(' '));
        m_body->setText(QStringLiteral("“") % preview %
                        (content.body.size() > 600 ? QStringLiteral("…") : QString()) % QStringLiteral("”"));
        m_body->setEnabled(true);
    }
    m_body->setToolTip(content.body.left(4000));
    m_facts->setText(content.extraFacts.join(QStringLiteral("  ·  ")));
    m_facts->setVisible(!content.extraFacts.isEmpty());
    setId(m_contact, content.contactId);
    setId(m_conversation, content.conversationId);
    setId(m_location, content.locationId);
    show();
}

void SummaryCard::clear()
{
    m_content = {};
    hide();
}
