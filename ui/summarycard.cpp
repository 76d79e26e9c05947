#include "summarycard.h"

#include "badgelabel.h"
#include "flowlayout.h"
#include "viewcolors.h"

#include "text/safetext.h"
#include "json/jsondocument.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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
    , m_origin(new QLabel(this))
    , m_failure(new QLabel(this))
    , m_comparison(new QLabel(this))
    , m_lookUpLive(new QPushButton(tr("Look up this message live"), this))
    , m_watch(new QPushButton(tr("Watch until final"), this))
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
    m_origin->setObjectName(QStringLiteral("summaryOrigin"));
    m_failure->setObjectName(QStringLiteral("summaryFailure"));
    m_comparison->setObjectName(QStringLiteral("summaryComparison"));
    m_comparison->setTextFormat(Qt::PlainText);
    m_comparison->setWordWrap(true);
    m_comparison->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_lookUpLive->setObjectName(QStringLiteral("summaryLookUpLive"));
    m_lookUpLive->setToolTip(
        tr("Fetch the message this webhook names from the API and show where the two disagree"));
    connect(m_lookUpLive, &QPushButton::clicked, this,
            [this] { emit lookUpLiveRequested(m_content.messageId); });
    m_watch->setObjectName(QStringLiteral("summaryWatch"));
    m_watch->setToolTip(
        tr("Look this message up again every few seconds, more slowly as time passes, until its "
           "status is final (F6)"));
    m_watch->hide();
    connect(m_watch, &QPushButton::clicked, this, [this] { emit watchRequested(m_content.messageId); });

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
    m_when->setTextFormat(Qt::PlainText);
    m_origin->setTextFormat(Qt::PlainText);
    // A failed message's own error text sits right under its red chip: the first thing support needs.
    m_failure->setTextFormat(Qt::PlainText);
    m_failure->setWordWrap(true);
    m_failure->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont failureFont = m_failure->font();
    failureFont.setBold(true);
    m_failure->setFont(failureFont);

    // Every row of the card wraps instead of widening the window: four long chips (unknown values are shown
    // as sent) once forced an 800 px window to 1,213 px.
    auto *chips = new FlowLayout(nullptr, 6, 4);
    chips->addWidget(m_direction);
    chips->addWidget(m_status);
    chips->addWidget(m_type);
    chips->addWidget(m_callStatus);
    m_when->setContentsMargins(6, 0, 0, 0);
    chips->addWidget(m_when);

    auto *ids = new FlowLayout(nullptr, 14, 2);
    m_contact = makeIdField(tr("Contact"), QStringLiteral("summaryContact"), tr("contact id"));
    m_conversation =
        makeIdField(tr("Conversation"), QStringLiteral("summaryConversation"), tr("conversation id"));
    m_location = makeIdField(tr("Location"), QStringLiteral("summaryLocation"), tr("location id"));
    for (IdField *f : {&m_contact, &m_conversation, &m_location})
        ids->addWidget(f->box);

    // Which message this is and the request's traceId: what HighLevel's support asks for.
    auto *identity = new FlowLayout(nullptr, 14, 2);
    m_messageId = makeIdField(tr("Message"), QStringLiteral("summaryMessageId"), tr("message id"));
    m_traceId = makeIdField(tr("Trace id"), QStringLiteral("summaryTraceId"), tr("trace id"));
    for (IdField *f : {&m_messageId, &m_traceId})
        identity->addWidget(f->box);
    identity->addWidget(m_origin);
    identity->addWidget(m_lookUpLive);
    identity->addWidget(m_watch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addLayout(identity);
    layout->addLayout(chips);
    layout->addWidget(m_failure);
    layout->addWidget(m_body);
    layout->addWidget(m_facts);
    layout->addWidget(m_comparison);
    layout->addLayout(ids);
    applyMutedColours();
    clear();
}

void SummaryCard::applyMutedColours()
{
    // Captions and the origin recede behind the values, readable on the card in light and dark alike.
    const QColor muted = ViewColors::forPalette(palette()).mutedWindowText;
    for (QLabel *label : {m_origin, m_contact.label, m_conversation.label, m_location.label,
                          m_messageId.label, m_traceId.label}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, muted);
        label->setPalette(p);
    }
}

void SummaryCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyMutedColours();
    QFrame::changeEvent(event);
}

SummaryCard::IdField SummaryCard::makeIdField(const QString &caption, const QString &objectName,
                                              const QString &copyWhat)
{
    IdField f;
    f.box = new QWidget(this);
    f.label = new QLabel(caption, f.box);
    f.value = new QLabel(f.box);
    f.value->setObjectName(objectName);
    f.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = QFont(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    f.value->setFont(mono);
    f.copy = new QToolButton(f.box);
    f.copy->setObjectName(objectName + QStringLiteral("Copy"));
    f.copy->setAutoRaise(true);
    f.copy->setToolTip(tr("Copy the %1").arg(copyWhat));
    f.copy->setAccessibleName(tr("Copy %1").arg(copyWhat));
    f.copyWhat = copyWhat;
    auto *row = new QHBoxLayout(f.box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(f.label);
    row->addWidget(f.value);
    row->addWidget(f.copy);
    return f;
}

void SummaryCard::setId(IdField &field, const QString &id)
{
    field.full = id;
    // Ids come from the server: shown escaped and cut (the copy button copies the whole id as sent).
    field.value->setTextFormat(Qt::PlainText);
    field.value->setText(id.isEmpty() ? MessageSummary::absent() : SafeText::forDisplay(id, 64));
    field.value->setToolTip(id.isEmpty() ? QString() : SafeText::forDisplay(id, 400).toHtmlEscaped());
    // The icon comes with the first content: the card is hidden at start-up, and the first SVG icon loads
    // Qt's SVG plugins (1.6 ms the first paint need not wait for, issue 16).
    if (field.copy->icon().isNull())
        field.copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    field.copy->setEnabled(!id.isEmpty());
    field.copy->disconnect(this);
    const QString what = field.copyWhat;
    connect(field.copy, &QToolButton::clicked, this, [this, id, what] {
        QApplication::clipboard()->setText(id);
        emit copied(tr("Copied the %1").arg(what));
    });
}

void SummaryCard::setContent(const SummaryContent &content)
{
    m_content = content;
    m_previous = false;
    for (QWidget *w :
         {static_cast<QWidget *>(m_direction), static_cast<QWidget *>(m_status),
          static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_callStatus),
          static_cast<QWidget *>(m_when), static_cast<QWidget *>(m_failure), static_cast<QWidget *>(m_facts)})
        w->setEnabled(true);
    m_direction->setBadge(content.direction);
    m_status->setBadge(content.status);
    m_type->setBadge(content.messageType);
    m_callStatus->setBadge(content.callStatus);
    m_when->setText(content.when);
    m_when->setToolTip(content.whenTooltip.toHtmlEscaped());
    m_failure->setText(content.failure.isEmpty() ? QString()
                       : content.failed()        ? tr("⚠ Failed: %1").arg(content.failure)
                                          : tr("⚠ Error text in the message: %1").arg(content.failure));
    m_failure->setVisible(!content.failure.isEmpty());
    m_lookUpLive->setVisible(content.shapeName == QLatin1StringView("webhook") &&
                             !content.messageId.isEmpty());
    m_watch->hide(); // the window offers it again for a message it looked up
    m_comparison->clear();
    m_comparison->hide();
    setId(m_messageId, content.messageId);
    setId(m_traceId, content.traceId);
    m_traceId.box->setVisible(!content.traceId.isEmpty());
    m_origin->setText(m_sourceNote.isEmpty() ? content.origin
                                             : tr("%1 · %2").arg(content.origin, m_sourceNote));
    if (!content.hasBody || content.body.isEmpty()) {
        m_body->setText(content.hasBody ? tr("(empty text)") : tr("(no text)"));
        m_body->setEnabled(false);
    } else {
        // The card is a preview: the full text is in the Fields tab; quotes show where it starts and ends.
        QString preview = content.body.left(600);
        preview.replace(QLatin1Char('\n'), QLatin1Char(' '));
        m_body->setText(QStringLiteral("“") % preview %
                        (content.body.size() > 600 ? QStringLiteral("…") : QString()) % QStringLiteral("”"));
        m_body->setEnabled(true);
    }
    m_body->setToolTip(content.body.left(4000).toHtmlEscaped());
    m_facts->setText(content.extraFacts.join(QStringLiteral("  ·  ")));
    m_facts->setVisible(!content.extraFacts.isEmpty());
    setId(m_contact, content.contactId);
    setId(m_conversation, content.conversationId);
    setId(m_location, content.locationId);
    show();
}

void SummaryCard::setSourceNote(const QString &note)
{
    m_sourceNote = note;
    if (isVisible())
        m_origin->setText(m_sourceNote.isEmpty() ? m_content.origin
                                                 : tr("%1 · %2").arg(m_content.origin, m_sourceNote));
}

void SummaryCard::setComparison(const QString &title, const QStringList &lines)
{
    if (title.isEmpty()) {
        m_comparison->clear();
        m_comparison->hide();
        return;
    }
    m_comparison->setText(title + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_comparison->show();
}

QString SummaryCard::comparisonText() const
{
    return m_comparison->isVisibleTo(this) ? m_comparison->text() : QString();
}

void SummaryCard::markPrevious(const QString &note)
{
    if (m_content.origin.isEmpty() && !m_content.isMessage)
        return; // nothing shown
    m_previous = true;
    m_origin->setText(tr("%1 · %2").arg(m_content.origin, note));
    for (QWidget *w : {static_cast<QWidget *>(m_direction), static_cast<QWidget *>(m_status),
                       static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_callStatus),
                       static_cast<QWidget *>(m_when), static_cast<QWidget *>(m_body),
                       static_cast<QWidget *>(m_failure), static_cast<QWidget *>(m_facts)})
        w->setEnabled(false);
}

void SummaryCard::clear()
{
    m_previous = false;
    m_content = {};
    hide();
}

void SummaryCard::setWatchAvailable(bool available)
{
    m_watch->setVisible(available && !m_content.messageId.isEmpty());
}
