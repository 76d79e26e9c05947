#include "batchtallybar.h"

#include "badgepainter.h"
#include "badgepalette.h"
#include "flowlayout.h"

#include <QAbstractButton>
#include <QPainter>
#include <QStyleOptionFocusRect>

#include <cmath>

// One entry of the tally: a chip that can be pressed.
class TallyChip : public QAbstractButton
{
public:
    explicit TallyChip(QWidget *parent)
        : QAbstractButton(parent)
    {
        setCheckable(true);
        setFocusPolicy(Qt::StrongFocus);
        setCursor(Qt::PointingHandCursor);
        setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }

    void setBadge(const Badge &badge)
    {
        m_badge = badge;
        setText(badge.label);
        setAccessibleName(badge.label);
        updateGeometry();
        update();
    }

    QSize sizeHint() const override
    {
        const QFont bold = chipFont();
        return {int(std::ceil(BadgePainter::preferredWidth(m_badge, bold))) + 8,
                QFontMetrics(bold).height() + 12};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const BadgePalette palette = BadgePalette::forPalette(this->palette());
        const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
        if (isChecked()) {
            // Chosen: a ring in the selection colour around the chip, so the filter in force is seen.
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setPen(QPen(this->palette().color(QPalette::Highlight), 2.5));
            painter.setBrush(Qt::NoBrush);
            const qreal chipWidth =
                std::min<qreal>(area.width(), BadgePainter::preferredWidth(m_badge, chipFont()));
            const QRectF ring =
                QRectF(area.left(), area.top(), chipWidth, area.height()).adjusted(-2.5, -2.5, 2.5, 2.5);
            painter.drawRoundedRect(ring, ring.height() / 2, ring.height() / 2);
            painter.restore();
        }
        BadgePainter::paint(&painter, area, m_badge, palette.colors(m_badge.meaning), chipFont());
        if (hasFocus()) {
            QStyleOptionFocusRect option;
            option.initFrom(this);
            option.rect = rect().adjusted(1, 1, -1, -1);
            style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
        }
    }

private:
    QFont chipFont() const
    {
        QFont bold = font();
        bold.setBold(true);
        return bold;
    }

    Badge m_badge;
};

BatchTallyBar::BatchTallyBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this, 2, 2))
{
    setObjectName(QStringLiteral("batchTally"));
    setAccessibleName(tr("Tally"));
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void BatchTallyBar::setTally(const BatchTally &tally)
{
    m_entries = tally.entries();
    m_text = tally.text();
    setAccessibleDescription(m_text);
    while (m_chips.size() < m_entries.size()) {
        auto *chip = new TallyChip(this);
        const int index = int(m_chips.size());
        connect(chip, &QAbstractButton::clicked, this, [this, index] {
            const BatchTally::Entry &entry = m_entries.at(index);
            const bool again = entry.key == m_selectedKey && entry.messageStatus == m_selectedStatus;
            select(again ? QString() : entry.key, entry.messageStatus);
        });
        m_layout->addWidget(chip);
        m_chips.append(chip);
    }
    for (qsizetype i = 0; i < m_chips.size(); ++i) {
        TallyChip *chip = m_chips.at(i);
        if (i >= m_entries.size()) {
            chip->hide();
            continue;
        }
        const BatchTally::Entry &entry = m_entries.at(i);
        // "Not a message" is counted as Unknown: here it is a plain outcome, not a value outside the schema.
        const BadgeMeaning meaning =
            entry.meaning == BadgeMeaning::Unknown ? BadgeMeaning::Neutral : entry.meaning;
        chip->setBadge({meaning, tr("%L1 %2").arg(entry.count).arg(entry.label), entry.key, true});
        chip->show();
    }
    // The chosen entry is gone (its last row changed): every row is shown again rather than none.
    if (!m_selectedKey.isEmpty())
        select(m_selectedKey, m_selectedStatus);
    updateChecks();
}

QStringList BatchTallyBar::chipTexts() const
{
    QStringList texts;
    for (const TallyChip *chip : m_chips) {
        if (!chip->isHidden())
            texts.append(chip->text());
    }
    return texts;
}

QString BatchTallyBar::selectedLabel() const
{
    for (const BatchTally::Entry &entry : m_entries) {
        if (!m_selectedKey.isEmpty() && entry.key == m_selectedKey && entry.messageStatus == m_selectedStatus)
            return entry.label;
    }
    return {};
}

void BatchTallyBar::select(const QString &key, bool messageStatus)
{
    const bool known = std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const BatchTally::Entry &e) {
        return e.key == key && e.messageStatus == messageStatus;
    });
    const QString chosen = known ? key : QString();
    const bool status = known && messageStatus;
    const bool changed = chosen != m_selectedKey || status != m_selectedStatus;
    m_selectedKey = chosen;
    m_selectedStatus = status;
    updateChecks();
    if (changed)
        emit entrySelected(m_selectedKey, m_selectedStatus);
}

void BatchTallyBar::updateChecks()
{
    for (qsizetype i = 0; i < m_chips.size(); ++i) {
        const bool checked = i < m_entries.size() && !m_selectedKey.isEmpty() &&
                             m_entries.at(i).key == m_selectedKey &&
                             m_entries.at(i).messageStatus == m_selectedStatus;
        m_chips.at(i)->setChecked(checked);
        if (i < m_entries.size())
            m_chips.at(i)->setToolTip(checked ? tr("Show every row") : tr("Show only these rows"));
    }
}
