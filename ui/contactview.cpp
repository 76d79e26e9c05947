#include "contactview.h"

#include "plaintext.h"
#include "text/safetext.h"
#include "json/jsondocument.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

ContactView::ContactView(QWidget *parent)
    : QWidget(parent)
    , m_facts(new QLabel(this))
    , m_dnd(new QTreeWidget(this))
    , m_open(new QPushButton(tr("Open contact in &HighLevel"), this))
    , m_note(new QLabel(this))
{
    m_facts->setObjectName(QStringLiteral("contactFacts"));
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setText(tr("The contact is not fetched yet."));
    m_dnd->setObjectName(QStringLiteral("contactDnd"));
    m_dnd->setHeaderLabels({tr("Channel"), tr("Do Not Disturb"), tr("Note")});
    m_dnd->setRootIsDecorated(false);
    m_dnd->header()->setStretchLastSection(true);
    m_dnd->setColumnWidth(0, 110);
    m_dnd->setColumnWidth(1, 200);
    PlainText::showItemToolTipsLiterally(m_dnd);
    m_open->setObjectName(QStringLiteral("contactOpenInWebApp"));
    m_open->setEnabled(false);
    m_note->setObjectName(QStringLiteral("contactNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_facts);
    layout->addWidget(m_dnd, 1);
    layout->addLayout(buttons);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_link.isValid())
            QDesktopServices::openUrl(m_link); // ids only: a web-app link never holds the token
    });
}

void ContactView::setContact(const Contact &c)
{
    if (!c.recognised) {
        m_facts->setText(
            tr("The answer is not a contact the inspector recognises: see Fields and Raw JSON."));
        m_dnd->clear();
        return;
    }
    const auto shown = [](const QString &value) {
        return value.trimmed().isEmpty() ? tr("none") : SafeText::forDisplay(value, 200);
    };
    QStringList lines;
    lines << SafeText::forDisplay(c.displayName(), 200);
    lines << tr("Phone: %1").arg(shown(c.phone));
    lines << tr("Email: %1").arg(shown(c.email));
    if (c.dnd)
        lines << (*c.dnd ? tr("Do Not Disturb: ON for every channel (dnd is true)")
                         : tr("Do Not Disturb: off overall (dnd is false); per channel below"));
    else
        lines << tr("Do Not Disturb: not sent overall; per channel below");
    if (!c.timezone.isEmpty())
        lines << tr("Time zone: %1").arg(SafeText::forDisplay(c.timezone, 60));
    for (const QString &problem : c.problems)
        lines << tr("Note: %1").arg(problem);
    m_facts->setText(lines.join(u'\n'));
    m_dnd->clear();
    for (const DndSetting &s : c.dndSettings) {
        const QString state = s.blocks()
                                  ? tr("ON (%1): blocks messages").arg(SafeText::forDisplay(s.status, 40))
                                  : SafeText::forDisplay(s.status, 40);
        QStringList note;
        if (!s.message.isEmpty())
            note << SafeText::forDisplay(s.message, 200);
        if (!s.code.isEmpty())
            note << tr("code %1").arg(SafeText::forDisplay(s.code, 40));
        auto *item = new QTreeWidgetItem(
            m_dnd, {SafeText::forDisplay(s.channel, 40), state, note.join(QStringLiteral(" · "))});
        if (s.blocks()) {
            QFont font = item->font(1);
            font.setBold(true);
            item->setFont(1, font);
        }
    }
    if (c.dndSettings.isEmpty())
        new QTreeWidgetItem(m_dnd, {tr("—"), tr("No per-channel settings sent"), QString()});
}

void ContactView::setNote(const QString &text)
{
    m_note->setText(text);
}

void ContactView::setWebAppLink(const QUrl &link, const QString &problem)
{
    m_link = link;
    m_open->setEnabled(link.isValid());
    m_open->setToolTip(link.isValid() ? link.toString() : problem);
}

QString ContactView::factsText() const
{
    return m_facts->text();
}
